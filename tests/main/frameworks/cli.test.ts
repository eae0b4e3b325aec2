import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FrameworkImportResult, FrameworkSummary } from '../../../shared/contract'
import { runCli } from '../support/processes'
import { tempDir } from '../support/temp'
import { FIXTURES } from './support'

describe('care-audit frameworks', () => {
  it('lists the installed default as a table, and as JSON alone with --json', () => {
    const db = join(tempDir(), 'cli.sqlite')
    const table = runCli(['frameworks', 'list', '--db', db])
    expect(table.code).toBe(0)
    expect(table.stderr).toBe('')
    const [header, row] = table.stdout.trimEnd().split('\n')
    expect(header).toMatch(/^Key\s+Version\s+Title\s+Criteria\s+Locked\s+Used by$/)
    expect(row).toMatch(/^care-plan-quality\s+1\s+Quality of children's plans\s+5\s+no\s+0 cycles$/)

    const json = runCli(['frameworks', 'list', '--db', db, '--json'])
    expect(json.code).toBe(0)
    const list = JSON.parse(json.stdout) as FrameworkSummary[]
    expect(list).toMatchObject([{ key: 'care-plan-quality', version: 1, locked: false }])
  })

  it('exports to stdout or a file, and the file imports back as unchanged', () => {
    const dir = tempDir()
    const db = join(dir, 'cli.sqlite')
    const printed = runCli(['frameworks', 'export', 'care-plan-quality', '--db', db])
    expect(printed.code).toBe(0)
    expect(JSON.parse(printed.stdout)).toMatchObject({ key: 'care-plan-quality', version: 1 })

    const out = join(dir, 'exported.json')
    const written = runCli([
      'frameworks',
      'export',
      'care-plan-quality',
      '--version',
      '1',
      '--db',
      db,
      '--out',
      out
    ])
    expect(written.code).toBe(0)
    expect(written.stdout).toBe(`Exported care-plan-quality-v1 to ${out}\n`)
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)

    const back = runCli(['frameworks', 'import', out, '--db', db])
    expect(back.code).toBe(0)
    expect(back.stdout).toBe(
      `${out} is identical to care-plan-quality version 1, which is already here. Nothing was imported.\n`
    )
  })

  it('imports a new framework and then a changed copy as its next version', () => {
    const dir = tempDir()
    const db = join(dir, 'cli.sqlite')
    const file = join(FIXTURES, 'valid/pathway-plans.json')
    const added = runCli(['frameworks', 'import', file, '--db', db, '--json'])
    expect(added.code).toBe(0)
    expect(added.stderr).toBe('')
    expect(JSON.parse(added.stdout)).toMatchObject({
      key: 'pathway-plans',
      version: 1,
      outcome: 'added'
    } satisfies Partial<FrameworkImportResult>)

    const changed = JSON.parse(readFileSync(file, 'utf8')) as { title: string }
    changed.title = 'Pathway plans (2027)'
    const changedFile = join(dir, 'pathway-2027.json')
    writeFileSync(changedFile, JSON.stringify(changed))
    const next = runCli(['frameworks', 'import', changedFile, '--db', db])
    expect(next.code).toBe(0)
    expect(next.stdout).toBe(
      'Imported "Pathway plans (2027)" as version 2 of pathway-plans (the file says version 1; a framework already here takes the next number).\n'
    )
  })

  it('exits 1 with one line naming the file, the place and the problem for an invalid file', () => {
    const db = join(tempDir(), 'cli.sqlite')
    const file = join(FIXTURES, 'invalid/missing-descriptor.json')
    const run = runCli(['frameworks', 'import', file, '--db', db])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `${file} is not a valid framework (1 problem): Criterion 2 (timescales), descriptor for Inadequate: This is required but missing.\n`
    )

    const json = runCli(['frameworks', 'import', file, '--db', db, '--json'])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toEqual({
      imported: false,
      error: expect.stringContaining('is not a valid framework'),
      problems: [
        {
          path: 'criteria.1.descriptors.1',
          message:
            'Criterion 2 (timescales), descriptor for Inadequate: This is required but missing'
        }
      ]
    })

    const syntax = runCli([
      'frameworks',
      'import',
      join(FIXTURES, 'invalid/syntax-error.json'),
      '--db',
      db
    ])
    expect(syntax.code).toBe(1)
    expect(syntax.stderr).toMatch(
      /syntax-error\.json is not valid JSON: .+ at line 36, column 7\.\n$/
    )
    const list = JSON.parse(
      runCli(['frameworks', 'list', '--db', db, '--json']).stdout
    ) as unknown[]
    expect(list).toHaveLength(1)
  })

  it('exits 1 for a missing file or framework, and 2 for a usage mistake', () => {
    const db = join(tempDir(), 'cli.sqlite')
    const missingFile = runCli(['frameworks', 'import', '/no/such/file.json', '--db', db])
    expect(missingFile.code).toBe(1)
    expect(missingFile.stderr).toBe('Cannot read /no/such/file.json (ENOENT). Check the path.\n')

    const missingKey = runCli(['frameworks', 'export', 'nothing-here', '--db', db])
    expect(missingKey.code).toBe(1)
    expect(missingKey.stderr).toBe('There is no framework "nothing-here".\n')

    const noStore = runCli(['frameworks', 'list'])
    expect(noStore.stderr).toBe('frameworks needs --db PATH. Run with --help for usage.\n')
    expect(noStore.code).toBe(2)
    expect(runCli(['frameworks', 'delete', 'care-plan-quality', '--db', db]).code).toBe(2)
    expect(runCli(['frameworks', 'export', '--db', db]).code).toBe(2)
    expect(runCli(['frameworks', 'export', 'x', '--version', 'two', '--db', db]).code).toBe(2)
    const help = runCli(['frameworks', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('care-audit frameworks import FILE --db PATH [--json]')
  })
})
