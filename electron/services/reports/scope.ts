import type { ReportFilters } from '../../../shared/contract'
import type { Store } from '../../store/open'
import { currentAuditorId } from '../auditors'
import { hiddenAuditIds } from '../blinding'

/**
 * Which audits a report may count: the filters, and the primary audits the person asking is
 * moderating blind (left out of every figure and export until their moderation is submitted).
 */
export interface ReportScope {
  filters: ReportFilters
  hidden: number[]
}

export function reportScope(store: Store, filters: ReportFilters): ReportScope {
  return { filters, hidden: [...hiddenAuditIds(store, currentAuditorId(store))] }
}

export interface SqlPart {
  sql: string
  params: Record<string, unknown>
}

/**
 * The conditions on a primary audit `a` joined to its case `c`. Only the filters that are set
 * become SQL, so the planner can use the cycle index when a cycle is chosen. `ignoreCycle` is for
 * the trend, which always spans every cycle.
 */
export function primaryConditions(scope: ReportScope, options: { ignoreCycle?: boolean } = {}) {
  const { filters } = scope
  const clauses: string[] = []
  const params: Record<string, unknown> = {}
  if (filters.cycleId !== undefined && !options.ignoreCycle) {
    clauses.push('a.cycle_id = @cycleId')
    params.cycleId = filters.cycleId
  }
  if (filters.team !== undefined) {
    clauses.push('c.team = @team')
    params.team = filters.team
  }
  if (filters.planType !== undefined) {
    clauses.push('c.plan_type = @planType')
    params.planType = filters.planType
  }
  if (filters.auditorId !== undefined) {
    clauses.push('a.auditor_id = @auditorId')
    params.auditorId = filters.auditorId
  }
  if (scope.hidden.length > 0) {
    clauses.push('a.id NOT IN (SELECT value FROM json_each(@hidden))')
    params.hidden = JSON.stringify(scope.hidden)
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params }
}

/**
 * The audited plans: submitted primary audits within the scope, each with its case's team and
 * plan type and, where its moderation has been agreed, the agreed grades. Columns: audit_id,
 * cycle_id, case_id, auditor_id, team, plan_type, safeguarding_flag, plan_document_id, overall
 * (the agreed overall where there is one), agreed_id, agreed_grades.
 */
export function auditedPlansSql(
  scope: ReportScope,
  options: { ignoreCycle?: boolean } = {}
): SqlPart {
  const where = primaryConditions(scope, options)
  return {
    sql: `SELECT a.id AS audit_id, a.cycle_id, a.case_id, a.auditor_id, c.team, c.plan_type,
            a.safeguarding_flag, a.plan_document_id, a.submitted_at,
            CASE WHEN m.agreed_overall IS NOT NULL THEN m.agreed_overall ELSE a.overall_grade END AS overall,
            m.id AS agreed_id, m.agreed_grades
          FROM audits a
          JOIN cases c ON c.id = a.case_id
          LEFT JOIN moderations m ON m.primary_audit_id = a.id AND m.status = 'agreed'
          WHERE a.role = 'primary' AND a.status = 'submitted'${where.sql}`,
    params: where.params
  }
}

/**
 * A score's grade after agreement, as one number: 1-4, 0 for N/A, -1 for not graded. Where the
 * moderation was agreed and its agreed_grades name the criterion, that value wins (JSON null =
 * N/A); otherwise the primary auditor's score stands.
 */
export const EFFECTIVE_GRADE_SQL = `CASE
  WHEN au.agreed_id IS NOT NULL AND json_valid(au.agreed_grades)
       AND json_type(au.agreed_grades, '$."' || s.criterion_key || '"') IS NOT NULL
    THEN coalesce(json_extract(au.agreed_grades, '$."' || s.criterion_key || '"'), 0)
  WHEN s.not_applicable = 1 THEN 0
  ELSE coalesce(s.grade, -1)
END`
