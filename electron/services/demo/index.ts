import type { AppContext } from '../../context'
import { storeHoldsCases } from './case-list'
import { seedDemo } from './seed'
import type { DemoSummary } from './seed'

export { storeHoldsCases } from './case-list'
export { DEMO_AUDITORS, seedDemo } from './seed'
export type { DemoSummary } from './seed'
export { DEMO_SEED, generateDemoData } from './generate'
export type { DemoData, DemoDocument } from './generate'

/** What `--demo` did at start-up, in words for the console. */
export interface DemoSeeding {
  seeded: boolean
  message: string
  summary: DemoSummary | null
}

/** One line saying what a seeding run put in the store. */
export function describeDemo(summary: DemoSummary): string {
  const { audits } = summary
  return (
    `${summary.cases} cases in ${summary.teams.length} teams, ${summary.plans.documents} plan documents, ` +
    `cycle "${summary.cycle.name}" with ${summary.cycle.sampled} sampled cases ` +
    `(${audits.submitted} audits submitted, ${audits.inProgress} in progress, ${audits.skipped} skipped). ` +
    `Signed in as ${summary.currentAuditor}.`
  )
}

/**
 * `--demo` for the desktop app and browser mode: seeds the store when it holds no cases, and says
 * why not otherwise. Never throws, so a problem with the demo data cannot stop the app starting.
 */
export function seedDemoIfEmpty(context: AppContext, now = new Date()): DemoSeeding {
  const store = context.store
  if (!store) {
    const reason = context.storeError?.message ?? 'the audit store is not open'
    return { seeded: false, summary: null, message: `Demo data was not added: ${reason}` }
  }
  if (storeHoldsCases(store)) {
    return {
      seeded: false,
      summary: null,
      message: `The store at ${context.storePath} already holds cases, so demo data was not added.`
    }
  }
  try {
    const summary = seedDemo(store, { now })
    return { seeded: true, summary, message: `Seeded demo data: ${describeDemo(summary)}` }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { seeded: false, summary: null, message: `Demo data could not be added: ${reason}` }
  }
}
