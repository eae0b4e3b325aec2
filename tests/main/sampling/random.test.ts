import { describe, expect, it } from 'vitest'
import {
  generateSeed,
  pickOne,
  pickWithoutReplacement,
  streamFor
} from '../../../electron/services/sampling/random'

const items = Array.from({ length: 200 }, (_, index) => `C${String(index).padStart(4, '0')}`)

describe('seeded random streams', () => {
  it('give the same picks for the same seed and stream, every time', () => {
    const first = pickWithoutReplacement(items, 20, streamFor('K7P3X9QA', 'stratum\0North\0CP'))
    const again = pickWithoutReplacement(items, 20, streamFor('K7P3X9QA', 'stratum\0North\0CP'))
    expect(again).toEqual(first)
  })

  it('give different picks for a different seed or a different stream', () => {
    const base = pickWithoutReplacement(items, 20, streamFor('K7P3X9QA', 'stratum\0North\0CP'))
    const otherSeed = pickWithoutReplacement(items, 20, streamFor('K7P3X9QB', 'stratum\0North\0CP'))
    const otherStream = pickWithoutReplacement(
      items,
      20,
      streamFor('K7P3X9QA', 'stratum\0South\0CP')
    )
    expect(otherSeed).not.toEqual(base)
    expect(otherStream).not.toEqual(base)
  })

  it('treat a seed typed in another case or with spaces around it as the same seed', () => {
    const shown = pickWithoutReplacement(items, 10, streamFor('K7P3X9QA', 'all'))
    const typed = pickWithoutReplacement(items, 10, streamFor('  k7p3x9qa ', 'all'))
    expect(typed).toEqual(shown)
  })

  it('pick distinct items, as many as asked for, or all of them when asked for more', () => {
    const picked = pickWithoutReplacement(items, 50, streamFor('seed', 'all'))
    expect(new Set(picked).size).toBe(50)
    for (const item of picked) expect(items).toContain(item)
    expect(pickWithoutReplacement(items.slice(0, 3), 10, streamFor('seed', 'all')).sort()).toEqual(
      items.slice(0, 3)
    )
    expect(pickWithoutReplacement([], 3, streamFor('seed', 'all'))).toEqual([])
    expect(pickOne([], streamFor('seed', 'all'))).toBeUndefined()
  })

  it('keep the earlier picks when asked for one more (a partial shuffle keeps its prefix)', () => {
    const five = pickWithoutReplacement(items, 5, streamFor('PREFIX', 'all'))
    const six = pickWithoutReplacement(items, 6, streamFor('PREFIX', 'all'))
    expect(six.slice(0, 5)).toEqual(five)
  })

  it('reach every item over many seeds (no item is unreachable)', () => {
    const small = items.slice(0, 10)
    const seen = new Set<string>()
    for (let i = 0; i < 200; i += 1) {
      for (const item of pickWithoutReplacement(small, 2, streamFor(`S${i}`, 'all'))) seen.add(item)
    }
    expect(seen.size).toBe(10)
  })
})

describe('generated seeds', () => {
  it('are 8 characters that survive being read aloud, and differ between draws', () => {
    const seeds = Array.from({ length: 50 }, () => generateSeed())
    for (const seed of seeds) expect(seed).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(new Set(seeds).size).toBe(50)
  })
})
