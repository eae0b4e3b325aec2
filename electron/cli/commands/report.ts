import { parseArgs } from 'node:util'
import { closeAppContext, createAppContext, requireStore } from '../../context'
import { writeBytesAtomically } from '../../services/export/write'
import { createAnalyserCache } from '../../services/reports/analyser'
import { cycleReport } from '../../services/reports/cycle-report'
import { localToday } from '../../services/reports/dashboard'
import { reportHtml } from '../../services/reports/report-html'
import { APP_VERSION } from '../../version'
import type { CliIo } from '../io'
import { UsageError } from '../io'
import { FILTER_OPTIONS, filtersFromWords } from './export'

export const REPORT_USAGE = `Usage: care-audit report --db PATH --cycle NAME --html OUT.html
                        [--team TEAM] [--plan-type TYPE] [--auditor NAME] [--json]

Writes the cycle's printable report as one self-contained HTML file (inline styles and charts,
no script, nothing fetched) that prints on A4: the cover summary with targets and headlines, the
officer's key themes, the grade charts and tables by criterion, team and plan type, the trend
across cycles, the plan analyser beside the grades, actions, safeguarding and completion, and
the list of actions. It is written to OUT.html.partial and renamed when complete.

  --cycle NAME       the cycle (its name, ignoring case)
  --team, --plan-type, --auditor   narrow the report as the dashboard's filters do
  --json             print { "file", "audited" } as JSON alone on stdout

Exit 0 when the file is written, 1 when it cannot be, 2 for a usage mistake.`

/** `report`: the printable cycle report as a self-contained HTML file. */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { ...FILTER_OPTIONS, html: { type: 'string' } } })
  if (values.help) {
    io.out(REPORT_USAGE)
    return 0
  }
  if (!values.db) throw new UsageError('report needs --db PATH')
  if (!values.cycle?.trim()) throw new UsageError('report needs --cycle NAME')
  if (!values.html) throw new UsageError('report needs --html OUT.html')
  const context = await createAppContext({
    transport: 'cli',
    version: APP_VERSION,
    storePath: values.db
  })
  const job = context.jobs.start(undefined)
  try {
    const store = requireStore(context)
    const filters = filtersFromWords(store, values)
    const report = await cycleReport(
      store,
      { ...filters, cycleId: filters.cycleId! },
      job,
      createAnalyserCache(),
      localToday()
    )
    writeBytesAtomically(values.html, reportHtml(report))
    io.out(
      values.json
        ? JSON.stringify({ file: values.html, audited: report.dashboard.audited })
        : `Wrote the report for ${report.cycle.name} (${report.dashboard.audited} audited plans) to ${values.html}`
    )
    return 0
  } finally {
    job.finish()
    closeAppContext(context)
  }
}
