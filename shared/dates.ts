// Reading a date as an English council writes it, day first. One reader for the case-list import,
// the plan-date and the date fields on screen, so a date typed into the app and the same date in
// a spreadsheet are read alike: never month first, never rolled over into the next month.

/** English month names and their abbreviations, lower case, with their numbers. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12
}

export type DateReading = { date: string } | { error: string }

/**
 * Two-digit years are read as 1950-2049: the century within 50 years of 2000. Fixed, so the same
 * file always reads the same way, whatever the date today.
 */
const TWO_DIGIT_PIVOT = 50
const EARLIEST_YEAR = 1900
const LATEST_YEAR = 2100

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/
const NAMED_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})[\s,-]+(\d{4}|\d{2})$/
const SERIAL = /^\d{1,6}(?:\.\d+)?$/

/** Days from Excel's day 0 (30 December 1899, which absorbs its 1900 leap-year bug) to 1970. */
const EXCEL_EPOCH_OFFSET = 25569
const DAY_MS = 86_400_000

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
}

/** A four-digit year as written; a two-digit one in 1950-2049. */
function fullYear(digits: string): number {
  const year = Number(digits)
  if (digits.length === 4) return year
  return year >= TWO_DIGIT_PIVOT ? 1900 + year : 2000 + year
}

/** A calendar date from its numbers, strictly: 31/02 is refused rather than rolled into March. */
function fromParts(year: number, month: number, day: number): DateReading {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { error: 'is not a real date' }
  }
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return { error: `has a year (${year}) outside ${EARLIEST_YEAR}-${LATEST_YEAR}` }
  }
  const pad = (value: number, width: number): string => String(value).padStart(width, '0')
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` }
}

function readSerial(serial: number): DateReading {
  if (serial < 1) return { error: 'is not a date' }
  const date = new Date(Math.round((serial - EXCEL_EPOCH_OFFSET) * DAY_MS))
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

export const DAY_FIRST_HINT = 'dates must be day first, like 31/01/2026'

/**
 * Reads a date the way an English council writes it: dd/mm/yyyy, d/m/yy (also with - or .),
 * "1 March 2026", "01-Mar-26", ISO 2026-03-01, and, where allowSerial is set (an XLSX cell), an
 * Excel serial number. Never month first: 03/31/2026 is refused rather than read as 31 March, and
 * 31/02/2026 is refused rather than rolled into March.
 */
export function readDate(value: string, allowSerial: boolean): DateReading {
  const iso = ISO.exec(value)
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dayFirst = DAY_FIRST.exec(value)
  if (dayFirst) {
    const [, day, month, year] = dayFirst as unknown as [string, string, string, string]
    if (Number(month) > 12 && Number(day) <= 12) {
      return { error: `looks like a month-first (US) date; ${DAY_FIRST_HINT}` }
    }
    return fromParts(fullYear(year), Number(month), Number(day))
  }
  const named = NAMED_MONTH.exec(value)
  if (named) {
    const [, day, monthName, year] = named as unknown as [string, string, string, string]
    const month = Object.hasOwn(MONTH_NUMBERS, monthName.toLowerCase())
      ? MONTH_NUMBERS[monthName.toLowerCase()]!
      : undefined
    if (month === undefined) return { error: `has a month (${monthName}) we do not recognise` }
    return fromParts(fullYear(year), month, Number(day))
  }
  if (allowSerial && SERIAL.test(value)) return readSerial(Number(value))
  return { error: `is not a date we can read; ${DAY_FIRST_HINT}` }
}
