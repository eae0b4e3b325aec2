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

// The third blind set (tests/fixtures/analysis-check3/): 150 terse case-note statements and six
// plans in templates the other sets lack, written and labelled by someone who never saw the
// analyser, first scored untouched and then used for tuning with general rules only. Every figure
// and mismatch is printed; the floors sit a little below what the analyser reaches. A few labels
// contradict the other sets and are left scored wrong rather than fitted:
// - c3-045 and plan-c3-04 line 71: "the same day" after a trigger is relative here, none in
//   statements-e (g197, g317) and tests/fixtures/plans (cp-paragraph-plan line 19);
// - c3-020: "date tbc" gives "tbc" here, "date TBC" in the holdout;
// - c3-042: "... and not let him in" is not outcome-focused here; statements-f k052 says it is;
// - plan-c3-01 line 42 and plan-c3-05 line 33: a Who cell of "All" or "Everyone" names an owner
//   here, nobody in tests/fixtures/plans (cp-pipe-table-poor line 19).

const check3Dir = resolve(repoRoot, 'tests/fixtures/analysis-check3')

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

describe('accuracy on the third blind statements', () => {
  it('labels the 150 terse statements above the floors', () => {
    const statements = readJsonl<LabelledStatement>(resolve(check3Dir, 'statements.jsonl'))
    const result = scoreStatements(statements)
    console.log(formatScores('check3 statements.jsonl', result.scores))
    if (result.mismatches.length) console.log(formatMismatches(result.mismatches))

    expect(statements).toHaveLength(150)
    expect(result.analysed).toBe(150)
    // First (blind) run: kind 89.3%, clear 92.7%, owner 93.3%, outcome 85.3%, timescale text
    // 86.7%. Reached: owner 100%, kind, clear and outcome 99.3%, timescale text 98.7% (the three
    // disputed labels above). About three statements of headroom.
    expectFloors('check3 statements', result.scores, {
      kind: 0.97,
      clear: 0.97,
      owner: 0.97,
      outcome: 0.97,
      timescaleText: 0.96
    })
  })
})

describe('accuracy on the third blind plans', () => {
  it('finds the action lines of the six plans and labels them', () => {
    const dir = resolve(check3Dir, 'plans')
    const plans = JSON.parse(readFileSync(resolve(dir, 'labels.json'), 'utf8')) as LabelledPlan[]
    const result = scorePlans(dir, plans)
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
    console.log(
      `check3 plans: action precision ${pct(result.precision)}, recall ${pct(result.recall)}, ` +
        `contingency ${pct(result.contingency)}, child's views ${pct(result.childsVoice)}`
    )
    console.log(formatScores('check3 plans per-action labels', result.fields))
    if (result.extra.length)
      console.log(`  found but not labelled:\n  ${result.extra.join('\n  ')}`)
    if (result.missed.length) console.log(`  labelled but missed:\n  ${result.missed.join('\n  ')}`)
    if (result.mismatches.length) console.log(formatMismatches(result.mismatches))

    // First (blind) run: precision 91.0%, recall 83.6%, kind 95.1%, clear 96.7%, owner 77.0%,
    // outcome 72.1%, timescale text 88.5%. Reached: precision, recall and outcome 100%, kind and
    // clear 98.6%, owner and timescale text 97.3% (the disputed labels above, and "each day he is
    // absent" read as "each day"). About two actions of headroom.
    expect(plans).toHaveLength(6)
    expect(result.precision, 'action precision').toBeGreaterThanOrEqual(0.97)
    expect(result.recall, 'action recall').toBeGreaterThanOrEqual(0.97)
    expect(result.contingency, 'contingency present').toBe(1)
    expect(result.childsVoice, "child's views present").toBe(1)
    expectFloors('check3 plans', result.fields, {
      kind: 0.95,
      clear: 0.95,
      owner: 0.94,
      outcome: 0.96,
      timescaleText: 0.94
    })
  })
})
