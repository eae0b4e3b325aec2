import { describe, expect, it } from 'vitest'
import { analysePlan } from '../../../shared/analysis'
import type { AnalysedAction, PlanAnalysis, Timescale } from '../../../shared/analysis'

// The general rules added after the third blind set (analysis-check3) and statements-g were
// scored: who the child is in terse notes (one capital letter, a name in lower case, a pronoun
// written without its apostrophe, "the 3 of them"), and the action, owner and timescale of the
// templates that set showed. Every sentence and plan here is new: none is taken from a labelled
// set, so these check the patterns, not the sentences they came from.

function action(text: string, planDate = '2026-02-02'): AnalysedAction {
  const found = analysePlan(text, { lines: true, planDate }).actions[0]
  if (!found) throw new Error(`no action found in: ${text}`)
  return found
}

const timescaleOf = (text: string): Timescale => action(text).timescale
const ownerOf = (text: string): string | null => action(text).owner
const isOutcome = (text: string): boolean => action(text).outcomeFocused
const plan = (...lines: string[]): PlanAnalysis =>
  analysePlan(lines.join('\n'), { planDate: '2026-02-02' })
const lineNumbers = (...lines: string[]): number[] => plan(...lines).actions.map((a) => a.line)

describe('the child written as one capital letter', () => {
  it.each([
    'dad to take B to the GP about her cough by Fri so her chest clears up',
    'Carers to help P with her hair every Sun so she feels proud of it',
    'Nan to do the nursery run Tues + Thurs so G gets there for breakfast',
    'Tutor to see W twice a wk so W catches up in maths',
    'School to give Z a time out pass so hes not sent out of class',
    'Mum to put a gate on the stairs by Sat so N cant fall',
    'Housing to sort the mould in Fs room asap so Fs cough gets better'
  ])('hears a change for the child in "%s"', (text) => {
    expect(isOutcome(text)).toBe(true)
  })

  it.each([
    'SW to ring Ms B weekly so Ms B feels less alone',
    'Plan B to be agreed if Nan cannot help',
    'C&F assessment to be done by SW within 45 wkg days',
    'HV to see Mrs T every 2 wks so Mrs T can ask about feeds'
  ])('does not take a title, a label or "C&F" for the child in "%s"', (text) => {
    expect(isOutcome(text)).toBe(false)
  })

  it('reads "A" at the start as the article unless it acts', () => {
    expect(ownerOf('A referral to CAMHS to be made by GP within 2 wks')).toBe('GP')
    expect(ownerOf('A to go to her swimming lesson on Sat')).toBe('A')
  })
})

describe('pronouns, groups and names that case notes write short', () => {
  it.each([
    'School to give D breakfast every morning so shes not hungry in class',
    'PA to help T sort his bills each wk so hes not in debt',
    'I will cook for myself 4 nights a wk so Im not living on crisps',
    'Contact with the siblings monthly so the 3 of them stay close',
    'SW to set up contact for the twins every month so both of them know their sister',
    'Dad to take the 2 of them to the park every Sun so they get time together'
  ])('hears the benefit in "%s"', (text) => {
    expect(isOutcome(text)).toBe(true)
  })

  it('finds a child written in lower case from the purpose clause that names it again', () => {
    expect(isOutcome('tutor to give kai extra reading 3x a wk so kai catches up')).toBe(true)
    expect(isOutcome('PA to help with rent so rent gets paid on time')).toBe(false)
  })

  it('knows the child the header names, in whatever case the plan writes it', () => {
    const result = plan(
      'CHILD IN NEED PLAN',
      'Child: Ruby S. (6)',
      '',
      'The plan',
      '1. nan to walk ruby to school every day so ruby is on time',
      '2. ruby to go to Rainbows on Mon evenings'
    )
    expect(result.actions.map((a) => [a.owner, a.outcomeFocused])).toEqual([
      ['nan', true],
      ['ruby', false]
    ])
  })

  it('still gives a benefit for an adult or the process no weight', () => {
    expect(isOutcome('Nan to have the kids Weds + Fri so mum can get to work')).toBe(false)
    expect(isOutcome('SW to visit within 10 days so the TM can decide next steps')).toBe(false)
  })
})

describe('what the child gets, does or can say', () => {
  it.each([
    ['Mum to have the kids beds sorted by Fri', true],
    ['Mum to keep T away from Mr B', true],
    ['I will let my PA know if I get a letter', false],
    ['I will get my eyes checked', false],
    ['I will see my brother more', true],
    ['I will have a GP near my flat', false],
    ['T to be enrolled at the new nursery by 1/9', false],
    ['Dad to put a gate on the stairs so the house is safe for the baby', true],
    ['EHW to get vouchers so there is food in the house for the kids', true],
    ['I will go to my appointments at the clinic', false]
  ])('reads "%s" as outcome-focused: %s', (text, expected) => {
    expect(isOutcome(text)).toBe(expected)
  })
})

