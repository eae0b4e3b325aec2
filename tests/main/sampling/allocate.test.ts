import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allocateProportional,
  allocateQuota,
  largestRemainder,
  sizeForPercent
} from '../../../electron/services/sampling/allocate'

describe('proportional allocation with largest-remainder rounding', () => {
  it('gives the spare seat to the largest remainder', () => {
    // Populations 50, 30, 20 (total 100), n = 7.
    // Exact shares 7*50/100 = 3.5, 7*30/100 = 2.1, 7*20/100 = 1.4; floors 3 + 2 + 1 = 6.
    // One seat left: remainders .5, .1, .4, so it goes to the first stratum: 4, 2, 1.
    expect(allocateProportional([50, 30, 20], 7)).toEqual({ seats: [4, 2, 1], size: 7, moved: 0 })
  })

  it('hands out several spare seats in order of remainder', () => {
    // Populations 13, 27, 60 (total 100), n = 9.
    // Exact shares 1.17, 2.43, 5.4; floors 1 + 2 + 5 = 8; one seat left.
    // Remainders .17, .43, .40: the second stratum (.43) beats the third (.40): 1, 3, 5.
    expect(allocateProportional([13, 27, 60], 9).seats).toEqual([1, 3, 5])
    // Same populations, n = 12: exact 1.56, 3.24, 7.2; floors 1 + 3 + 7 = 11; one left.
    // Remainders .56, .24, .20: the first stratum gets it: 2, 3, 7.
    expect(allocateProportional([13, 27, 60], 12).seats).toEqual([2, 3, 7])
  })

  it('breaks a tie between equal remainders in favour of the earlier stratum', () => {
    // Populations 10, 10, 10, n = 4: exact 1.333 each, floors 1 + 1 + 1 = 3, one seat left.
    // All remainders equal (4*10 mod 30 = 10), so the first stratum in order gets it: 2, 1, 1.
    expect(allocateProportional([10, 10, 10], 4).seats).toEqual([2, 1, 1])
    // n = 5: two seats left, to the first two strata: 2, 2, 1.
    expect(allocateProportional([10, 10, 10], 5).seats).toEqual([2, 2, 1])
  })

  it('gives every stratum at least one when there are enough seats, taking from the largest surplus', () => {
    // Populations 90, 6, 4 (total 100), n = 10.
    // Exact 9.0, 0.6, 0.4; floors 9 + 0 + 0 = 9; the spare seat goes to .6: 9, 1, 0.
    // The third stratum has none and n (10) >= 3 strata, so it needs one. Only the first stratum
    // can give a seat and keep one (the second has just 1): 8, 1, 1.
    expect(allocateProportional([90, 6, 4], 10)).toEqual({ seats: [8, 1, 1], size: 10, moved: 1 })
  })

  it('takes the at-least-one seat from the stratum most over its exact share', () => {
    // Populations 40, 41, 18, 1 (total 100), n = 5.
    // Exact 2.00, 2.05, 0.90, 0.05; floors 2 + 2 + 0 + 0 = 4; the spare seat goes to .90:
    // 2, 2, 1, 0. The last stratum needs one. Surpluses over the exact share: 0, -0.05, +0.10
    // (but the third stratum has only one seat to give). Donors with two seats: the first
    // (surplus 0) beats the second (-0.05): 1, 2, 1, 1.
    expect(allocateProportional([40, 41, 18, 1], 5).seats).toEqual([1, 2, 1, 1])
    // Populations 40, 40, 19, 1, n = 5: exact 2, 2, 0.95, 0.05 -> 2, 2, 1, 0 after rounding.
    // The first two tie on surplus (0) and seats (2): the earlier stratum gives: 1, 2, 1, 1.
    expect(allocateProportional([40, 40, 19, 1], 5).seats).toEqual([1, 2, 1, 1])
  })

  it('leaves small strata out when there are fewer seats than strata', () => {
    // Populations 5, 3, 2 (total 10), n = 2: exact 1.0, 0.6, 0.4; floors 1 + 0 + 0 = 1.
    // The spare seat goes to .6: 1, 1, 0. Two seats cannot cover three strata: no adjustment.
    expect(allocateProportional([5, 3, 2], 2)).toEqual({ seats: [1, 1, 0], size: 2, moved: 0 })
  })

  it('takes everyone when more cases are asked for than there are', () => {
    expect(allocateProportional([4, 1, 2], 50)).toEqual({ seats: [4, 1, 2], size: 7, moved: 0 })
    expect(allocateProportional([4, 1, 2], 7)).toEqual({ seats: [4, 1, 2], size: 7, moved: 0 })
  })

  it('is exact with large populations, where floating point would wobble', () => {
    // Populations 16,667, 16,667 and 16,666 (total 50,000), n = 500: exact 166.67, 166.67, 166.66.
    // Floors 166 * 3 = 498; two seats left, remainders .67, .67, .66: the first two get them.
    expect(allocateProportional([16_667, 16_667, 16_666], 500).seats).toEqual([167, 167, 166])
  })
})

