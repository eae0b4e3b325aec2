/**
 * Agreement between two raters on the Ofsted four-point scale: exact percent agreement, Cohen's
 * kappa (unweighted, linearly and quadratically weighted) and Gwet's AC1. Pure: no Node or DOM.
 *
 * Conventions (the same for the app, the reports and `care-audit agreement`):
 * - The categories are always the whole scale, 1 to 4, whether or not both raters used them all:
 *   for the weights, for the marginals and for AC1's number of categories (q = 4).
 * - A pair with N/A on either side is left out of every statistic and counted as excluded.
 * - Agreement weights: linear 1 - |i - j| / 3, quadratic 1 - (i - j)^2 / 9.
 * - A statistic that is undefined is null, never NaN: every statistic with no pairs, and kappa
 *   when the agreement expected by chance is 1 (both raters used one and the same grade), where
 *   kappa is 0/0.
 *
 * Everything is computed in whole numbers (counts, and weights scaled to integers) and divided
 * once at the end, so the results are exact to the last bit: kappa is exactly 1 for identical
 * ratings, exactly symmetric in the two raters, and never strays outside [-1, 1] by rounding.
 */

/** A grade 1-4, or null for N/A. */
export type GradeOrNA = 1 | 2 | 3 | 4 | null

export interface AgreementStats {
  /** Pairs with a grade on both sides: the pairs every statistic is computed from. */
  pairs: number
  /** Pairs left out because one or both sides were N/A. */
  excluded: number
  /** Proportion of pairs with the same grade, 0 to 1. */
  percentAgreement: number | null
  /** Cohen's kappa, unweighted. */
  kappa: number | null
  /** Cohen's kappa with linear agreement weights 1 - |i - j| / 3. */
  kappaLinear: number | null
  /** Cohen's kappa with quadratic agreement weights 1 - (i - j)^2 / 9. */
  kappaQuadratic: number | null
  /** Gwet's first-order agreement coefficient. */
  ac1: number | null
}

/** The scale's categories, in the order of the table's rows and columns. */
export const CATEGORIES = [1, 2, 3, 4] as const

/**
 * Integer agreement weights for the four-point scale: each is the real weight times a scale
 * factor (3 for linear, 9 for quadratic), so the diagonal holds the factor itself.
 */
export const IDENTITY_WEIGHTS: number[][] = CATEGORIES.map((_, i) =>
  CATEGORIES.map((__, j) => (i === j ? 1 : 0))
)
export const LINEAR_WEIGHTS: number[][] = CATEGORIES.map((_, i) =>
  CATEGORIES.map((__, j) => 3 - Math.abs(i - j))
)
export const QUADRATIC_WEIGHTS: number[][] = CATEGORIES.map((_, i) =>
  CATEGORIES.map((__, j) => 9 - (i - j) ** 2)
)

/**
 * The 4x4 table of counts (first rater's grade in rows, second rater's in columns, grade 1
 * first), and how many pairs were left out for N/A.
 */
export function contingencyTable(pairs: readonly (readonly [GradeOrNA, GradeOrNA])[]): {
  table: number[][]
  excluded: number
} {
  const table = CATEGORIES.map(() => CATEGORIES.map(() => 0))
  let excluded = 0
  for (const [a, b] of pairs) {
    if (a === null || b === null) excluded += 1
    else table[a - 1]![b - 1]! += 1
  }
  return { table, excluded }
}

function rowTotals(table: readonly (readonly number[])[]): number[] {
  return table.map((row) => row.reduce((sum, count) => sum + count, 0))
}

function columnTotals(table: readonly (readonly number[])[]): number[] {
  return table[0]!.map((_, j) => table.reduce((sum, row) => sum + row[j]!, 0))
}

function total(table: readonly (readonly number[])[]): number {
  return rowTotals(table).reduce((sum, count) => sum + count, 0)
}

function checkSquare(table: readonly (readonly number[])[], what: string): void {
  if (table.length < 2 || table.some((row) => row.length !== table.length)) {
    throw new Error(`${what} must be a square table with at least two categories`)
  }
}

/**
 * Cohen's weighted kappa for any square table of counts and any symmetric matrix of agreement
 * weights whose diagonal holds the largest weight (the weight of full agreement); weights may be
 * scaled by any positive factor. With counts n_ij, row totals r_i, column totals c_j and n pairs:
 *
 *   kappa = (n * sum w_ij n_ij - sum w_ij r_i c_j) / (w_max * n^2 - sum w_ij r_i c_j)
 *
 * which is (p_o - p_e) / (1 - p_e) with the weights divided by w_max. Null when there are no
 * pairs or when the chance agreement p_e is 1 (0/0).
 */
export function kappaWithWeights(
  table: readonly (readonly number[])[],
  weights: readonly (readonly number[])[]
): number | null {
  checkSquare(table, 'The table')
  checkSquare(weights, 'The weights')
  const n = total(table)
  if (n === 0) return null
  const full = weights[0]![0]!
  const rows = rowTotals(table)
  const columns = columnTotals(table)
  let observed = 0
  let expected = 0
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      const weight = weights[i]![j]!
      observed += weight * count
      expected += weight * rows[i]! * columns[j]!
    })
  )
  const denominator = full * n * n - expected
  if (denominator === 0) return null
  return (n * observed - expected) / denominator
}

/** The proportion of pairs on the diagonal; null with no pairs. */
export function percentAgreementOf(table: readonly (readonly number[])[]): number | null {
  const n = total(table)
  if (n === 0) return null
  return table.reduce((sum, row, i) => sum + row[i]!, 0) / n
}

/**
 * Gwet's AC1 (Gwet 2008) for a square table of counts with q categories (all of them, used or
 * not). With p_a the observed agreement and pi_k = (r_k + c_k) / 2n the average share of
 * category k, the chance agreement is p_e = sum pi_k (1 - pi_k) / (q - 1), and
 * AC1 = (p_a - p_e) / (1 - p_e). In whole numbers, with s_k = r_k + c_k and D the diagonal:
 *
 *   AC1 = (4n(q - 1) D - sum s_k (2n - s_k)) / (4n^2 (q - 1) - sum s_k (2n - s_k))
 *
 * p_e is at most (1 - 1/q) / (q - 1) = 1/q < 1, so AC1 is defined whenever there is a pair.
 */
export function gwetAc1(table: readonly (readonly number[])[]): number | null {
  checkSquare(table, 'The table')
  const n = total(table)
  if (n === 0) return null
  const q = table.length
  const rows = rowTotals(table)
  const columns = columnTotals(table)
  const diagonal = table.reduce((sum, row, i) => sum + row[i]!, 0)
  let spread = 0
  rows.forEach((row, k) => {
    const share = row + columns[k]!
    spread += share * (2 * n - share)
  })
  return (4 * n * (q - 1) * diagonal - spread) / (4 * n * n * (q - 1) - spread)
}

/** Every statistic for a list of paired grades, by the conventions at the top of this file. */
export function agreement(pairs: readonly (readonly [GradeOrNA, GradeOrNA])[]): AgreementStats {
  const { table, excluded } = contingencyTable(pairs)
  return {
    pairs: pairs.length - excluded,
    excluded,
    percentAgreement: percentAgreementOf(table),
    kappa: kappaWithWeights(table, IDENTITY_WEIGHTS),
    kappaLinear: kappaWithWeights(table, LINEAR_WEIGHTS),
    kappaQuadratic: kappaWithWeights(table, QUADRATIC_WEIGHTS),
    ac1: gwetAc1(table)
  }
}
