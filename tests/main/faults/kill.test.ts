import { spawn } from 'node:child_process'
import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { closeAppContext } from '../../../electron/context'
import { auditFixture } from '../audits/support'
import { runCli, startWeb } from '../support/processes'
import { repoRoot, tempDir } from '../support/temp'

function bigCaseList(rows: number): string {
  const lines = [
    'Case Ref,Team,Plan Type,Allocated Worker,Plan Start Date,Legal Status,Case Status'
  ]
  const teams = ['North Team', 'South Team', 'East Team', 'West Team']
  const types = ['CP', 'CIN', 'CLA', 'Early Help', 'Pathway']
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `K-${100000 + i},${teams[i % 4]},${types[i % 5]},Worker ${i % 37},${String((i % 28) + 1).padStart(2, '0')}/03/2026,Section ${i % 9},Open`
    )
  }
  return lines.join('\r\n') + '\r\n'
}

describe('a process killed in the middle of writing', () => {
  it('leaves no trace of an import killed mid-transaction: the store opens, intact, without it', async () => {
    const dir = tempDir()
    const db = join(dir, 'import.sqlite')
    expect(runCli(['db', 'check', '--db', db]).code).toBe(0)
    const csv = join(dir, 'huge.csv')
    writeFileSync(csv, bigCaseList(300_000))
    const walBefore = statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0

    const child = spawn(
      process.execPath,
      [join(repoRoot, 'out/main/cli.js'), 'import-cases', csv, '--db', db],
      {
        cwd: repoRoot,
        stdio: 'ignore'
      }
    )
    onTestFinished(() => {
      child.kill('SIGKILL')
    })
    // The import writes only inside its one commit transaction: once the write-ahead log grows by
    // megabytes, the transaction is under way and not yet committed. Kill it there.
    const killedMidWrite = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        const wal = statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0
        if (wal - walBefore > 4 * 1024 * 1024) {
          clearInterval(timer)
          child.kill('SIGKILL')
          resolve(true)
        }
      }, 2)
      child.once('exit', () => {
        clearInterval(timer)
        resolve(false)
      })
    })
    expect(killedMidWrite).toBe(true)
    await new Promise((resolve) =>
      child.exitCode === null && child.signalCode === null
        ? child.once('exit', resolve)
        : resolve(null)
    )

    const store = new Database(db)
    expect(store.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(store.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0)
    expect(store.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0)
    expect(store.prepare("SELECT count(*) FROM events WHERE entity = 'import'").pluck().get()).toBe(
      0
    )
    store.close()
    expect(runCli(['db', 'check', '--db', db]).code).toBe(0)
  })

  it('keeps every autosave that returned before the app was killed in a burst of them', async () => {
    const { app, cycleId, caseIds, storePath } = await auditFixture()
    closeAppContext(app.context)
    const web = await startWeb(['--db', storePath])
    const call = async (
      name: string,
      body: unknown
    ): Promise<{ ok: boolean; value?: { audit?: { id: number } } }> => {
      const response = await fetch(`${web.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
        body: JSON.stringify(body)
      })
      return (await response.json()) as { ok: boolean; value?: { audit?: { id: number } } }
    }
    const opened = await call('audits:open', { cycleId, caseId: caseIds[0] })
    const auditId = opened.value!.audit!.id
    // Evidence notes typed in a burst, each save awaited as the stepper's queue does; the app is
    // killed at an arbitrary moment while saves are still coming.
    const returned: string[] = []
    let killed = false
    const burst = (async () => {
      for (let i = 0; i < 400 && !killed; i += 1) {
        const text = `Note revision ${i}`
        try {
          const result = await call('audits:save-score', {
            auditId,
            criterionKey: 'timescales',
            evidence: text
          })
          if (result.ok) returned.push(text)
        } catch {
          break
        }
      }
    })()
    // Kill once a good number of saves have come back, while more are in flight; counting saves
    // rather than waiting a fixed time keeps this the same on a slow or busy machine.
    while (returned.length < 12) await new Promise((resolve) => setTimeout(resolve, 5))
    killed = true
    web.child.kill('SIGKILL')
    await burst
    await new Promise((resolve) =>
      web.child.exitCode === null && web.child.signalCode === null
        ? web.child.once('exit', resolve)
        : resolve(null)
    )
    expect(returned.length).toBeGreaterThan(5)

    const db = new Database(storePath)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = db
      .prepare("SELECT evidence FROM scores WHERE criterion_key = 'timescales'")
      .pluck()
      .get() as string
    // The store holds the last save that returned, or one sent after it whose reply was cut off.
    const storedIndex = Number(stored.replace('Note revision ', ''))
    expect(storedIndex).toBeGreaterThanOrEqual(returned.length - 1)
    // And the audit trail has an event for every save that returned.
    const events = db
      .prepare("SELECT after FROM events WHERE entity = 'score' ORDER BY id")
      .pluck()
      .all() as string[]
    const saved = new Set(
      events.map((after) => (JSON.parse(after) as { evidence?: string }).evidence)
    )
    for (const text of returned) expect(saved.has(text), text).toBe(true)
    db.close()
  })
})
