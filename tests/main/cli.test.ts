import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../electron/store'
import { runCli } from './support/processes'
import { repoRoot, tempDir } from './support/temp'

const version = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

describe('the care-audit command line', () => {
  it('prints help listing its commands, and its version', () => {
    const help = runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('db check')
    const ver = runCli(['--version'])
    expect(ver).toMatchObject({ code: 0, stdout: `${version}\n` })
  })

  it('refuses an unknown command with exit code 2 and a pointer to --help', () => {
    const run = runCli(['frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Unknown command.*--help/)
  })

  it('refuses db check without --db', () => {
    const run = runCli(['db', 'check'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--db')
  })

  it('db check creates a fresh store and reports its schema version and a valid chain', () => {
    const path = join(tempDir(), 'NEW.sqlite')
    const run = runCli(['db', 'check', '--db', path])
    expect(run.code).toBe(0)
    expect(existsSync(path)).toBe(true)
    expect(run.stdout).toContain(
      `Schema version: ${migrations.length} (latest ${migrations.length})`
    )
    expect(run.stdout).toContain('chain valid')
    expect(run.stdout).toContain('Integrity: ok')
  })

  it('db check --json prints JSON alone on stdout', () => {
    const path = join(tempDir(), 'json.sqlite')
    const run = runCli(['db', 'check', '--db', path, '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      path,
      state: 'ok',
      schemaVersion: migrations.length,
      chainValid: true,
      events: 0,
      healthy: true
    })
  })

  it('db check on random bytes exits 1 with one line naming the file, leaving it byte-for-byte unchanged', () => {
    const dir = tempDir()
    const path = join(dir, 'garbage.sqlite')
    writeFileSync(path, randomBytes(32 * 1024))
    const before = sha256(path)
    const run = runCli(['db', 'check', '--db', path])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(path)
    expect(run.stderr).toMatch(/damaged/)
    expect(sha256(path)).toBe(before)
    expect(readdirSync(dir)).toEqual(['garbage.sqlite'])
  })

  it('db check exits 1 when the audit trail has been altered', () => {
    const path = join(tempDir(), 'tampered.sqlite')
    expect(runCli(['db', 'check', '--db', path]).code).toBe(0)
    const db = new Database(path)
    db.prepare(
      "INSERT INTO events (id, at, entity, action, prev_hash, hash) VALUES (1, 'now', 'x', 'forged', ?, 'f')"
    ).run('0'.repeat(64))
    db.close()
    const run = runCli(['db', 'check', '--db', path])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('chain BROKEN')
    expect(run.stderr).toContain('altered at event 1')
  })
})
