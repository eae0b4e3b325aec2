import { describe, expect, it } from 'vitest'
import { agreement, landisKochBand, thresholdProblems } from '../../../shared/stats'

describe('Landis and Koch bands', () => {
  it('names the band for each range, as the value is shown to two places', () => {
    expect(landisKochBand(-0.3)).toBe('Poor')
    expect(landisKochBand(-0.004)).toBe('Slight') // shown as 0.00
    expect(landisKochBand(0)).toBe('Slight')
    expect(landisKochBand(0.2)).toBe('Slight')
    expect(landisKochBand(0.204)).toBe('Slight') // shown as 0.20
    expect(landisKochBand(0.21)).toBe('Fair')
    expect(landisKochBand(0.4)).toBe('Fair')
    expect(landisKochBand(0.41)).toBe('Moderate')
    expect(landisKochBand(0.6)).toBe('Moderate')
    expect(landisKochBand(0.61)).toBe('Substantial')
    expect(landisKochBand(0.8)).toBe('Substantial')
    expect(landisKochBand(0.81)).toBe('Almost perfect')
    expect(landisKochBand(1)).toBe('Almost perfect')
  })

  it('has no band for an undefined kappa', () => {
    expect(landisKochBand(null)).toBeNull()
  })
})

describe('the thresholds', () => {
  it('flags weighted kappa below 0.60 and agreement below 75%, in words', () => {
    const weak = agreement([
      [4, 4],
      [3, 3],
      [3, 2],
      [2, 2],
      [1, 3]
    ])
    expect(thresholdProblems(weak)).toEqual(['Weighted kappa below 0.60', 'Agreement below 75%'])
  })

  it('flags nothing for strong agreement or for statistics that are undefined', () => {
    const strong = agreement([
      [4, 4],
      [3, 3],
      [2, 2],
      [1, 1]
    ])
    expect(thresholdProblems(strong)).toEqual([])
    expect(thresholdProblems(agreement([]))).toEqual([])
    // One grade used by both: kappa undefined, agreement 100%: nothing to flag.
    expect(
      thresholdProblems(
        agreement([
          [3, 3],
          [3, 3]
        ])
      )
    ).toEqual([])
  })
})
