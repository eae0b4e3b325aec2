import { describe, expect, it } from 'vitest'
import { analysePlan } from '../../../shared/analysis'
import type { Timescale } from '../../../shared/analysis'

function timescaleOf(text: string): Timescale {
  const action = analysePlan(text, { lines: true, planDate: '2026-09-14' }).actions[0]
  if (!action) throw new Error(`no action found in: ${text}`)
  return action.timescale
}

describe('numbers that are not timescales', () => {
  it.each([
    ['an age', 'Toby (aged 5) to have a bedroom of his own.'],
    ['an age and counts', 'Mum, who is 24 and caring for 3 children under 5, to accept help.'],
    ['a programme length', 'Mum to attend the 10-week domestic abuse recovery programme.'],
    ['a course length', 'Sophie to attend the 2-day first aid course.'],
    ['a clock time', 'Lucas to be home by 10pm.'],
    ['a clock time with minutes', 'Sophie to arrive at college at 9.30am.'],
    ['a room number', 'Contact to take place in Room 12 at the family centre.'],
    ['a year naming a document', 'SW to share the 2024 parenting assessment with the IRO.'],
    ['a year in the past', 'Her last health assessment was done in 2025 and needs updating.'],
    ['a school year group', 'Poppy to start Year 3 with the right uniform.'],
    ['a percentage', 'School to report on Kyle, whose attendance is 81%.'],
    ['money', 'Leaving care team to pay a grant of £2,000.'],
    ['a phone number', 'Mum can call the duty team on 0300 123 4567.'],
    ['an age range', 'PA to help S. apply for the 16-19 Bursary.'],
    ['a ratio', 'Class teacher to give K. 1:1 reading support.'],
    ['a house size', 'Housing to find the family a two-bedroom property.'],
    ['a fraction', 'Mum to attend 2/3 of the sessions.'],
    ['a service open all hours', 'Family to use the 24-hour helpline.'],
    ['a count of sessions', 'SW to complete direct work with Kasey over 6 sessions.'],
    ['a developmental check', "Health visitor to complete Noah's 2-year developmental check."],
    ['a daily log', 'Foster carer to record any incidents in the daily log.'],
    ['an annual review by name', "Mum to bring Leo's reports to his EHCP annual review."]
  ])('does not read %s as a timescale', (_what, text) => {
    expect(timescaleOf(text)).toEqual({ kind: 'none', text: null, due: null })
  })

  it('finds the real timescale next to numbers that are not one', () => {
    expect(
      timescaleOf('Mr Patel to start the 12-week perpetrator programme within one month.')
    ).toMatchObject({ kind: 'relative', text: 'within one month' })
    expect(timescaleOf('School to phone Mum daily if Tyler is not in by 9.30am.')).toMatchObject({
      kind: 'frequency',
      text: 'daily'
    })
    expect(timescaleOf('Nan to have Poppy ready for Year 3 by 29 August.')).toMatchObject({
      kind: 'date',
      text: 'by 29 August'
    })
    expect(timescaleOf('The 2023 assessment to be updated by the end of March.')).toMatchObject({
      kind: 'date',
      text: 'by the end of March'
    })
    expect(timescaleOf('Contact with Dad: twice a week, supervised, Room 12.')).toMatchObject({
      kind: 'frequency',
      text: 'twice a week'
    })
  })
})

describe('the timescale precedence rules', () => {
  it('lets a concrete timescale beat a vague one', () => {
    expect(
      timescaleOf('SW to complete the assessment ASAP and no later than 22/01/2027.')
    ).toMatchObject({ kind: 'date', text: 'no later than 22/01/2027' })
    expect(
      timescaleOf('Mum to change the locks within 48 hours and ring the police straight away.')
    ).toMatchObject({ kind: 'relative', text: 'within 48 hours' })
  })

  it('lets a deadline beat a frequency', () => {
    expect(
      timescaleOf(
        'Mum to cook a meal every evening so his weight is healthy by the review conference.'
      )
    ).toMatchObject({ kind: 'review-point', text: 'by the review conference' })
    expect(timescaleOf('First contact by 31/10/2026, then monthly.')).toMatchObject({
      kind: 'date',
      text: 'by 31/10/2026'
    })
  })

  it('tells a cadence at each meeting from a deadline at the next one', () => {
    expect(timescaleOf('IRO to check progress at each core group.')).toMatchObject({
      kind: 'frequency',
      text: 'at each core group'
    })
    expect(timescaleOf('IRO to check progress at the next core group.')).toMatchObject({
      kind: 'review-point',
      text: 'at the next core group'
    })
  })

  it('reads "regularly" and "at all times" as vague, not as cadences', () => {
    expect(timescaleOf('SW to liaise with school regularly.').kind).toBe('vague')
    expect(timescaleOf('Contact to be supervised at all times.').kind).toBe('vague')
    expect(timescaleOf('Dad to continue to engage with probation.')).toMatchObject({
      kind: 'vague',
      text: 'continue to'
    })
  })

  it('does not treat a condition as a timescale', () => {
    expect(timescaleOf('Dad not to drink alcohol while he is looking after Max.').kind).toBe('none')
    expect(
      timescaleOf('Mr Lewis to provide a negative test before any contact resumes.').kind
    ).toBe('none')
  })
})
