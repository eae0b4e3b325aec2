import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeAppContext } from '../../../electron/context'
import type { AgreementReport } from '../../../shared/contract'
import { runCli } from '../support/processes'
import { repoRoot, tempDir } from '../support/temp'
import { moderationFixture, submitModeration } from './support'

const FIXTURES = join(repoRoot, 'tests/fixtures/agreement')

describe('care-audit agreement --pairs', () => {
  it("prints the published irrCAC 4x4 example's statistics as the exact JSON", () => {
    const run = runCli(['agreement', '--pairs', join(FIXTURES, 'diagnosis-4x4.csv'), '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const json = JSON.parse(run.stdout) as Record<string, number | null>
    expect(Object.keys(json)).toEqual([
      'pairs',
      'excluded',
      'percentAgreement',
      'kappa',
      'kappaLinear',
      'kappaQuadratic',
      'ac1'
    ])
    expect(json.pairs).toBe(223)
    expect(json.excluded).toBe(0)
    expect(json.kappa!.toFixed(3)).toBe('0.432')
    expect(json.kappaLinear!.toFixed(3)).toBe('0.407')
    expect(json.kappaQuadratic!.toFixed(3)).toBe('0.383')
    expect(json.ac1!.toFixed(3)).toBe('0.456')
  })

  it('leaves out NA pairs however NA is written, and counts them', () => {
    const run = runCli([
      'agreement',
      '--pairs',
      join(FIXTURES, 'hand-worked-with-na.csv'),
      '--json'
    ])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as Record<string, number | null>
    expect(json).toMatchObject({ pairs: 5, excluded: 3, percentAgreement: 0.6 })
    expect(json.kappa).toBeCloseTo(4 / 9, 12)
    expect(json.kappaLinear).toBeCloseTo(2 / 5, 12)
    expect(json.kappaQuadratic).toBeCloseTo(16 / 41, 12)
    expect(json.ac1).toBeCloseTo(11 / 23, 12)
  })

  it('prints null, not NaN, for what is undefined', () => {
    const dir = tempDir()
    const file = join(dir, 'same.csv')
    writeFileSync(file, 'a,b\n3,3\n3,3\n')
    const run = runCli(['agreement', '--pairs', file, '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      pairs: 2,
      excluded: 0,
      percentAgreement: 1,
      kappa: null,
      kappaLinear: null,
      kappaQuadratic: null,
      ac1: 1
    })
  })

  it('exits 1 naming the row and column of a bad value', () => {
    const run = runCli(['agreement', '--pairs', join(FIXTURES, 'bad-value.csv'), '--json'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim()).toBe(
      'bad-value.csv, row 3 (line 4), column b: "5" is not a grade: use 1, 2, 3, 4 or NA.'
    )
  })

  it('exits 1 for a wrong header or a missing file, and 2 for a usage mistake', () => {
    const dir = tempDir()
    const file = join(dir, 'header.csv')
    writeFileSync(file, 'first,second\n1,2\n')
    const header = runCli(['agreement', '--pairs', file])
    expect(header.code).toBe(1)
    expect(header.stderr).toContain('the first line must be the header a,b')
    expect(runCli(['agreement', '--pairs', join(dir, 'missing.csv')]).code).toBe(1)
    expect(runCli(['agreement']).code).toBe(2)
    expect(runCli(['agreement', '--pairs', file, '--db', 'x.sqlite']).code).toBe(2)
    const help = runCli(['agreement', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--pairs FILE.csv')
  })
})

describe('care-audit agreement --db --cycle', () => {
  it("prints the cycle's table, and the same report as JSON", async () => {
    const fixture = await moderationFixture({ grade: 3 })
    await submitModeration(fixture.app, fixture.moderationId, {
      grade: 3,
      grades: { timescales: 2 },
      overall: 2
    })
    closeAppContext(fixture.app.context)

    const table = runCli(['agreement', '--db', fixture.storePath, '--cycle', 'spring AUDIT'])
    expect(table.code).toBe(0)
    expect(table.stdout).toContain('Agreement in Spring audit: 1 moderated audit compared')
    expect(table.stdout).toMatch(/Timescales\s+1\s+0\s+0\.0%\s+/)
    expect(table.stdout).toContain(
      'Below threshold: Weighted kappa below 0.60; Agreement below 75%'
    )
    expect(table.stdout).toContain('Priya Shah and Sam Lee: overall')

    const json = runCli([
      'agreement',
      '--db',
      fixture.storePath,
      '--cycle',
      'Spring audit',
      '--json'
    ])
    expect(json.code).toBe(0)
    const report = JSON.parse(json.stdout) as AgreementReport
    expect(report.completed).toBe(1)
    expect(report.criteria.find((row) => row.key === 'timescales')?.stats.percentAgreement).toBe(0)
  })

  it('exits 1 for an unknown cycle or store, naming what there is', async () => {
    const fixture = await moderationFixture()
    closeAppContext(fixture.app.context)
    const run = runCli(['agreement', '--db', fixture.storePath, '--cycle', 'Autumn'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('There is no cycle called "Autumn"')
    expect(run.stderr).toContain('"Spring audit"')
    const none = runCli(['agreement', '--db', join(tempDir(), 'none.sqlite'), '--cycle', 'x'])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('There is no audit store at')
  })
})
