import type { AuditorRole, PlanType } from '../../../shared/domain'
import { PLAN_TYPES } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { Store } from '../../store/open'
import { setCurrentAuditor } from '../auditors'
import { createCycle } from '../cycles'
import { assignAudits, doAudits, drawDemoSample } from './audit-work'
import { attachPlans, storeHoldsCases, writeCases } from './case-list'
import { demoClock } from './clock'
import { monthAndYear, monthPeriod } from './dates'
import { DEMO_SEED, generateDemoData } from './generate'
import type { DemoData } from './generate'
import { parsed } from './parse-input'
import { demoRandom } from './random'

export const DEMO_AUDITORS = {
  qa: { name: 'Alex Morgan (demo)', role: 'qa_officer' },
  manager: { name: 'Sam Patel (demo)', role: 'team_manager' }
} as const satisfies Record<string, { name: string; role: AuditorRole }>

const FRAMEWORK_KEY = 'care-plan-quality'

/** What seeding put in the store, for the command line and the entry points to report. */
export interface DemoSummary {
  storePath: string
  /** The day the data is dated back from (YYYY-MM-DD). */
  reference: string
  cases: number
  closedCases: number
  teams: string[]
  planTypes: Record<PlanType, number>
  plans: { documents: number; casesWithPlan: number; casesWithoutPlan: number }
  auditors: string[]
  currentAuditor: string
  cycle: { id: number; name: string; frameworkKey: string; seed: string; sampled: number }
  audits: {
    submitted: number
    inProgress: number
    skipped: number
    notStarted: number
    safeguardingFlags: number
    actions: number
  }
  events: number
}

function count(store: Store, sql: string, ...params: unknown[]): number {
  return store
    .prepare(sql)
    .pluck()
    .get(...params) as number
}

function summarise(store: Store, data: DemoData, cycleId: number, cycleName: string): DemoSummary {
  const planTypes = Object.fromEntries(PLAN_TYPES.map((type) => [type, 0])) as Record<
    PlanType,
    number
  >
  for (const demoCase of data.cases) planTypes[demoCase.planType] += 1
  const audits = (where: string): number =>
    count(store, `SELECT count(*) FROM audits WHERE cycle_id = ? AND ${where}`, cycleId)
  const sampled = count(
    store,
    `SELECT count(*) FROM cycle_cases WHERE cycle_id = ? AND state = 'sampled'`,
    cycleId
  )
  const started = audits('1 = 1')
  const withPlan = data.cases.filter((demoCase) => demoCase.plans.length > 0).length
  return {
    storePath: store.name,
    reference: data.reference,
    cases: data.cases.length,
    closedCases: data.cases.filter((demoCase) => demoCase.status === 'closed').length,
    teams: [...new Set(data.cases.map((demoCase) => demoCase.team))].sort(),
    planTypes,
    plans: {
      documents: data.documents.length,
      casesWithPlan: withPlan,
      casesWithoutPlan: data.cases.length - withPlan
    },
    auditors: [DEMO_AUDITORS.qa.name, DEMO_AUDITORS.manager.name],
    currentAuditor: DEMO_AUDITORS.qa.name,
    cycle: { id: cycleId, name: cycleName, frameworkKey: FRAMEWORK_KEY, seed: DEMO_SEED, sampled },
    audits: {
      submitted: audits(`status = 'submitted'`),
      inProgress: audits(`status <> 'submitted' AND skip_reason IS NULL`),
      skipped: audits(`status <> 'submitted' AND skip_reason IS NOT NULL`),
      notStarted: sampled - started,
      safeguardingFlags: audits('safeguarding_flag = 1'),
      actions: count(
        store,
        'SELECT count(*) FROM actions WHERE audit_id IN (SELECT id FROM audits WHERE cycle_id = ?)',
        cycleId
      )
    },
    events: count(store, 'SELECT count(*) FROM events')
  }
}

/* ----------------------------- seeding ----------------------------- */

/**
 * Fills a new store with synthetic demo data, so a newcomer sees a working app at once: 300 cases
 * in six teams with their plans, two demo auditors (the QA officer left signed in), a cycle on the
 * default framework with a stratified sample of 20, and audits submitted, under way and skipped.
 * Everything goes through the same services the app uses, in one transaction: all of it or none.
 * A store that already holds cases is refused ('conflict') and left exactly as it was.
 */
export function seedDemo(store: Store, options: { now?: Date } = {}): DemoSummary {
  const now = options.now ?? new Date()
  const data = generateDemoData(now)
  return store
    .transaction((): DemoSummary => {
      if (storeHoldsCases(store)) {
        throw new AppError(
          'conflict',
          `The store at ${store.name} already holds cases; demo data goes only into a new store.`
        )
      }
      const clock = demoClock(now)
      const manager = setCurrentAuditor(store, DEMO_AUDITORS.manager, clock.tick())
      const qa = setCurrentAuditor(store, DEMO_AUDITORS.qa, clock.tick())
      const caseIds = writeCases(store, data, qa.id, clock.tick(10))
      attachPlans(store, data.documents, caseIds, qa.id, clock.tick(15))

      const period = monthPeriod(now)
      const cycle = createCycle(
        store,
        parsed('cycles:create', {
          name: `Demo audit — ${monthAndYear(now)}`,
          frameworkKey: FRAMEWORK_KEY,
          periodStart: period.start,
          periodEnd: period.end,
          auditorIds: [qa.id, manager.id]
        }),
        clock.nextDay()
      )
      const sample = drawDemoSample(store, cycle.id, clock.tick(10))
      const cases = new Map(data.cases.map((demoCase) => [demoCase.caseRef, demoCase]))
      const assignments = assignAudits(sample, cases, demoRandom(DEMO_SEED, 'assignments'))
      doAudits({ store, cycleId: cycle.id, cases, clock }, assignments, DEMO_AUDITORS)
      return summarise(store, data, cycle.id, cycle.name)
    })
    .immediate()
}
