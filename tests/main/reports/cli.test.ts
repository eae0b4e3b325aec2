import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { closeAppContext } from '../../../electron/context'
import { SCORE_COLUMNS } from '../../../electron/services/export'
import { valueOf } from '../support/app'
import { runCli } from '../support/processes'
import { tempDir } from '../support/temp'
import { reportFixture } from './support'

async function closedFixture() {
  const fixture = await reportFixture()
  valueOf(
    await fixture.app.call('reports:save-summary', {
      cycleId: fixture.spring,
      summary: 'Timescales are the weakest area.\n\nActions often say "ongoing" <b>.'
    })
  )
  closeAppContext(fixture.app.context)
  return fixture
}

describe('care-audit export', () => {
  it('writes a CSV for a cycle by name, with the filters, and says how many rows', async () => {
    const { storePath } = await closedFixture()
    const dir = tempDir()
    const out = join(dir, 'scores.csv')
    const run = runCli([
      'export',
      '--db',
      storePath,
      '--cycle',
      'spring AUDIT',
      '--kind',
      'scores',
      '--out',
      out
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`Wrote 35 rows to ${out}\n`)
    const rows = parse(readFileSync(out), { bom: true }) as string[][]
    expect(rows[0]).toEqual(SCORE_COLUMNS.map((column) => column.name))
    expect(rows).toHaveLength(36)

    const north = join(dir, 'north.csv')
    const json = runCli([
      'export',
      '--db',
      storePath,
      '--cycle',
      'Spring audit',
      '--kind',
      'audits',
      '--team',
      'North Team',
      '--plan-type',
      'cla',
      '--out',
      north,
      '--json'
    ])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({ file: north, rows: 1 })
    expect(readdirSync(dir).sort()).toEqual(['north.csv', 'scores.csv'])
  })

  it('exits 1 naming the problem, and writes nothing, for an unknown cycle or folder', async () => {
    const { storePath } = await closedFixture()
    const dir = tempDir()
    const unknown = runCli([
      'export',
      '--db',
      storePath,
      '--cycle',
      'Autumn',
      '--kind',
      'scores',
      '--out',
      join(dir, 'x.csv')
    ])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('There is no audit cycle called "Autumn"')
    const nowhere = join(dir, 'missing', 'x.csv')
    const folder = runCli(['export', '--db', storePath, '--kind', 'actions', '--out', nowhere])
    expect(folder.code).toBe(1)
    expect(folder.stderr).toContain(nowhere)
    expect(readdirSync(dir)).toEqual([])
  })

  it('exits 2 for a usage mistake', async () => {
    const { storePath } = await closedFixture()
    expect(runCli(['export', '--db', storePath, '--out', 'x.csv']).code).toBe(2)
    expect(runCli(['export', '--db', storePath, '--kind', 'grades', '--out', 'x.csv']).code).toBe(2)
    expect(
      runCli(['export', '--db', storePath, '--kind', 'scores', '--plan-type', 'ZZ', '--out', 'x'])
        .code
    ).toBe(2)
    expect(runCli(['export', '--help']).stdout).toContain(
      'scores    one row per audit and criterion'
    )
  })
})

describe('care-audit report', () => {
  it('writes the cycle report as one self-contained HTML file with inline charts', async () => {
    const { storePath } = await closedFixture()
    const out = join(tempDir(), 'spring.html')
    const run = runCli(['report', '--db', storePath, '--cycle', 'Spring audit', '--html', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('(5 audited plans)')
    const html = readFileSync(out, 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    // Nothing to fetch and nothing to run: styles inline, charts inline, no script.
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\((?!#)/i)
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(5)
    for (const heading of [
      'Key themes',
      'Targets',
      'Grades by criterion',
      'By team',
      'By plan type',
      'Across cycles',
      'The plan analyser beside the auditors’ grades',
      'Actions and safeguarding',
      'Completion',
      'List of actions'
    ]) {
      expect(html).toContain(`>${heading}</h2>`)
    }
    // The officer's summary, escaped; the figures with their n.
    expect(html).toContain('Actions often say &quot;ongoing&quot; &lt;b&gt;.')
    expect(html).toContain('60% <span class="n">(n = 5)</span>')
    expect(html).toContain('@page { size: A4;')
    expect(existsSync(`${out}.partial`)).toBe(false)
  })

  it('exits 2 without a cycle, and 1 for a cycle that does not exist', async () => {
    const { storePath } = await closedFixture()
    const out = join(tempDir(), 'x.html')
    expect(runCli(['report', '--db', storePath, '--html', out]).code).toBe(2)
    const missing = runCli(['report', '--db', storePath, '--cycle', 'Nope', '--html', out])
    expect(missing.code).toBe(1)
    expect(existsSync(out)).toBe(false)
  })
})
