import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeSample } from '../../../electron/services/sampling/draw'
import { exclusionOf, exclusionRules } from '../../../electron/services/sampling/population'
import type { PopulationCase } from '../../../electron/services/sampling/population'
import { SampleSpec } from '../../../shared/contract'
import { PLAN_TYPES } from '../../../shared/domain'

const TEAMS = ['North Team', 'South Team', 'East Team', 'West / Central']

const population = fc
  .array(
    fc.record({
      team: fc.constantFrom(...TEAMS),
      planType: fc.constantFrom(...PLAN_TYPES),
      closed: fc.boolean(),
      hasPlan: fc.boolean(),
      recentlyAudited: fc.boolean()
    }),
    { maxLength: 300 }
  )
  .map((cases): PopulationCase[] => cases.map((item, index) => ({ id: index + 1, ...item })))

/** A scope, or none (undefined: every plan type, every team). */
const planTypes = fc.option(fc.subarray([...PLAN_TYPES], { minLength: 1 }), { nil: undefined })
const teams = fc.option(fc.subarray(TEAMS, { minLength: 1 }), { nil: undefined })

const spec = fc.oneof(
  fc.record({
    size: fc.integer({ min: 1, max: 120 }),
    stratifyBy: fc.subarray(['team', 'planType'] as const).map((by) => [...by]),
    excludeClosed: fc.boolean(),
    excludeWithoutPlan: fc.boolean(),
    excludeAuditedWithinMonths: fc.constantFrom(0, 12),
    planTypes,
    teams
  }),
  fc.record({
    allocation: fc.constant('quota' as const),
    quota: fc.integer({ min: 1, max: 8 }),
    stratifyBy: fc.constantFrom<('team' | 'planType')[]>(
      ['team'],
      ['planType'],
      ['team', 'planType']
    ),
    excludeClosed: fc.boolean()
  })
)

describe('drawing from any population', () => {
  it('is repeatable, picks each case once, only eligible ones, as many as each stratum was given', () => {
    fc.assert(
      fc.property(
        population,
        spec,
        fc.string({ minLength: 1, maxLength: 12 }),
        (cases, raw, seed) => {
          const parsed = SampleSpec.parse(raw)
          const result = computeSample(cases, parsed, seed)
          expect(computeSample(cases, parsed, seed)).toEqual(result)

          const ids = result.picks.map((pick) => pick.item.id)
          expect(new Set(ids).size).toBe(ids.length)
          const rules = exclusionRules(result.spec)
          for (const pick of result.picks) expect(exclusionOf(pick.item, rules)).toBeNull()

          // A scope, judged here without the code under test: only its plan types and teams.
          const inScope = (item: PopulationCase) =>
            (!parsed.planTypes || parsed.planTypes.includes(item.planType)) &&
            (!parsed.teams || parsed.teams.includes(item.team))
          for (const pick of result.picks) expect(inScope(pick.item)).toBe(true)
          expect(result.excluded.outOfScope).toBe(cases.filter((item) => !inScope(item)).length)

          const eligible = cases.filter((item) => exclusionOf(item, rules) === null)
          expect(result.eligible).toBe(eligible.length)
          const excluded = Object.values(result.excluded).reduce((sum, n) => sum + n, 0)
          expect(result.eligible + excluded).toBe(cases.length)
          expect(result.strata.reduce((sum, s) => sum + s.population, 0)).toBe(eligible.length)
          for (const stratum of result.strata) {
            const picked = result.picks.filter((pick) => pick.stratum.label === stratum.stratum)
            expect(picked).toHaveLength(stratum.sampled)
            expect(stratum.sampled).toBeLessThanOrEqual(stratum.population)
          }
          if (result.requested !== null) {
            expect(ids).toHaveLength(Math.min(result.requested, eligible.length))
          }
        }
      )
    )
  })
})