describe('owners written the way case notes write them', () => {
  it.each([
    ['If Mr D turns up mum to ring 999', 'mum'],
    ['If S goes missing FC to ring police straight away', 'FC'],
    ['If things get worse the social worker will call a strategy meeting', 'the social worker'],
    ['By her next review at the flat J will be paying her own gas', 'J'],
    ['Bank acct to be opened - PA + YP - by end of month', 'PA + YP'],
    ['Young carers referral for S (10) - SW', 'SW'],
    ['Taster day for college - PA - Weds', 'PA'],
    ['Therapy for K - TBC - tbc', null],
    ['CAMHS - awaiting triage - tbc', null],
    ['CAMHS LAC to see R fortnightly', 'CAMHS LAC'],
    ['Core grp to meet every 4 wks', 'Core grp'],
    ['Staying Put host to help M budget each wk', 'Staying Put host'],
    ['Conference to decide whether the plan is still needed', 'Conference'],
    ['HV home visits every 2 wks, baby to be weighed', 'HV'],
    ['Network meeting (SW to arrange, before the conference)', 'SW'],
    ['R wants to learn the guitar, so Mrs T will ask the school by half term', 'Mrs T'],
    [
      'R is in Year 4. The class teacher will update the reading plan by Easter',
      'The class teacher'
    ]
  ])('gives "%s" the owner %s', (text, expected) => {
    expect(ownerOf(text)).toBe(expected)
  })
})

describe('timescales written short', () => {
  it.each([
    ['SW to see Dad on the 9th', 'date', 'on the 9th', '2026-02-09'],
    ['GP to review the meds at her appt on 21st', 'date', 'on 21st', '2026-02-21'],
    ['Nan to collect D on Mon + Wed', 'frequency', 'on Mon + Wed', null],
    ['Aunt to have the boys Tues + Fri after school', 'frequency', 'Tues + Fri', null],
    ['SW to visit every 15 wkng days', 'frequency', 'every 15 wkng days', null],
    ['I will put £10 away every payday', 'frequency', 'every payday', null],
    ['I will save £5 from each payment', 'frequency', 'each payment', null],
    ['Staying Put to be agreed by next PP rev', 'review-point', 'by next PP rev', null],
    [
      'SW to update the plan by next LAC rev so he is safe',
      'review-point',
      'by next LAC rev',
      null
    ],
    ['PA to refer T to adult services in good time', 'vague', 'in good time', null],
    ['Mr P to take part in the sessions (as arranged by SW)', 'vague', 'as arranged', null],
    ['No contact with Mr P untill the risk assessment is done', 'vague', null, null],
    ['I will book driving lessons when Ive saved up', 'vague', 'when Ive saved up', null],
    ['FSW to start the routines work, start w/c 9/3', 'date', 'start w/c 9/3', '2026-03-09'],
    ['SW to ring the school wk commencing 9th Feb', 'date', 'wk commencing 9th Feb', null],
    ['Mum to check the bedding on each visit', 'frequency', 'on each visit', null],
    ['Carers to send a report 3 days before each LAC rev', 'frequency', null, null],
    ['PA to look into halls for the Sept 2026 intake', 'none', null, null],
    ['SW to ring Dad Thurs', 'date', 'Thurs', '2026-02-05'],
    ['SW to visit on Thurs 12th', 'date', 'on Thurs 12th', '2026-02-12'],
    ['Mentor to see K every 3rd week', 'frequency', 'every 3rd week', null],
    ['SW to update the chronology b4 next CG', 'review-point', 'b4 next CG', null],
    ['Mum to show SW the bedrooms @ each CG', 'frequency', '@ each CG', null],
    ['Carers to take J to the pool every Sun am', 'frequency', 'every Sun am', null],
    ['CIN review - 6 wks', 'relative', '6 wks', null]
  ])('reads "%s" as %s', (text, kind, expected, due) => {
    const found = timescaleOf(text)
    expect(found.kind).toBe(kind)
    if (expected !== null) expect(found.text).toBe(expected)
    if (due !== null) expect(found.due).toBe(due)
  })

  it('lets a time in a purpose clause give way to the main clause’s own timescale', () => {
    expect(
      timescaleOf(
        'Mum and EHW to do a budget within 2 wks so there is food at the end of the month'
      )
    ).toMatchObject({ kind: 'relative', text: 'within 2 wks' })
    expect(
      timescaleOf('Mum to get K to school every day so his attendance is up by the next CIN review')
    ).toMatchObject({ kind: 'review-point', text: 'by the next CIN review' })
    expect(
      timescaleOf('Mum to take R to nursery daily so he mixes with others (from 16/02/2026)')
    ).toMatchObject({ kind: 'date', text: 'from 16/02/2026' })
  })
})

