import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/processes'
import { tempDir } from '../support/temp'
import { caseListsFolder, xlsxFile } from './support'

const fixturePath = (name: string) => join(caseListsFolder, name)

function count(db: string, table: string): number {
  const store = new Database(db, { readonly: true })
  try {
    return store.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  } finally {
    store.close()
  }
}

describe('care-audit import-cases', () => {
  it('imports a case list, printing the preview and what was imported', () => {
    const db = join(tempDir(), 'store.sqlite')
    const run = runCli(['import-cases', fixturePath('mosaic-comma.csv'), '--db', db])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Case list: mosaic-comma.csv (CSV, utf-8, delimiter ",")')
    expect(run.stdout).toContain('Rows: 5, valid: 5; cases new: 5, updated: 0, unchanged: 0')
    expect(run.stdout).toContain('Mapping (guessed from the headers):')
    expect(run.stdout).toContain('Not imported (personal details): "Child Name", "Date of Birth"')
    expect(run.stdout).toContain('Imported (import 1): 5 new, 0 updated, 0 unchanged.')
    expect(count(db, 'cases')).toBe(5)
    const again = runCli(['import-cases', fixturePath('mosaic-comma.csv'), '--db', db])
    expect(again.stdout).toContain('Mapping (remembered from an earlier import):')
    expect(again.stdout).toContain('0 new, 0 updated, 5 unchanged')
  })

  it('exits 1 and writes nothing when a row has a problem, listing each by row and column', () => {
    const db = join(tempDir(), 'store.sqlite')
    const run = runCli(['import-cases', fixturePath('problems.csv'), '--db', db])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '  row 4, "Plan Type", "Section 47": "Section 47" is not a plan type we recognise'
    )
    expect(run.stdout).toContain('  row 5, "Plan Start Date", "31/02/2026": ')
    expect(run.stderr).toBe(
      'Nothing was imported: 9 rows of problems.csv have problems. Correct the file, or run again with --skip-invalid to import the valid rows.\n'
    )
    expect(count(db, 'cases')).toBe(0)
    expect(count(db, 'imports')).toBe(0)
    expect(count(db, 'events')).toBe(0)
  })

  it('imports the valid rows with --skip-invalid and lists the skipped ones', () => {
    const db = join(tempDir(), 'store.sqlite')
    const run = runCli(['import-cases', fixturePath('problems.csv'), '--db', db, '--skip-invalid'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'Imported (import 1): 1 new, 0 updated, 0 unchanged, 9 skipped (rows 2, 3, 4, 5, 6, 7, 8, 9, 10).'
    )
    expect(count(db, 'cases')).toBe(1)
  })

  it('prints JSON alone on stdout with --json', () => {
    const db = join(tempDir(), 'store.sqlite')
    const run = runCli([
      'import-cases',
      fixturePath('excel-windows-1252.csv'),
      '--db',
      db,
      '--json'
    ])
    expect(run.code).toBe(0)
    const output = JSON.parse(run.stdout) as Record<string, unknown>
    expect(output).toMatchObject({
      file: { fileName: 'excel-windows-1252.csv', encoding: 'windows-1252', rowCount: 2 },
      preview: { newCases: 2, problems: [] },
      imported: true,
      result: { created: 2, skipped: 0 }
    })
    expect(output.file).not.toHaveProperty('sampleRows')
    const failing = runCli(['import-cases', fixturePath('problems.csv'), '--db', db, '--json'])
    expect(failing.code).toBe(1)
    const failed = JSON.parse(failing.stdout) as { imported: boolean; preview: { problems: [] } }
    expect(failed.imported).toBe(false)
    expect(failed.preview.problems).toHaveLength(9)
  })

  it('uses a mapping file and a chosen sheet of a workbook', async () => {
    const dir = tempDir()
    const db = join(dir, 'store.sqlite')
    const workbook = await xlsxFile('export.xlsx', {
      Notes: [['Exported from Eclipse']],
      Cases: [
        ['Ref', 'Locality', 'Kind', 'Began'],
        ['E-1', 'North', 'CP', new Date(Date.UTC(2026, 1, 3))]
      ]
    })
    writeFileSync(join(dir, 'export.xlsx'), workbook.bytes)
    writeFileSync(
      join(dir, 'map.json'),
      JSON.stringify({ caseRef: 'Ref', team: 'Locality', planType: 'Kind', planStartDate: 'Began' })
    )
    const run = runCli([
      'import-cases',
      join(dir, 'export.xlsx'),
      '--db',
      db,
      '--sheet',
      'Cases',
      '--mapping',
      join(dir, 'map.json')
    ])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('Case list: export.xlsx (XLSX, sheet "Cases")')
    expect(run.stdout).toContain('Mapping (from map.json):')
    expect(run.code).toBe(0)
    const store = new Database(db, { readonly: true })
    expect(store.prepare('SELECT case_ref, plan_start_date FROM cases').get()).toEqual({
      case_ref: 'E-1',
      plan_start_date: '2026-02-03'
    })
    store.close()
  })

  it('says where the headings were found under a report title', () => {
    const dir = tempDir()
    const csv = join(dir, 'report.csv')
    writeFileSync(
      csv,
      'Open cases as at 20/11/2026,,\r\nCase Ref,Team,Plan Type\r\nR-1,North,CP\r\n'
    )
    const run = runCli(['import-cases', csv, '--db', join(dir, 'store.sqlite')])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain(
      'Case list: report.csv (CSV, utf-8, delimiter ",", headings on row 2)'
    )
    expect(run.stdout).toContain('Imported (import 1): 1 new, 0 updated, 0 unchanged.')
    expect(run.code).toBe(0)
  })

  it('prints what an updated list changes, field by field, before importing it', () => {
    const dir = tempDir()
    const db = join(dir, 'store.sqlite')
    const first = join(dir, 'april.csv')
    writeFileSync(first, 'Case Ref,Team,Plan Type\r\nR-1,North,CP\r\nR-2,North,CIN\r\n')
    expect(runCli(['import-cases', first, '--db', db]).code).toBe(0)
    const second = join(dir, 'may.csv')
    writeFileSync(second, 'Case Ref,Team,Plan Type\r\nR-1,South,CP\r\nR-2,North,CLA\r\n')
    const run = runCli(['import-cases', second, '--db', db])
    expect(run.stdout).toContain('Changes: Plan type in 1 case (R-2 "CIN" -> "CLA")')
    expect(run.stdout).toContain('Changes: Team in 1 case (R-1 "North" -> "South")')
    expect(run.code).toBe(0)
  })

  it('explains a bad mapping file, a missing file and a missing --db', () => {
    const dir = tempDir()
    const db = join(dir, 'store.sqlite')
    writeFileSync(join(dir, 'bad.json'), '{"caseRef": 7}')
    const bad = runCli([
      'import-cases',
      fixturePath('mosaic-comma.csv'),
      '--db',
      db,
      '--mapping',
      join(dir, 'bad.json')
    ])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('bad.json is not a column mapping')
    const wrongColumn = join(dir, 'wrong.json')
    writeFileSync(wrongColumn, '{"caseRef": "Ref", "team": "Team", "planType": "Plan Type"}')
    const wrong = runCli([
      'import-cases',
      fixturePath('mosaic-comma.csv'),
      '--db',
      db,
      '--mapping',
      wrongColumn
    ])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain(
      'Case reference is mapped to "Ref", which is not a column of mosaic-comma.csv'
    )
    const missing = runCli(['import-cases', join(dir, 'nope.csv'), '--db', db])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`Cannot read ${join(dir, 'nope.csv')}`)
    const usage = runCli(['import-cases', fixturePath('mosaic-comma.csv')])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--db')
  })
})
