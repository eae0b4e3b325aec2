import { describe, expect, it } from 'vitest'
import { analysePlan } from '../../../shared/analysis'
import type { AnalysedAction, Timescale } from '../../../shared/analysis'

// The general rules added after the second blind set (analysis-final) and statements-f were
// scored: the shorthand of real case notes, and the patterns those sets showed. Every sentence here
// is new: none is taken from a labelled set, so these check the patterns, not the sentences.

function action(text: string, planDate = '2026-01-12'): AnalysedAction {
  const found = analysePlan(text, { lines: true, planDate }).actions[0]
  if (!found) throw new Error(`no action found in: ${text}`)
  return found
}

const timescaleOf = (text: string): Timescale => action(text).timescale
const ownerOf = (text: string): string | null => action(text).owner
const isOutcome = (text: string): boolean => action(text).outcomeFocused
const lineNumbers = (...lines: string[]): number[] =>
  analysePlan(lines.join('\n'), { planDate: '2026-01-12' }).actions.map((a) => a.line)

describe('units, counts and days written short', () => {
  it.each([
    ['Police to tell the SW about any call-out within 48hrs.', 'relative', 'within 48hrs'],
    ['Paediatrician to see Ruby again in 3 mths.', 'relative', 'in 3 mths'],
    ['Housing to rehouse the family within 2 yrs.', 'relative', 'within 2 yrs'],
    ['SW to see Mum w/in 5 wkg days of any arrest.', 'relative', 'w/in 5 wkg days of any arrest'],
    ['School nurse to re-check Ali in 4-6 wks.', 'relative', 'in 4-6 wks'],
    ['HV to weigh the baby again in 4/52.', 'relative', 'in 4/52'],
    ['Dietitian to review Sam within 3/12.', 'relative', 'within 3/12'],
    ['FSW to meet Mum every 3 wks.', 'frequency', 'every 3 wks'],
    ['Probation to update the SW mthly.', 'frequency', 'mthly'],
    ['Dad to do drug tests x3 wkly.', 'frequency', 'x3 wkly'],
    ['Mentor to see Kyle 2x per wk.', 'frequency', '2x per wk'],
    ['Tutor to teach Aisha 3 hrs/wk.', 'frequency', '3 hrs/wk'],
    ['Nan to have the girls twice pw.', 'frequency', 'twice pw'],
    ['I will save £15 a wk for a bike.', 'frequency', 'a wk'],
    ['Carers to take Jo to cubs every Thurs.', 'frequency', 'every Thurs'],
    ['Grandad to collect Ava on Fri afternoons.', 'frequency', 'on Fri afternoons'],
    ['Aunty to have the boys Tues/Fri after school.', 'frequency', 'Tues/Fri'],
    ['Childminder to look after Mia Mon-Wed.', 'frequency', 'Mon-Wed'],
    ['SW to phone Dad by Thurs.', 'date', 'by Thurs'],
    ['Mum to book the optician by end Oct.', 'date', 'by end Oct'],
    ['Carers to buy a new coat for Leo by 20 Nov 26.', 'date', 'by 20 Nov 26'],
    ['Ben to start the apprenticeship from Sept ’26.', 'date', 'from Sept ’26'],
    ['Dad to decorate the box room before Xmas.', 'date', 'before Xmas'],
    ['Mum to sort the garden by Oct half term.', 'date', 'by Oct half term'],
    ['School to send a report by w/e 6/3.', 'date', 'by w/e 6/3']
  ])('reads "%s" as %s', (text, kind, expected) => {
    expect(timescaleOf(text)).toMatchObject({ kind, text: expected })
  })

  it('reads several days of one month, and the place an event is counted from', () => {
    expect(timescaleOf('Dad to attend the groups on 4, 11 and 18 May.')).toMatchObject({
      kind: 'date',
      text: 'on 4, 11 and 18 May',
      due: '2026-05-18'
    })
    expect(timescaleOf('SW to visit within 5 days of Kai’s release from custody.')).toMatchObject({
      kind: 'relative',
      text: 'within 5 days of Kai’s release from custody'
    })
  })

  it('tolerates common misspellings of days, months and cadence words', () => {
    expect(timescaleOf('Mum to see the GP by 3rd Febuary.')).toMatchObject({
      kind: 'date',
      due: '2026-02-03'
    })
    expect(timescaleOf('Nan to take Finn to swimming every Wendesday.').kind).toBe('frequency')
    expect(timescaleOf('FSW to visit fortnighly.').kind).toBe('frequency')
    expect(timescaleOf('Mum to tell the SW imediately if Mr P. calls.').kind).toBe('vague')
  })

  it('works out the due date of an abbreviated duration or day', () => {
    expect(timescaleOf('SW to visit within 2 wks.').due).toBe('2026-01-26')
    expect(timescaleOf('Mum to ring the school by Fri.').due).toBe('2026-01-16')
  })

  it('does not read words that look like short days, or ages, as timescales', () => {
    expect(timescaleOf('Mum to put on sun cream before the boys play out.').kind).toBe('none')
    expect(timescaleOf('HV to do the check when baby is 6-8 wks old.').kind).toBe('none')
    expect(timescaleOf('Mum to take Tom to the 6 wk health check.').kind).toBe('none')
    expect(timescaleOf('Mum to attend the 10 wk course.').kind).toBe('none')
  })

  it('reads a week count as a point in a pregnancy only when the plan is about one', () => {
    expect(timescaleOf('Midwife to book the growth scan by 34 wks.')).toMatchObject({
      kind: 'date',
      text: 'by 34 wks'
    })
    expect(timescaleOf('Baby to be weighed by 6 wks.').kind).toBe('none')
  })

  it('reads a When field written into the line', () => {
    expect(timescaleOf('SW to finish the assessment. Timescale: 8 wks.')).toMatchObject({
      kind: 'relative',
      text: '8 wks'
    })
  })
})

