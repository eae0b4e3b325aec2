import { request } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, startWeb } from '../support/processes'
import type { WebProcess } from '../support/processes'
import { tempDir } from '../support/temp'

/** One API call to browser mode, with the token it printed. */
function apiCall(web: WebProcess, name: string, body: unknown = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: web.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: {
          host: `127.0.0.1:${web.port}`,
          authorization: `Bearer ${web.token}`,
          'content-type': 'application/json'
        }
      },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve(JSON.parse(text)))
      }
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

describe('care-audit demo', () => {
  it('seeds a new store and prints what it added', () => {
    const db = join(tempDir(), 'demo.sqlite')
    const run = runCli(['demo', '--db', db])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Seeded demo data into ${db}`)
    expect(run.stdout).toMatch(/Cases: 300 in 6 teams/)
    expect(run.stdout).toMatch(/Audits: 7 submitted, 2 in progress, 1 skipped, 10 not started/)
  })

  it('prints the summary as JSON alone with --json, and refuses the same store again', () => {
    const db = join(tempDir(), 'demo.sqlite')
    const run = runCli(['demo', '--db', db, '--json'])
    expect(run.code).toBe(0)
    const summary = JSON.parse(run.stdout) as Record<string, unknown>
    expect(summary).toMatchObject({
      storePath: db,
      cases: 300,
      plans: { casesWithoutPlan: expect.any(Number) as number },
      cycle: { frameworkKey: 'care-plan-quality', seed: 'DEMO', sampled: 20 },
      audits: { submitted: 7, inProgress: 2, skipped: 1, notStarted: 10, safeguardingFlags: 1 },
      currentAuditor: 'Alex Morgan (demo)'
    })
    expect(Object.keys(summary.planTypes as object).sort()).toEqual(
      ['CIN', 'CLA', 'CP', 'EARLY_HELP', 'PATHWAY'].sort()
    )

    const again = runCli(['demo', '--db', db])
    expect(again.code).toBe(1)
    expect(again.stdout).toBe('')
    expect(again.stderr).toContain(`The store at ${db} already holds cases`)
  })

  it('asks for --db', () => {
    const run = runCli(['demo'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('demo needs --db PATH')
  })
})

describe('npm run web -- --demo', () => {
  it('seeds a new store before serving it, and leaves a store with cases alone', async () => {
    const db = join(tempDir(), 'web-demo.sqlite')
    const web = await startWeb(['--port', '0', '--db', db, '--demo'])
    expect(web.output()).toContain('Seeded demo data: 300 cases in 6 teams')
    expect(await apiCall(web, 'store:status')).toMatchObject({
      ok: true,
      value: { state: 'ok', chainValid: true }
    })
    const cases = (await apiCall(web, 'cases:list', { limit: 10 })) as {
      ok: boolean
      value: { total: number; byTeam: unknown[]; byPlanType: unknown[] }
    }
    expect(cases.ok).toBe(true)
    expect(cases.value.total).toBe(300)
    expect(cases.value.byTeam).toHaveLength(6)
    expect(cases.value.byPlanType).toHaveLength(5)
    expect(await apiCall(web, 'auditor:get')).toMatchObject({
      ok: true,
      value: { name: 'Alex Morgan (demo)' }
    })
    web.child.kill('SIGTERM')
    await new Promise((resolve) => web.child.once('exit', resolve))

    const again = await startWeb(['--port', '0', '--db', db, '--demo'])
    expect(again.output()).toContain('already holds cases, so demo data was not added')
  })
})
