import type { Auditor, AuditorRole } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { appendEvent } from '../store/events'
import type { Store } from '../store/open'

interface AuditorRow {
  id: number
  name: string
  role: AuditorRole
  created_at: string
}

const CURRENT_AUDITOR = 'current_auditor_id'

function toAuditor(row: AuditorRow): Auditor {
  return { id: row.id, name: row.name, role: row.role, createdAt: row.created_at }
}

/** The person using the app on this store, or null before the first-run screen has been filled in. */
export function getCurrentAuditor(store: Store): Auditor | null {
  const row = store
    .prepare(
      `SELECT a.* FROM settings s JOIN auditors a ON a.id = CAST(s.value AS INTEGER)
       WHERE s.key = ?`
    )
    .get(CURRENT_AUDITOR) as AuditorRow | undefined
  return row ? toAuditor(row) : null
}

/**
 * Who to record on a change: the current auditor, or null when the store has none yet (a scripted
 * command-line run on a new store), which the audit trail shows as the command line.
 */
export function currentAuditorId(store: Store): number | null {
  return getCurrentAuditor(store)?.id ?? null
}

/** The current auditor, for changes that must be made by a named person (scoring, moderation). */
export function requireCurrentAuditor(store: Store): Auditor {
  const auditor = getCurrentAuditor(store)
  if (!auditor) throw new AppError('no-auditor', 'Enter your name before making changes.')
  return auditor
}

/**
 * Makes the named person the current auditor. A name already known (ignoring case) switches to
 * that auditor, so colleagues sharing a laptop keep their own history; a new name is added.
 */
export function setCurrentAuditor(
  store: Store,
  input: { name: string; role: AuditorRole },
  now = new Date()
): Auditor {
  return store
    .transaction(() => {
      const existing = store
        .prepare('SELECT * FROM auditors WHERE name = ? COLLATE NOCASE')
        .get(input.name) as AuditorRow | undefined
      let auditor: Auditor
      if (!existing) {
        const createdAt = now.toISOString()
        const { lastInsertRowid } = store
          .prepare('INSERT INTO auditors (name, role, created_at) VALUES (?, ?, ?)')
          .run(input.name, input.role, createdAt)
        auditor = { id: Number(lastInsertRowid), name: input.name, role: input.role, createdAt }
        appendEvent(
          store,
          {
            auditorId: auditor.id,
            entity: 'auditor',
            entityId: auditor.id,
            action: 'create',
            after: auditor
          },
          now
        )
      } else {
        const before = toAuditor(existing)
        auditor = { ...before, name: input.name, role: input.role }
        if (before.name !== auditor.name || before.role !== auditor.role) {
          store
            .prepare('UPDATE auditors SET name = ?, role = ? WHERE id = ?')
            .run(auditor.name, auditor.role, auditor.id)
          appendEvent(
            store,
            {
              auditorId: auditor.id,
              entity: 'auditor',
              entityId: auditor.id,
              action: 'update',
              before,
              after: auditor
            },
            now
          )
        }
      }
      const previous = getCurrentAuditor(store)
      if (previous?.id !== auditor.id) {
        store
          .prepare(
            `INSERT INTO settings (key, value) VALUES (?, ?)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value`
          )
          .run(CURRENT_AUDITOR, String(auditor.id))
        appendEvent(
          store,
          {
            auditorId: auditor.id,
            entity: 'session',
            entityId: null,
            action: 'sign-in',
            before: previous ? { auditorId: previous.id } : null,
            after: { auditorId: auditor.id }
          },
          now
        )
      }
      return auditor
    })
    .immediate()
}

/** Everyone who has used this store, by name: for choosing a cycle's auditors and moderators. */
export function listAuditors(store: Store): Auditor[] {
  const rows = store
    .prepare('SELECT * FROM auditors ORDER BY name COLLATE NOCASE')
    .all() as AuditorRow[]
  return rows.map(toAuditor)
}
