import { isValid, parse } from 'date-fns'
import type { CaseStatus, PlanType } from '../../../shared/domain'

/** "Child Protection Plan", "child-protection" and "CHILD PROTECTION" all become "child protection plan" etc. */
function normaliseValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * How case-management systems write each plan type, normalised. Anything else is reported, never
 * guessed: a wrong plan type would put a child in the wrong stratum of the sample.
 */
const PLAN_TYPE_NAMES: Record<PlanType, readonly string[]> = {
  CP: ['cp', 'cpp', 'child protection', 'child protection plan', 'cp plan', 'subject to cp plan'],
  CLA: [
    'cla',
    'lac',
    'looked after',
    'looked after child',
    'looked after children',
    'child looked after',
    'children looked after',
    'cla plan',
    'lac plan',
    'cla care plan'
  ],
  CIN: ['cin', 'child in need', 'children in need', 'cin plan', 'child in need plan'],
  PATHWAY: [
    'pathway',
    'pathway plan',
    'care leaver',
    'care leavers',
    'leaving care',
    'care leaver pathway plan'
  ],
  EARLY_HELP: ['early help', 'eh', 'early help plan', 'ehp', 'early help family plan']
}

const PLAN_TYPE_LOOKUP = new Map<string, PlanType>(
  (Object.entries(PLAN_TYPE_NAMES) as [PlanType, readonly string[]][]).flatMap(([type, names]) =>
    names.map((name) => [name, type] as const)
  )
)

/** The plan type a case list's value means, or null when it is not one we recognise. */
export function normalisePlanType(value: string): PlanType | null {
  return PLAN_TYPE_LOOKUP.get(normaliseValue(value)) ?? null
}

const STATUS_NAMES: Record<CaseStatus, readonly string[]> = {
  // No yes/no: "Y" under a "Closed?" header would mean the opposite of "Y" under "Open?".
  open: ['open', 'opened', 'active', 'current', 'live', 'case open', 'open case'],
  closed: [
    'closed',
    'close',
    'ended',
    'end',
    'case closed',
    'closed case',
    'inactive',
    'ceased',
    'finished'
  ]
}

const STATUS_LOOKUP = new Map<string, CaseStatus>(
  (Object.entries(STATUS_NAMES) as [CaseStatus, readonly string[]][]).flatMap(([status, names]) =>
    names.map((name) => [name, status] as const)
  )
)

/** Open or closed from a status column's value; a blank cell means open (no end recorded). */
export function normaliseStatus(value: string): CaseStatus | null {
  if (value === '') return 'open'
  return STATUS_LOOKUP.get(normaliseValue(value)) ?? null
}

export type DateReading = { date: string } | { error: string }

/**
 * Two-digit years are read relative to 1 January 2000, so 1950-2049 (date-fns picks the century
 * within 50 years of the reference date, and fullYear below does the same). Fixed, so the same
 * file always reads the same way.
 */
const REFERENCE_DATE = new Date(2000, 0, 1)
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

/** A four-digit year as written; a two-digit one in 1950-2049 (see REFERENCE_DATE). */
function fullYear(digits: string): number {
  const year = Number(digits)
  if (digits.length === 4) return year
  return year >= TWO_DIGIT_PIVOT ? 1900 + year : 2000 + year
}

/**
 * A calendar date from its numbers, strictly: 31/02 is refused rather than rolled into March,
 * as date-fns parse + isValid would.
 */
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

function checked(date: Date): DateReading {
  if (!isValid(date)) return { error: 'is not a real date' }
  return fromParts(date.getFullYear(), date.getMonth() + 1, date.getDate())
}

function readSerial(serial: number): DateReading {
  if (serial < 1) return { error: 'is not a date' }
  const utc = new Date(Math.round((serial - EXCEL_EPOCH_OFFSET) * DAY_MS))
  return checked(new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()))
}

const DAY_FIRST_HINT = 'dates must be day first, like 31/01/2026'

/**
 * Reads a date the way an English council writes it: dd/mm/yyyy, d/m/yy (also with - or .),
 * "1 March 2026", "01-Mar-26", ISO 2026-03-01, and in an XLSX file an Excel serial number. Never
 * month first: 03/31/2026 is refused rather than read as 31 March, and 31/02/2026 is refused
 * rather than rolled into March. Numeric dates are checked against the calendar directly; named
 * months are read by date-fns (parse + isValid), as strictly.
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
    const [, day, month, year] = named as unknown as [string, string, string, string]
    const monthPattern = month.length === 3 ? 'MMM' : 'MMMM'
    const yearPattern = year.length === 4 ? 'yyyy' : 'yy'
    const text = `${day} ${month.charAt(0).toUpperCase()}${month.slice(1).toLowerCase()} ${year}`
    return checked(parse(text, `d ${monthPattern} ${yearPattern}`, REFERENCE_DATE))
  }
  if (allowSerial && SERIAL.test(value)) return readSerial(Number(value))
  return { error: `is not a date we can read; ${DAY_FIRST_HINT}` }
}
