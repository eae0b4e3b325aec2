import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeCap, incompleteItems, overallCap } from '../../../shared/audit-rules'
import type { AuditState } from '../../../shared/audit-rules'
import { Framework } from '../../../shared/domain'
import { repoRoot } from '../support/temp'

const framework = Framework.parse(
  JSON.parse(readFileSync(join(repoRoot, 'resources/frameworks/care-plan-quality.json'), 'utf8'))
)

function state(
  grades: Record<string, 1 | 2 | 3 | 4 | 'na'>,
  overall: 1 | 2 | 3 | 4 | null = 3
): AuditState {
  return {
    scores: Object.fromEntries(
      Object.entries(grades).map(([key, grade]) => [
        key,
        { grade: grade === 'na' ? null : grade, notApplicable: grade === 'na', evidence: 'noted' }
      ])
    ),
    overallGrade: overall,
    overallRationale: 'because',
    safeguardingFlag: false,
    safeguardingNote: ''
  }
}

describe('the limiting rule', () => {
  it('caps the overall grade at the lowest limiting criterion, ignoring the others', () => {
    const cap = overallCap(
      framework,
      state({ 'outcome-focus': 3, timescales: 2, robustness: 4, 'childs-voice': 1 }).scores
    )
    expect(cap?.grade).toBe(2)
    expect(cap?.criterion.key).toBe('timescales')
    expect(describeCap(cap!)).toBe(
      'Overall cannot be better than Requires improvement, because Timescales is graded Requires improvement.'
    )
  })

  it('has no cap before a limiting criterion is graded', () => {
    expect(overallCap(framework, state({ 'childs-voice': 1 }).scores)).toBeNull()
  })

  it('names the framework’s limiting criteria as outcome focus, timescales and robustness', () => {
    expect(framework.criteria.filter((c) => c.limitsOverall).map((c) => c.key)).toEqual([
      'outcome-focus',
      'timescales',
      'robustness'
    ])
  })
})

describe('what an audit needs before it can be submitted', () => {
  const complete = {
    'outcome-focus': 3,
    timescales: 3,
    robustness: 3,
    'childs-voice': 3,
    'multi-agency': 'na'
  } as const

  it('accepts a complete audit, with N/A where the criterion allows it', () => {
    expect(incompleteItems(framework, state(complete))).toEqual([])
  })

  it('asks for evidence at the grades the framework names, and not at others', () => {
    const audit = state({ ...complete, robustness: 1 }, 1)
    audit.scores.robustness!.evidence = '  '
    expect(incompleteItems(framework, audit)).toEqual([
      { field: 'robustness', message: 'Write the evidence for Robustness (required at Inadequate)' }
    ])
    const good = state({ ...complete })
    good.scores.robustness!.evidence = ''
    expect(incompleteItems(framework, good)).toEqual([])
  })

  it('refuses N/A where the framework does not allow it', () => {
    expect(incompleteItems(framework, state({ ...complete, timescales: 'na' }))).toEqual([
      { field: 'timescales', message: 'Timescales cannot be N/A: grade it' }
    ])
  })

  it('needs the overall grade within the cap, its rationale, and a note for a safeguarding flag', () => {
    const audit = state({ ...complete, timescales: 2 }, 3)
    audit.overallRationale = ''
    audit.safeguardingFlag = true
    expect(incompleteItems(framework, audit).map((item) => item.field)).toEqual([
      'overall',
      'rationale',
      'safeguarding'
    ])
  })
})
