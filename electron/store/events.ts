import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

/** The hash a chain starts from: the first event's prev_hash. */
export const GENESIS_HASH = '0'.repeat(64)

export interface EventInput {
  auditorId: number | null
  entity: string
  entityId: string | number | null
  action: string
  before?: unknown
  after?: unknown
}

interface EventRow {
  id: number
  at: string
  auditor_id: number | null
  entity: string
  entity_id: string | null
  action: string
  before: string | null
  after: string | null
  prev_hash: string
  hash: string
}

export interface ChainReport {
  valid: boolean
  events: number
  /** The id of the first event whose hash or link does not match, when the chain is broken. */
  brokenAt: number | null
}

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value)
}

function hashEvent(row: Omit<EventRow, 'hash'>): string {
  const material = JSON.stringify([
    row.id,
    row.at,
    row.auditor_id,
    row.entity,
    row.entity_id,
    row.action,
    row.before,
    row.after,
    row.prev_hash
  ])
  return createHash('sha256').update(material, 'utf8').digest('hex')
}

/**
 * Appends one event to the audit trail, linked to the last one by its hash. The one way to write
 * the events table. Runs inside the caller's transaction when there is one, so the change and its
 * event commit together.
 */
export function appendEvent(db: Database.Database, event: EventInput, now = new Date()): number {
  const write = db.transaction(() => {
    const last = db.prepare('SELECT id, hash FROM events ORDER BY id DESC LIMIT 1').get() as
      { id: number; hash: string } | undefined
    const row = {
      id: (last?.id ?? 0) + 1,
      at: now.toISOString(),
      auditor_id: event.auditorId,
      entity: event.entity,
      entity_id: event.entityId === null ? null : String(event.entityId),
      action: event.action,
      before: toJson(event.before),
      after: toJson(event.after),
      prev_hash: last?.hash ?? GENESIS_HASH
    }
    db.prepare(
      `INSERT INTO events (id, at, auditor_id, entity, entity_id, action, before, after, prev_hash, hash)
       VALUES (@id, @at, @auditor_id, @entity, @entity_id, @action, @before, @after, @prev_hash, @hash)`
    ).run({ ...row, hash: hashEvent(row) })
    return row.id
  })
  return db.inTransaction ? write() : write.immediate()
}

/** Recomputes every hash and link from the first event; reports the first one that does not match. */
export function verifyChain(db: Database.Database): ChainReport {
  let expectedPrev = GENESIS_HASH
  let count = 0
  for (const row of db
    .prepare('SELECT * FROM events ORDER BY id')
    .iterate() as Iterable<EventRow>) {
    count += 1
    const { hash, ...rest } = row
    if (row.prev_hash !== expectedPrev || hashEvent(rest) !== hash) {
      return { valid: false, events: countEvents(db), brokenAt: row.id }
    }
    expectedPrev = hash
  }
  return { valid: true, events: count, brokenAt: null }
}

export function countEvents(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n
}
