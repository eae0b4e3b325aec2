// Which groups a proportional sample could not reach. Shared by the Sample screen and the CLI, so
// both explain a group with no case in the same way.

import type { SampleResult, StratumSummary } from './contract'

export interface OutOfReach {
  /** Groups with eligible cases. */
  groups: number
  /** Cases in the sample. */
  sampled: number
  /** The groups with eligible cases and none sampled, in table order. */
  missed: StratumSummary[]
}

/**
 * The groups with eligible cases but nothing sampled, when that is because the sample is smaller
 * than the number of such groups: proportional allocation gives every non-empty group a case only
 * when there are enough to go round, so 12 cases over 16 groups leave the four smallest shares
 * without. Null for an unstratified or quota sample, and when the sample is big enough (a group
 * emptied by removing its case by hand shows as removed in the sample itself).
 */
export function groupsOutOfReach(result: Pick<SampleResult, 'spec' | 'strata'>): OutOfReach | null {
  if (result.spec.allocation !== 'proportional' || result.spec.stratifyBy.length === 0) return null
  const nonEmpty = result.strata.filter((stratum) => stratum.population > 0)
  const sampled = result.strata.reduce((sum, stratum) => sum + stratum.sampled, 0)
  const missed = nonEmpty.filter((stratum) => stratum.sampled === 0)
  if (sampled >= nonEmpty.length || missed.length === 0) return null
  return { groups: nonEmpty.length, sampled, missed }
}
