import { describe, expect, it } from 'vitest'
import { normalisePlanType, normaliseStatus } from '../../../electron/services/case-import/values'
import { readDate } from '../../../shared/dates'

describe('reading dates as an English council writes them', () => {
  it.each([
    ['14/01/2026', '2026-01-14'],
    ['1/2/2026', '2026-02-01'],
    ['2/3/26', '2026-03-02'],
    ['2/3/75', '1975-03-02'],
    ['14-01-2026', '2026-01-14'],
    ['14.01.2026', '2026-01-14'],
    ['14/01/2026 09:30', '2026-01-14'],
    ['2026-01-14', '2026-01-14'],
    ['2026-01-14T00:00:00', '2026-01-14'],
    ['2026-01-14 13:45:00', '2026-01-14'],
    ['1 March 2026', '2026-03-01'],
    ['01-Mar-26', '2026-03-01'],
    ['3rd Sept 2026', '2026-09-03'],
    ['29 february 2024', '2024-02-29'],
    ['29/02/2024', '2024-02-29']
  ])('reads %s as %s', (value, iso) => {
    expect(readDate(value, false)).toEqual({ date: iso })
  })

  it.each([
    ['31/02/2026', 'is not a real date'],
    ['29/02/2026', 'is not a real date'],
    ['03/31/2026', 'looks like a month-first (US) date; dates must be day first, like 31/01/2026'],
    ['2026-13-01', 'is not a real date'],
    ['31 April 2026', 'is not a real date'],
    ['1 Smarch 2026', 'has a month (Smarch) we do not recognise'],
    ['14/01/1850', 'has a year (1850) outside 1900-2100'],
    ['next week', 'is not a date we can read; dates must be day first, like 31/01/2026'],
    ['46082', 'is not a date we can read; dates must be day first, like 31/01/2026']
  ])('refuses %s: %s', (value, error) => {
    expect(readDate(value, false)).toEqual({ error })
  })

  it('knows which years are leap years, and refuses day or month 0', () => {
    expect(readDate('29/02/2000', false)).toEqual({ date: '2000-02-29' })
    expect(readDate('2000-02-29', false)).toEqual({ date: '2000-02-29' })
    expect(readDate('29/02/1900', false)).toEqual({ error: 'is not a real date' })
    expect(readDate('29/2/00', false)).toEqual({ date: '2000-02-29' })
    expect(readDate('31/04/2026', false)).toEqual({ error: 'is not a real date' })
    expect(readDate('0/04/2026', false)).toEqual({ error: 'is not a real date' })
    expect(readDate('01/00/2026', false)).toEqual({ error: 'is not a real date' })
    expect(readDate('1/1/49', false)).toEqual({ date: '2049-01-01' })
    expect(readDate('1/1/50', false)).toEqual({ date: '1950-01-01' })
  })

  it('reads Excel serial numbers only from a workbook', () => {
    expect(readDate('46082', true)).toEqual({ date: '2026-03-01' })
    expect(readDate('45658.75', true)).toEqual({ date: '2025-01-01' })
  })
})

describe('normalising plan types and statuses', () => {
  it.each([
    ['Child Protection', 'CP'],
    ['CP', 'CP'],
    ['cpp', 'CP'],
    ['Child Protection Plan', 'CP'],
    ['LAC', 'CLA'],
    ['CLA', 'CLA'],
    ['Looked After', 'CLA'],
    ['Child Looked After', 'CLA'],
    ['CIN', 'CIN'],
    ['Child in Need', 'CIN'],
    ['Pathway', 'PATHWAY'],
    ['Care Leaver', 'PATHWAY'],
    ['Early Help', 'EARLY_HELP'],
    ['EH', 'EARLY_HELP'],
    ['EARLY_HELP', 'EARLY_HELP'],
    ['  child-protection ', 'CP']
  ])('reads %s as %s', (value, type) => {
    expect(normalisePlanType(value)).toBe(type)
  })

  it.each(['Section 47', 'Care plan', 'Other', 'C'])('does not guess %s', (value) => {
    expect(normalisePlanType(value)).toBeNull()
  })

  it('reads open and closed statuses, treats a blank as open and refuses the rest', () => {
    for (const open of ['Open', 'ACTIVE', 'current', '']) expect(normaliseStatus(open)).toBe('open')
    for (const closed of ['Closed', 'Ended', 'Case closed', 'inactive']) {
      expect(normaliseStatus(closed)).toBe('closed')
    }
    for (const unknown of ['Pending', 'Y', 'N', 'Transferred']) {
      expect(normaliseStatus(unknown)).toBeNull()
    }
  })
})