describe('meetings named the way notes name them', () => {
  it.each([
    ['Mum to show her test results by next CG.', 'by next CG'],
    ['Agencies to report back @ next CIN mtg.', '@ next CIN mtg'],
    ['GP to send a health summary before conference.', 'before conference'],
    ['IRO to check the plan at the 3-monthly rev.', 'at the 3-monthly rev'],
    ['PA to help me with my CV before my next review.', 'before my next review'],
    ['School to share the attendance figures ahead of CG mtg.', 'ahead of CG mtg']
  ])('reads "%s" as a review point', (text, expected) => {
    expect(timescaleOf(text)).toMatchObject({ kind: 'review-point', text: expected })
  })

  it('does not read "by meeting" as a meeting', () => {
    expect(timescaleOf("Dad to show change by meeting Leo's needs.").kind).toBe('none')
  })
})

describe('conditions, triggers and ruled-out periods', () => {
  it.each([
    ['Nan to keep the children until Mum feels well.', 'until Mum feels well'],
    ['I will apply for a job after my DBS comes through.', 'after my DBS comes through'],
    ['Leaving care team to pay the grant once a flat is found.', 'once a flat is found'],
    [
      'PA to book driving lessons when I get a place on the course.',
      'when I get a place on the course'
    ],
    ['Life story work to start when J. says he is ready.', 'when J. says he is ready']
  ])('reads "%s" as vague', (text, expected) => {
    expect(timescaleOf(text)).toMatchObject({ kind: 'vague', text: expected })
  })

  it('reads "before" an unnamed deadline or a starting event as vague, but not a precondition', () => {
    expect(timescaleOf('Mum to book a place before the next group starts.')).toMatchObject({
      kind: 'vague',
      text: 'before the next group starts'
    })
    expect(timescaleOf('I will send my form before the closing deadline.')).toMatchObject({
      kind: 'vague',
      text: 'before the closing deadline'
    })
    expect(timescaleOf('Dad to stay sober for 8 weeks before any contact starts.').kind).toBe(
      'none'
    )
  })

  it('keeps "once a week" a cadence and a trigger in an if-clause no timescale', () => {
    expect(timescaleOf('PA to text Jay once a wk.').kind).toBe('frequency')
    expect(timescaleOf('School to call Mum if Ty is late twice in any half term.').kind).toBe(
      'none'
    )
  })

  it('does not take a period that is ruled out for the timescale', () => {
    expect(
      timescaleOf('Carers to take Lily to see Nan often, not just in the summer hols.')
    ).toEqual({ kind: 'none', text: null, due: null })
  })

  it('reads "by the time" with a duration as relative', () => {
    expect(
      timescaleOf('Staff to teach Kai to budget by the time he has been at the flat 2 months.')
    ).toMatchObject({
      kind: 'relative',
      text: 'by the time he has been at the flat 2 months'
    })
  })
})

