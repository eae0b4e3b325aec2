/*
 * Calendar helpers for the demo data. Everything is a UTC calendar day, so the data is the same
 * in every time zone and on every machine.
 */

const DAY_MS = 24 * 60 * 60 * 1000

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/** Midnight UTC of the day `date` falls on. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS)
}

/** YYYY-MM-DD, as the store keeps dates. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** 28/09/2026, the way council templates print a date. */
export function numericDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
}

export function monthName(date: Date): string {
  return MONTHS[date.getUTCMonth()]!
}

/** 28 September 2026 */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${monthName(date)} ${date.getUTCFullYear()}`
}

function ordinal(day: number): string {
  const tens = day % 100
  if (tens >= 11 && tens <= 13) return `${day}th`
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`
}

/** 25th Sept: the shorthand a busy worker types. */
export function shortDate(date: Date): string {
  const month = monthName(date)
  return `${ordinal(date.getUTCDate())} ${month === 'September' ? 'Sept' : month.slice(0, 3)}`
}

/** "w/c 21 September 2026": the Monday of the week `date` falls in. */
export function weekCommencing(date: Date): string {
  const monday = addDays(date, -((date.getUTCDay() + 6) % 7))
  return `w/c ${longDate(monday)}`
}

/** "the end of January 2027" */
export function endOfMonth(date: Date): string {
  return `the end of ${monthName(date)} ${date.getUTCFullYear()}`
}

/** "May 2026", for the cycle's name. */
export function monthAndYear(date: Date): string {
  return `${monthName(date)} ${date.getUTCFullYear()}`
}

/** The first and last day of the month `date` falls in, as YYYY-MM-DD. */
export function monthPeriod(date: Date): { start: string; end: string } {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1))
  const end = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0))
  return { start: isoDate(start), end: isoDate(end) }
}
