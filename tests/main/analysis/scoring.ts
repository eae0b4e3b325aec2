import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { resolve } from 'node:path'
import { analysePlan } from '../../../shared/analysis'
import type { AnalysedAction, AnalyseOptions, TimescaleKind } from '../../../shared/analysis'

export const repoRoot = resolve(__dirname, '../../..')
export const sharedDir = resolve(repoRoot, '../shared')

/** One labelled statement, as in plan-statements.dev.jsonl and tests/fixtures/analysis/*.jsonl. */
export interface LabelledStatement {
  id: string
  text: string
  plan_type: string
  timescale: TimescaleKind
  timescale_text: string | null
  owner: string | null
  outcome_focused: boolean
  notes?: string
}

export interface LabelledAction {
  line: number
  text: string
  timescale: TimescaleKind
  timescale_text: string | null
  owner: string | null
  outcome_focused: boolean
}

export interface LabelledPlan {
  file: string
  plan_type: string
  plan_date: string
  contingency: boolean
  childs_voice: boolean
  actions: LabelledAction[]
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T)
}

const CLEAR = new Set<TimescaleKind>(['date', 'relative', 'review-point', 'frequency'])

/** Owners match ignoring case, surrounding blanks and a leading "the". */
export function sameOwner(a: string | null, b: string | null): boolean {
  const norm = (s: string | null): string | null =>
    s === null
      ? null
      : s
          .trim()
          .toLowerCase()
          .replace(/^the\s+/, '')
  return norm(a) === norm(b)
}

export interface FieldScores {
  n: number
  kind: number
  clear: number
  owner: number
  outcome: number
  timescaleText: number
}

export interface Mismatch {
  id: string
  text: string
  field: string
  expected: unknown
  actual: unknown
}

/** Compares analysed actions with their labels, field by field. */
export function scoreActions(
  pairs: { id: string; label: Omit<LabelledAction, 'line'>; actual: AnalysedAction }[]
): { scores: FieldScores; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = []
  let kind = 0
  let clear = 0
  let owner = 0
  let outcome = 0
  let timescaleText = 0
  for (const { id, label, actual } of pairs) {
    const note = (field: string, expected: unknown, got: unknown): void => {
      mismatches.push({ id, text: label.text, field, expected, actual: got })
    }
    if (actual.timescale.kind === label.timescale) kind += 1
    else note('timescale', label.timescale, `${actual.timescale.kind} (${actual.timescale.text})`)
    if (CLEAR.has(actual.timescale.kind) === CLEAR.has(label.timescale)) clear += 1
    if (sameOwner(actual.owner, label.owner)) owner += 1
    else note('owner', label.owner, actual.owner)
    if (actual.outcomeFocused === label.outcome_focused) outcome += 1
    else note('outcome', label.outcome_focused, actual.outcomeFocused)
    if ((actual.timescale.text ?? null) === label.timescale_text) timescaleText += 1
    else note('timescale_text', label.timescale_text, actual.timescale.text)
  }
  const n = pairs.length
  const ratio = (x: number): number => (n === 0 ? 0 : x / n)
  return {
    scores: {
      n,
      kind: ratio(kind),
      clear: ratio(clear),
      owner: ratio(owner),
      outcome: ratio(outcome),
      timescaleText: ratio(timescaleText)
    },
    mismatches
  }
}

/** Analyses statements in lines mode, one a line, and pairs each with its label. */
export function scoreStatements(
  statements: LabelledStatement[],
  options: AnalyseOptions = {}
): { scores: FieldScores; mismatches: Mismatch[]; analysed: number } {
  const text = statements.map((s) => s.text).join('\n')
  const { actions } = analysePlan(text, { ...options, lines: true })
  const pairs = statements.flatMap((label, i) => {
    const actual = actions[i]
    return actual ? [{ id: label.id, label, actual }] : []
  })
  return { ...scoreActions(pairs), analysed: actions.length }
}

