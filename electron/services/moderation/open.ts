import type { AuditDetail } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { isCycleClosed, requireCycleOpen } from '../cycle-status'
import { requireCurrentAuditor } from '../auditors'
import { previousAudits } from '../audits/open'
import { actionsOf, cycleFramework, findAudit, scoresOf, toAuditRecord } from '../audits/records'
import { getCase } from '../cases'
import { getPlanDocument } from '../plans'
import { findModeration, moderatorQueue } from './rows'
import type { ModerationRow } from './rows'

/**
 * The moderator's own audit of the case, started the first time: role 'moderation', in the same
 * cycle, of the same plan version the first auditor judged (not a newer one attached since), so
 * the two grade the same document. Logged on the audit and on the moderation.
 */
function startModerationAudit(store: Store, row: ModerationRow, now: Date): number {
  requireCycleOpen(store, row.cycle_id, 'no moderation can be started in it')
  const primary = findAudit(store, row.primary_audit_id)
  cycleFramework(store, row.cycle_id)
  const at = now.toISOString()
  const { lastInsertRowid } = store
    .prepare(
      `INSERT INTO audits (cycle_id, case_id, auditor_id, role, status, plan_document_id, started_at, updated_at)
       VALUES (?, ?, ?, 'moderation', 'draft', ?, ?, ?)`
    )
    .run(row.cycle_id, row.case_id, row.moderator_id, primary.plan_document_id, at, at)
  const auditId = Number(lastInsertRowid)
  store.prepare('UPDATE moderations SET moderation_audit_id = ? WHERE id = ?').run(auditId, row.id)
  appendEvent(
    store,
    {
      auditorId: row.moderator_id,
      entity: 'audit',
      entityId: auditId,
      action: 'start',
      after: {
        cycleId: row.cycle_id,
        caseId: row.case_id,
        planDocumentId: primary.plan_document_id,
        role: 'moderation',
        moderationId: row.id
      }
    },
    now
  )
  appendEvent(
    store,
    {
      auditorId: row.moderator_id,
      entity: 'moderation',
      entityId: row.id,
      action: 'start',
      before: { moderationAuditId: null },
      after: { moderationAuditId: auditId }
    },
    now
  )
  return auditId
}

/**
 * Opens the current auditor's blind re-score of a moderation for the stepper, starting it the
 * first time. Only the assigned moderator may. What comes back is the moderator's own audit and
 * the case, never the first auditor's: no grades, notes, actions or flags of theirs, and the
 * earlier audits listed are only those of other cycles.
 */
export function openModeration(store: Store, moderationId: number, now = new Date()): AuditDetail {
  return store
    .transaction(() => {
      const auditor = requireCurrentAuditor(store)
      const row = findModeration(store, moderationId)
      if (row.moderator_id !== auditor.id) {
        throw new AppError(
          'forbidden',
          `This moderation is assigned to ${row.moderator_name}; only they can score it.`
        )
      }
      const auditId = row.moderation_audit_id ?? startModerationAudit(store, row, now)
      store
        .prepare('UPDATE audits SET last_opened_at = ? WHERE id = ?')
        .run(now.toISOString(), auditId)
      const audit = findAudit(store, auditId)
      const queue = moderatorQueue(store, auditor.id)
      const index = queue.findIndex((item) => item.id === row.id)
      return {
        audit: toAuditRecord(audit),
        scores: scoresOf(store, audit.id),
        actions: actionsOf(store, audit.id),
        framework: cycleFramework(store, row.cycle_id),
        caseRecord: getCase(store, row.case_id),
        cycleName: row.cycle_name,
        cycleClosed: isCycleClosed(store, row.cycle_id),
        plan:
          audit.plan_document_id === null ? null : getPlanDocument(store, audit.plan_document_id),
        previousAudits: previousAudits(store, row.case_id, row.cycle_id),
        // The stepper's Previous and Next cases belong to the auditor's own queue; a moderation
        // goes back to the moderation queue instead.
        queue: { index: index + 1, total: queue.length, previousCaseId: null, nextCaseId: null }
      }
    })
    .immediate()
}
