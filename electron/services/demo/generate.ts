import { generateCases } from './cases'
import type { DemoCase } from './cases'
import { startOfDay } from './dates'
import type { PlanQuality } from './names'
import { writePlan } from './plan-text'
import { demoRandom } from './random'

/** The seed every demo data set grows from: the same seed and day give the same data. */
export const DEMO_SEED = 'DEMO'

/** A plan document to attach to a case, as a council's plan export would hold it. */
export interface DemoDocument {
  caseRef: string
  version: number
  sourceName: string
  planDate: string
  quality: PlanQuality
  text: string
}

export interface DemoData {
  /** The day the data is dated back from: plans were written in the year before it. */
  reference: string
  cases: DemoCase[]
  documents: DemoDocument[]
}

/**
 * Generates the demo case list and its plans, without touching a store. Pure apart from the
 * clock it is given: the same reference day always gives the same cases and the same plan texts,
 * and each plan has its own random stream, so changing one template leaves the others alone.
 */
export function generateDemoData(now: Date): DemoData {
  const reference = startOfDay(now)
  const cases = generateCases(reference, demoRandom(DEMO_SEED, 'cases'))
  const documents = cases.flatMap((demoCase) =>
    demoCase.plans.map((plan, index): DemoDocument => {
      const version = index + 1
      return {
        caseRef: demoCase.caseRef,
        version,
        sourceName: `${demoCase.caseRef} plan ${plan.planDate}.txt`,
        planDate: plan.planDate,
        quality: plan.quality,
        text: writePlan(
          demoCase,
          plan,
          demoRandom(DEMO_SEED, `plan ${demoCase.caseRef} v${version}`)
        )
      }
    })
  )
  return { reference: reference.toISOString().slice(0, 10), cases, documents }
}
