import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  agreement,
  contingencyTable,
  gwetAc1,
  kappaWithWeights,
  percentAgreementOf
} from '../../../shared/stats'
import type { GradeOrNA } from '../../../shared/stats'

type Pair = [GradeOrNA, GradeOrNA]

/** Expands a table of counts (first rater in rows, grade 1 first) into one pair per subject. */
function pairsFromTable(table: number[][]): Pair[] {
  const pairs: Pair[] = []
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let k = 0; k < count; k += 1) pairs.push([(i + 1) as GradeOrNA, (j + 1) as GradeOrNA])
    })
  )
  return pairs
}

/** Agreement weights in the source's own convention, for a table of q categories. */
function identity(q: number): number[][] {
  return Array.from({ length: q }, (_, i) =>
    Array.from({ length: q }, (__, j) => (i === j ? 1 : 0))
  )
}
function linear(q: number): number[][] {
  return Array.from({ length: q }, (_, i) =>
    Array.from({ length: q }, (__, j) => 1 - Math.abs(i - j) / (q - 1))
  )
}
function quadratic(q: number): number[][] {
  return Array.from({ length: q }, (_, i) =>
    Array.from({ length: q }, (__, j) => 1 - (i - j) ** 2 / (q - 1) ** 2)
  )
}

describe('the statistics against published worked examples', () => {
  it("reproduces Wikipedia's worked example of Cohen's kappa (two readers, 50 grant proposals)", () => {
    // Wikipedia, "Cohen's kappa", section "Examples / Simple example": readers A and B say yes or
    // no to 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15. p_o = 0.7,
    // p_e = 0.5, kappa = 0.4. Two categories: checked through the general functions.
    const table = [
      [20, 5],
      [10, 15]
    ]
    expect(percentAgreementOf(table)).toBeCloseTo(0.7, 12)
    expect(kappaWithWeights(table, identity(2))).toBeCloseTo(0.4, 12)
  })

  it("reproduces Gwet's irrCAC package on its 3x3 abstractors table (kappa, weighted kappa, AC1)", () => {
    // Gwet, K. L. (2014), Handbook of Inter-Rater Reliability, 4th ed., as shipped in Gwet's own
    // R package irrCAC, dataset cont3x3abstractors (README of github.com/kgwet/irrCAC): 100
    // pregnancies classified Ectopic / AIU / NIU by two abstractors. The README prints
    // Cohen's kappa 0.7964094, Gwet's AC1 0.8493305 and percent agreement 0.89; the Python port
    // (github.com/afergadis/irrCAC, test/unit/irrCAC/table/test_cohen.py) checks linearly
    // weighted kappa 0.843 and quadratically weighted 0.892 with weights 1 - |i-j|/(q-1) and
    // 1 - (i-j)^2/(q-1)^2, q = 3. Three categories: checked through the general functions, with
    // the source's q = 3.
    const table = [
      [13, 0, 0],
      [0, 20, 7],
      [0, 4, 56]
    ]
    expect(percentAgreementOf(table)).toBeCloseTo(0.89, 12)
    expect(kappaWithWeights(table, identity(3))).toBeCloseTo(0.7964094, 7)
    expect(gwetAc1(table)).toBeCloseTo(0.8493305, 7)
    expect(kappaWithWeights(table, linear(3))!.toFixed(3)).toBe('0.843')
    expect(kappaWithWeights(table, quadratic(3))!.toFixed(3)).toBe('0.892')
  })

  it("reproduces irrCAC's 4x4 diagnosis table: our own four-point conventions, published values", () => {
    // irrCAC dataset cont4x4diagnosis (Gwet 2014): 223 psychiatric patients, four diagnoses, by
    // clinical and research diagnosis. Four categories, all used, and irrCAC's linear and
    // quadratic weights are ours (1 - |i-j|/3, 1 - (i-j)^2/9), so this goes through agreement()
    // itself. Published (Python port's tests, table/test_cohen.py and table/test_gwet.py):
    // kappa 0.432, linear 0.407, quadratic 0.383, AC1 0.456.
    const table = [
      [40, 4, 4, 17],
      [6, 25, 2, 13],
      [4, 1, 21, 12],
      [15, 5, 9, 45]
    ]
    const stats = agreement(pairsFromTable(table))
    expect(stats.pairs).toBe(223)
    expect(stats.excluded).toBe(0)
    expect(stats.percentAgreement).toBeCloseTo(131 / 223, 12)
    expect(stats.kappa!.toFixed(3)).toBe('0.432')
    expect(stats.kappaLinear!.toFixed(3)).toBe('0.407')
    expect(stats.kappaQuadratic!.toFixed(3)).toBe('0.383')
    expect(stats.ac1!.toFixed(3)).toBe('0.456')
  })

  it("reproduces the Stata manual's radiologists example: 85 xeromammograms on a four-point scale", () => {
    // Altman, D. G. (1991) Practical Statistics for Medical Research, pp. 403-405 (data from
    // Boyd et al. 1982), as analysed in the Stata Base Reference Manual, [R] kappa, with
    // `kap rada radb`: agreement 63.53%, expected 30.82%, kappa 0.4728; `wgt(w)` (weights
    // 1 - |i-j|/(k-1)): agreement 86.67%, kappa 0.5684; `wgt(w2)` (1 - ((i-j)/(k-1))^2): kappa
    // 0.6714. Normal, benign, suspected cancer, cancer: four categories, Stata's weights equal
    // ours, so this goes through agreement() itself.
    const table = [
      [21, 12, 0, 0],
      [4, 17, 1, 0],
      [3, 9, 15, 2],
      [0, 0, 0, 1]
    ]
    const stats = agreement(pairsFromTable(table))
    expect(stats.pairs).toBe(85)
    expect((stats.percentAgreement! * 100).toFixed(2)).toBe('63.53')
    expect(stats.kappa!.toFixed(4)).toBe('0.4728')
    expect(stats.kappaLinear!.toFixed(4)).toBe('0.5684')
    expect(stats.kappaQuadratic!.toFixed(4)).toBe('0.6714')
  })
})

