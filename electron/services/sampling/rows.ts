import type { CycleDetail, SampledCase, StratifyBy, StratumSummary } from '../../../shared/contract'
import type { PlanType } from '../../../shared/domain'
import type { Store } from '../../store/open'

interface SampledRow {
  cycle_case_id: number
  case_id: number
  case_ref: string
  plan_type: PlanType
  team: string
  social_worker: string | null
  stratum: string | null
  source: SampledCase['source']
  reason: string | null
  has_plan: 0 | 1
  audit_started: 0 | 1
  safeguarding_flag: 0 | 1
}

const SAMPLED_SQL = `
  SELECT cc.id AS cycle_case_id, c.id AS case_id, c.case_ref, c.plan_type, c.team,
         c.social_worker, cc.stratum, cc.source, cc.reason,
         EXISTS (SELECT 1 FROM plan_documents p WHERE p.case_id = c.id) AS has_plan,
         EXISTS (SELECT 1 FROM audits a WHERE a.cycle_id = cc.cycle_id AND a.case_id = c.id)
           AS audit_started,
         EXISTS (SELECT 1 FROM audits a WHERE a.cycle_id = cc.cycle_id AND a.case_id = c.id
                   AND a.role = 'primary' AND a.safeguarding_flag = 1) AS safeguarding_flag
  FROM cycle_cases cc JOIN cases c ON c.id = cc.case_id`

function toSampledCase(row: SampledRow): SampledCase {
  return {
    cycleCaseId: row.cycle_case_id,
    caseId: row.case_id,
    caseRef: row.case_ref,
    planType: row.plan_type,
    team: row.team,
    socialWorker: row.social_worker,
    stratum: row.stratum,
    source: row.source,
    reason: row.reason,
    hasPlan: row.has_plan === 1,
    auditStarted: row.audit_started === 1,
    safeguardingFlag: row.safeguarding_flag === 1
  }
}

/** The cases currently in a cycle's sample (state 'sampled'), in strata order, then by reference. */
export function currentSample(
  store: Store,
  cycleId: number,
  strata: readonly StratumSummary[]
): SampledCase[] {
  const rows = store
    .prepare(`${SAMPLED_SQL} WHERE cc.cycle_id = ? AND cc.state = 'sampled'`)
    .all(cycleId) as SampledRow[]
  return sortSample(rows.map(toSampledCase), strata)
}

/** One row of a cycle's sample, as the calls that change it return it. */
export function sampledCase(store: Store, cycleCaseId: number): SampledCase {
  const row = store.prepare(`${SAMPLED_SQL} WHERE cc.id = ?`).get(cycleCaseId) as SampledRow
  return toSampledCase(row)
}

/**
 * Orders a sample as its strata table is ordered (team, then plan type), then by case reference.
 * A case whose stratum was not in the draw (added by hand from a new team) comes last.
 */
export function sortSample(cases: SampledCase[], strata: readonly StratumSummary[]): SampledCase[] {
  const position = new Map(strata.map((summary, index) => [summary.stratum, index]))
  const rank = (item: SampledCase): number =>
    position.get(item.stratum ?? '') ?? Number.MAX_SAFE_INTEGER
  const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return cases.sort(
    (a, b) =>
      rank(a) - rank(b) || byCode(a.stratum ?? '', b.stratum ?? '') || byCode(a.caseRef, b.caseRef)
  )
}

/**
 * The strata table for a stored draw with today's sample counts: population and exact share as
 * drawn, sampled as the sample now stands (after replacements, additions and removals). A stratum
 * that only a hand-added case brought in is listed last, with a population of 0 as drawn.
 */
export function strataNow(
  drawn: readonly StratumSummary[],
  sample: readonly SampledCase[],
  stratifyBy: readonly StratifyBy[]
): StratumSummary[] {
  const counts = new Map<string, number>()
  for (const item of sample) {
    if (item.stratum !== null) counts.set(item.stratum, (counts.get(item.stratum) ?? 0) + 1)
  }
  const strata = drawn.map((summary) => ({ ...summary, sampled: counts.get(summary.stratum) ?? 0 }))
  const listed = new Set(drawn.map((summary) => summary.stratum))
  for (const item of sample) {
    if (item.stratum === null || listed.has(item.stratum)) continue
    listed.add(item.stratum)
    strata.push({
      stratum: item.stratum,
      team: stratifyBy.includes('team') ? item.team : null,
      planType: stratifyBy.includes('planType') ? item.planType : null,
      population: 0,
      sampled: counts.get(item.stratum) ?? 0,
      exactShare: 0
    })
  }
  return strata
}

interface HistoryRow {
  case_ref: string
  state: 'replaced' | 'removed'
  ended_reason: string | null
  ended_at: string
}

/** Cases taken out of a cycle's sample (replaced, removed, or dropped by a redraw), oldest first. */
export function sampleHistory(store: Store, cycleId: number): CycleDetail['history'] {
  const rows = store
    .prepare(
      `SELECT c.case_ref, cc.state, cc.ended_reason, cc.ended_at
       FROM cycle_cases cc JOIN cases c ON c.id = cc.case_id
       WHERE cc.cycle_id = ? AND cc.state IN ('replaced', 'removed')
       ORDER BY cc.ended_at, cc.id`
    )
    .all(cycleId) as HistoryRow[]
  return rows.map((row) => ({
    caseRef: row.case_ref,
    state: row.state,
    reason: row.ended_reason,
    at: row.ended_at
  }))
}
