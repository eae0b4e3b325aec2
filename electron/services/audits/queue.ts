import type { AuditQueue, MyCycle, QueueItem, QueueStatus } from '../../../shared/contract'
import type { GradeValue, PlanType } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { requireCurrentAuditor } from '../auditors'
import type { Store } from '../../store/open'

interface QueueRow {
  case_id: number
  case_ref: string
  plan_type: PlanType
  team: string
  social_worker: string | null
  has_plan: 0 | 1
  audit_id: number | null
  status: 'draft' | 'submitted' | 'reopened' | null
  overall_grade: GradeValue | null
  safeguarding_flag: 0 | 1 | null
  skip_reason: string | null
  updated_at: string | null
  last_opened_at: string | null
  taken_by_other: 0 | 1
}

function queueStatus(row: QueueRow): QueueStatus {
  if (row.audit_id === null) return 'not-started'
  if (row.status === 'submitted') return 'submitted'
  return row.skip_reason ? 'skipped' : 'in-progress'
}

/**
 * The sampled cases of a cycle as one auditor sees them, in sample order: their own audits and
 * the cases nobody has started. A case another auditor has started is theirs, and is left out.
 */
export function queueRows(store: Store, cycleId: number, auditorId: number): QueueRow[] {
  return store
    .prepare(
      `SELECT c.id AS case_id, c.case_ref, c.plan_type, c.team, c.social_worker,
              EXISTS (SELECT 1 FROM plan_documents d WHERE d.case_id = c.id) AS has_plan,
              a.id AS audit_id, a.status, a.overall_grade, a.safeguarding_flag, a.skip_reason,
              a.updated_at, a.last_opened_at,
              EXISTS (SELECT 1 FROM audits o WHERE o.cycle_id = cc.cycle_id AND o.case_id = c.id
                        AND o.role = 'primary' AND o.auditor_id <> @auditorId) AS taken_by_other
       FROM cycle_cases cc
       JOIN cases c ON c.id = cc.case_id
       LEFT JOIN audits a ON a.cycle_id = cc.cycle_id AND a.case_id = c.id
                          AND a.role = 'primary' AND a.auditor_id = @auditorId
       WHERE cc.cycle_id = @cycleId AND cc.state = 'sampled'
       ORDER BY cc.id`
    )
    .all({ cycleId, auditorId }) as QueueRow[]
}

function toItem(row: QueueRow): QueueItem {
  return {
    caseId: row.case_id,
    caseRef: row.case_ref,
    planType: row.plan_type,
    team: row.team,
    socialWorker: row.social_worker,
    hasPlan: row.has_plan === 1,
    auditId: row.audit_id,
    status: queueStatus(row),
    overallGrade: row.overall_grade,
    safeguardingFlag: row.safeguarding_flag === 1,
    skipReason: row.skip_reason,
    updatedAt: row.updated_at
  }
}

function cycleHeader(
  store: Store,
  cycleId: number
): { name: string; frameworkTitle: string | null; closed: boolean } {
  const row = store
    .prepare(
      `SELECT c.name, c.status, f.title AS framework_title FROM cycles c
       LEFT JOIN frameworks f ON f.id = c.framework_id WHERE c.id = ?`
    )
    .get(cycleId) as { name: string; status: string; framework_title: string | null } | undefined
  if (!row) throw new AppError('not-found', `There is no cycle with id ${cycleId}.`)
  return { name: row.name, frameworkTitle: row.framework_title, closed: row.status === 'closed' }
}

/** The current auditor's queue for a cycle, with progress ("7 of 20") and where to resume. */
export function auditQueue(store: Store, cycleId: number): AuditQueue {
  const auditor = requireCurrentAuditor(store)
  const header = cycleHeader(store, cycleId)
  const rows = queueRows(store, cycleId, auditor.id)
  const mine = rows.filter((row) => row.taken_by_other === 0)
  const resume = mine
    .filter((row) => row.audit_id !== null && row.status !== 'submitted' && row.last_opened_at)
    .sort((a, b) => (b.last_opened_at ?? '').localeCompare(a.last_opened_at ?? ''))[0]
  return {
    cycleId,
    cycleName: header.name,
    frameworkTitle: header.frameworkTitle,
    items: mine.map(toItem),
    submitted: mine.filter((row) => row.status === 'submitted').length,
    total: mine.length,
    resumeCaseId: resume?.case_id ?? null,
    takenByOthers: rows.length - mine.length,
    cycleClosed: header.closed
  }
}

/**
 * Every cycle with a sample, and how far the current auditor has got in each: the open ones first,
 * newest first, then the closed ones, whose audits can still be read.
 */
export function myCycles(store: Store): MyCycle[] {
  const auditor = requireCurrentAuditor(store)
  const cycles = store
    .prepare(
      `SELECT c.id, c.name, c.status FROM cycles c
       WHERE EXISTS (SELECT 1 FROM cycle_cases cc WHERE cc.cycle_id = c.id AND cc.state = 'sampled')
       ORDER BY c.status = 'closed', c.created_at DESC, c.id DESC`
    )
    .all() as { id: number; name: string; status: string }[]
  return cycles.map((cycle) => {
    const statuses = queueRows(store, cycle.id, auditor.id)
      .filter((row) => row.taken_by_other === 0)
      .map(queueStatus)
    const count = (status: QueueStatus): number => statuses.filter((s) => s === status).length
    return {
      cycleId: cycle.id,
      cycleName: cycle.name,
      submitted: count('submitted'),
      total: statuses.length,
      inProgress: count('in-progress'),
      skipped: count('skipped'),
      closed: cycle.status === 'closed'
    }
  })
}
