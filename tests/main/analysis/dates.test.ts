import { describe, expect, it } from 'vitest'
import { analysePlan, englandTermDates } from '../../../shared/analysis'
import type { AnalysedAction, AnalyseOptions, TermDates } from '../../../shared/analysis'

/** Analyses one statement and returns its action. */
function action(text: string, options: AnalyseOptions = {}): AnalysedAction {
  const result = analysePlan(text, { ...options, lines: true }).actions[0]
  if (!result) throw new Error(`no action found in: ${text}`)
  return result
}

function timescale(text: string, planDate?: string, termDates?: TermDates) {
  return action(text, { planDate, termDates }).timescale
}

describe('calendar dates', () => {
  it('reads numeric dates day first, as UK plans write them', () => {
    expect(timescale('SW to visit by 01/02/2026.')).toEqual({
      kind: 'date',
      text: 'by 01/02/2026',
      due: '2026-02-01'
    })
    expect(timescale('Assessment due 4.12.26.').due).toBe('2026-12-04')
    expect(timescale('Referral by 5-3-2027.').due).toBe('2027-03-05')
    expect(timescale('Review on 2026-07-01.').due).toBe('2026-07-01')
  })

  it('reads ordinals, abbreviations and "the 3rd of March"', () => {
    expect(timescale('Mum to apply by 1st Sept 2026.').due).toBe('2026-09-01')
    expect(timescale('SW to visit by the 3rd of March 2027.')).toEqual({
      kind: 'date',
      text: 'by the 3rd of March 2027',
      due: '2027-03-03'
    })
    expect(timescale('Meeting on Monday 12th Jan 2026.').due).toBe('2026-01-12')
    expect(timescale('Passport by March 3rd, 2027.').due).toBe('2027-03-03')
  })

  it('takes a date without a year as its next occurrence on or after the plan date', () => {
    expect(timescale('Mum to apply by 1st Sept.', '2026-09-14').due).toBe('2027-09-01')
    expect(timescale('Mum to apply by 1st Sept.', '2026-08-01').due).toBe('2026-09-01')
    expect(timescale('Uniform ready by 29 August.', '2026-09-14').due).toBe('2027-08-29')
    expect(timescale('Report by 14/11.', '2026-12-01').due).toBe('2027-11-14')
    expect(timescale('Report by 14/11.', '2026-10-01').due).toBe('2026-11-14')
    expect(timescale('Report by 14 September.', '2026-09-14').due).toBe('2026-09-14')
  })

  it('takes a month without a year as its next occurrence, at the end of that month', () => {
    expect(timescale('To be updated by the end of March.', '2026-04-10')).toEqual({
      kind: 'date',
      text: 'by the end of March',
      due: '2027-03-31'
    })
    expect(timescale('To be updated by the end of March.', '2026-03-10').due).toBe('2026-03-31')
    expect(timescale('Dentist by mid-November.', '2026-06-01').due).toBe('2026-11-15')
    expect(timescale('Course in January 2027.').due).toBe('2027-01-31')
    expect(timescale('Course starting in January 2027.')).toEqual({
      kind: 'date',
      text: 'starting in January 2027',
      due: '2027-01-01'
    })
    expect(timescale('Review before March.', '2026-09-14').due).toBe('2027-02-28')
  })

  it('reads week-commencing dates', () => {
    expect(timescale('Referral to be completed w/c 12 January.', '2025-12-01')).toEqual({
      kind: 'date',
      text: 'w/c 12 January',
      due: '2026-01-12'
    })
    expect(timescale('Nan to take R. to nursery from w/c 21 September 2026.')).toEqual({
      kind: 'date',
      text: 'from w/c 21 September 2026',
      due: '2026-09-21'
    })
    expect(timescale('Sessions week commencing 5th October.', '2026-09-14').due).toBe('2026-10-05')
  })

  it('works out weekdays and named periods from the plan date', () => {
    // 14 September 2026 is a Monday.
    expect(timescale('SW and HV to visit by Friday.', '2026-09-14')).toEqual({
      kind: 'date',
      text: 'by Friday',
      due: '2026-09-18'
    })
    expect(timescale('Referral by the end of next week.', '2026-09-14').due).toBe('2026-09-25')
    expect(timescale('Referral by the end of the month.', '2026-09-14').due).toBe('2026-09-30')
    expect(timescale('Mum to ring the GP tomorrow.', '2026-09-14').due).toBe('2026-09-15')
  })

  it('does not take impossible dates for dates', () => {
    expect(timescale('SW to visit by 31/02/2026.').kind).toBe('none')
  })
})

