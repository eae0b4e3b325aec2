import { describe, expect, it } from 'vitest'
import { englandTermDates } from '../../../shared/analysis'
import type { SchoolTerm } from '../../../shared/analysis'

const weekday = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })

describe('the default England term dates', () => {
  it('follows the usual pattern for 2025 to 2026', () => {
    expect(englandTermDates(2025)).toEqual({
      year: 2025,
      autumn: {
        start: '2025-09-03',
        halfTermStart: '2025-10-27',
        halfTermEnd: '2025-10-31',
        end: '2025-12-19'
      },
      spring: {
        start: '2026-01-05',
        halfTermStart: '2026-02-16',
        halfTermEnd: '2026-02-20',
        end: '2026-03-27'
      },
      summer: {
        start: '2026-04-13',
        halfTermStart: '2026-05-25',
        halfTermEnd: '2026-05-29',
        end: '2026-07-22'
      }
    })
  })

  it.each(Array.from({ length: 12 }, (_, i) => 2024 + i))(
    'gives ordered terms on school days with Monday-to-Friday half-terms for %i',
    (year) => {
      const terms = englandTermDates(year)
      const all: SchoolTerm[] = [terms.autumn, terms.spring, terms.summer]
      for (const term of all) {
        expect(term.start < term.halfTermStart).toBe(true)
        expect(term.halfTermEnd < term.end).toBe(true)
        expect(weekday(term.halfTermStart)).toBe('Monday')
        expect(weekday(term.halfTermEnd)).toBe('Friday')
        expect(['Saturday', 'Sunday']).not.toContain(weekday(term.start))
        expect(['Saturday', 'Sunday']).not.toContain(weekday(term.end))
      }
      expect(terms.autumn.end < terms.spring.start).toBe(true)
      expect(terms.spring.end < terms.summer.start).toBe(true)
      expect(terms.autumn.start.startsWith(`${year}-09`)).toBe(true)
      expect(terms.summer.end.startsWith(`${year + 1}-07`)).toBe(true)
    }
  )
})
