import type { SampleSpec, StratumSummary } from '../../../shared/contract'
import { PLAN_TYPES } from '../../../shared/domain'
import { allocateProportional, allocateQuota, sizeForPercent } from './allocate'
import type { Allocation } from './allocate'
import { canonicalStratifyBy, exclusionOf, exclusionRules, groupByStratum } from './population'
import type { ExclusionReason, PopulationCase, Stratum } from './population'
import { pickWithoutReplacement, streamFor } from './random'

export interface Pick {
  item: PopulationCase
  stratum: Stratum
}

export interface ComputedSample {
  /** The spec as drawn: strata in canonical order, only the fields its allocation uses, the seed. */
  spec: SampleSpec
  /** The size asked for (from size or percent); null for a quota sample. */
  requested: number | null
  eligible: number
  excluded: Record<ExclusionReason, number>
  strata: StratumSummary[]
  picks: Pick[]
}

/**
 * The spec as it is stored and shown: stratification in canonical order (so "plan type, team"
 * and "team, plan type" are the same settings and draw the same sample), the seed filled in, and
 * only the fields the chosen allocation uses (a quota sample ignores size and percentage).
 */
export function normaliseSpec(spec: SampleSpec, seed: string): SampleSpec {
  const stratifyBy = canonicalStratifyBy(spec.stratifyBy)
  const sizing =
    spec.allocation === 'quota'
      ? { quota: spec.quota }
      : spec.size !== undefined
        ? { size: spec.size }
        : { percent: spec.percent }
  // A scope is kept in one order whatever order it was chosen in, and left out when there is none,
  // so a spec from before scopes existed is stored, and draws, exactly as it did.
  const planTypes = spec.planTypes && PLAN_TYPES.filter((type) => spec.planTypes!.includes(type))
  const teams = spec.teams && [...new Set(spec.teams)].sort(compareCodeUnits)
  return {
    ...sizing,
    stratifyBy,
    allocation: spec.allocation,
    excludeClosed: spec.excludeClosed,
    excludeAuditedWithinMonths: spec.excludeAuditedWithinMonths,
    excludeWithoutPlan: spec.excludeWithoutPlan,
    ...(planTypes ? { planTypes } : {}),
    ...(teams ? { teams } : {}),
    seed
  }
}

/** Code-unit order, the same on every machine (localeCompare depends on the machine's locale). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function requestedSize(spec: SampleSpec, eligible: number): number | null {
  if (spec.allocation === 'quota') return null
  if (spec.size !== undefined) return spec.size
  return sizeForPercent(spec.percent ?? 0, eligible)
}

/**
 * Draws a sample from a population already in case-reference order. Deterministic: the same
 * population, spec and seed always give the same picks.
 *
 * Why this procedure: the eligible cases are grouped into strata (sorted by team, then plan
 * type); the allocation decides how many each stratum gives; then each stratum draws its cases
 * with a partial Fisher-Yates shuffle driven by its own generator, seeded from sha256(seed,
 * stratum). Giving every stratum its own stream means a case added to (or closed in) one team
 * changes only that team's draw, and that of any stratum whose allocation it moves, rather than
 * reshuffling every team after it, so a re-run after a small correction of the case list is easy to
 * explain to a manager or an inspector. A partial shuffle also keeps its prefix: a stratum given
 * one more seat keeps the cases it had and adds one.
 */
export function computeSample(
  population: readonly PopulationCase[],
  given: SampleSpec,
  seed: string
): ComputedSample {
  const spec = normaliseSpec(given, seed)
  const excluded: Record<ExclusionReason, number> = {
    outOfScope: 0,
    closed: 0,
    recentlyAudited: 0,
    withoutPlan: 0
  }
  const rules = exclusionRules(spec)
  const eligibleCases: PopulationCase[] = []
  for (const item of population) {
    const reason = exclusionOf(item, rules)
    if (reason) excluded[reason] += 1
    else eligibleCases.push(item)
  }
  const groups = groupByStratum(eligibleCases, spec.stratifyBy)
  const populations = groups.map((group) => group.cases.length)
  const requested = requestedSize(spec, eligibleCases.length)
  const allocation: Allocation =
    requested === null
      ? allocateQuota(populations, spec.quota ?? 0)
      : allocateProportional(populations, requested)

  const strata: StratumSummary[] = []
  const picks: Pick[] = []
  groups.forEach((group, index) => {
    const seats = allocation.seats[index]!
    const chosen = pickWithoutReplacement(group.cases, seats, streamFor(seed, group.stratum.stream))
    for (const item of chosen) picks.push({ item, stratum: group.stratum })
    strata.push({
      stratum: group.stratum.label,
      team: group.stratum.team,
      planType: group.stratum.planType,
      population: group.cases.length,
      sampled: seats,
      // For a quota sample the fair share is the quota itself; a smaller stratum shows its shortfall.
      exactShare:
        requested === null
          ? (spec.quota ?? 0)
          : (allocation.size * group.cases.length) / eligibleCases.length
    })
  })
  return { spec, requested, eligible: eligibleCases.length, excluded, strata, picks }
}