export interface PlanScores {
  precision: number
  recall: number
  fields: FieldScores
  contingency: number
  childsVoice: number
  mismatches: Mismatch[]
  extra: string[]
  missed: string[]
}

/** Scores whole plans: which lines were found as actions, then the labels of matched lines. */
export function scorePlans(dir: string, plans: LabelledPlan[]): PlanScores {
  let found = 0
  let expected = 0
  let matched = 0
  let contingency = 0
  let childsVoice = 0
  const pairs: { id: string; label: Omit<LabelledAction, 'line'>; actual: AnalysedAction }[] = []
  const extra: string[] = []
  const missed: string[] = []
  for (const plan of plans) {
    const text = readFileSync(resolve(dir, plan.file), 'utf8')
    const result = analysePlan(text, { planDate: plan.plan_date })
    const byLine = new Map(result.actions.map((a) => [a.line, a]))
    const labelled = new Set(plan.actions.map((a) => a.line))
    found += result.actions.length
    expected += plan.actions.length
    for (const label of plan.actions) {
      const actual = byLine.get(label.line)
      if (!actual) {
        missed.push(`${plan.file}:${label.line} ${label.text}`)
        continue
      }
      matched += 1
      pairs.push({ id: `${plan.file}:${label.line}`, label, actual })
    }
    for (const action of result.actions) {
      if (!labelled.has(action.line)) extra.push(`${plan.file}:${action.line} ${action.text}`)
    }
    if (result.summary.contingency === plan.contingency) contingency += 1
    if (result.summary.childsVoice === plan.childs_voice) childsVoice += 1
  }
  const { scores, mismatches } = scoreActions(pairs)
  return {
    precision: found === 0 ? 0 : matched / found,
    recall: expected === 0 ? 0 : matched / expected,
    fields: scores,
    contingency: plans.length === 0 ? 0 : contingency / plans.length,
    childsVoice: plans.length === 0 ? 0 : childsVoice / plans.length,
    mismatches,
    extra,
    missed
  }
}

export function formatScores(name: string, scores: FieldScores): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  return (
    `${name} (n=${scores.n}): timescale kind ${pct(scores.kind)}, has clear timescale ` +
    `${pct(scores.clear)}, owner ${pct(scores.owner)}, outcome focus ${pct(scores.outcome)}, ` +
    `timescale text ${pct(scores.timescaleText)}`
  )
}

export function formatMismatches(mismatches: Mismatch[]): string {
  return mismatches
    .map(
      (m) =>
        `  ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}\n    ${m.text}`
    )
    .join('\n')
}

/** The least each field may score on a labelled set. */
export interface Floors {
  kind: number
  clear: number
  owner: number
  outcome: number
  timescaleText: number
}

export function expectFloors(name: string, scores: FieldScores, floors: Floors): void {
  expect(scores.kind, `${name}: timescale kind`).toBeGreaterThanOrEqual(floors.kind)
  expect(scores.clear, `${name}: has a clear timescale`).toBeGreaterThanOrEqual(floors.clear)
  expect(scores.owner, `${name}: owner`).toBeGreaterThanOrEqual(floors.owner)
  expect(scores.outcome, `${name}: outcome focus`).toBeGreaterThanOrEqual(floors.outcome)
  expect(scores.timescaleText, `${name}: timescale text`).toBeGreaterThanOrEqual(
    floors.timescaleText
  )
}

/** Prints a plan set's figures: what was found, what was missed, and every mismatch. */
export function printPlans(name: string, result: PlanScores): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  console.log(
    `${name}: action precision ${pct(result.precision)}, recall ${pct(result.recall)}, ` +
      `contingency ${pct(result.contingency)}, child's views ${pct(result.childsVoice)}`
  )
  console.log(formatScores(`${name} per-action labels`, result.fields))
  if (result.extra.length) console.log(`  found but not labelled:\n  ${result.extra.join('\n  ')}`)
  if (result.missed.length) console.log(`  labelled but missed:\n  ${result.missed.join('\n  ')}`)
  if (result.mismatches.length) console.log(formatMismatches(result.mismatches))
}
