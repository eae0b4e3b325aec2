import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { closeAppContext } from '../../../electron/context'
import { startWeb } from '../support/processes'
import { auditFixture } from './support'

async function call(
  web: { origin: string; token: string },
  name: string,
  body: unknown
): Promise<unknown> {
  const response = await fetch(`${web.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify(body)
  })
  const result = (await response.json()) as {
    ok: boolean
    value?: unknown
    error?: { message: string }
  }
  if (!result.ok) throw new Error(result.error?.message)
  return result.value
}

describe('autosave durability', () => {
  it('keeps every save that returned, even when the app is killed straight after', async () => {
    const { app, cycleId, caseIds, storePath } = await auditFixture()
    closeAppContext(app.context)

    // The real app process (browser mode), killed with SIGKILL the moment each save returns.
    const web = await startWeb(['--db', storePath])
    const opened = (await call(web, 'audits:open', { cycleId, caseId: caseIds[0] })) as {
      audit: { id: number }
    }
    const auditId = opened.audit.id
    await call(web, 'audits:save-score', {
      auditId,
      criterionKey: 'timescales',
      grade: 2,
      evidence: 'Three actions have no date'
    })
    await call(web, 'audits:save-overall', { auditId, rationale: 'Timescales drift' })
    await call(web, 'audits:save-score', { auditId, criterionKey: 'outcome-focus', grade: 4 })
    web.child.kill('SIGKILL')
    await new Promise((resolve) => web.child.once('exit', resolve))

    const db = new Database(storePath)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const scores = db
      .prepare(
        'SELECT criterion_key, grade, evidence FROM scores WHERE audit_id = ? ORDER BY criterion_key'
      )
      .all(auditId)
    expect(scores).toEqual([
      { criterion_key: 'outcome-focus', grade: 4, evidence: '' },
      { criterion_key: 'timescales', grade: 2, evidence: 'Three actions have no date' }
    ])
    expect(
      db.prepare('SELECT overall_rationale FROM audits WHERE id = ?').pluck().get(auditId)
    ).toBe('Timescales drift')
    db.close()
  })
})
