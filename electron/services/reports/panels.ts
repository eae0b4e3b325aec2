import type { ActionCounts, CompletionRow, Dashboard } from '../../../shared/contract'
import { PLAN_TYPES } from '../../../shared/domain'
import type { Store } from '../../store/open'
import type { CycleInfo } from './catalogue'
import { auditedPlansSql, primaryConditions } from './scope'
import type { ReportScope } from './scope'

interface ActionCountRow {
  team: string
  state: 'open' | 'overdue' | 'done'
  n: number
}

/**
 * Actions arising from the audited plans, by status: done; overdue (open with a due date before
 * today); open (the rest of the open ones). The three add up to the total.
 */
export function actionFigures(
  store: Store,
  scope: ReportScope,
  today: string
): Dashboard['actions'] {
  const audited = auditedPlansSql(scope)
  const rows = store
    .prepare(
      `WITH au AS (${audited.sql})
       SELECT au.team,
              CASE WHEN x.status = 'done' THEN 'done'
                   WHEN x.due_date IS NOT NULL AND x.due_date < @today THEN 'overdue'
                   ELSE 'open' END AS state,
              count(*) AS n
       FROM au JOIN actions x ON x.audit_id = au.audit_id
       GROUP BY 1, 2`
    )
    .all({ ...audited.params, today }) as ActionCountRow[]
  const empty = (): ActionCounts => ({ open: 0, overdue: 0, done: 0, total: 0 })
  const all = empty()
  const byTeam = new Map<string, ActionCounts>()
  for (const row of rows) {
    let team = byTeam.get(row.team)
    if (!team) byTeam.set(row.team, (team = empty()))
    for (const counts of [all, team]) {
      counts[row.state] += row.n
      counts.total += row.n
    }
  }
  return {
    today,
    all,
    byTeam: [...byTeam.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
      .map(([team, counts]) => ({ team, ...counts }))
  }
}

/** Audited plans by cycle and team: how many, how many flagged, how many at an agreed result. */
export interface AuditSummaryRow {
  cycle_id: number
  team: string
  audited: number
  flagged: number
  agreed: number
}

/** One pass over the audited plans for the safeguarding, completion and agreed-result figures. */
export function auditSummary(store: Store, scope: ReportScope): AuditSummaryRow[] {
  const audited = auditedPlansSql(scope)
  return store
    .prepare(
      `WITH au AS (${audited.sql})
       SELECT cycle_id, team, count(*) AS audited, sum(safeguarding_flag) AS flagged,
              count(agreed_id) AS agreed
       FROM au GROUP BY cycle_id, team`
    )
    .all(audited.params) as AuditSummaryRow[]
}

/** Audited plans with a safeguarding concern raised by their auditor, by team. */
export function safeguardingFigures(summary: AuditSummaryRow[]): Dashboard['safeguarding'] {
  const byTeam = new Map<string, { team: string; flagged: number; audited: number }>()
  for (const row of summary) {
    const team = byTeam.get(row.team) ?? { team: row.team, flagged: 0, audited: 0 }
    team.flagged += row.flagged
    team.audited += row.audited
    byTeam.set(row.team, team)
  }
  const teams = [...byTeam.values()].sort((a, b) => a.team.localeCompare(b.team, 'en-GB'))
  return {
    flagged: teams.reduce((sum, row) => sum + row.flagged, 0),
    audited: teams.reduce((sum, row) => sum + row.audited, 0),
    byTeam: teams
  }
}

/**
 * How far each cycle in scope has got: cases in its sample now, submitted primary audits, and
 * those whose moderation is agreed. With an auditor filter, "sampled" is the cases that auditor
 * has started or been assigned.
 */
export function completionFigures(
  store: Store,
  scope: ReportScope,
  cycles: CycleInfo[],
  summary: AuditSummaryRow[]
): CompletionRow[] {
  const { filters } = scope
  const caseClauses: string[] = []
  const params: Record<string, unknown> = {}
  if (filters.cycleId !== undefined) {
    caseClauses.push('cc.cycle_id = @cycleId')
    params.cycleId = filters.cycleId
  }
  if (filters.team !== undefined) {
    caseClauses.push('c.team = @team')
    params.team = filters.team
  }
  if (filters.planType !== undefined) {
    caseClauses.push('c.plan_type = @planType')
    params.planType = filters.planType
  }
  if (filters.auditorId !== undefined) {
    caseClauses.push(`(cc.assigned_auditor_id = @auditorId OR EXISTS (
      SELECT 1 FROM audits p WHERE p.cycle_id = cc.cycle_id AND p.case_id = cc.case_id
        AND p.role = 'primary' AND p.auditor_id = @auditorId))`)
    params.auditorId = filters.auditorId
  }
  const sampled = store
    .prepare(
      `SELECT cc.cycle_id, count(*) AS n FROM cycle_cases cc JOIN cases c ON c.id = cc.case_id
       WHERE cc.state = 'sampled'${caseClauses.map((clause) => ` AND ${clause}`).join('')}
       GROUP BY cc.cycle_id`
    )
    .all(params) as { cycle_id: number; n: number }[]
  const done = new Map<number, { submitted: number; moderated: number }>()
  for (const row of summary) {
    const cycle = done.get(row.cycle_id) ?? { submitted: 0, moderated: 0 }
    cycle.submitted += row.audited
    cycle.moderated += row.agreed
    done.set(row.cycle_id, cycle)
  }
  const sampledBy = new Map(sampled.map((row) => [row.cycle_id, row.n]))
  return cycles
    .filter((cycle) => filters.cycleId === undefined || cycle.id === filters.cycleId)
    .map((cycle) => ({
      cycleId: cycle.id,
      cycleName: cycle.name,
      sampled: sampledBy.get(cycle.id) ?? 0,
      submitted: done.get(cycle.id)?.submitted ?? 0,
      moderated: done.get(cycle.id)?.moderated ?? 0
    }))
}

/** How many audited plans in scope stand at their agreed result. */
export function agreedResults(summary: AuditSummaryRow[]): number {
  return summary.reduce((sum, row) => sum + row.agreed, 0)
}

/** Submitted primary audits within the filters that are hidden from the person asking. */
export function hiddenInFilters(store: Store, scope: ReportScope): number {
  if (scope.hidden.length === 0) return 0
  const where = primaryConditions({ ...scope, hidden: [] })
  return store
    .prepare(
      `SELECT count(*) FROM audits a JOIN cases c ON c.id = a.case_id
       WHERE a.role = 'primary' AND a.status = 'submitted'${where.sql}
         AND a.id IN (SELECT value FROM json_each(@hiddenIds))`
    )
    .pluck()
    .get({ ...where.params, hiddenIds: JSON.stringify(scope.hidden) }) as number
}

/** What the filter controls offer: every cycle, team with cases, plan type and primary auditor. */
export function filterOptions(store: Store, cycles: CycleInfo[]): Dashboard['options'] {
  const teams = store
    .prepare('SELECT DISTINCT team FROM cases ORDER BY team')
    .pluck()
    .all() as string[]
  const auditors = store
    .prepare(
      `SELECT au.id, au.name FROM auditors au
       WHERE EXISTS (SELECT 1 FROM audits a WHERE a.auditor_id = au.id AND a.role = 'primary')
       ORDER BY au.name`
    )
    .all() as { id: number; name: string }[]
  return {
    cycles: cycles.map(({ id, name, periodStart, periodEnd }) => ({
      id,
      name,
      periodStart,
      periodEnd
    })),
    teams: teams.sort((a, b) => a.localeCompare(b, 'en-GB')),
    planTypes: [...PLAN_TYPES],
    auditors
  }
}
