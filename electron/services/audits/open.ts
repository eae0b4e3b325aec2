import type { AuditDetail } from '../../../shared/contract'
import type { GradeValue } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { requireCurrentAuditor } from '../auditors'
import { getCase } from '../cases'
import { isCycleClosed, requireCycleOpen } from '../cycle-status'
import { getPlanDocument } from '../plans'
import { queueRows } from './queue'
import {
  actionsOf,
  AUDIT_SELECT,
  cycleFramework,
  findAudit,
  scoresOf,
  toAuditRecord
} from './records'
import type { AuditRow } from './records'

function latestPlanId(store: Store, caseId: number): number | null {
  const row = store
    .prepare('SELECT id FROM plan_documents WHERE case_id = ? ORDER BY version DESC LIMIT 1')
    .get(caseId) as { id: number } | undefined
  return row?.id ?? null
}

function myAudit(
  store: Store,
  cycleId: number,
  caseId: number,
  auditorId: number
): AuditRow | undefined {
  return store
    .prepare(
      `${AUDIT_SELECT} WHERE a.cycle_id = ? AND a.case_id = ? AND a.auditor_id = ? AND a.role = 'primary'`
    )
    .get(cycleId, caseId, auditorId) as AuditRow | undefined
}

/**
 * The current auditor's audit of a sampled case, started (and logged) the first time. A case in
 * the sample that another auditor has started is theirs.
 */
export function ensureAudit(store: Store, cycleId: number, caseId: number, now: Date): AuditRow {
  const auditor = requireCurrentAuditor(store)
  const existing = myAudit(store, cycleId, caseId, auditor.id)
  if (existing) return existing
  const sampled = store
    .prepare(`SELECT 1 FROM cycle_cases WHERE cycle_id = ? AND case_id = ? AND state = 'sampled'`)
    .get(cycleId, caseId)
  if (!sampled) throw new AppError('not-found', 'That case is not in this cycle’s sample.')
  requireCycleOpen(store, cycleId, 'no audit can be started in it')
  cycleFramework(store, cycleId)
  const other = store
    .prepare(
      `SELECT au.name FROM audits a JOIN auditors au ON au.id = a.auditor_id
       WHERE a.cycle_id = ? AND a.case_id = ? AND a.role = 'primary'`
    )
    .get(cycleId, caseId) as { name: string } | undefined
  if (other) throw new AppError('conflict', `${other.name} has already started this audit.`)
  const at = now.toISOString()
  const planId = latestPlanId(store, caseId)
  const { lastInsertRowid } = store
    .prepare(
      `INSERT INTO audits (cycle_id, case_id, auditor_id, role, status, plan_document_id, started_at, updated_at)
       VALUES (?, ?, ?, 'primary', 'draft', ?, ?, ?)`
    )
    .run(cycleId, caseId, auditor.id, planId, at, at)
  const auditId = Number(lastInsertRowid)
  appendEvent(
    store,
    {
      auditorId: auditor.id,
      entity: 'audit',
      entityId: auditId,
      action: 'start',
      after: { cycleId, caseId, planDocumentId: planId }
    },
    now
  )
  return myAudit(store, cycleId, caseId, auditor.id)!
}

export function previousAudits(
  store: Store,
  caseId: number,
  cycleId: number
): AuditDetail['previousAudits'] {
  const rows = store
    .prepare(
      `SELECT cy.name AS cycle_name, au.name AS auditor_name, a.overall_grade, a.submitted_at, a.safeguarding_flag
       FROM audits a JOIN cycles cy ON cy.id = a.cycle_id JOIN auditors au ON au.id = a.auditor_id
       WHERE a.case_id = ? AND a.cycle_id <> ? AND a.role = 'primary' AND a.status = 'submitted'
       ORDER BY a.submitted_at DESC`
    )
    .all(caseId, cycleId) as {
    cycle_name: string
    auditor_name: string
    overall_grade: GradeValue | null
    submitted_at: string | null
    safeguarding_flag: 0 | 1
  }[]
  return rows.map((row) => ({
    cycleName: row.cycle_name,
    auditorName: row.auditor_name,
    overallGrade: row.overall_grade,
    submittedAt: row.submitted_at,
    safeguardingFlag: row.safeguarding_flag === 1
  }))
}

/**
 * Opens the audit of a sampled case for the stepper: starts it the first time, picks up a plan
 * attached since it started (while it is still a draft), and notes when it was last opened so the
 * queue can offer to resume it.
 */
export function openAudit(
  store: Store,
  cycleId: number,
  caseId: number,
  now = new Date()
): AuditDetail {
  return store
    .transaction(() => {
      let row = ensureAudit(store, cycleId, caseId, now)
      const closed = isCycleClosed(store, cycleId)
      // A plan attached since the audit started is picked up, unless the audit is finished.
      if (row.plan_document_id === null && row.status !== 'submitted' && !closed) {
        const planId = latestPlanId(store, caseId)
        if (planId !== null) {
          store.prepare('UPDATE audits SET plan_document_id = ? WHERE id = ?').run(planId, row.id)
          appendEvent(
            store,
            {
              auditorId: row.auditor_id,
              entity: 'audit',
              entityId: row.id,
              action: 'plan-attached',
              before: { planDocumentId: null },
              after: { planDocumentId: planId }
            },
            now
          )
        }
      }
      store
        .prepare('UPDATE audits SET last_opened_at = ? WHERE id = ?')
        .run(now.toISOString(), row.id)
      row = findAudit(store, row.id)

      const cycle = store.prepare('SELECT name FROM cycles WHERE id = ?').get(cycleId) as {
        name: string
      }
      // In a closed cycle, Previous and Next move between the audits there are to read.
      const queue = queueRows(store, cycleId, row.auditor_id).filter(
        (item) => item.taken_by_other === 0 && (!closed || item.audit_id !== null)
      )
      const index = queue.findIndex((item) => item.case_id === caseId)
      return {
        audit: toAuditRecord(row),
        scores: scoresOf(store, row.id),
        actions: actionsOf(store, row.id),
        framework: cycleFramework(store, cycleId),
        caseRecord: getCase(store, caseId),
        cycleName: cycle.name,
        cycleClosed: closed,
        plan: row.plan_document_id === null ? null : getPlanDocument(store, row.plan_document_id),
        previousAudits: previousAudits(store, caseId, cycleId),
        queue: {
          index: index + 1,
          total: queue.length,
          previousCaseId: index > 0 ? queue[index - 1]!.case_id : null,
          nextCaseId: index >= 0 && index < queue.length - 1 ? queue[index + 1]!.case_id : null
        }
      }
    })
    .immediate()
}
