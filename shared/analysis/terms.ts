import {
  addDays,
  compareDates,
  easterSunday,
  formatIsoDate,
  onOrAfterWeekday,
  onOrBeforeWeekday,
  parseIsoDate,
  previousSchoolDay,
  weekday,
  type CalendarDate
} from './dates'
import type { AcademicYearTerms, SchoolTerm, TermDates } from './types'

export type TermName = 'autumn' | 'spring' | 'summer'
export type HolidayName = 'christmas' | 'easter' | 'summer' | 'october' | 'february' | 'may'

/** A reference to the school calendar found in a plan ("before the October half-term"). */
export type TermReference =
  | { kind: 'term'; term: TermName; point: 'start' | 'end' }
  | { kind: 'half-term'; term: TermName | 'any'; point: 'before' | 'after' }
  | { kind: 'holiday'; holiday: HolidayName; point: 'before' | 'start' }
  | { kind: 'this-term-end' }
  | { kind: 'next-term-start' }
  | { kind: 'school-year'; point: 'start' | 'end' }
  | { kind: 'feast'; name: 'christmas' | 'easter' | 'new-year' | 'shrove-tuesday' }

const MONDAY = 1
const FRIDAY = 5

/**
 * England's usual pattern of term dates for the academic year starting in September of `year`.
 * Councils set their own dates, so this is an approximation for when none are configured:
 * autumn from about 3 September with half-term in the last week of October and the term ending
 * on the last Friday on or before 20 December; spring from the first Monday on or after 4 January
 * with half-term in the week of the Monday between 12 and 18 February and a two-week Easter break
 * starting the Monday before Easter; summer with half-term in the late-May bank holiday week and
 * ending on 22 July (or the Friday before, at a weekend).
 */
export function englandTermDates(year: number): AcademicYearTerms {
  return PRECOMPUTED.get(year) ?? computeEnglandTermDates(year)
}

function computeEnglandTermDates(year: number): AcademicYearTerms {
  const september3 = { year, month: 9, day: 3 }
  const autumnStart = isWeekend(september3) ? onOrAfterWeekday(september3, MONDAY) : september3
  const octoberHalfTerm = onOrBeforeWeekday({ year, month: 10, day: 31 }, MONDAY)
  const autumnEnd = onOrBeforeWeekday({ year, month: 12, day: 20 }, FRIDAY)

  const next = year + 1
  const springStart = onOrAfterWeekday({ year: next, month: 1, day: 4 }, MONDAY)
  const februaryHalfTerm = onOrAfterWeekday({ year: next, month: 2, day: 12 }, MONDAY)
  const easter = easterSunday(next)
  const easterBreakStart = addDays(easter, -6)
  const springEnd = addDays(easterBreakStart, -3)
  const summerStart = addDays(easter, 8)
  const mayHalfTerm = onOrBeforeWeekday({ year: next, month: 5, day: 31 }, MONDAY)
  const summerEnd = previousSchoolDay({ year: next, month: 7, day: 22 })

  return {
    year,
    autumn: term(autumnStart, octoberHalfTerm, autumnEnd),
    spring: term(springStart, februaryHalfTerm, springEnd),
    summer: term(summerStart, mayHalfTerm, summerEnd)
  }
}

function isWeekend(date: CalendarDate): boolean {
  const dow = weekday(date)
  return dow === 0 || dow === 6
}

function term(start: CalendarDate, halfTermMonday: CalendarDate, end: CalendarDate): SchoolTerm {
  return {
    start: formatIsoDate(start),
    halfTermStart: formatIsoDate(halfTermMonday),
    halfTermEnd: formatIsoDate(addDays(halfTermMonday, 4)),
    end: formatIsoDate(end)
  }
}

