import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyseFile, analysePlan } from '../../../shared/analysis'
import { repoRoot, sharedDir } from './scoring'

const planDirs = [resolve(sharedDir, 'plans-dev'), resolve(repoRoot, 'tests/fixtures/plans')]
const planFiles = planDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => resolve(dir, f))
)

function linesOf(...lines: string[]): string {
  return lines.join('\n')
}

describe('where each action is', () => {
  it.each(planFiles)('gives offsets and line numbers that point back into %s', (path) => {
    const text = readFileSync(path, 'utf8')
    const lines = text.split('\n')
    const { actions } = analysePlan(text)
    expect(actions.length).toBeGreaterThan(0)
    for (const action of actions) {
      expect(text.slice(action.start, action.end)).toBe(action.text)
      // An item wrapped over several lines starts on the line it reports.
      expect(lines[action.line - 1]).toContain(action.text.split('\n')[0])
    }
  })

  it('keeps offsets right with Windows line endings', () => {
    const path = resolve(sharedDir, 'plans-dev/plan-02.txt')
    const unix = readFileSync(path, 'utf8')
    const windows = unix.replace(/\n/g, '\r\n')
    const a = analysePlan(unix)
    const b = analysePlan(windows)
    expect(b.actions.map((x) => x.line)).toEqual(a.actions.map((x) => x.line))
    for (const action of b.actions) {
      expect(windows.slice(action.start, action.end)).toBe(action.text)
    }
  })

  it('strips bullets and numbering in lines mode and skips blank lines', () => {
    const text = linesOf('- SW to visit weekly.', '', '  3. Mum to attend.', '• Referral to CAMHS.')
    const { actions } = analysePlan(text, { lines: true })
    expect(actions.map((a) => [a.line, a.text])).toEqual([
      [1, 'SW to visit weekly.'],
      [3, 'Mum to attend.'],
      [4, 'Referral to CAMHS.']
    ])
    for (const action of actions) expect(text.slice(action.start, action.end)).toBe(action.text)
  })

  it('keeps the initials that start a sentence ("D. to attend school")', () => {
    const { actions } = analysePlan('D. to attend school.', { lines: true })
    expect(actions[0]?.text).toBe('D. to attend school.')
    expect(actions[0]?.owner).toBe('D.')
  })
})

describe('which lines are actions', () => {
  it('keeps a list item wrapped onto the next line as one action', () => {
    const text = linesOf(
      'Actions',
      '1. Mum to take M. to the GP and ask for a referral to the',
      '   dermatology clinic by 31/03/2026.',
      '2. SW to visit every 4 weeks'
    )
    const { actions } = analysePlan(text)
    expect(actions.map((a) => a.line)).toEqual([2, 4])
    expect(actions[0]?.text).toBe(
      'Mum to take M. to the GP and ask for a referral to the\n   dermatology clinic by 31/03/2026.'
    )
    expect(actions[0]?.timescale.text).toBe('by 31/03/2026')
  })

  it('reads numbered and capitalised section headings', () => {
    const text = linesOf(
      'Section 2: Background',
      'Dad has agreed to the plan.',
      'Section 3: THE PLAN',
      'Dad to attend the parenting group on Tuesdays.',
      'Part 4 - Contingency',
      'If Dad is unwell, Nan will collect the children from school.'
    )
    const result = analysePlan(text)
    expect(result.actions.map((a) => a.line)).toEqual([4, 6])
    expect(result.summary.contingency).toBe(true)
  })

  it('does not take stray table labels, names or dates for terse actions', () => {
    const text = linesOf(
      'What needs to happen',
      'Help with routines',
      'By when',
      'Mum',
      '30/06/2026'
    )
    expect(analysePlan(text).actions.map((a) => a.text)).toEqual(['Help with routines'])
  })

  it('takes the rows of an action table but not its header row', () => {
    const text = linesOf(
      'The plan',
      'What needs to happen | Who | By when | How will we know it is working?',
      'Mum to register Ella with a GP | Mum | By 14/11/2026 | Ella has her immunisations',
      'HV to weigh Ella | HV | Monthly | Weight recorded'
    )
    const { actions } = analysePlan(text, { planDate: '2026-10-01' })
    expect(actions.map((a) => a.line)).toEqual([3, 4])
    expect(actions[0]).toMatchObject({
      owner: 'Mum',
      timescale: { kind: 'date', text: 'By 14/11/2026', due: '2026-11-14' },
      outcomeFocused: true
    })
  })

  it('takes the timescale from the By-when cell, never from "how will we know"', () => {
    const text = linesOf(
      'Action\tWho\tWhen\tHow will we know',
      'Agree an attendance plan\tSchool\tWithin 2 weeks\tAttendance above 95% by the end of the term',
      'Arrange a buddy\tHead of year\t\tK. says she has friends by Christmas'
    )
    const [first, second] = analysePlan(text).actions
    expect(first?.timescale).toEqual({ kind: 'relative', text: 'Within 2 weeks', due: null })
    expect(second?.timescale.kind).toBe('none')
  })

  it('reads a terse By-when cell', () => {
    const text = linesOf(
      'Action | Who | Timescale',
      'Share the chronology | SW | Next core group',
      'Complete the assessment | SW | 6 weeks',
      'Update the PEP | Virtual School | TBC'
    )
    const kinds = analysePlan(text).actions.map((a) => [a.timescale.kind, a.timescale.text])
    expect(kinds).toEqual([
      ['review-point', 'Next core group'],
      ['relative', '6 weeks'],
      ['vague', 'TBC']
    ])
  })

  it('does not take headings, header fields, narrative or outcome statements for actions', () => {
    const text = linesOf(
      'CHILD IN NEED PLAN',
      'Child: A.B.',
      'Date of plan: 01/10/2026',
      '',
      'Background',
      'A.B. lives with Mum. Mum has been unwell since the spring.',
      '',
      'Outcomes we want for A.B.',
      'A.B. will be in school every day.',
      '',
      'What needs to happen',
      'Mum to see her GP by 31/10/2026.',
      'SW to visit every two weeks.'
    )
    expect(analysePlan(text).actions.map((a) => a.line)).toEqual([12, 13])
  })

  it('takes contingency lines only where someone concrete will act', () => {
    const text = linesOf(
      'Contingency plan',
      'If Mum is admitted to hospital, Nan will look after the children.',
      'Legal advice may be sought if the plan is not working.',
      'Any new concerns will be responded to under child protection procedures.',
      'Out of hours, Mum can ring the Emergency Duty Team.'
    )
    const result = analysePlan(text)
    expect(result.actions.map((a) => a.line)).toEqual([2])
    expect(result.actions[0]?.owner).toBe('Nan')
    expect(result.summary.contingency).toBe(true)
  })

  it('carries an action section over subheadings and page furniture', () => {
    const text = linesOf(
      'Actions',
      'Health',
      '- Mum to take K. to the dentist by 30/11/2026.',
      'Page 2 of 3',
      'Housing',
      '- Housing officer to repair the boiler within 7 days.'
    )
    expect(analysePlan(text).actions.map((a) => a.line)).toEqual([3, 6])
  })
})

