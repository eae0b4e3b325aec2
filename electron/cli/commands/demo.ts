import { parseArgs } from 'node:util'
import { PLAN_TYPES } from '../../../shared/domain'
import { requireStore } from '../../context'
import { seedDemo } from '../../services/demo'
import type { DemoSummary } from '../../services/demo'
import type { CliIo } from '../io'
import { plural, UsageError, withStore } from '../io'

export const DEMO_USAGE = `Usage: care-audit demo --db PATH [--json]

Fills a new audit store with synthetic demo data, so the app can be tried at once: 300 cases in
six teams with their plans (all invented: no real person's data), two demo auditors, and an audit
cycle with a stratified sample of 20 cases, some audits submitted, some in progress and one
skipped. The store is created if it does not exist. A store that already holds cases is left
unchanged.

  --json   print what was added as JSON alone on stdout

Exit 0 when the demo data is added, 1 when the store already holds cases or cannot be opened,
2 for a usage mistake.`

function formatSummary(summary: DemoSummary): string {
  const { plans, cycle, audits } = summary
  const types = PLAN_TYPES.map((type) => `${type} ${summary.planTypes[type]}`).join(', ')
  return [
    `Seeded demo data into ${summary.storePath} (synthetic: no real person's data)`,
    `Cases: ${summary.cases} in ${summary.teams.length} teams (${summary.closedCases} closed): ${types}`,
    `Plans: ${plural(plans.documents, 'plan document')} for ${plural(plans.casesWithPlan, 'case')} (${plural(plans.casesWithoutPlan, 'case')} without a plan)`,
    `Cycle: ${cycle.name} (framework ${cycle.frameworkKey}, seed ${cycle.seed}), ${cycle.sampled} cases sampled`,
    `Audits: ${audits.submitted} submitted, ${audits.inProgress} in progress, ${audits.skipped} skipped, ${audits.notStarted} not started (${plural(audits.safeguardingFlags, 'safeguarding flag')}, ${plural(audits.actions, 'action')} arising)`,
    `Auditors: ${summary.auditors.join(', ')}; signed in as ${summary.currentAuditor}`
  ].join('\n')
}

/** `demo`: seeds a new store with the synthetic demo data the desktop app's --demo uses. */
export async function demo(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.out(DEMO_USAGE)
    return 0
  }
  if (!values.db) throw new UsageError('demo needs --db PATH')
  return withStore(values.db, async (context) => {
    const summary = seedDemo(requireStore(context))
    io.out(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary))
    return 0
  })
}