// Worked out once when the module loads (constant data): plans are dated within these years, and
// the arithmetic would otherwise run again for every school-calendar phrase.
const PRECOMPUTED: ReadonlyMap<number, AcademicYearTerms> = new Map(
  Array.from({ length: 60 }, (_, i) => 2000 + i).map((year) => [
    year,
    computeEnglandTermDates(year)
  ])
)

/** The configured year if there is one, else England's default pattern. */
export function termsForYear(year: number, termDates: TermDates | undefined): AcademicYearTerms {
  return termDates?.find((t) => t.year === year) ?? englandTermDates(year)
}

/**
 * The date a school-calendar reference points to: the first occurrence on or after the plan date.
 * Deadlines ("before half-term") resolve to the last school day before the break; starts ("from
 * the spring term") to the first day.
 */
export function resolveTermReference(
  reference: TermReference,
  planDate: CalendarDate,
  termDates: TermDates | undefined
): CalendarDate | null {
  const firstYear = planDate.month >= 8 ? planDate.year - 1 : planDate.year - 2
  const candidates: CalendarDate[] = []
  for (let year = firstYear; year <= firstYear + 3; year += 1) {
    const terms = termsForYear(year, termDates)
    for (const date of datesFor(reference, terms, year)) {
      if (date && compareDates(date, planDate) >= 0) candidates.push(date)
    }
  }
  candidates.sort(compareDates)
  return candidates[0] ?? null
}

function datesFor(
  reference: TermReference,
  terms: AcademicYearTerms,
  year: number
): (CalendarDate | null)[] {
  const all: TermName[] = ['autumn', 'spring', 'summer']
  switch (reference.kind) {
    case 'term': {
      const t = terms[reference.term]
      return [parseIsoDate(reference.point === 'start' ? t.start : t.end)]
    }
    case 'half-term': {
      const names = reference.term === 'any' ? all : [reference.term]
      return names.map((name) => halfTermPoint(terms[name], reference.point))
    }
    case 'holiday':
      return [holidayPoint(terms, reference.holiday, reference.point)]
    case 'this-term-end':
      return all.map((name) => parseIsoDate(terms[name].end))
    case 'next-term-start':
      return all.map((name) => parseIsoDate(terms[name].start))
    case 'school-year':
      return [parseIsoDate(reference.point === 'start' ? terms.autumn.start : terms.summer.end)]
    case 'feast':
      if (reference.name === 'christmas') return [{ year, month: 12, day: 25 }]
      if (reference.name === 'new-year') return [{ year: year + 1, month: 1, day: 1 }]
      // Shrove Tuesday (Pancake Day) is 47 days before Easter Sunday.
      if (reference.name === 'shrove-tuesday') return [addDays(easterSunday(year + 1), -47)]
      return [easterSunday(year + 1)]
  }
}

function halfTermPoint(t: SchoolTerm, point: 'before' | 'after'): CalendarDate | null {
  const start = parseIsoDate(t.halfTermStart)
  const end = parseIsoDate(t.halfTermEnd)
  if (!start || !end) return null
  return point === 'before'
    ? previousSchoolDay(addDays(start, -1))
    : onOrAfterWeekday(addDays(end, 1), MONDAY)
}

function holidayPoint(
  terms: AcademicYearTerms,
  holiday: HolidayName,
  point: 'before' | 'start'
): CalendarDate | null {
  const halfTerms: Partial<Record<HolidayName, SchoolTerm>> = {
    october: terms.autumn,
    february: terms.spring,
    may: terms.summer
  }
  const halfTerm = halfTerms[holiday]
  if (halfTerm) {
    const start = parseIsoDate(halfTerm.halfTermStart)
    if (!start) return null
    return point === 'before' ? previousSchoolDay(addDays(start, -1)) : start
  }
  const endOfTerm =
    holiday === 'christmas'
      ? terms.autumn.end
      : holiday === 'easter'
        ? terms.spring.end
        : terms.summer.end
  const end = parseIsoDate(endOfTerm)
  if (!end) return null
  return point === 'before' ? end : addDays(end, 1)
}