describe('plan-level findings', () => {
  it("notices the child's views, and their absence", () => {
    const heard = linesOf('What K. said', '"I want to see my dad more."')
    const notHeard = linesOf("Child's views", 'Not gathered - K. was at school.')
    const tooYoung = linesOf("Child's views", 'L. is too young to give views.')
    const parents = linesOf('Views of the parents', 'Mum said she agrees with the plan.')
    expect(analysePlan(heard).summary.childsVoice).toBe(true)
    expect(analysePlan(notHeard).summary.childsVoice).toBe(false)
    expect(analysePlan(tooYoung).summary.childsVoice).toBe(false)
    expect(analysePlan(parents).summary.childsVoice).toBe(false)
  })

  it('notices a missing or empty contingency plan', () => {
    expect(analysePlan(linesOf('Actions', 'SW to visit weekly.')).summary.contingency).toBe(false)
    expect(analysePlan(linesOf('Contingency plan', 'N/A')).summary.contingency).toBe(false)
    expect(analysePlan('Contingency: Nan will care for the children.').summary.contingency).toBe(
      true
    )
  })

  it('flags more than eight actions', () => {
    const eight = Array.from({ length: 8 }, (_, i) => `SW to do task ${i + 1} by 1 May 2027.`)
    const nine = [...eight, 'SW to do one more task by 1 May 2027.']
    expect(analysePlan(eight.join('\n'), { lines: true }).summary.tooManyActions).toBe(false)
    expect(analysePlan(nine.join('\n'), { lines: true }).summary.tooManyActions).toBe(true)
  })

  it('counts the summary from the actions', () => {
    const text = readFileSync(resolve(sharedDir, 'plans-dev/plan-01.txt'), 'utf8')
    const { actions, summary } = analysePlan(text, { planDate: '2026-09-14' })
    const clear = ['date', 'relative', 'review-point', 'frequency']
    expect(summary).toEqual({
      actions: actions.length,
      withTimescale: actions.filter((a) => clear.includes(a.timescale.kind)).length,
      withOwner: actions.filter((a) => a.owner !== null).length,
      outcomeFocused: actions.filter((a) => a.outcomeFocused).length,
      contingency: true,
      childsVoice: true,
      tooManyActions: true
    })
  })
})

describe('the output the CLI prints', () => {
  it('has the shape DESIGN.md sets out', () => {
    const result = analyseFile('plan.txt', 'Mum to attend the Freedom Programme by 30/06/2026', {
      planDate: '2026-05-01'
    })
    expect(result).toEqual({
      file: 'plan.txt',
      actions: [
        {
          line: 1,
          text: 'Mum to attend the Freedom Programme by 30/06/2026',
          start: 0,
          end: 49,
          owner: 'Mum',
          timescale: { kind: 'date', text: 'by 30/06/2026', due: '2026-06-30' },
          outcomeFocused: false,
          flags: ['process-not-outcome']
        }
      ],
      summary: {
        actions: 1,
        withTimescale: 1,
        withOwner: 1,
        outcomeFocused: 0,
        contingency: false,
        childsVoice: false,
        tooManyActions: false
      }
    })
  })

  it('uses the empty timescale shape and all four flags where they apply', () => {
    const [action] = analysePlan('Referral to Early Help.', { lines: true }).actions
    expect(action?.timescale).toEqual({ kind: 'none', text: null, due: null })
    expect(action?.flags).toEqual(['no-timescale', 'no-owner', 'process-not-outcome'])
    const [vague] = analysePlan('SW to liaise with school regularly.', { lines: true }).actions
    expect(vague?.flags).toEqual(['vague-timescale', 'process-not-outcome'])
  })

  it('gives the same answer every time and ignores a plan date it cannot read', () => {
    const text = readFileSync(resolve(sharedDir, 'plans-dev/plan-04.txt'), 'utf8')
    expect(analysePlan(text, { planDate: '2026-10-05' })).toEqual(
      analysePlan(text, { planDate: '2026-10-05' })
    )
    const unreadable = analysePlan('SW to visit within 6 weeks.', { lines: true, planDate: '5/10' })
    expect(unreadable.actions[0]?.timescale.due).toBeNull()
  })

  it('copes with empty and blank text', () => {
    expect(analysePlan('').actions).toEqual([])
    expect(analysePlan('\n\n   \n', { lines: true }).actions).toEqual([])
  })
})
