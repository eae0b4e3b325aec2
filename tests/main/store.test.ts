import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import {
  BACKUPS_TO_KEEP,
  backupFolder,
  checkMigrations,
  listBackups,
  migrations,
  openStore
} from '../../electron/store'
import type { Migration } from '../../electron/store'
import { tempDir } from './support/temp'

const DESIGN_TABLES = [
  'auditors',
  'imports',
  'cases',
  'plan_documents',
  'frameworks',
  'cycles',
  'cycle_cases',
  'audits',
  'scores',
  'actions',
  'moderations',
  'events'
]

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

async function openError(path: string, options = {}): Promise<AppError> {
  try {
    const db = await openStore(path, options)
    db.close()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected openStore to refuse the file')
}

/** A store at schema version 1 with one auditor in it, closed. */
async function storeWithData(dir: string): Promise<string> {
  const path = join(dir, 'audit.sqlite')
  const db = await openStore(path)
  db.prepare(
    "INSERT INTO auditors (name, role, created_at) VALUES ('Ann', 'qa_officer', '2026-01-01')"
  ).run()
  db.close()
  return path
}

describe('opening the audit store', () => {
  it('creates a fresh store at the latest schema with the agreed pragmas', async () => {
    const path = join(tempDir(), 'nested', 'new.sqlite')
    const db = await openStore(path)
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'")
      .all() as {
      name: string
      strict: number
    }[]
    for (const table of DESIGN_TABLES) {
      expect(
        tables.find((t) => t.name === table),
        table
      ).toMatchObject({ strict: 1 })
    }
    db.close()
  })

  it('enforces foreign keys, so a score cannot point at a missing audit', async () => {
    const db = await openStore(join(tempDir(), 'fk.sqlite'))
    expect(() =>
      db
        .prepare(
          "INSERT INTO scores (audit_id, criterion_key, grade, updated_at) VALUES (99, 'x', 3, 'now')"
        )
        .run()
    ).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('refuses a file of random bytes as damaged, names it, and leaves it byte-for-byte unchanged', async () => {
    const dir = tempDir()
    const path = join(dir, 'random.sqlite')
    writeFileSync(path, randomBytes(64 * 1024))
    const before = sha256(path)
    const error = await openError(path)
    expect(error.code).toBe('store-damaged')
    expect(error.message).toContain(path)
    expect(sha256(path)).toBe(before)
    expect(readdirSync(dir)).toEqual(['random.sqlite'])
  })

  it('refuses a store whose pages were overwritten, without touching it', async () => {
    const dir = tempDir()
    const path = join(dir, 'corrupt.sqlite')
    const db = new Database(path)
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT); CREATE INDEX t_body ON t (body)')
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)')
    for (let i = 0; i < 2000; i += 1) insert.run(`row ${i} ${'x'.repeat(100)}`)
    db.close()
    const bytes = readFileSync(path)
    // Overwrite the middle of the file (index and table pages), keeping the header intact.
    randomBytes(8192).copy(bytes, 4096 * 5)
    writeFileSync(path, bytes)
    const before = sha256(path)
    const error = await openError(path)
    expect(error.code).toBe('store-damaged')
    expect(error.message).toContain(path)
    expect(sha256(path)).toBe(before)
  })

  it('refuses a store from a newer schema version with its own error, and does not change it', async () => {
    const path = join(tempDir(), 'newer.sqlite')
    const db = new Database(path)
    db.pragma(`user_version = ${migrations.length + 5}`)
    db.close()
    const before = sha256(path)
    const error = await openError(path)
    expect(error.code).toBe('store-newer')
    expect(error.message).toContain(path)
    expect(error.message).toContain(`schema ${migrations.length + 5}`)
    expect(sha256(path)).toBe(before)
  })

  it('backs up the store before migrating it, then migrates every pending version', async () => {
    const dir = tempDir()
    const path = await storeWithData(dir)
    const next: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        description: 'add notes',
        up: (db) => db.exec('CREATE TABLE notes (body TEXT) STRICT')
      },
      {
        version: migrations.length + 2,
        description: 'add tags',
        up: (db) => db.exec('CREATE TABLE tags (body TEXT) STRICT')
      }
    ]
    const db = await openStore(path, { migrations: next })
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length + 2)
    expect(db.prepare('SELECT name FROM auditors').pluck().all()).toEqual(['Ann'])
    db.close()

    const backups = listBackups(path)
    expect(backups.map((b) => b.reason)).toContain(`before-v${migrations.length + 2}`)
    const backup = backups.find((b) => b.reason.startsWith('before-'))!
    const copy = new Database(backup.file, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length)
    expect(copy.prepare('SELECT name FROM auditors').pluck().all()).toEqual(['Ann'])
    copy.close()
  })

  it('runs pending migrations in one transaction: a failing one leaves the store as it was', async () => {
    const path = await storeWithData(tempDir())
    const next: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        description: 'fine',
        up: (db) => db.exec('CREATE TABLE notes (body TEXT) STRICT')
      },
      {
        version: migrations.length + 2,
        description: 'broken',
        up: () => {
          throw new Error('migration bug')
        }
      }
    ]
    await expect(openStore(path, { migrations: next })).rejects.toThrow()
    const db = new Database(path, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'notes'").pluck().get()
    ).toBe(0)
    db.close()
  })

  it('refuses a migration list that skips, repeats or reorders versions', () => {
    const up = (): void => {}
    const m = (version: number): Migration => ({ version, description: `v${version}`, up })
    expect(() => checkMigrations([m(1), m(2), m(3)])).not.toThrow()
    expect(() => checkMigrations([m(1), m(3)])).toThrow(/monotonic/)
    expect(() => checkMigrations([m(1), m(1)])).toThrow(/monotonic/)
    expect(() => checkMigrations([m(2), m(1)])).toThrow(/monotonic/)
    expect(() => checkMigrations(migrations)).not.toThrow()
  })
})

