import { subMonths } from 'date-fns/subMonths'
import type { SampleSpec, StratifyBy } from '../../../shared/contract'
import { PLAN_TYPES } from '../../../shared/domain'
import type { PlanType } from '../../../shared/domain'
import type { Store } from '../../store/open'

/** A case as sampling sees it: just what strata and exclusions need, so 50,000 load quickly. */
export interface PopulationCase {
  id: number
  planType: PlanType
  team: string
  closed: boolean
  /**
   * Whether any plan document is attached; null when the draw did not ask (plans are looked up
   * only to leave out cases without one, which saves a read of every plan at 50,000 cases).
   */
  hasPlan: boolean | null
  /** A primary audit of this case was submitted on or after the cut-off for "recently audited". */
  recentlyAudited: boolean
}

/** What a sample row shows about a case, read for the few cases picked. */
export interface CaseDetails {
  id: number
  caseRef: string
  planType: PlanType
  team: string
  socialWorker: string | null
  hasPlan: boolean
}

export type ExclusionReason = 'outOfScope' | 'closed' | 'recentlyAudited' | 'withoutPlan'

/** A spec's exclusions, with its scope as sets: judged once per case, 50,000 times a draw. */
export interface ExclusionRules extends Pick<
  SampleSpec,
  'excludeClosed' | 'excludeAuditedWithinMonths' | 'excludeWithoutPlan'
> {
  planTypes: ReadonlySet<PlanType> | null
  teams: ReadonlySet<string> | null
}

export function exclusionRules(spec: SampleSpec): ExclusionRules {
  return {
    excludeClosed: spec.excludeClosed,
    excludeAuditedWithinMonths: spec.excludeAuditedWithinMonths,
    excludeWithoutPlan: spec.excludeWithoutPlan,
    planTypes: spec.planTypes ? new Set(spec.planTypes) : null,
    teams: spec.teams ? new Set(spec.teams) : null
  }
}

/**
 * The cut-off for "audited within the last M months" before `now`, by calendar months (31 March
 * minus one month is the end of February), or null when M is 0 and nothing is excluded for it.
 */
export function auditedSince(now: Date, months: number): string | null {
  return months > 0 ? subMonths(now, months).toISOString() : null
}

function idSet(store: Store, sql: string, ...params: unknown[]): Set<number> {
  return new Set(
    store
      .prepare(sql)
      .pluck()
      .all(...params) as number[]
  )
}

function casesWithPlans(store: Store): Set<number> {
  return idSet(store, 'SELECT DISTINCT case_id FROM plan_documents')
}

function casesAuditedSince(store: Store, since: string | null): Set<number> {
  if (since === null) return new Set()
  return idSet(
    store,
    `SELECT DISTINCT case_id FROM audits
     WHERE role = 'primary' AND status = 'submitted' AND submitted_at >= ?`,
    since
  )
}

/**
 * A case's id, plan type and status as one integer: (id * 5 + plan type's place in PLAN_TYPES) * 2
 * + 1 if closed. The plan types are the app's own constants (the table's CHECK allows no others).
 */
const CASE_CODE_SQL = `(id * ${PLAN_TYPES.length}
  + CASE plan_type ${PLAN_TYPES.map((type, index) => `WHEN '${type}' THEN ${index}`).join(' ')} END)
  * 2 + (status = 'closed')`

function decodeCase(code: number): Pick<PopulationCase, 'id' | 'planType' | 'closed'> {
  const closed = code % 2 === 1
  const rest = (code - (closed ? 1 : 0)) / 2
  return {
    id: Math.floor(rest / PLAN_TYPES.length),
    planType: PLAN_TYPES[rest % PLAN_TYPES.length]!,
    closed
  }
}

/**
 * Every case in the store, by case reference, with what the exclusions need. Up to three reads
 * (cases; the cases audited since the cut-off; the cases with a plan, when `checkPlans`) joined in
 * memory. At 50,000 cases this is most of a draw's time, so the cases cross from SQLite as two
 * plucked columns, a code per case (decodeCase) and its team, both scanning the cases_sampling
 * index: building 50,000 row arrays took longer than SQLite's scans, and this read is about half
 * the time that one was. The order is SQLite's BINARY collation of case_ref (unique), the same on
 * every machine and in both reads: the order the random draw walks, so it is part of what makes
 * a draw repeatable. Call inside a transaction so the reads agree.
 */
export function loadPopulation(
  store: Store,
  since: string | null,
  checkPlans: boolean
): PopulationCase[] {
  const withPlans = checkPlans ? casesWithPlans(store) : null
  const audited = casesAuditedSince(store, since)
  const column = (sql: string): unknown[] =>
    store.prepare(`SELECT ${sql} FROM cases ORDER BY case_ref`).pluck().all()
  const codes = column(CASE_CODE_SQL) as number[]
  const teams = column('team') as string[]
  return codes.map((code, index) => {
    const { id, planType, closed } = decodeCase(code)
    return {
      id,
      team: teams[index]!,
      planType,
      closed,
      hasPlan: withPlans ? withPlans.has(id) : null,
      recentlyAudited: audited.has(id)
    }
  })
}

interface DetailsRow {
  id: number
  case_ref: string
  plan_type: PlanType
  team: string
  social_worker: string | null
  has_plan: 0 | 1
}

