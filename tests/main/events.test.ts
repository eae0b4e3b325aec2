import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, appendEvent, openStore, verifyChain } from '../../electron/store'
import type { Store } from '../../electron/store'
import { tempDir } from './support/temp'

async function freshStore(): Promise<Store> {
  return openStore(join(tempDir(), 'events.sqlite'))
}

function appendSome(db: Store, count: number): void {
  for (let i = 1; i <= count; i += 1) {
    appendEvent(db, {
      auditorId: null,
      entity: 'score',
      entityId: `audit-${i}`,
      action: 'update',
      before: { grade: null },
      after: { grade: (i % 4) + 1 }
    })
  }
}

describe('the audit trail', () => {
  it('links each event to the one before by its hash, starting from the genesis hash', async () => {
    const db = await freshStore()
    appendSome(db, 5)
    const rows = db.prepare('SELECT id, prev_hash, hash FROM events ORDER BY id').all() as {
      id: number
      prev_hash: string
      hash: string
    }[]
    expect(rows).toHaveLength(5)
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH)
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash)
    expect(verifyChain(db)).toEqual({ valid: true, events: 5, brokenAt: null })
    db.close()
  })

  it('refuses to update or delete an event', async () => {
    const db = await freshStore()
    appendSome(db, 2)
    expect(() => db.prepare("UPDATE events SET action = 'x' WHERE id = 1").run()).toThrow(
      /append-only/
    )
    expect(() => db.prepare('DELETE FROM events WHERE id = 2').run()).toThrow(/append-only/)
    expect(verifyChain(db).valid).toBe(true)
    db.close()
  })

  it('detects an event altered behind the triggers, and points at it', async () => {
    const db = await freshStore()
    appendSome(db, 4)
    // Someone with a SQLite editor drops the guard and rewrites history.
    db.exec('DROP TRIGGER events_no_update')
    db.prepare(`UPDATE events SET after = '{"grade":1}' WHERE id = 3`).run()
    expect(verifyChain(db)).toEqual({ valid: false, events: 4, brokenAt: 3 })
    db.close()
  })

  it('detects an event removed from the middle of the chain', async () => {
    const db = await freshStore()
    appendSome(db, 4)
    db.exec('DROP TRIGGER events_no_delete')
    db.prepare('DELETE FROM events WHERE id = 2').run()
    expect(verifyChain(db)).toMatchObject({ valid: false, brokenAt: 3 })
    db.close()
  })

  it('commits an event with the change it records, or neither', async () => {
    const db = await freshStore()
    const change = db.transaction(() => {
      db.prepare(
        "INSERT INTO auditors (name, role, created_at) VALUES ('Bo', 'qa_officer', 'now')"
      ).run()
      appendEvent(db, { auditorId: null, entity: 'auditor', entityId: 1, action: 'create' })
      throw new Error('the rest of the work failed')
    })
    expect(() => change()).toThrow('the rest of the work failed')
    expect(db.prepare('SELECT count(*) FROM auditors').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(0)
    db.close()
  })
})
