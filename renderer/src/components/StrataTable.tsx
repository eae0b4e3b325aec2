import type { SampleResult, StratumSummary } from '../../../shared/contract'
import { groupsOutOfReach } from '../../../shared/sample-cover'
import { formatCount, planTypeLabel, plural } from '../format'
import { Notice } from './Notice'

/** "North Team, Child protection" rather than the stored "North Team / CP". */
function stratumLabel(stratum: StratumSummary): string {
  const parts = [stratum.team, stratum.planType ? planTypeLabel(stratum.planType) : null].filter(
    Boolean
  )
  return parts.length > 0 ? parts.join(', ') : stratum.stratum
}

/** Each stratum's sample beside its population and its fair share, so the spread can be checked. */
export function StrataTable({ strata, caption }: { strata: StratumSummary[]; caption: string }) {
  const totals = strata.reduce(
    (sum, stratum) => ({
      population: sum.population + stratum.population,
      sampled: sum.sampled + stratum.sampled
    }),
    { population: 0, sampled: 0 }
  )
  return (
    <table className="table table--compact">
      <caption className="table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col" className="numeric">
            Eligible cases
          </th>
          <th scope="col" className="numeric">
            Proportional share
          </th>
          <th scope="col" className="numeric">
            Sampled
          </th>
          <th scope="col" className="numeric">
            Sampled %
          </th>
        </tr>
      </thead>
      <tbody>
        {strata.map((stratum) => (
          <tr key={stratum.stratum}>
            <th scope="row">{stratumLabel(stratum)}</th>
            <td className="numeric">{formatCount(stratum.population)}</td>
            <td className="numeric">{stratum.exactShare.toFixed(1)}</td>
            <td className="numeric">{formatCount(stratum.sampled)}</td>
            <td className="numeric">
              {stratum.population === 0
                ? ''
                : `${Math.round((stratum.sampled / stratum.population) * 100)}%`}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All groups</th>
          <td className="numeric">{formatCount(totals.population)}</td>
          <td />
          <td className="numeric">{formatCount(totals.sampled)}</td>
          <td className="numeric">
            {totals.population === 0
              ? ''
              : `${Math.round((totals.sampled / totals.population) * 100)}%`}
          </td>
        </tr>
      </tfoot>
    </table>
  )
}

/** How many out-of-reach groups are named before "and N more". */
const NAMED_GROUPS = 5

/**
 * Says why some groups have no case when the sample is smaller than the number of groups, and
 * what would reach them: an officer (or an inspector reading the sample) would otherwise take a
 * 0 in the table for a fault.
 */
export function GroupsOutOfReach({ result }: { result: Pick<SampleResult, 'spec' | 'strata'> }) {
  const reach = groupsOutOfReach(result)
  if (!reach) return null
  const { groups, sampled, missed } = reach
  const named = missed.slice(0, NAMED_GROUPS).map(stratumLabel).join('; ')
  const more = missed.length > NAMED_GROUPS ? ` and ${missed.length - NAMED_GROUPS} more` : ''
  const alone =
    result.spec.stratifyBy.length > 1 ? ', or spread the sample by team or by plan type alone' : ''
  return (
    <Notice>
      {plural(sampled, 'case')} cannot cover all {formatCount(groups)} groups, so the smallest
      shares have none: {named}
      {more}. To include every group, draw at least {formatCount(groups)} cases{alone}.
    </Notice>
  )
}
