import type { AuditAction, ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { requireCurrentAuditor } from '../auditors'
import { editableAudit, findAudit, toAction } from './records'
import type { ActionRow } from './records'

function findAction(store: Store, actionId: number): ActionRow {
  const row = store.prepare('SELECT * FROM actions WHERE id = ?').get(actionId) as
    ActionRow | undefined
  if (!row) throw new AppError('not-found', `There is no action with id ${actionId}.`)
  return row
}

/** Adds an action arising from the audit: what, who, by when, how urgent. */
export function addAction(
  store: Store,
  input: ParsedInput<'actions:add'>,
  now = new Date()
): AuditAction {
  return store
    .transaction(() => {
      const { row, auditorId } = editableAudit(store, input.auditId)
      const at = now.toISOString()
      const { lastInsertRowid } = store
        .prepare(
          `INSERT INTO actions (audit_id, description, owner, due_date, priority, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`
        )
        .run(
          row.id,
          input.description,
          input.owner || null,
          input.dueDate ?? null,
          input.priority,
          at,
          at
        )
      const action = toAction(findAction(store, Number(lastInsertRowid)))
      store.prepare('UPDATE audits SET updated_at = ? WHERE id = ?').run(at, row.id)
      appendEvent(
        store,
        { auditorId, entity: 'action', entityId: action.id, action: 'create', after: action },
        now
      )
      return action
    })
    .immediate()
}

/**
 * Changes an action. Its wording, owner, date and priority belong to the audit and change only
 * while the audit is open; marking it done (or open again) is follow-up, allowed at any time.
 */
export function updateAction(
  store: Store,
  input: ParsedInput<'actions:update'>,
  now = new Date()
): AuditAction {
  return store
    .transaction(() => {
      const existing = findAction(store, input.actionId)
      const auditor = requireCurrentAuditor(store)
      const editsContent =
        input.description !== undefined ||
        input.owner !== undefined ||
        input.dueDate !== undefined ||
        input.priority !== undefined
      if (editsContent) editableAudit(store, existing.audit_id)
      else if (findAudit(store, existing.audit_id).auditor_id !== auditor.id) {
        throw new AppError('forbidden', 'Only the auditor who raised this action can change it.')
      }
      const before = toAction(existing)
      const next = {
        description: input.description ?? existing.description,
        owner: input.owner === undefined ? existing.owner : input.owner || null,
        due_date: input.dueDate === undefined ? existing.due_date : input.dueDate,
        priority: input.priority ?? existing.priority ?? 'medium',
        status: input.status ?? existing.status
      }
      store
        .prepare(
          `UPDATE actions SET description = @description, owner = @owner, due_date = @due_date,
             priority = @priority, status = @status, updated_at = @at WHERE id = @id`
        )
        .run({ ...next, at: now.toISOString(), id: existing.id })
      const after = toAction(findAction(store, existing.id))
      appendEvent(
        store,
        {
          auditorId: auditor.id,
          entity: 'action',
          entityId: existing.id,
          action: 'update',
          before,
          after
        },
        now
      )
      return after
    })
    .immediate()
}

/** Deletes an action while its audit is open (the stepper asks for confirmation first). */
export function deleteAction(store: Store, actionId: number, now = new Date()): null {
  return store
    .transaction(() => {
      const existing = findAction(store, actionId)
      const { auditorId } = editableAudit(store, existing.audit_id)
      store.prepare('DELETE FROM actions WHERE id = ?').run(actionId)
      appendEvent(
        store,
        {
          auditorId,
          entity: 'action',
          entityId: actionId,
          action: 'delete',
          before: toAction(existing)
        },
        now
      )
      return null
    })
    .immediate()
}
