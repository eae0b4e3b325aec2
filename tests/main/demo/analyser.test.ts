import { describe, expect, it } from 'vitest'
import { generateDemoData } from '../../../electron/services/demo'
import type { DemoDocument } from '../../../electron/services/demo'
import { analysePlan } from '../../../shared/analysis'
import type { PlanSummary } from '../../../shared/analysis'
import { DEMO_NOW } from './support'

const { documents } = generateDemoData(DEMO_NOW)

function summaryOf(document: DemoDocument): PlanSummary {
  return analysePlan(document.text, { planDate: document.planDate }).summary
}

/** The share of a plan's actions with a clear timescale and a named owner, averaged. */
function clarity(summary: PlanSummary): number {
  return (summary.withTimescale + summary.withOwner) / (2 * summary.actions)
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

describe('the analyser on the demo plans', () => {
  it('finds between 3 and 15 actions in every plan', () => {
    // Every third plan keeps the test quick while covering every type, quality and layout.
    for (const document of documents.filter((_, index) => index % 3 === 0)) {
      const { actions } = summaryOf(document)
      expect(actions, `${document.caseRef} v${document.version}`).toBeGreaterThanOrEqual(3)
      expect(actions, `${document.caseRef} v${document.version}`).toBeLessThanOrEqual(15)
    }
  })

  it('scores good plans visibly better than poor ones', () => {
    const byQuality = (quality: DemoDocument['quality']): PlanSummary[] =>
      documents.filter((document) => document.quality === quality).map(summaryOf)
    const good = byQuality('good')
    const mediocre = byQuality('mediocre')
    const poor = byQuality('poor')
    expect(good.length).toBeGreaterThan(20)
    expect(poor.length).toBeGreaterThan(20)

    const [goodClarity, mediocreClarity, poorClarity] = [good, mediocre, poor].map((plans) =>
      mean(plans.map(clarity))
    )
    expect(goodClarity).toBeGreaterThan(0.85)
    expect(poorClarity).toBeLessThan(0.45)
    expect(mediocreClarity).toBeGreaterThan(poorClarity!)
    expect(mediocreClarity).toBeLessThan(goodClarity!)
    // Every good plan has a contingency plan and the child's voice; no poor plan has a contingency.
    expect(good.every((summary) => summary.contingency && summary.childsVoice)).toBe(true)
    expect(poor.some((summary) => summary.contingency)).toBe(false)
    expect(mean(good.map((s) => s.outcomeFocused / s.actions))).toBeGreaterThan(
      mean(poor.map((s) => s.outcomeFocused / s.actions))
    )
  })
})
