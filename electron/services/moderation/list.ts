import type { ModerationItem, ModerationList } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { requireCycleOpen } from '../cycle-status'
import { currentAuditorId, requireCurrentAuditor } from '../auditors'
import { hiddenAuditIds } from '../blinding'
import { findModeration, MODERATION_ORDER, MODERATION_SELECT, moderatorQueue, toItem } from './rows'
import type { ModerationRow } from './rows'

/**
 * The current auditor's moderation queue (every cycle), and, with a cycle, every moderation in
 * it: stage, people and reasons for everyone, grades only where the viewer may see them.
 */
export function listModerations(store: Store, cycleId?: number): ModerationList {
  const viewerId = currentAuditorId(store)
  const hidden = hiddenAuditIds(store, viewerId)
  const mine = viewerId === null ? [] : moderatorQueue(store, viewerId)
  const cycle =
    cycleId === undefined
      ? []
      : (store
          .prepare(`${MODERATION_SELECT} WHERE m.cycle_id = ? ${MODERATION_ORDER}`)
          .all(cycleId) as ModerationRow[])
  return {
    mine: mine.map((row) => toItem(row, viewerId, hidden)),
    cycle: cycle.map((row) => toItem(row, viewerId, hidden))
  }
}

/**
 * Gives a moderation to another moderator, until the one assigned has started it. Nobody
 * moderates their own audit. Logged with who it was and who it is now.
 */
export function reassignModeration(
  store: Store,
  moderationId: number,
  moderatorId: number,
  now = new Date()
): ModerationItem {
  return store
    .transaction(() => {
      const auditor = requireCurrentAuditor(store)
      const row = findModeration(store, moderationId)
      requireCycleOpen(store, row.cycle_id, 'its moderations cannot be given to someone else')
      if (row.moderation_audit_id !== null) {
        throw new AppError(
          'conflict',
          `${row.moderator_name} has started this moderation, so it can no longer be given to someone else.`
        )
      }
      const moderator = store.prepare('SELECT name FROM auditors WHERE id = ?').get(moderatorId) as
        { name: string } | undefined
      if (!moderator) {
        throw new AppError('not-found', `There is no auditor with id ${moderatorId}.`, {
          moderatorId: 'Choose a moderator from the list'
        })
      }
      if (moderatorId === row.first_auditor_id) {
        throw new AppError(
          'invalid-input',
          `${row.first_auditor_name} audited this case, so cannot moderate it. Choose someone else.`,
          { moderatorId: 'Nobody moderates their own audit: choose someone else' }
        )
      }
      if (moderatorId !== row.moderator_id) {
        store
          .prepare('UPDATE moderations SET moderator_id = ? WHERE id = ?')
          .run(moderatorId, row.id)
        appendEvent(
          store,
          {
            auditorId: auditor.id,
            entity: 'moderation',
            entityId: row.id,
            action: 'assign',
            before: { moderatorId: row.moderator_id },
            after: { moderatorId }
          },
          now
        )
      }
      return toItem(findModeration(store, row.id), auditor.id, hiddenAuditIds(store, auditor.id))
    })
    .immediate()
}