describe('the school calendar', () => {
  it('uses England term dates by default', () => {
    // October half-term 2026 is the week of Monday 26 October.
    expect(timescale('PEP to be updated before the October half-term.', '2026-10-05')).toEqual({
      kind: 'date',
      text: 'before the October half-term',
      due: '2026-10-23'
    })
    expect(timescale('By the February half-term, T. will be in school.', '2026-11-01').due).toBe(
      '2027-02-12'
    )
    expect(timescale('Reading to improve by the end of the autumn term.', '2026-09-14').due).toBe(
      '2026-12-18'
    )
    expect(timescale('SW to hold an FGC before the Christmas holidays.', '2026-09-14').due).toBe(
      '2026-12-18'
    )
    expect(timescale('Tutor until the end of the summer term.', '2026-09-14').due).toBe(
      '2027-07-22'
    )
    expect(timescale('Passport by Easter.', '2026-09-14').due).toBe('2027-03-28')
    expect(timescale('Review by half-term.', '2026-09-14').due).toBe('2026-10-23')
  })

  it('takes "after" and "from" a break as the first day back', () => {
    const after = action('Noah to start his new school after the May half-term.', {
      planDate: '2026-09-14'
    })
    expect(after.timescale).toEqual({
      kind: 'date',
      text: 'after the May half-term',
      due: '2027-06-07'
    })
  })

  it('uses a council’s own term dates when given them', () => {
    const ours = englandTermDates(2026)
    const termDates: TermDates = [
      {
        ...ours,
        autumn: { ...ours.autumn, halfTermStart: '2026-10-19', halfTermEnd: '2026-10-23' }
      }
    ]
    expect(
      timescale('PEP to be updated before the October half-term.', '2026-10-05', termDates).due
    ).toBe('2026-10-16')
  })

  it('gives no due date for the school calendar without a plan date', () => {
    expect(timescale('PEP to be updated before the October half-term.')).toEqual({
      kind: 'date',
      text: 'before the October half-term',
      due: null
    })
  })
})

describe('relative timescales', () => {
  it('counts from the plan date', () => {
    expect(timescale('SW to complete the assessment within 6 weeks.', '2026-09-14')).toEqual({
      kind: 'relative',
      text: 'within 6 weeks',
      due: '2026-10-26'
    })
    expect(timescale('Visit within 48 hours.', '2026-09-14').due).toBe('2026-09-16')
    expect(timescale('YP to open a bank account in the next month.', '2026-09-14').due).toBe(
      '2026-10-14'
    )
    expect(timescale("In 2 weeks' time the HV will recheck.", '2026-09-14')).toEqual({
      kind: 'relative',
      text: "In 2 weeks' time",
      due: '2026-09-28'
    })
  })

  it('skips weekends for working days', () => {
    expect(timescale('Strategy discussion within 10 working days.', '2026-09-14').due).toBe(
      '2026-09-28'
    )
  })

  it('keeps what the duration counts from, and dates only those that mean the plan', () => {
    expect(
      timescale('Bed to be bought within 28 days of the plan being agreed.', '2026-09-14')
    ).toEqual({
      kind: 'relative',
      text: 'within 28 days of the plan being agreed',
      due: '2026-10-12'
    })
    expect(timescale('SALT to assess within 12 weeks of the referral.', '2026-09-14')).toEqual({
      kind: 'relative',
      text: 'within 12 weeks of the referral',
      due: null
    })
  })

  it('gives no due date without a plan date, and never reads the clock', () => {
    expect(timescale('SW to complete the assessment within 6 weeks.').due).toBeNull()
    expect(timescale('Mum to apply by 1st Sept.').due).toBeNull()
    expect(timescale('SW to visit by 30/06/2026.').due).toBe('2026-06-30')
  })
})

describe('past-due', () => {
  it('flags a deadline before the plan date', () => {
    const late = action('SW to complete the assessment by 01/09/2026.', { planDate: '2026-09-14' })
    expect(late.flags).toContain('past-due')
    const onTime = action('SW to complete the assessment by 30/09/2026.', {
      planDate: '2026-09-14'
    })
    expect(onTime.flags).not.toContain('past-due')
  })

  it('does not flag a start date that has already passed', () => {
    const started = action('Contact to continue weekly from 01/09/2026.', {
      planDate: '2026-09-14'
    })
    expect(started.timescale.kind).toBe('date')
    expect(started.flags).not.toContain('past-due')
  })

  it('cannot flag anything without a plan date', () => {
    expect(action('SW to complete the assessment by 01/09/2020.').flags).not.toContain('past-due')
  })
})
