import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  formatMismatches,
  formatScores,
  readJsonl,
  repoRoot,
  scorePlans,
  scoreStatements,
  type FieldScores,
  type LabelledPlan,
  type LabelledStatement
} from './scoring'

// The blind holdout set (tests/fixtures/analysis-holdout/): statements and whole plans written
// and labelled by someone who never saw the analyser. It measures how the rules generalise, so
// the analyser is never tuned to one of its sentences. Every figure and mismatch is printed; the
// floors sit slightly below what the analyser reaches.

const holdoutDir = resolve(repoRoot, 'tests/fixtures/analysis-holdout')

interface Floors {
  kind: number
  clear: number
  owner: number
  outcome: number
  timescaleText: number
}

function expectFloors(name: string, scores: FieldScores, floors: Floors): void {
  expect(scores.kind, `${name}: timescale kind`).toBeGreaterThanOrEqual(floors.kind)
  expect(scores.clear, `${name}: has a clear timescale`).toBeGreaterThanOrEqual(floors.clear)
  expect(scores.owner, `${name}: owner`).toBeGreaterThanOrEqual(floors.owner)
  expect(scores.outcome, `${name}: outcome focus`).toBeGreaterThanOrEqual(floors.outcome)
  expect(scores.timescaleText, `${name}: timescale text`).toBeGreaterThanOrEqual(
    floors.timescaleText
  )
}

describe('accuracy on the blind holdout statements', () => {
  it('labels the 150 statements above the floors', () => {
    const statements = readJsonl<LabelledStatement>(resolve(holdoutDir, 'statements.jsonl'))
    const result = scoreStatements(statements)
    console.log(formatScores('holdout statements.jsonl', result.scores))
    if (result.mismatches.length) console.log(formatMismatches(result.mismatches))

    expect(statements).toHaveLength(150)
    expect(result.analysed).toBe(150)
    // Reached: 100% on every field (before the rules of this round: kind 91.3%, clear 96.7%,
    // owner 93.3%, outcome 95.3%, timescale text 88.7%). Three statements of headroom.
    expectFloors('holdout statements', result.scores, {
      kind: 0.98,
      clear: 0.98,
      owner: 0.98,
      outcome: 0.98,
      timescaleText: 0.98
    })
  })
})

describe('accuracy on the blind holdout plans', () => {
  it('finds the action lines of the eight plans and labels them', () => {
    const dir = resolve(holdoutDir, 'plans')
    const plans = JSON.parse(readFileSync(resolve(dir, 'labels.json'), 'utf8')) as LabelledPlan[]
    const result = scorePlans(dir, plans)
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
    console.log(
      `holdout plans: action precision ${pct(result.precision)}, recall ${pct(result.recall)}, ` +
        `contingency ${pct(result.contingency)}, child's views ${pct(result.childsVoice)}`
    )
    console.log(formatScores('holdout plans per-action labels', result.fields))
    if (result.extra.length)
      console.log(`  found but not labelled:\n  ${result.extra.join('\n  ')}`)
    if (result.missed.length) console.log(`  labelled but missed:\n  ${result.missed.join('\n  ')}`)
    if (result.mismatches.length) console.log(formatMismatches(result.mismatches))

    // Reached: precision and recall 100%, every field 100% but outcome focus 99.0% (before:
    // precision 94.1%, recall 96.9%, kind 93.7%, clear 95.8%, owner 88.4%, outcome 89.5%,
    // timescale text 91.6%). About two actions of headroom.
    expect(plans).toHaveLength(8)
    expect(result.precision, 'action precision').toBeGreaterThanOrEqual(0.98)
    expect(result.recall, 'action recall').toBeGreaterThanOrEqual(0.98)
    expect(result.contingency, 'contingency present').toBe(1)
    expect(result.childsVoice, "child's views present").toBe(1)
    expectFloors('holdout plans', result.fields, {
      kind: 0.97,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.96,
      timescaleText: 0.97
    })
  })
})
