import type { AuditRecord, ParsedInput, Score } from '../../../shared/contract'
import { incompleteItems } from '../../../shared/audit-rules'
import type { AuditState } from '../../../shared/audit-rules'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { requireCurrentAuditor } from '../auditors'
import { ensureAudit } from './open'
import { requireCycleOpen } from '../cycle-status'
import { cycleFramework, editableAudit, findAudit, scoresOf, toAuditRecord } from './records'
import type { AuditRow } from './records'

export function auditState(row: AuditRow, scores: Score[]): AuditState {
  return {
    scores: Object.fromEntries(
      scores.map((score) => [
        score.criterionKey,
        { grade: score.grade, notApplicable: score.notApplicable, evidence: score.evidence }
      ])
    ),
    overallGrade: row.overall_grade,
    overallRationale: row.overall_rationale ?? '',
    safeguardingFlag: row.safeguarding_flag === 1,
    safeguardingNote: row.safeguarding_note ?? ''
  }
}

/**
 * Submits a complete audit and locks it. Incomplete audits are refused with every missing item,
 * keyed by the step that needs it (the same rules the stepper shows as it goes).
 */
export function submitAudit(store: Store, auditId: number, now = new Date()): AuditRecord {
  return store
    .transaction(() => {
      const { row, auditorId } = editableAudit(store, auditId)
      const framework = cycleFramework(store, row.cycle_id)
      const problems = incompleteItems(framework, auditState(row, scoresOf(store, row.id)))
      if (problems.length > 0) {
        const fields: Record<string, string> = {}
        for (const problem of problems) fields[problem.field] ??= problem.message
        throw new AppError(
          'invalid-input',
          `The audit is not complete: ${problems.map((p) => p.message).join('; ')}.`,
          fields
        )
      }
      const at = now.toISOString()
      store
        .prepare(
          `UPDATE audits SET status = 'submitted', submitted_at = ?, updated_at = ?, skip_reason = NULL WHERE id = ?`
        )
        .run(at, at, row.id)
      appendEvent(
        store,
        {
          auditorId,
          entity: 'audit',
          entityId: row.id,
          action: 'submit',
          before: { status: row.status },
          after: {
            status: 'submitted',
            overallGrade: row.overall_grade,
            safeguardingFlag: row.safeguarding_flag === 1
          }
        },
        now
      )
      return toAuditRecord(findAudit(store, row.id))
    })
    .immediate()
}

/** Reopens a submitted audit for changes; the reason is kept in the audit trail. */
export function reopenAudit(
  store: Store,
  auditId: number,
  reason: string,
  now = new Date()
): AuditRecord {
  return store
    .transaction(() => {
      const row = findAudit(store, auditId)
      const auditor = requireCurrentAuditor(store)
      if (row.auditor_id !== auditor.id) {
        throw new AppError(
          'forbidden',
          `This audit belongs to ${row.auditor_name}; only they can reopen it.`
        )
      }
      if (row.status !== 'submitted')
        throw new AppError('conflict', 'Only a submitted audit can be reopened.')
      requireCycleOpen(store, row.cycle_id, 'its audits cannot be reopened')
      const at = now.toISOString()
      store
        .prepare(`UPDATE audits SET status = 'reopened', updated_at = ? WHERE id = ?`)
        .run(at, row.id)
      appendEvent(
        store,
        {
          auditorId: auditor.id,
          entity: 'audit',
          entityId: row.id,
          action: 'reopen',
          before: { status: 'submitted', submittedAt: row.submitted_at },
          after: { status: 'reopened', reason }
        },
        now
      )
      return toAuditRecord(findAudit(store, row.id))
    })
    .immediate()
}

/** Moves past a case for now, with a reason; it stays in the queue marked skipped. */
export function skipCase(store: Store, input: ParsedInput<'audits:skip'>, now = new Date()): null {
  return store
    .transaction(() => {
      const started = ensureAudit(store, input.cycleId, input.caseId, now)
      const { row, auditorId } = editableAudit(store, started.id)
      store
        .prepare('UPDATE audits SET skip_reason = ?, updated_at = ? WHERE id = ?')
        .run(input.reason, now.toISOString(), row.id)
      appendEvent(
        store,
        {
          auditorId,
          entity: 'audit',
          entityId: row.id,
          action: 'skip',
          before: { skipReason: row.skip_reason },
          after: { skipReason: input.reason }
        },
        now
      )
      return null
    })
    .immediate()
}
