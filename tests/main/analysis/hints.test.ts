import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { describe, expect, it } from 'vitest'
import { parseIsoDate } from '../../../shared/analysis/dates'
import { HINT, HINT_FAMILIES, hintsOf } from '../../../shared/analysis/hints'
import { readTimescales, type TimescaleContext } from '../../../shared/analysis/timescale'
import { repoRoot, sharedDir } from './scoring'

/** Every bit of every family: every pattern tried, whatever the text holds. */
const ALL_HINTS = ~0

/** The families found by the plainest reading of the rule the automaton follows. */
function plainHints(text: string): number {
  const spaced = ` ${text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[^a-z0-9]+/g, ' ')} `
  let hints = 0
  for (const family of HINT_FAMILIES) {
    if (family.pieces.some((piece) => spaced.includes(piece))) hints |= family.bit
  }
  return hints
}

/** Every line of every plan and statement the tests hold, and the labelled statements. */
function fixtureLines(): string[] {
  const lines: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(?:txt|md)$/.test(entry.name))
        lines.push(...readFileSync(path, 'utf8').split('\n'))
      else if (entry.name.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          const text = line.trim() ? (JSON.parse(line) as { text?: unknown }).text : null
          if (typeof text === 'string') lines.push(text)
        }
      }
    }
  }
  walk(join(repoRoot, 'tests/fixtures'))
  walk(sharedDir)
  return lines.filter((line) => line.trim())
}

/**
 * Sentences strung together from timescale words, the families' own pieces and the joins
 * between them, many in capitals or cut short: texts the plans do not hold, to reach patterns
 * the plans never use.
 */
function madeUpSentences(count: number): string[] {
  const rng = xoroshiro128plus(20261127)
  const next = (max: number): number => uniformInt(rng, 0, max - 1)
  const pieces = HINT_FAMILIES.flatMap((family) => family.pieces.map((piece) => piece.trim()))
  const words = [
    ...new Set([
      ...pieces,
      ...'by before within in on at every each other the next a an per of from after until till'.split(
        ' '
      ),
      ...'twice once three 3 2 10 14/11/2026 1st 21st weeks days months term review core group'.split(
        ' '
      ),
      ...'Mum SW to will attend visit see call when she is ready as needed ASAP ongoing'.split(' ')
    ])
  ]
  const joins = [
    ' ',
    ' ',
    ' ',
    '  ',
    '-',
    '/',
    ', ',
    ' & ',
    '+',
    "'s ",
    '. ',
    ' (',
    ') ',
    '£5 ',
    ' x '
  ]
  const sentences: string[] = []
  for (let i = 0; i < count; i += 1) {
    let sentence = ''
    for (let w = 0; w < 2 + next(7); w += 1) {
      let word = words[next(words.length)]!
      if (next(4) === 0) word = word.toUpperCase()
      if (next(6) === 0) word = word.slice(0, 1 + next(word.length))
      sentence += word + joins[next(joins.length)]!
    }
    sentences.push(sentence.trim())
  }
  return sentences
}

/**
 * Every word the timescale patterns and the lexicon are written with ("hanukkah", "mnths"), read
 * from their source rather than from the families, in the frames timescales are written in.
 */
function framedWords(): string[] {
  const frames = [
    'by X',
    'before the X',
    'SW to visit within 2 X of the plan',
    'every X',
    'on X',
    'on a X',
    'at the next X',
    'twice a X',
    '3 X a week',
    'by 14 X 2027',
    'until X',
    'over X',
    'from X to Fri',
    'by X next year',
    'the same X',
    'X 2/52',
    'Mum to go X'
  ]
  const sources = ['timescale.ts', 'lexicon.ts'].map((file) =>
    readFileSync(join(repoRoot, 'shared/analysis', file), 'utf8')
  )
  const words = new Set(sources.flatMap((source) => source.match(/[a-z]{2,}/gi) ?? []))
  return [...words].flatMap((word) => frames.map((frame) => frame.replace('X', word)))
}

describe('hint families', () => {
  it('finds pieces within words, whole words, word endings and gaps, in any case', () => {
    expect(hintsOf('Review at the next CG2.') & HINT.meeting).toBeTruthy()
    expect(hintsOf('Weekly, fortnightly') & HINT.ly).toBeTruthy()
    // "ly " is an ending: not "lying".
    expect(hintsOf('lying down') & HINT.ly).toBe(0)
    // " at " is a word: not "attend", "that" or "flat".
    expect(hintsOf('attend that flat') & HINT.onAt).toBe(0)
    expect(hintsOf('At weekends') & HINT.onAt).toBeTruthy()
    // "x 2": an x, any gap, then a 2.
    expect(hintsOf('BOX -- 2') & HINT.timesX).toBeTruthy()
    expect(hintsOf('box two') & HINT.timesX).toBe(0)
    // A word at either end of the text is whole.
    expect(hintsOf('cg') & HINT.meeting).toBeTruthy()
    expect(hintsOf('next cg3') & HINT.meeting).toBeTruthy()
    expect(hintsOf('dcg3') & HINT.meeting).toBe(0)
  })

  it('takes every character that is not an ASCII letter or digit as a gap, as \\b does', () => {
    expect(hintsOf('é rev é') & HINT.meeting).toBeTruthy()
    expect(hintsOf('x_pp') & HINT.meeting).toBeTruthy()
    expect(hintsOf('révision') & HINT.meeting).toBe(0)
  })

  it('finds what the plainest reading finds, in every text', () => {
    const texts = [...fixtureLines(), ...madeUpSentences(20_000), 'é', '', ' ', 'İx', 'a\u00a0rev']
    const differ = texts.filter((text) => hintsOf(text) !== plainHints(text))
    expect(differ).toEqual([])
  })

  it('never hides a timescale: every text reads the same with every pattern tried', () => {
    const context: TimescaleContext = { planDate: parseIsoDate('2026-09-14'), termDates: undefined }
    const texts = [...fixtureLines(), ...madeUpSentences(20_000), ...framedWords()]
    const hidden = texts.filter((text) => {
      const hinted = readTimescales(text, context)
      return JSON.stringify(hinted) !== JSON.stringify(readTimescales(text, context, ALL_HINTS))
    })
    expect(hidden).toEqual([])
  })
})
