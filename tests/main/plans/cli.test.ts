import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/processes'
import { tempDir } from '../support/temp'
import { makeDocx, makePdf } from './support/documents'
import { planDocsFolder } from './support/app'

function storeWithCases(dir: string): string {
  const db = join(dir, 'store.sqlite')
  const list = join(dir, 'cases.csv')
  writeFileSync(
    list,
    'Case Ref,Team,Plan Type,Plan Start Date\r\nCP-10234,North,CP,14/01/2026\r\nCIN-200,South,CIN,\r\nPW-400,Leaving Care,Pathway,\r\n'
  )
  expect(runCli(['import-cases', list, '--db', db]).code).toBe(0)
  return db
}

describe('care-audit attach-plans', () => {
  it('attaches a folder of Word, PDF, text and RTF plans, including its subfolders', async () => {
    const dir = tempDir()
    const db = storeWithCases(dir)
    const plans = join(dir, 'plans')
    mkdirSync(join(plans, 'march'), { recursive: true })
    writeFileSync(
      join(plans, 'CP-10234 plan.docx'),
      await makeDocx([{ paragraph: 'Mum to attend the course' }])
    )
    writeFileSync(join(plans, 'march', 'CIN-200.pdf'), makePdf([['School to report weekly']]))
    copyFileSync(
      join(planDocsFolder, 'PW-400 pathway plan.rtf'),
      join(plans, 'PW-400 pathway plan.rtf')
    )
    writeFileSync(join(plans, '~$CP-10234 plan.docx'), 'Word lock file')
    writeFileSync(join(plans, '.DS_Store'), 'hidden')
    const run = runCli(['attach-plans', plans, '--db', db])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Attached 3 plans: 3 new, 0 new versions, 0 unchanged')
    expect(run.stdout).toContain('  CP-10234 v1  CP-10234 plan.docx (new, 24 characters)')
    expect(run.stdout).toContain('  CIN-200 v1  CIN-200.pdf (new, 23 characters)')
    const again = runCli(['attach-plans', join(plans, 'CP-10234 plan.docx'), '--db', db, '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toEqual({
      attached: [
        {
          fileName: 'CP-10234 plan.docx',
          caseRef: 'CP-10234',
          version: 1,
          status: 'unchanged',
          characters: 24
        }
      ],
      unmatched: [],
      failed: []
    })
  })

  it('exits 1 and lists unmatched and unreadable files, still attaching the rest', () => {
    const dir = tempDir()
    const db = storeWithCases(dir)
    writeFileSync(join(dir, 'notes.txt'), 'not a plan for anyone')
    writeFileSync(join(dir, 'CP-10234 scan.pdf'), makePdf([[]]))
    writeFileSync(join(dir, 'CIN-200 plan.txt'), 'A plan')
    const run = runCli([
      'attach-plans',
      join(dir, 'notes.txt'),
      join(dir, 'CP-10234 scan.pdf'),
      join(dir, 'CIN-200 plan.txt'),
      '--db',
      db
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Attached 1 plan: 1 new')
    expect(run.stdout).toContain('Unmatched (1):\n  notes.txt: No case reference')
    expect(run.stdout).toContain(
      'Could not read (1):\n  CP-10234 scan.pdf: no text found (is it a scanned image?)'
    )
    expect(run.stderr).toBe('2 files could not be attached; see the list above.\n')
  })

  it('refuses a path that does not exist, and a call without --db', () => {
    const dir = tempDir()
    const db = storeWithCases(dir)
    const missing = runCli(['attach-plans', join(dir, 'nowhere'), '--db', db])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`Cannot read ${join(dir, 'nowhere')}`)
    expect(runCli(['attach-plans', dir]).code).toBe(2)
    expect(runCli(['attach-plans', '--db', db]).code).toBe(2)
  })
})
