import { createHash } from 'node:crypto'
import type { FrameworkSummary } from '../../../shared/contract'
import { Framework } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'

export interface FrameworkRow {
  id: number
  key: string
  version: number
  title: string
  definition: string
  locked: number
  created_at: string
  criteria: number
  used_by: number
  latest: number
}

const ROW_SQL = `
  SELECT f.id, f.key, f.version, f.title, f.definition, f.locked, f.created_at,
         coalesce(json_array_length(f.definition, '$.criteria'), 0) AS criteria,
         (SELECT count(*) FROM cycles c WHERE c.framework_id = f.id) AS used_by,
         f.version = (SELECT max(g.version) FROM frameworks g WHERE g.key = f.key) AS latest
  FROM frameworks f`

/**
 * A version is locked once a cycle uses it. The column is set when a cycle is created; a cycle
 * pointing at an unlocked row (made before locking existed) locks it all the same.
 */
export function isLocked(row: FrameworkRow): boolean {
  return row.locked === 1 || row.used_by > 0
}

export function toSummary(row: FrameworkRow): FrameworkSummary {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    title: row.title,
    locked: isLocked(row),
    latest: row.latest === 1,
    criteria: row.criteria,
    usedByCycles: row.used_by,
    createdAt: row.created_at
  }
}

export function allRows(store: Store): FrameworkRow[] {
  return store.prepare(`${ROW_SQL} ORDER BY f.key, f.version DESC`).all() as FrameworkRow[]
}

/** Every version of a key, newest first. */
export function versionsOf(store: Store, key: string): FrameworkRow[] {
  return store
    .prepare(`${ROW_SQL} WHERE f.key = ? ORDER BY f.version DESC`)
    .all(key) as FrameworkRow[]
}

export function rowById(store: Store, id: number): FrameworkRow {
  return store.prepare(`${ROW_SQL} WHERE f.id = ?`).get(id) as FrameworkRow
}

/** One version of a key, the newest without a version; 'not-found' when there is none. */
export function requireVersion(store: Store, key: string, version?: number): FrameworkRow {
  const rows = versionsOf(store, key)
  const row = version === undefined ? rows[0] : rows.find((r) => r.version === version)
  if (!row) {
    const which = version === undefined ? '' : ` version ${version}`
    throw new AppError('not-found', `There is no framework "${key}"${which}.`)
  }
  return row
}

/** The stored definition, checked by the same schema as an import; null if it no longer passes. */
export function storedDefinition(row: FrameworkRow): Framework | null {
  try {
    const parsed = Framework.safeParse(JSON.parse(row.definition))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function requireDefinition(row: FrameworkRow): Framework {
  const definition = storedDefinition(row)
  if (!definition) {
    throw new AppError(
      'internal',
      `The stored framework "${row.key}" version ${row.version} is not a valid framework.`
    )
  }
  return definition
}

/** JSON with object keys sorted, so two definitions compare by content, not by key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Same rubric, whatever version number each says: the version is where a definition is kept, not
 * what it asks of an auditor. Both sides have been through the schema, so defaults are filled in.
 */
export function sameContent(a: Framework | null, b: Framework): boolean {
  return a !== null && canonical({ ...a, version: 0 }) === canonical({ ...b, version: 0 })
}

/** What the audit trail records of a version: enough to tell versions apart, not the rubric. */
function snapshot(row: Pick<FrameworkRow, 'key' | 'version' | 'title' | 'definition'>) {
  return {
    key: row.key,
    version: row.version,
    title: row.title,
    sha256: createHash('sha256').update(row.definition, 'utf8').digest('hex')
  }
}

export function insertVersion(
  store: Store,
  definition: Framework,
  version: number,
  now: Date
): FrameworkRow {
  const stored = { ...definition, version }
  const { lastInsertRowid } = store
    .prepare(
      `INSERT INTO frameworks (key, version, title, definition, locked, created_at)
       VALUES (?, ?, ?, ?, 0, ?)`
    )
    .run(stored.key, version, stored.title, JSON.stringify(stored), now.toISOString())
  return rowById(store, Number(lastInsertRowid))
}

/** Rewrites an unused version in place; the caller has checked it is not locked. */
export function replaceVersion(
  store: Store,
  row: FrameworkRow,
  definition: Framework
): FrameworkRow {
  const stored = { ...definition, version: row.version }
  store
    .prepare('UPDATE frameworks SET title = ?, definition = ? WHERE id = ? AND locked = 0')
    .run(stored.title, JSON.stringify(stored), row.id)
  return rowById(store, row.id)
}

export function logFrameworkEvent(
  store: Store,
  event: {
    auditorId: number | null
    action: string
    before?: FrameworkRow
    after: FrameworkRow
    detail?: Record<string, unknown>
  },
  now: Date
): void {
  appendEvent(
    store,
    {
      auditorId: event.auditorId,
      entity: 'framework',
      entityId: event.after.id,
      action: event.action,
      before: event.before ? snapshot(event.before) : undefined,
      after: { ...snapshot(event.after), ...event.detail }
    },
    now
  )
}
