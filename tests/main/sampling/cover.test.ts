import { describe, expect, it } from 'vitest'
import { SampleSpec } from '../../../shared/contract'
import type { SampleSpecInput, StratumSummary } from '../../../shared/contract'
import { groupsOutOfReach } from '../../../shared/sample-cover'

function stratum(label: string, population: number, sampled: number): StratumSummary {
  const [team, planType] = label.split(' / ') as [string, 'CP' | 'CIN']
  return { stratum: label, team, planType, population, sampled, exactShare: 0 }
}

function result(spec: SampleSpecInput, strata: StratumSummary[]) {
  return { spec: SampleSpec.parse(spec), strata }
}

describe('groups a proportional sample cannot reach', () => {
  it('names the non-empty groups left with none when the sample is smaller than the groups', () => {
    const reach = groupsOutOfReach(
      result({ size: 2, stratifyBy: ['team', 'planType'] }, [
        stratum('North Team / CIN', 6, 0),
        stratum('North Team / CP', 24, 1),
        stratum('South Team / CIN', 0, 0),
        stratum('South Team / CP', 10, 1)
      ])
    )
    expect(reach).toEqual({
      groups: 3,
      sampled: 2,
      missed: [stratum('North Team / CIN', 6, 0)]
    })
  })

  it('says nothing when every group could have had one, even if a case was removed by hand', () => {
    const reach = groupsOutOfReach(
      result({ size: 3, stratifyBy: ['team', 'planType'] }, [
        stratum('North Team / CIN', 6, 0),
        stratum('North Team / CP', 24, 2),
        stratum('South Team / CP', 10, 1)
      ])
    )
    expect(reach).toBeNull()
  })

  it('says nothing for a quota sample or a simple random one', () => {
    const strata = [stratum('North Team / CIN', 6, 0), stratum('North Team / CP', 24, 1)]
    expect(
      groupsOutOfReach(result({ allocation: 'quota', quota: 1, stratifyBy: ['team'] }, strata))
    ).toBeNull()
    expect(groupsOutOfReach(result({ size: 1 }, strata))).toBeNull()
  })
})
