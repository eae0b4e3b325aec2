import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  readFileSync,
  readdirSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { closeAppContext, createAppContext } from '../../../electron/context'
import { dispatch } from '../../../electron/dispatch'
import { createHandlers } from '../../../electron/handlers'
import { backupStore, listBackups, openStore } from '../../../electron/store'
import { runCli } from '../support/processes'
import { repoRoot, tempDir } from '../support/temp'

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** A closed store holding one auditor, with one backup of it taken. */
async function storeWithBackup(dir: string): Promise<{ path: string; backup: string }> {
  const path = join(dir, 'audit.sqlite')
  const db = await openStore(path)
  db.prepare(
    "INSERT INTO auditors (name, role, created_at) VALUES ('Ann Lee', 'qa_officer', 'now')"
  ).run()
  const backup = await backupStore(db, path, 'manual')
  db.close()
  return { path, backup: backup.file }
}

async function statusOf(path: string): Promise<{ state: string; message: string | null }> {
  const context = await createAppContext({ transport: 'cli', version: 't', storePath: path })
  try {
    const result = await dispatch(createHandlers(context), 'store:status', undefined)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as { state: string; message: string | null }
  } finally {
    closeAppContext(context)
  }
}

describe('a damaged store', () => {
  it('is reported with the file and what to do, left byte-for-byte, and can be restored from a backup', async () => {
    const dir = tempDir()
    const { path, backup } = await storeWithBackup(dir)
    // Overwrite the bytes from page 2 on: the header survives, the content does not.
    const bytes = readFileSync(path)
    bytes.fill(0x5a, 4096)
    writeFileSync(path, bytes)
    const damaged = sha256(path)

    const context = await createAppContext({ transport: 'cli', version: 't', storePath: path })
    onTestFinished(() => closeAppContext(context))
    const handlers = createHandlers(context)
    const status = await dispatch(handlers, 'store:status', undefined)
    expect(status).toMatchObject({ ok: true, value: { state: 'damaged' } })
    const message = (status as { value: { message: string } }).value.message
    expect(message).toContain(path)
    expect(message).toMatch(/1 backup can be restored from/)
    expect(sha256(path)).toBe(damaged)

    // Restore: the damaged file is moved aside, kept as it was, and the backup's data is back.
    const restored = await dispatch(handlers, 'store:restore', { backupFile: backup })
    expect(restored).toMatchObject({ ok: true })
    const movedAside = (restored as { value: { movedAside: string } }).value.movedAside
    expect(sha256(movedAside)).toBe(damaged)
    expect(await dispatch(handlers, 'store:status', undefined)).toMatchObject({
      ok: true,
      value: { state: 'ok' }
    })
    expect(context.store!.prepare('SELECT name FROM auditors').pluck().all()).toEqual(['Ann Lee'])
  })

  it('is reported when truncated, and left as it was', async () => {
    const { path } = await storeWithBackup(tempDir())
    truncateSync(path, 4096 + 100)
    const before = sha256(path)
    const status = await statusOf(path)
    expect(status.state).toBe('damaged')
    expect(status.message).toContain(path)
    expect(sha256(path)).toBe(before)
  })

  it('refuses to restore a file that is not one of the store’s backups (the app cannot name any file)', async () => {
    const dir = tempDir()
    const { path } = await storeWithBackup(dir)
    const context = await createAppContext({ transport: 'cli', version: 't', storePath: path })
    onTestFinished(() => closeAppContext(context))
    const handlers = createHandlers(context)
    for (const backupFile of ['/etc/passwd', join(dir, '..', 'elsewhere.sqlite'), `${path}`]) {
      expect(await dispatch(handlers, 'store:restore', { backupFile })).toMatchObject({
        ok: false,
        error: { code: 'not-found' }
      })
    }
    expect(context.store!.prepare('SELECT count(*) FROM auditors').pluck().get()).toBe(1)
  })

  it('restores from the command line, keeping the old file, and lists the backups', () => {
    const dir = tempDir()
    const path = join(dir, 'cli.sqlite')
    expect(runCli(['db', 'check', '--db', path]).code).toBe(0)
    const db = new Database(path)
    db.prepare(
      "INSERT INTO auditors (name, role, created_at) VALUES ('Bo', 'qa_officer', 'now')"
    ).run()
    db.close()
    const backupCopy = join(dir, 'copy-on-usb.sqlite')
    writeFileSync(backupCopy, readFileSync(path))
    writeFileSync(path, Buffer.alloc(8192, 1))
    const run = runCli(['restore', '--db', path, '--from', backupCopy])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/kept as .*cli\.sqlite\.replaced-/)
    expect(readdirSync(dir).some((name) => name.startsWith('cli.sqlite.replaced-'))).toBe(true)
    expect(runCli(['db', 'check', '--db', path]).code).toBe(0)
    expect(runCli(['restore', '--db', path, '--list']).code).toBe(0)
    const bad = runCli(['restore', '--db', path, '--from', join(dir, 'nope.sqlite')])
    expect(bad.code).toBe(1)
  })
})

describe('a store from a newer version, read-only, or locked', () => {
  it('refuses a newer schema with its own message and leaves the file alone', async () => {
    const { path } = await storeWithBackup(tempDir())
    const db = new Database(path)
    db.pragma('user_version = 99')
    db.close()
    const before = sha256(path)
    const status = await statusOf(path)
    expect(status).toMatchObject({ state: 'newer' })
    expect(status.message).toMatch(/newer version of Care Plan Audit \(schema 99/)
    expect(sha256(path)).toBe(before)
  })

  it('says a read-only store cannot be written, naming it, and changes nothing', async () => {
    const dir = tempDir()
    const { path } = await storeWithBackup(dir)
    chmodSync(path, 0o444)
    chmodSync(dir, 0o555)
    onTestFinished(() => chmodSync(dir, 0o755))
    const before = sha256(path)
    const cli = join(repoRoot, 'out/main/cli.js')
    // Root may write anything, so run as an unprivileged user where the tests run as root.
    const command =
      process.getuid?.() === 0
        ? ['runuser', '-u', 'nobody', '--', process.execPath, cli]
        : [process.execPath, cli]
    const run = spawnSync(command[0]!, [...command.slice(1), 'db', 'check', '--db', path], {
      encoding: 'utf8'
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(path)
    expect(run.stderr).toMatch(/cannot be written to|cannot be opened/)
    expect(sha256(path)).toBe(before)
  })

  it('says a store locked by another program is in use, naming it, and changes nothing', async () => {
    const { path } = await storeWithBackup(tempDir())
    const before = sha256(path)
    // Another process takes an exclusive lock and holds it.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(path)});
         d.pragma('locking_mode = EXCLUSIVE'); d.exec('BEGIN EXCLUSIVE'); d.prepare('SELECT count(*) FROM auditors').get();
         console.log('locked'); setInterval(() => {}, 1000)`
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] }
    )
    onTestFinished(() => {
      holder.kill('SIGKILL')
    })
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()))
    const status = await statusOf(path)
    expect(status.state).toBe('locked')
    expect(status.message).toContain(path)
    expect(status.message).toMatch(/in use by another program/)
    holder.kill('SIGKILL')
    await new Promise((resolve) => holder.once('exit', resolve))
    expect(sha256(path)).toBe(before)
    expect(existsSync(path)).toBe(true)
    expect(listBackups(path)).toHaveLength(1)
  })
})
