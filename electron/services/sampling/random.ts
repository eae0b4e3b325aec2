import { createHash, randomInt } from 'node:crypto'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'

/**
 * Names this way of turning a seed into a sample. Stored with every draw: if the procedure ever
 * changes, old samples can still be told apart from (and reproduced by) the version that drew them.
 */
export const SAMPLING_ALGORITHM = 'sha256-xoroshiro128plus-fisher-yates/1'

// No 0/O, 1/I/L: a seed is read aloud and copied into reports, so it must survive that.
const SEED_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const SEED_LENGTH = 8

/** A fresh seed for a draw where none was given: 8 characters from the OS's secure source. */
export function generateSeed(): string {
  let seed = ''
  for (let i = 0; i < SEED_LENGTH; i += 1) seed += SEED_ALPHABET[randomInt(SEED_ALPHABET.length)]
  return seed
}

/**
 * Seeds are matched ignoring case and Unicode form, so "k7p3x9qa" copied from a report by hand
 * reproduces the sample drawn with "K7P3X9QA".
 */
function canonicalSeed(seed: string): string {
  return seed.trim().normalize('NFC').toUpperCase()
}

/**
 * An independent generator for one named stream of a seed (a stratum, a replacement). The
 * generator's whole 128-bit state comes from sha256(algorithm, seed, stream), so streams of the
 * same seed share nothing and the result depends only on those strings, on any machine.
 */
export function streamFor(seed: string, stream: string): RandomGenerator {
  const digest = createHash('sha256')
    .update(`${SAMPLING_ALGORITHM}\0${canonicalSeed(seed)}\0${stream}`, 'utf8')
    .digest()
  const state = [0, 4, 8, 12].map((offset) => digest.readInt32BE(offset))
  // xoroshiro must not start from all zeros; sha256 gives that with probability 2^-128.
  if (!state.some((word) => word !== 0)) state[3] = 1
  return xoroshiro128plusFromState(state)
}

/**
 * Picks `count` items uniformly at random without replacement: the first `count` steps of a
 * Fisher-Yates shuffle over a copy, so the cost is proportional to `count`, not the population.
 * The order of `items` matters: callers pass them in a stable order (by case reference).
 */
export function pickWithoutReplacement<T>(
  items: readonly T[],
  count: number,
  rng: RandomGenerator
): T[] {
  const pool = items.slice()
  const take = Math.min(count, pool.length)
  for (let i = 0; i < take; i += 1) {
    const j = uniformInt(rng, i, pool.length - 1)
    const chosen = pool[j]!
    pool[j] = pool[i]!
    pool[i] = chosen
  }
  return pool.slice(0, take)
}

/** One item chosen uniformly at random, or undefined from an empty list. */
export function pickOne<T>(items: readonly T[], rng: RandomGenerator): T | undefined {
  return items.length === 0 ? undefined : items[uniformInt(rng, 0, items.length - 1)]
}
