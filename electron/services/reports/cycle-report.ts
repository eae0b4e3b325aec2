import type { CycleReport, ReportAction, ReportFilters } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { JobReporter } from '../../jobs'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { currentAuditorId } from '../auditors'
import { analyserFigures } from './analyser'
import type { AnalyserCache } from './analyser'
import { cyclesOldestFirst } from './catalogue'
import { dashboard } from './dashboard'
import { auditedPlansSql, reportScope } from './scope'

/** The officer's key themes for a cycle's report live in settings, one key per cycle. */
function summaryKey(cycleId: number): string {
  return `report-summary:${cycleId}`
}

export function reportSummary(store: Store, cycleId: number): string {
  return (
    (store.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(summaryKey(cycleId)) as
      string | undefined) ?? ''
  )
}

/** Saves the officer's summary of a cycle's key themes, recorded in the audit trail. */
export function saveReportSummary(
  store: Store,
  cycleId: number,
  summary: string,
  now = new Date()
): { summary: string; updatedAt: string } {
  const exists = store.prepare('SELECT 1 FROM cycles WHERE id = ?').get(cycleId)
  if (!exists) throw new AppError('not-found', `There is no audit cycle with id ${cycleId}.`)
  store
    .transaction(() => {
      const before = reportSummary(store, cycleId)
      if (before === summary) return
      store
        .prepare(
          `INSERT INTO settings (key, value) VALUES (?, ?)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value`
        )
        .run(summaryKey(cycleId), summary)
      appendEvent(
        store,
        {
          auditorId: currentAuditorId(store),
          entity: 'report-summary',
          entityId: cycleId,
          action: 'save',
          before,
          after: summary
        },
        now
      )
    })
    .immediate()
  return { summary, updatedAt: now.toISOString() }
}

/** Every action arising from the audited plans in scope, open and overdue ones first. */
export function reportActions(store: Store, filters: ReportFilters, today: string): ReportAction[] {
  const audited = auditedPlansSql(reportScope(store, filters))
  const rows = store
    .prepare(
      `WITH au AS (${audited.sql})
       SELECT c.case_ref, au.team, au.plan_type, x.description, x.owner, x.due_date,
              coalesce(x.priority, 'medium') AS priority,
              CASE WHEN x.status = 'done' THEN 'done'
                   WHEN x.due_date IS NOT NULL AND x.due_date < @today THEN 'overdue'
                   ELSE 'open' END AS state
       FROM au JOIN actions x ON x.audit_id = au.audit_id JOIN cases c ON c.id = au.case_id
       ORDER BY CASE state WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END,
                x.due_date IS NULL, x.due_date, c.case_ref, x.id`
    )
    .all({ ...audited.params, today }) as {
    case_ref: string
    team: string
    plan_type: ReportAction['planType']
    description: string
    owner: string | null
    due_date: string | null
    priority: string
    state: ReportAction['status']
  }[]
  return rows.map((row) => ({
    caseRef: row.case_ref,
    team: row.team,
    planType: row.plan_type,
    description: row.description,
    owner: row.owner,
    dueDate: row.due_date,
    priority: row.priority,
    status: row.state
  }))
}

/** Everything the printable report of one cycle shows, for the filters given. */
export async function cycleReport(
  store: Store,
  filters: ReportFilters & { cycleId: number },
  job: JobReporter,
  cache: AnalyserCache,
  today: string,
  now = new Date()
): Promise<CycleReport> {
  const cycle = cyclesOldestFirst(store).find((row) => row.id === filters.cycleId)
  if (!cycle) throw new AppError('not-found', `There is no audit cycle with id ${filters.cycleId}.`)
  return {
    cycle: {
      id: cycle.id,
      name: cycle.name,
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      frameworkTitle: cycle.frameworkTitle
    },
    generatedAt: now.toISOString(),
    summary: reportSummary(store, cycle.id),
    dashboard: await dashboard(store, filters, today),
    analyser: await analyserFigures(store, filters, job, cache),
    actions: reportActions(store, filters, today)
  }
}