describe('quota allocation', () => {
  it('takes the quota from every stratum, or the whole stratum where it is smaller', () => {
    // Quota 2 per team; teams of 5, 1 and 3 cases: min(2, 5) + min(2, 1) + min(2, 3) = 2 + 1 + 2.
    expect(allocateQuota([5, 1, 3], 2)).toEqual({ seats: [2, 1, 2], size: 5, moved: 0 })
  })
})

describe('sample size from a percentage', () => {
  it('rounds half up and never rounds a non-empty population down to nothing', () => {
    expect(sizeForPercent(10, 1234)).toBe(123) // 123.4 -> 123
    expect(sizeForPercent(12.5, 20)).toBe(3) // 2.5 -> 3
    expect(sizeForPercent(1.4, 2750)).toBe(39) // 38.5, though 1.4 * 2750 / 100 is 38.4999... in floating point
    expect(sizeForPercent(0.01, 50)).toBe(1) // 0.005 -> 0, but at least one
    expect(sizeForPercent(100, 7)).toBe(7)
    expect(sizeForPercent(50, 0)).toBe(0)
  })
})

const populations = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 })
const total = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0)

describe('allocation properties', () => {
  it('sums to n and never exceeds a stratum, whenever n fits the population', () => {
    fc.assert(
      fc.property(populations, fc.nat(), (pops, seed) => {
        const n = total(pops) === 0 ? 0 : seed % (total(pops) + 1)
        const { seats, size } = allocateProportional(pops, n)
        expect(size).toBe(n)
        expect(total(seats)).toBe(n)
        seats.forEach((value, index) => {
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(pops[index]!)
        })
      })
    )
  })

  it('gives every non-empty stratum at least one seat when n is at least the number of strata', () => {
    fc.assert(
      fc.property(populations, fc.nat(), (pops, seed) => {
        const nonEmpty = pops.filter((value) => value > 0).length
        const room = total(pops) - nonEmpty
        const n = nonEmpty + (room === 0 ? 0 : seed % (room + 1))
        const { seats } = allocateProportional(pops, n)
        pops.forEach((value, index) => {
          if (value > 0) expect(seats[index]).toBeGreaterThanOrEqual(1)
          else expect(seats[index]).toBe(0)
        })
      })
    )
  })

  it('keeps within one seat of the exact share, plus the seats moved to give small strata one', () => {
    fc.assert(
      fc.property(populations, fc.nat(), (pops, seed) => {
        const sum = total(pops)
        const n = sum === 0 ? 0 : seed % (sum + 1)
        const { seats, moved } = allocateProportional(pops, n)
        seats.forEach((value, index) => {
          // |seats - n * pop / total| < 1 + moved, compared without division.
          const gap = Math.abs(value * sum - n * pops[index]!)
          expect(gap).toBeLessThan((1 + moved) * Math.max(sum, 1))
        })
      })
    )
  })

  it('moves seats only to strata that pure rounding left empty', () => {
    fc.assert(
      fc.property(populations, fc.nat(), (pops, seed) => {
        const sum = total(pops)
        const n = sum === 0 ? 0 : seed % (sum + 1)
        const before = largestRemainder(pops, n)
        const { moved } = allocateProportional(pops, n)
        const empty = pops.filter((value, index) => value > 0 && before[index] === 0).length
        const nonEmpty = pops.filter((value) => value > 0).length
        expect(moved).toBe(n >= nonEmpty && n < sum ? empty : 0)
      })
    )
  })

  it('gives the same allocation every time for the same inputs', () => {
    fc.assert(
      fc.property(populations, fc.nat({ max: 2000 }), (pops, n) => {
        expect(allocateProportional(pops, n)).toEqual(allocateProportional(pops, n))
      })
    )
  })

  it('takes min(quota, population) from each stratum', () => {
    fc.assert(
      fc.property(populations, fc.integer({ min: 1, max: 50 }), (pops, quota) => {
        const { seats, size } = allocateQuota(pops, quota)
        expect(seats).toEqual(pops.map((value) => Math.min(quota, value)))
        expect(size).toBe(total(seats))
      })
    )
  })
})
