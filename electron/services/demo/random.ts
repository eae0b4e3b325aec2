import { createHash } from 'node:crypto'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

/**
 * Names the way demo data is derived from its seed. Changing the templates or this procedure
 * changes the demo data, which is harmless (it is never compared across versions), but the label
 * keeps the demo streams apart from the sampling streams that share the same generator.
 */
const DEMO_STREAM_LABEL = 'care-audit-demo/1'

/** The few random choices the generator makes, over one reproducible stream. */
export interface DemoRandom {
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number
  /** True with probability p (0 to 1). */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** One of the entries, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** `count` different items in random order (all of them when there are fewer). */
  some<T>(items: readonly T[], count: number): T[]
  shuffle<T>(items: readonly T[]): T[]
}

function generatorFor(seed: string, stream: string): RandomGenerator {
  const digest = createHash('sha256')
    .update(`${DEMO_STREAM_LABEL}\0${seed}\0${stream}`, 'utf8')
    .digest()
  const state = [0, 4, 8, 12].map((offset) => digest.readInt32BE(offset))
  // xoroshiro must not start from all zeros; sha256 gives that with probability 2^-128.
  if (!state.some((word) => word !== 0)) state[3] = 1
  return xoroshiro128plusFromState(state)
}

/**
 * An independent random stream for one part of the demo data ("cases", "plan DEMO-10001 v1"), so
 * adding a sentence to one plan's templates does not reshuffle every other plan.
 */
export function demoRandom(seed: string, stream: string): DemoRandom {
  const rng = generatorFor(seed, stream)
  const int = (min: number, max: number): number => uniformInt(rng, min, max)
  const shuffle = <T>(items: readonly T[]): T[] => {
    const pool = items.slice()
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = int(0, i)
      const held = pool[i]!
      pool[i] = pool[j]!
      pool[j] = held
    }
    return pool
  }
  return {
    int,
    // Thousandths are plenty for the proportions demo data needs.
    chance: (p) => int(0, 999) < Math.round(p * 1000),
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list')
      return items[int(0, items.length - 1)]!
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = int(0, total - 1)
      for (const [value, weight] of entries) {
        if (roll < weight) return value
        roll -= weight
      }
      throw new Error('Weights must be positive whole numbers')
    },
    some: (items, count) => shuffle(items).slice(0, count),
    shuffle
  }
}
