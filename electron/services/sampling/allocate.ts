/**
 * How many cases each stratum contributes to a sample. Strata are given as their populations, in
 * the order the caller shows them (sorted by team, then plan type); every tie goes to the earlier
 * stratum, so the same inputs always give the same allocation. Pure integer arithmetic: shares are
 * compared as exact numerators (n * population, over the common denominator of the total), so no
 * floating-point rounding can change an allocation between machines.
 */

/**
 * The sample size for a percentage of the eligible population: rounded half up, and at least one
 * case whenever anyone is eligible, so "1%" of a small team still audits someone.
 */
export function sizeForPercent(percent: number, eligible: number): number {
  if (eligible <= 0) return 0
  // toFixed first, so 1.4% of 2750 (38.4999... in binary floating point) rounds up as people do.
  const exact = Number(((percent * eligible) / 100).toFixed(9))
  return Math.max(1, Math.round(exact))
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/**
 * Hamilton's largest-remainder method: each stratum gets the whole part of its exact share
 * n * population / total, and the seats left over go one each to the largest fractional parts
 * (ties to the earlier stratum). Needs 0 <= n <= total population; the result sums to n and
 * never exceeds a stratum's population.
 */
export function largestRemainder(populations: readonly number[], n: number): number[] {
  const total = sum(populations)
  if (total === 0) return populations.map(() => 0)
  const seats = populations.map((population) => Math.floor((n * population) / total))
  let left = n - sum(seats)
  const byRemainder = populations
    .map((population, index) => ({ index, remainder: (n * population) % total }))
    .filter((entry) => entry.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  // The fractional parts sum to `left` and each is below one, so there are always more strata
  // with a remainder than seats left, and a stratum with a remainder is below its population.
  for (const entry of byRemainder) {
    if (left === 0) break
    seats[entry.index]! += 1
    left -= 1
  }
  return seats
}

/**
 * Gives every non-empty stratum at least one seat when there are enough seats to go round, taking
 * each seat from the stratum most over its exact share (then the larger allocation, then the
 * earlier stratum) among those that would still keep one. Returns how many seats were moved.
 */
function ensureOneEach(populations: readonly number[], n: number, seats: number[]): number {
  const total = sum(populations)
  const nonEmpty = populations.filter((population) => population > 0).length
  if (n < nonEmpty) return 0
  let moved = 0
  populations.forEach((population, needy) => {
    if (population === 0 || seats[needy]! > 0) return
    let donor = -1
    for (let index = 0; index < populations.length; index += 1) {
      if (seats[index]! < 2) continue
      if (donor === -1 || isBetterDonor(populations, n, total, seats, index, donor)) donor = index
    }
    // n >= the number of non-empty strata, so while one has no seat another has two or more.
    seats[donor]! -= 1
    seats[needy]! += 1
    moved += 1
  })
  return moved
}

/** Candidates are visited in stratum order, so on a full tie the earlier stratum stays donor. */
function isBetterDonor(
  populations: readonly number[],
  n: number,
  total: number,
  seats: readonly number[],
  candidate: number,
  current: number
): boolean {
  // Surplus over the exact share, scaled by the total so it stays an integer.
  const surplus = (index: number): number => seats[index]! * total - n * populations[index]!
  const bySurplus = surplus(candidate) - surplus(current)
  if (bySurplus !== 0) return bySurplus > 0
  return seats[candidate]! > seats[current]!
}

export interface Allocation {
  /** Seats per stratum, in the order the strata were given. */
  seats: number[]
  /** The sample size actually drawn: n, or the whole population when n is larger. */
  size: number
  /** Seats moved by the at-least-one rule, for the record and for the bounds in the tests. */
  moved: number
}

/**
 * Proportional allocation of n seats: largest-remainder rounding, then at least one seat for every
 * non-empty stratum when n allows. Asking for more than the population takes everyone (the caller
 * says so), which a person drawing a small sample would expect rather than an error.
 */
export function allocateProportional(populations: readonly number[], n: number): Allocation {
  const total = sum(populations)
  if (n >= total) return { seats: populations.slice(), size: total, moved: 0 }
  const seats = largestRemainder(populations, n)
  const moved = ensureOneEach(populations, n, seats)
  return { seats, size: n, moved }
}

/** A fixed number from every stratum, or the whole stratum where it is smaller. */
export function allocateQuota(populations: readonly number[], quota: number): Allocation {
  const seats = populations.map((population) => Math.min(quota, population))
  return { seats, size: sum(seats), moved: 0 }
}