describe('owners written short, in capitals or after a wish', () => {
  it.each([
    ['F/C to take Ollie to the dentist by end Jan.', 'F/C'],
    ['MGM TO WALK THE GIRLS TO SCHOOL DAILY.', 'MGM'],
    ['Citizens Advice to check the family’s benefits.', 'Citizens Advice'],
    ['J to go to the youth club on Tuesdays.', 'J'],
    ["Mum's partner Mr J. to do a DBS check.", "Mum's partner Mr J."],
    ['I want to see my nan more - SW to set up a visit every month.', 'SW'],
    ["I'd like to go to college - PA to find courses by Easter.", 'PA'],
    ['Eye test for Ruby. Who: Carer (Mrs L.). When: by Fri.', 'Carer (Mrs L.)'],
    ['Safety plan to be signed by Nan, Mum and the FSW by Weds.', 'Nan, Mum and the FSW'],
    ['Life story book to be made by the SW and carers by Easter.', 'the SW and carers'],
    ['Ella will be living with Nan and going to her old school by March.', 'Ella']
  ])('finds the owner of "%s"', (text, expected) => {
    expect(ownerOf(text)).toBe(expected)
  })

  it('gives no owner to someone who only receives help, or to a service named after "from"', () => {
    expect(ownerOf('Mum will get support with her housing forms.')).toBeNull()
    expect(ownerOf("Counselling from Women's Aid for Mum to carry on.")).toBeNull()
  })
})

describe('outcome focus in other shapes', () => {
  it.each([
    'Passport application for Zoe to be sent by the SW so she can go on the school trip.',
    'Fire service to visit so that a smoke alarm is fitted outside the baby’s room.',
    'Tyler will walk away when he is cross instead of hitting out.',
    'Mum to lock the back door at night and not let Mr P. in.',
    'Mr P. not to come to the family home.',
    'Dad to fit locks on the kitchen windows by Fri.',
    'DSL to meet Ava each Monday so she can talk about her weekend at Dad’s.'
  ])('reads "%s" as outcome-focused', (text) => {
    expect(isOutcome(text)).toBe(true)
  })

  it.each([
    'Citizens Advice to help Mum apply to the Household Support Fund.',
    'I will keep in touch with my PA every week.',
    'I will go to college on Mondays.',
    'School to make a home visit if Jo is off for 3 days.'
  ])('reads "%s" as process', (text) => {
    expect(isOutcome(text)).toBe(false)
  })

  it('counts a "How will we know" field written into the line', () => {
    expect(
      isOutcome('Action: weigh Jamie. Who: HV. How will we know: Jamie is back on his centile.')
    ).toBe(true)
  })
})

describe('actions in care-plan templates', () => {
  it('reads a numbered heading in capitals as a heading, not an action', () => {
    expect(
      lineNumbers(
        'What I will do:',
        '1. MY HEALTH AND WELLBEING',
        '- I will book a dentist appointment by March.'
      )
    ).toEqual([3])
  })

  it('skips a table row whose action cell is only a dash', () => {
    expect(
      lineNumbers(
        'Area\tWhat will happen\tWho\tWhen',
        'School\tSchool to ring Mum on the first day of any absence\tSchool\tOngoing',
        'Health\t-\t-\t-'
      )
    ).toEqual([2])
  })

  it('takes decimal-numbered actions in a section that tells the story', () => {
    expect(
      lineNumbers(
        'SECTION 2 - PERMANENCE',
        'The plan is for Kai to stay with his carers long term.',
        '2.1 SW to present the matching report to panel by 30/06/2026.'
      )
    ).toEqual([3])
  })

  it('takes a numbered action written as a noun phrase with who and when', () => {
    expect(
      lineNumbers(
        'SECTION 3 - PLACEMENT',
        '3.1 Visits by the supervising social worker every 6 weeks.',
        '3.2 Kai has settled well.'
      )
    ).toEqual([2])
  })

  it('does not take what someone said they would do for an action', () => {
    expect(
      lineNumbers(
        'Plan',
        'Dad to stop drinking before contact.',
        'Dad has said he will stop drinking.'
      )
    ).toEqual([2])
  })

  it("hears the child's words set out as a field under the views heading", () => {
    const plan = [
      'What the children said',
      'R: "I like it when Nan comes."',
      '',
      'Plan',
      '- Nan to visit every Sat.'
    ].join('\n')
    expect(analysePlan(plan).summary.childsVoice).toBe(true)
  })
})
