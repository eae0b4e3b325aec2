import { describe, expect, it } from 'vitest'
import { matchesOf } from '../../../shared/analysis/matches'

const found = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0], m[1]])

describe('matchesOf', () => {
  it('finds what matchAll finds, groups and positions included', () => {
    const pattern = /\b(by|within) (\d+) weeks?\b/gi
    const text = 'SW to visit within 2 weeks. Mum to call BY 3 weeks, then by 10 week.'
    expect(found(matchesOf(pattern, text))).toEqual(found([...text.matchAll(pattern)]))
    expect(found(matchesOf(pattern, text))).toEqual([
      [12, 'within 2 weeks', 'within'],
      [40, 'BY 3 weeks', 'BY'],
      [57, 'by 10 week', 'by']
    ])
  })

  it('steps past empty matches, a whole character where the expression reads code points', () => {
    expect(found(matchesOf(/x*/g, 'axb'))).toEqual(found([...'axb'.matchAll(/x*/g)]))
    const text = 'a😀b'
    expect(found(matchesOf(/(?:)/gu, text))).toEqual(found([...text.matchAll(/(?:)/gu)]))
    expect(matchesOf(/(?:)/gu, text).map((m) => m.index)).toEqual([0, 1, 3, 4])
  })

  it('starts from the beginning whatever was searched before, and leaves the expression reset', () => {
    const pattern = /\d+/g
    pattern.lastIndex = 5
    expect(found(matchesOf(pattern, '12 and 345'))).toEqual([
      [0, '12', undefined],
      [7, '345', undefined]
    ])
    expect(pattern.lastIndex).toBe(0)
  })

  it('is not disturbed when the same expression is used again while its matches are read', () => {
    const pattern = /[a-z]+/g
    const pairs: string[] = []
    for (const outer of matchesOf(pattern, 'ab cd')) {
      for (const inner of matchesOf(pattern, 'x y')) pairs.push(`${outer[0]}-${inner[0]}`)
    }
    expect(pairs).toEqual(['ab-x', 'ab-y', 'cd-x', 'cd-y'])
  })

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError)
  })
})