describe('the statistics on a small four-point example worked by hand', () => {
  // First auditor, moderator: (4,4) (3,3) (3,2) (2,2) (1,3). n = 5.
  // Table rows (first) r = [1, 1, 2, 1], columns (moderator) c = [0, 2, 2, 1]; 3 on the diagonal.
  const pairs: Pair[] = [
    [4, 4],
    [3, 3],
    [3, 2],
    [2, 2],
    [1, 3]
  ]

  it('gives exact agreement, kappa and AC1', () => {
    const stats = agreement(pairs)
    // p_o = 3/5.
    expect(stats.percentAgreement).toBe(0.6)
    // p_e = sum r_i c_i / n^2 = (1*0 + 1*2 + 2*2 + 1*1) / 25 = 7/25; kappa = (15/25 - 7/25) /
    // (18/25) = 8/18 = 4/9.
    expect(stats.kappa).toBeCloseTo(4 / 9, 14)
    // AC1: pi = (r + c) / 10 = [0.1, 0.3, 0.4, 0.2]; p_e = sum pi(1 - pi) / 3 =
    // (0.09 + 0.21 + 0.24 + 0.16) / 3 = 7/30; AC1 = (18/30 - 7/30) / (23/30) = 11/23.
    expect(stats.ac1).toBeCloseTo(11 / 23, 14)
  })

  it('gives the linearly weighted kappa with weights 1 - |i-j|/3', () => {
    // Observed: 1 + 1 + 2/3 + 1 + 1/3 = 4, so p_o = 4/5.
    // Expected: sum w_ij r_i c_j = 2 (row 1) + 11/3 (row 2) + 8 (row 3) + 3 (row 4) = 50/3, so
    // p_e = (50/3) / 25 = 2/3; kappa = (4/5 - 2/3) / (1/3) = 2/5.
    expect(agreement(pairs).kappaLinear).toBeCloseTo(0.4, 14)
  })

  it('gives the quadratically weighted kappa with weights 1 - (i-j)^2/9', () => {
    // Weights by distance 0, 1, 2, 3: 1, 8/9, 5/9, 0. Observed: 3 + 8/9 + 5/9 = 40/9, so
    // p_o = 8/9. Expected: (26 + 39 + 84 + 35) / 9 = 184/9, so p_e = 184/225;
    // kappa = (200/225 - 184/225) / (41/225) = 16/41.
    expect(agreement(pairs).kappaQuadratic).toBeCloseTo(16 / 41, 14)
  })

  it('leaves out pairs with N/A on either side, and counts them', () => {
    const withNa: Pair[] = [...pairs, [null, 3], [2, null], [null, null]]
    const stats = agreement(withNa)
    expect(stats).toEqual({ ...agreement(pairs), pairs: 5, excluded: 3 })
  })

  it('builds the table with the first rater in rows and grade 1 first', () => {
    expect(contingencyTable(pairs)).toEqual({
      table: [
        [0, 0, 1, 0],
        [0, 1, 0, 0],
        [0, 1, 1, 0],
        [0, 0, 0, 1]
      ],
      excluded: 0
    })
  })
})

