import { copyFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups, migrations, openStore, verifyChain } from '../../../electron/store'
import { repoRoot, tempDir } from '../support/temp'

const fixtures = join(repoRoot, 'tests/fixtures/stores')

describe('stores from past schema versions', () => {
  it('has a fixture for every past version', () => {
    const versions = readdirSync(fixtures)
      .filter((name) => /^v\d+\.sqlite$/.test(name))
      .map((name) => Number(name.slice(1, -'.sqlite'.length)))
      .sort((a, b) => a - b)
    expect(versions).toEqual(migrations.slice(0, -1).map((migration) => migration.version))
  })

  it('upgrades a version 1 store to the current version with nothing lost, after a backup', async () => {
    const path = join(tempDir(), 'old.sqlite')
    copyFileSync(join(fixtures, 'v1.sqlite'), path)
    const db = await openStore(path)
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length)
    expect(db.prepare('SELECT name FROM auditors').pluck().all()).toEqual(['Ann Lee'])
    expect(
      db.prepare("SELECT value FROM settings WHERE key = 'current_auditor_id'").pluck().get()
    ).toBe('1')
    expect(
      db
        .prepare('SELECT case_ref, plan_type, team, social_worker, status FROM cases ORDER BY id')
        .all()
    ).toEqual([
      {
        case_ref: 'V1-001',
        plan_type: 'CP',
        team: 'North Team',
        social_worker: 'Ali Khan',
        status: 'open'
      },
      {
        case_ref: 'V1-002',
        plan_type: 'CLA',
        team: 'Children in Care',
        social_worker: null,
        status: 'closed'
      }
    ])
    expect(db.prepare('SELECT text FROM plan_documents').pluck().get()).toBe('SW to visit weekly.')
    expect(db.prepare('SELECT name FROM cycles').pluck().all()).toEqual(['Winter audit'])
    expect(db.prepare('SELECT count(*) FROM cycle_cases').pluck().get()).toBe(1)
    expect(verifyChain(db)).toMatchObject({ valid: true, events: 2 })
    // What version 2 adds: the default framework.
    expect(db.prepare('SELECT key, version FROM frameworks').all()).toEqual([
      { key: 'care-plan-quality', version: 1 }
    ])
    db.close()
    expect(listBackups(path).map((backup) => backup.reason)).toContain(
      `before-v${migrations.length}`
    )
  })

  it('gives an upgraded store exactly the schema of a new one (so a shipped migration was never edited)', async () => {
    const schema = (db: import('better-sqlite3').Database): string[] =>
      db
        .prepare(
          "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY type, name"
        )
        .pluck()
        .all() as string[]
    const upgradedPath = join(tempDir(), 'upgraded.sqlite')
    copyFileSync(join(fixtures, 'v1.sqlite'), upgradedPath)
    const upgraded = await openStore(upgradedPath)
    const fresh = await openStore(join(tempDir(), 'fresh.sqlite'))
    expect(schema(upgraded)).toEqual(schema(fresh))
    upgraded.close()
    fresh.close()
  })
})