/** What sample rows show about the given cases, by id. */
export function caseDetails(store: Store, ids: readonly number[]): Map<number, CaseDetails> {
  const rows = store
    .prepare(
      `SELECT c.id, c.case_ref, c.plan_type, c.team, c.social_worker,
              EXISTS (SELECT 1 FROM plan_documents p WHERE p.case_id = c.id) AS has_plan
       FROM cases c WHERE c.id IN (SELECT value FROM json_each(?))`
    )
    .all(JSON.stringify(ids)) as DetailsRow[]
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        caseRef: row.case_ref,
        planType: row.plan_type,
        team: row.team,
        socialWorker: row.social_worker,
        hasPlan: row.has_plan === 1
      }
    ])
  )
}

/** One case as sampling sees it, with its reference, or undefined when there is no such case. */
export function loadOneCase(
  store: Store,
  caseId: number,
  since: string | null
): (PopulationCase & { caseRef: string }) | undefined {
  const details = caseDetails(store, [caseId]).get(caseId)
  if (!details) return undefined
  const status = store.prepare('SELECT status FROM cases WHERE id = ?').pluck().get(caseId)
  const audited =
    since !== null &&
    store
      .prepare(
        `SELECT 1 FROM audits WHERE case_id = ? AND role = 'primary' AND status = 'submitted'
           AND submitted_at >= ? LIMIT 1`
      )
      .get(caseId, since) !== undefined
  return {
    id: details.id,
    caseRef: details.caseRef,
    planType: details.planType,
    team: details.team,
    closed: status === 'closed',
    hasPlan: details.hasPlan,
    recentlyAudited: audited
  }
}

/**
 * Why a case is left out of the eligible population, or null when it is eligible. A case left out
 * for several reasons counts once, under the first in this order: outside the sample's plan types
 * or teams, closed, recently audited, without a plan.
 */
export function exclusionOf(item: PopulationCase, rules: ExclusionRules): ExclusionReason | null {
  if (rules.planTypes && !rules.planTypes.has(item.planType)) return 'outOfScope'
  if (rules.teams && !rules.teams.has(item.team)) return 'outOfScope'
  if (rules.excludeClosed && item.closed) return 'closed'
  if (rules.excludeAuditedWithinMonths > 0 && item.recentlyAudited) return 'recentlyAudited'
  if (rules.excludeWithoutPlan && item.hasPlan === false) return 'withoutPlan'
  return null
}

/** Team before plan type, each once, whatever order they were asked for in. */
export function canonicalStratifyBy(stratifyBy: readonly StratifyBy[]): StratifyBy[] {
  return (['team', 'planType'] as const).filter((by) => stratifyBy.includes(by))
}

export interface Stratum {
  /** What a person reads: "North Team / CP", "North Team", "CP" or "All cases". */
  label: string
  team: string | null
  planType: PlanType | null
  /** Names the stratum's random stream: built from the values, so a team may contain " / ". */
  stream: string
}

export const ALL_CASES = 'All cases'

/** The stratum a case falls in under the given stratification (canonical order). */
export function stratumOf(
  item: Pick<PopulationCase, 'team' | 'planType'>,
  stratifyBy: readonly StratifyBy[]
): Stratum {
  const team = stratifyBy.includes('team') ? item.team : null
  const planType = stratifyBy.includes('planType') ? item.planType : null
  const parts = [team, planType].filter((part): part is string => part !== null)
  return {
    label: parts.length === 0 ? ALL_CASES : parts.join(' / '),
    team,
    planType,
    stream: `stratum\0${team ?? ''}\0${planType ?? ''}`
  }
}

/**
 * Strata in the order people read them and the draw visits them: by team (code-unit order, not
 * the machine's locale), then plan type in the app's usual order (CIN, CP, CLA, ...).
 */
export function compareStrata(a: Stratum, b: Stratum): number {
  const teamA = a.team ?? ''
  const teamB = b.team ?? ''
  if (teamA !== teamB) return teamA < teamB ? -1 : 1
  const typeA = a.planType === null ? -1 : PLAN_TYPES.indexOf(a.planType)
  const typeB = b.planType === null ? -1 : PLAN_TYPES.indexOf(b.planType)
  return typeA - typeB
}

export interface StratumGroup {
  stratum: Stratum
  /** The stratum's eligible cases, still in case-reference order. */
  cases: PopulationCase[]
}

/** Groups eligible cases into their strata, strata sorted by compareStrata. */
export function groupByStratum(
  cases: readonly PopulationCase[],
  stratifyBy: readonly StratifyBy[]
): StratumGroup[] {
  const byTeam = stratifyBy.includes('team')
  const byPlanType = stratifyBy.includes('planType')
  // Team, then plan type, as nested maps: no key string is built per case, and each Stratum is
  // built once, when its first case is seen.
  const teams = new Map<string, Map<string, StratumGroup>>()
  const groups: StratumGroup[] = []
  for (const item of cases) {
    const teamKey = byTeam ? item.team : ''
    const typeKey = byPlanType ? item.planType : ''
    let types = teams.get(teamKey)
    if (!types) teams.set(teamKey, (types = new Map()))
    const group = types.get(typeKey)
    if (group) {
      group.cases.push(item)
    } else {
      const created = { stratum: stratumOf(item, stratifyBy), cases: [item] }
      types.set(typeKey, created)
      groups.push(created)
    }
  }
  return groups.sort((a, b) => compareStrata(a.stratum, b.stratum))
}
