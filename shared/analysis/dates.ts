// Calendar arithmetic on plain YYYY-MM-DD strings. Everything goes through UTC day numbers so the
// result never depends on the machine's time zone, and nothing reads the clock.

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** Whether the year, month and day name a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Parses YYYY-MM-DD; null for anything else, including impossible dates. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return isValidDate(year, month, day) ? { year, month, day } : null
}

export function formatIsoDate(date: CalendarDate): string {
  const mm = String(date.month).padStart(2, '0')
  const dd = String(date.day).padStart(2, '0')
  return `${String(date.year).padStart(4, '0')}-${mm}-${dd}`
}

export function toDayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS)
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Adds calendar months, keeping the day where it exists and else using the month's last day. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

/** Adds Monday-to-Friday days (bank holidays are not known here, so they count as working days). */
export function addWorkingDays(date: CalendarDate, days: number): CalendarDate {
  // Any seven days in a row hold five working days, so whole weeks go at once and the rest
  // (one to five working days) a day at a time, ending on a working day as before.
  // The days are counted as day numbers, which give their weekday without building a Date.
  const weeks = days > 5 ? Math.floor((days - 1) / 5) : 0
  let current = toDayNumber(date) + 7 * weeks
  let left = days - 5 * weeks
  while (left > 0) {
    current += 1
    const dow = weekdayOfDayNumber(current)
    if (dow !== 0 && dow !== 6) left -= 1
  }
  return fromDayNumber(current)
}

/** 0 = Sunday ... 6 = Saturday; day number 0, 1 January 1970, was a Thursday. */
function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b)
}

/** The first date on or after `from` with the given month and day (29 Feb waits for a leap year). */
export function nextOccurrence(
  from: CalendarDate,
  month: number,
  day: number
): CalendarDate | null {
  for (let year = from.year; year <= from.year + 8; year += 1) {
    if (!isValidDate(year, month, day)) continue
    const candidate = { year, month, day }
    if (compareDates(candidate, from) >= 0) return candidate
  }
  return null
}

/** The first day of the given weekday (0 = Sunday) on or after `from`. */
export function onOrAfterWeekday(from: CalendarDate, dow: number): CalendarDate {
  return addDays(from, (dow - weekday(from) + 7) % 7)
}

/** The last day of the given weekday (0 = Sunday) on or before `from`. */
export function onOrBeforeWeekday(from: CalendarDate, dow: number): CalendarDate {
  return addDays(from, -((weekday(from) - dow + 7) % 7))
}

/** The nearest weekday (Monday to Friday) on or before `from`. */
export function previousSchoolDay(from: CalendarDate): CalendarDate {
  const dow = weekday(from)
  if (dow === 0) return addDays(from, -2)
  if (dow === 6) return addDays(from, -1)
  return from
}

/** Easter Sunday for a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { year, month, day }
}