describe('backups', () => {
  it('takes a daily backup when an existing store is opened, and not again the same day', async () => {
    const path = await storeWithData(tempDir())
    const day1 = new Date('2026-03-02T09:00:00Z')
    ;(await openStore(path, { now: () => day1 })).close()
    expect(listBackups(path).map((b) => b.reason)).toEqual(['daily'])
    ;(await openStore(path, { now: () => new Date('2026-03-02T17:00:00Z') })).close()
    expect(listBackups(path)).toHaveLength(1)
    ;(await openStore(path, { now: () => new Date('2026-03-03T09:30:00Z') })).close()
    expect(listBackups(path)).toHaveLength(2)
    expect(listBackups(path)[0]!.createdAt).toBe('2026-03-03T09:30:00.000Z')
  })

  it('does not back up a brand-new empty store', async () => {
    const path = join(tempDir(), 'fresh.sqlite')
    ;(await openStore(path)).close()
    expect(existsSync(backupFolder(path))).toBe(false)
  })

  it(`keeps only the newest ${BACKUPS_TO_KEEP} backups, each a readable copy of the store`, async () => {
    const path = await storeWithData(tempDir())
    for (let day = 1; day <= BACKUPS_TO_KEEP + 3; day += 1) {
      const now = new Date(Date.UTC(2026, 0, day, 8))
      ;(await openStore(path, { now: () => now })).close()
    }
    const backups = listBackups(path)
    expect(backups).toHaveLength(BACKUPS_TO_KEEP)
    expect(backups[0]!.createdAt).toBe(
      new Date(Date.UTC(2026, 0, BACKUPS_TO_KEEP + 3, 8)).toISOString()
    )
    expect(backups.at(-1)!.createdAt).toBe(new Date(Date.UTC(2026, 0, 4, 8)).toISOString())
    const copy = new Database(backups[0]!.file, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT name FROM auditors').pluck().all()).toEqual(['Ann'])
    copy.close()
    expect(readdirSync(backupFolder(path)).some((name) => name.endsWith('.partial'))).toBe(false)
  })
})
