import type { Store } from '../store/open'

/**
 * The primary audits the given auditor must not see yet: those they have been asked to moderate
 * and whose moderation they have not submitted. Every service that returns grades or notes of
 * audits (comparison, reports, exports) leaves these out for that auditor, so blind moderation is
 * enforced in the service, not only hidden in the screens.
 */
export function hiddenAuditIds(store: Store, auditorId: number | null): Set<number> {
  if (auditorId === null) return new Set()
  const rows = store
    .prepare(
      `SELECT m.primary_audit_id AS id FROM moderations m
       LEFT JOIN audits ma ON ma.id = m.moderation_audit_id
       WHERE m.moderator_id = ? AND (ma.id IS NULL OR ma.status <> 'submitted')`
    )
    .all(auditorId) as { id: number }[]
  return new Set(rows.map((row) => row.id))
}