describe('undefined statistics', () => {
  const empty = {
    percentAgreement: null,
    kappa: null,
    kappaLinear: null,
    kappaQuadratic: null,
    ac1: null
  }

  it('are null with no pairs at all', () => {
    expect(agreement([])).toEqual({ pairs: 0, excluded: 0, ...empty })
  })

  it('are null when every pair has an N/A', () => {
    expect(
      agreement([
        [null, null],
        [null, 2],
        [4, null]
      ])
    ).toEqual({ pairs: 0, excluded: 3, ...empty })
  })

  it('give a null kappa, not NaN, when both raters used one and the same grade', () => {
    // p_e = 1, so kappa is 0/0. Agreement is perfect; AC1's p_e is 0 here, so AC1 = 1.
    expect(
      agreement([
        [3, 3],
        [3, 3]
      ])
    ).toEqual({
      pairs: 2,
      excluded: 0,
      percentAgreement: 1,
      kappa: null,
      kappaLinear: null,
      kappaQuadratic: null,
      ac1: 1
    })
  })

  it('give kappa 0 when each rater used one grade, but different ones', () => {
    // p_o = p_e = 0 unweighted; weighted, both p_o and p_e are the one cell's weight.
    // AC1: s = r + c = [2, 2, 0, 0], p_e = (2 * 0.5 * 0.5) / 3 = 1/6, AC1 = (0 - 1/6) / (5/6).
    const stats = agreement([
      [1, 2],
      [1, 2]
    ])
    expect(stats).toMatchObject({
      percentAgreement: 0,
      kappa: 0,
      kappaLinear: 0,
      kappaQuadratic: 0
    })
    expect(stats.ac1).toBeCloseTo(-0.2, 14)
  })
})

const grade = fc.constantFrom<GradeOrNA>(1, 2, 3, 4, null)
const pairList = fc.array(fc.tuple(grade, grade), { maxLength: 60 })
const STATISTICS = ['percentAgreement', 'kappa', 'kappaLinear', 'kappaQuadratic', 'ac1'] as const

describe('properties of the statistics', () => {
  it('are symmetric in the two raters', () => {
    fc.assert(
      fc.property(pairList, (pairs) => {
        const swapped = pairs.map(([a, b]): Pair => [b, a])
        expect(agreement(swapped)).toEqual(agreement(pairs))
      }),
      { numRuns: 500 }
    )
  })

  it('are 1 for identical ratings (kappa undefined only when a single grade was used)', () => {
    const graded = fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4)
    fc.assert(
      fc.property(fc.array(graded, { minLength: 1, maxLength: 60 }), (grades) => {
        const stats = agreement(grades.map((g): Pair => [g, g]))
        expect(stats.percentAgreement).toBe(1)
        expect(stats.ac1).toBe(1)
        const single = new Set(grades).size === 1
        for (const kappa of [stats.kappa, stats.kappaLinear, stats.kappaQuadratic]) {
          expect(kappa).toBe(single ? null : 1)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('stay within [-1, 1] (agreement within [0, 1]), and are never NaN', () => {
    fc.assert(
      fc.property(pairList, (pairs) => {
        const stats = agreement(pairs)
        expect(stats.pairs + stats.excluded).toBe(pairs.length)
        for (const name of STATISTICS) {
          const value = stats[name]
          if (value === null) continue
          expect(Number.isFinite(value)).toBe(true)
          expect(value).toBeGreaterThanOrEqual(name === 'percentAgreement' ? 0 : -1)
          expect(value).toBeLessThanOrEqual(1)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('reach -1 exactly for the worst disagreement, without rounding past it', () => {
    // Half the plans graded 1 by the first auditor and 4 by the moderator, half the other way:
    // kappa = -1 for every weighting.
    const stats = agreement([
      [1, 4],
      [4, 1]
    ])
    expect(stats.kappa).toBe(-1)
    expect(stats.kappaLinear).toBe(-1)
    expect(stats.kappaQuadratic).toBe(-1)
  })
})