describe('the templates of the third blind set, in new plans', () => {
  it('reads an exported grid whose long cells wrap onto lines of their own', () => {
    const result = plan(
      'Action plan',
      'Area\tAction\tResponsible\tTarget date\tHow will we know',
      'Health\tDad to take P to the optician and\tDad\tby 20/02/2026\tP can see the board and',
      '\tbuy the glasses she needs\t\t\tis not getting headaches',
      'School\tSchool to send attendance to SW\tSchool (DSL)\tFortnightly, then\tAttendance back above 96%',
      '\t\t\tmonthly\t',
      'Review\tCIN mtg to review the plan\tSW\t6 wkly\tPlan updated'
    )
    expect(result.actions.map((a) => a.line)).toEqual([3, 5, 7])
    expect(result.actions.map((a) => [a.owner, a.timescale.text, a.outcomeFocused])).toEqual([
      ['Dad', 'by 20/02/2026', true],
      ['School (DSL)', 'Fortnightly', true],
      ['SW', '6 wkly', false]
    ])
  })

  it('reads "Action – Person – Date" bullets, a Review subheading and a TBC person', () => {
    const result = plan(
      'What needs to happen',
      'Health',
      '• B. to have her hearing test – Mum – within 3 weeks of ICPC',
      '• Speech therapy for B. – TBC – asap',
      'Review',
      '• Core group to meet – all core group members – every 4 wks, first by 16/02/2026'
    )
    expect(result.actions.map((a) => [a.line, a.owner, a.timescale.kind])).toEqual([
      [3, 'Mum', 'relative'],
      [4, null, 'vague'],
      [6, 'all core group members', 'date']
    ])
  })

  it('reads a pathway block: the goal counts towards outcome focus, By when gives the timescale', () => {
    const result = plan(
      'My plan',
      '',
      'My goal: To keep my flat',
      'What I will do: I will pay my rent every Friday',
      'Who will help: Jo (PA)',
      'By when: From 06/02/2026',
      '',
      'My goal: To get my eyes tested',
      'What I will do: I will book an appointment at the optician',
      'Who will help: Jo',
      'By when: Within 4 weeks',
      '',
      'Work and money',
      'My goal: To find a part-time job',
      'What I will do: Jo will help me write a CV',
      'By when: End of March'
    )
    expect(
      result.actions.map((a) => [a.line, a.owner, a.timescale.text, a.outcomeFocused])
    ).toEqual([
      [4, 'I', 'From 06/02/2026', true],
      [9, 'I', 'Within 4 weeks', false],
      [15, 'Jo', 'End of March', true]
    ])
  })

  it('takes the actions of a prose plan and leaves its story', () => {
    expect(
      lineNumbers(
        'Contact',
        'T sees his dad every other Saturday at the family centre. It mostly goes well.',
        'Contact with dad will continue fortnightly and will be looked at again at the next LAC review.',
        'T would like to see his nan. The SW will ask her by the end of March whether she can visit.',
        'T has asked for help with his temper, so the SW will refer him to CAMHS by 27/02/2026.',
        'The case will be considered for closure in the summer.'
      )
    ).toEqual([3, 4, 5])
  })

  it('reads a numbered list with its timescale in brackets under a bracketed heading', () => {
    const result = plan(
      'Plan (who and when in brackets)',
      '1. Mum to attend all scans (ongoing)',
      '2. Review conference (14/04/2026)'
    )
    expect(result.actions.map((a) => [a.line, a.timescale.kind])).toEqual([
      [2, 'vague'],
      [3, 'date']
    ])
  })

  it('reads a "By who" column as the Who cell', () => {
    const result = plan(
      'The plan',
      '| Action | By who | By when |',
      '| Referral to the young carers project | FSW | within 2 wks |',
      '| S to start nursery | Mum | after Easter |'
    )
    expect(result.actions.map((a) => a.owner)).toEqual(['FSW', 'Mum'])
  })

  it('does not take an offer that still has to be assessed for a contingency action', () => {
    expect(
      lineNumbers(
        'Contingency',
        "Mum's cousin, Ms F, has said she could have the baby if needed; she will need to be assessed.",
        'If Mum relapses, the SW will hold a strategy meeting within 24 hours.'
      )
    ).toEqual([3])
  })

  it('reads "What we want to be different" as outcomes, not actions', () => {
    expect(
      lineNumbers(
        'What we want to be different',
        'K will be able to stay in class when he is cross.',
        '',
        'The plan',
        '| What | Who | When |',
        '| Mum to take K to the GP | Mum | by 13/02/2026 |'
      )
    ).toEqual([6])
  })
})
