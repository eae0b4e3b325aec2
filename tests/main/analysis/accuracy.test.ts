import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analysePlan } from '../../../shared/analysis'
import {
  expectFloors,
  formatMismatches,
  printPlans,
  formatScores,
  readJsonl,
  repoRoot,
  scorePlans,
  scoreStatements,
  sharedDir,
  type LabelledPlan,
  type LabelledStatement
} from './scoring'

// Accuracy against labelled data. The reference set (../shared) is a floor; the fixtures were
// written separately to check that the rules generalise. Every figure is printed so a drop shows
// before it crosses a floor.

const fixturesDir = resolve(repoRoot, 'tests/fixtures')

function readPlanLabels(dir: string): LabelledPlan[] {
  return JSON.parse(readFileSync(resolve(dir, 'labels.json'), 'utf8')) as LabelledPlan[]
}

describe('accuracy on the reference statements', () => {
  it('labels the 70 statements above the agreed floors', () => {
    const statements = readJsonl<LabelledStatement>(resolve(sharedDir, 'plan-statements.dev.jsonl'))
    const result = scoreStatements(statements)
    console.log(formatScores('plan-statements.dev.jsonl', result.scores))
    if (result.mismatches.length) console.log(formatMismatches(result.mismatches))

    expect(statements).toHaveLength(70)
    expect(result.analysed).toBe(70)
    expectFloors('reference statements', result.scores, {
      kind: 0.95,
      clear: 0.97,
      owner: 0.9,
      outcome: 0.9,
      timescaleText: 0.9
    })
  })
})

describe('accuracy on the reference plans', () => {
  it('finds the action lines of the six plans and labels them', () => {
    const dir = resolve(sharedDir, 'plans-dev')
    const result = scorePlans(dir, readPlanLabels(dir))
    printPlans('plans-dev', result)

    expect(result.precision, 'action precision').toBeGreaterThanOrEqual(0.95)
    expect(result.recall, 'action recall').toBeGreaterThanOrEqual(0.95)
    // Six plans: one wrong would be 0.83.
    expect(result.contingency, 'contingency present').toBe(1)
    expect(result.childsVoice, "child's views present").toBe(1)
    expectFloors('reference plans', result.fields, {
      kind: 0.95,
      clear: 0.95,
      owner: 0.95,
      outcome: 0.93,
      timescaleText: 0.95
    })
  })
})

describe('accuracy on our own harder statements', () => {
  const sets = [
    'statements-a.jsonl',
    'statements-b.jsonl',
    'statements-c.jsonl',
    'statements-d.jsonl',
    'statements-e.jsonl',
    'statements-f.jsonl',
    'statements-g.jsonl'
  ]

  it.each(sets)('labels %s above its floors', (file) => {
    const statements = readJsonl<LabelledStatement>(resolve(fixturesDir, 'analysis', file))
    const result = scoreStatements(statements)
    console.log(formatScores(file, result.scores))
    if (result.mismatches.length) console.log(formatMismatches(result.mismatches))

    expect(result.analysed).toBe(statements.length)
    expectFloors(file, result.scores, {
      kind: 0.95,
      clear: 0.95,
      owner: 0.95,
      outcome: 0.92,
      timescaleText: 0.95
    })
  })

  it('has at least 40 statements across every plan type', () => {
    const all = sets.flatMap((file) =>
      readJsonl<LabelledStatement>(resolve(fixturesDir, 'analysis', file))
    )
    expect(all.length).toBeGreaterThanOrEqual(40)
    const types = new Set(all.map((s) => s.plan_type))
    expect([...types].sort()).toEqual(['CIN', 'CLA', 'CP', 'EARLY_HELP', 'PATHWAY'])
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length)
  })
})

describe('accuracy on our own whole plans', () => {
  const dir = resolve(fixturesDir, 'plans')
  const plans = readPlanLabels(dir) as (LabelledPlan & { expected_actions: number })[]

  it.each(plans.map((p) => [p.file, p] as const))('finds the actions of %s', (_file, plan) => {
    const text = readFileSync(resolve(dir, plan.file), 'utf8')
    const result = analysePlan(text, { planDate: plan.plan_date })
    expect(result.actions.map((a) => a.line)).toEqual(plan.actions.map((a) => a.line))
    expect(result.summary.actions).toBe(plan.expected_actions)
    expect(result.summary.contingency).toBe(plan.contingency)
    expect(result.summary.childsVoice).toBe(plan.childs_voice)
  })

  it('labels their actions above the floors', () => {
    const result = scorePlans(dir, plans)
    printPlans('tests/fixtures/plans', result)
    expect(result.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.recall).toBeGreaterThanOrEqual(0.95)
    expectFloors('own plans', result.fields, {
      kind: 0.95,
      clear: 0.95,
      owner: 0.95,
      outcome: 0.92,
      timescaleText: 0.95
    })
  })

  it('covers every plan type, good and poor', () => {
    expect(new Set(plans.map((p) => p.plan_type))).toEqual(
      new Set(['CIN', 'CP', 'CLA', 'PATHWAY', 'EARLY_HELP'])
    )
    const qualities = new Set(plans.map((p) => (p as { quality?: string }).quality))
    expect(qualities.has('good') && qualities.has('poor')).toBe(true)
  })
})
