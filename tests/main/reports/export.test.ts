import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { createJobRegistry } from '../../../electron/jobs'
import type { JobReporter } from '../../../electron/jobs'
import {
  ACTION_COLUMNS,
  AUDIT_COLUMNS,
  exportCsvFile,
  exportCsvFileJob,
  exportCsvText,
  exportCsvTextJob,
  SCORE_COLUMNS,
  scoresQuery
} from '../../../electron/services/export'
import { field, record } from '../../../shared/csv'
import { orderedSql } from '../../../electron/services/export/rows'
import { realFileOps } from '../../../electron/services/export/write'
import { withReader } from '../../../electron/store/open'
import { AppError } from '../../../shared/errors'
import { valueOf } from '../support/app'
import { tempDir } from '../support/temp'
import { CRITERIA, reportFixture, TODAY } from './support'

/** The data dictionary in the README, column for column: changing these breaks people's scripts. */
const DOCUMENTED = {
  scores: [
    'cycle',
    'case_reference',
    'plan_type',
    'team',
    'social_worker',
    'auditor',
    'moderator',
    'audit_role',
    'audit_id',
    'criterion_key',
    'criterion_title',
    'grade_value',
    'grade_label',
    'evidence',
    'overall_grade_value',
    'overall_grade_label',
    'safeguarding_flag',
    'submitted_at',
    'framework_key',
    'framework_version'
  ],
  audits: [
    'cycle',
    'case_reference',
    'plan_type',
    'team',
    'social_worker',
    'auditor',
    'moderator',
    'audit_role',
    'audit_id',
    'overall_grade_value',
    'overall_grade_label',
    'overall_rationale',
    'safeguarding_flag',
    'submitted_at',
    'framework_key',
    'framework_version'
  ],
  actions: [
    'cycle',
    'case_reference',
    'plan_type',
    'team',
    'social_worker',
    'auditor',
    'audit_id',
    'action_id',
    'description',
    'owner',
    'due_date',
    'priority',
    'status',
    'overdue',
    'created_at',
    'updated_at'
  ]
}

const CRITERION_COLUMNS = [
  'grade_outcome-focus',
  'grade_timescales',
  'grade_robustness',
  'grade_childs-voice',
  'grade_multi-agency'
]

/** Awkward text, as officers and case-management systems really write it. */
const AWKWARD = {
  quotes: 'Mum said "not again", and left',
  commas: 'CAMHS, school, health visitor',
  newlines: 'Line one\nLine two\r\nLine three',
  unicode: 'Zoë’s plan — naïve café, 👍 ąę',
  formula: '=HYPERLINK("http://example.invalid","click")',
  plus: '+SUM(A1:A9)',
  minus: '-2+3',
  at: '@SUM(1)',
  tab: '\tTabbed',
  carriage: '\rStarts with CR'
}

const INJECTION = new Set(['formula', 'plus', 'minus', 'at', 'tab', 'carriage'])

function records(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<
    string,
    string
  >[]
}

function header(csv: string): string[] {
  return (parse(csv, { bom: true, to_line: 1 }) as string[][])[0]!
}

describe('CSV exports', () => {
  it('keep the documented column sets', async () => {
    const { app, spring } = await reportFixture()
    const store = app.context.store!
    expect(SCORE_COLUMNS.map((c) => c.name)).toEqual(DOCUMENTED.scores)
    expect(AUDIT_COLUMNS.map((c) => c.name)).toEqual(DOCUMENTED.audits)
    expect(ACTION_COLUMNS.map((c) => c.name)).toEqual(DOCUMENTED.actions)
    const filters = { cycleId: spring }
    expect(header(exportCsvText(store, 'scores', filters, TODAY).csv)).toEqual(DOCUMENTED.scores)
    expect(header(exportCsvText(store, 'audits', filters, TODAY).csv)).toEqual([
      ...DOCUMENTED.audits,
      ...CRITERION_COLUMNS
    ])
    expect(header(exportCsvText(store, 'actions', filters, TODAY).csv)).toEqual(DOCUMENTED.actions)
  })

  it('write UTF-8 with a BOM, CRLF records, RFC 4180 quotes, ISO dates and grades as numbers', async () => {
    const { app, spring } = await reportFixture()
    const { csv, rows } = exportCsvText(app.context.store!, 'scores', { cycleId: spring }, TODAY)
    expect(csv.startsWith('\uFEFFcycle,case_reference,')).toBe(true)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    // Every line break outside a quoted field is CRLF: strip quoted fields, then look.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(unquoted.match(/\r\n/g)?.length).toBe(rows + 1)
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const parsed = records(csv)
    expect(parsed).toHaveLength(rows)
    for (const row of parsed) {
      expect(row.grade_value).toMatch(/^([1-4]|)$/)
      expect(row.overall_grade_value).toMatch(/^[1-4]$/)
      expect(row.safeguarding_flag).toMatch(/^[01]$/)
      expect(row.submitted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
      expect(row.framework_version).toMatch(/^\d+$/)
    }
    // Grades are written bare, never quoted.
    expect(csv).toMatch(/,outcome-focus,Outcome focus,4,Outstanding,/)
  })

  it('hold primary, moderation and agreed rows, with N/A written as an empty grade', async () => {
    const { app, spring } = await reportFixture()
    const parsed = records(
      exportCsvText(app.context.store!, 'scores', { cycleId: spring }, TODAY).csv
    )
    const a103 = parsed.filter((row) => row.case_reference === 'A-103')
    expect(a103.map((row) => row.audit_role)).toEqual([
      ...Array(5).fill('primary'),
      ...Array(5).fill('moderation'),
      ...Array(5).fill('agreed')
    ])
    const agreed = Object.fromEntries(
      a103.filter((row) => row.audit_role === 'agreed').map((row) => [row.criterion_key, row])
    )
    expect(agreed.timescales).toMatchObject({
      grade_value: '3',
      grade_label: 'Good',
      evidence: 'Dates were there, in the table.',
      overall_grade_value: '3',
      auditor: 'Jo Reed',
      moderator: 'Priya Shah',
      submitted_at: '2026-05-02T10:00:00.000Z'
    })
    expect(agreed['multi-agency']).toMatchObject({ grade_value: '', grade_label: 'N/A' })
    expect(agreed['outcome-focus']).toMatchObject({ grade_value: '2' })
    // Four primaries (A-100, A-101, A-102, A-105) x 5 + A-103's three sets of 5.
    expect(parsed).toHaveLength(4 * 5 + 15)
    const a101 = parsed.find(
      (r) => r.case_reference === 'A-101' && r.criterion_key === 'multi-agency'
    )
    expect(a101).toMatchObject({ grade_value: '', grade_label: 'N/A' })
  })

  it('round-trip every awkward value through a real CSV reader, neutralising formulas', async () => {
    const { app, spring, caseIds, audits } = await reportFixture()
    const store = app.context.store!
    const entries = Object.entries(AWKWARD)
    const update = store.prepare(
      'UPDATE scores SET evidence = ? WHERE audit_id = ? AND criterion_key = ?'
    )
    // Put the awkward values in evidence notes (across A-100's and A-102's scores) ...
    const slots = [audits['A-100']!, audits['A-102']!].flatMap((auditId) =>
      ['outcome-focus', 'timescales', 'robustness', 'childs-voice', 'multi-agency'].map(
        (key) => [auditId, key] as const
      )
    )
    entries.forEach(([, value], index) => update.run(value, slots[index]![0], slots[index]![1]))
    // ... and in the case list's own columns.
    store
      .prepare('UPDATE cases SET team = ?, social_worker = ? WHERE id = ?')
      .run('North, "East" team', '=1+1', caseIds['A-100'])

    const parsed = records(exportCsvText(store, 'scores', { cycleId: spring }, TODAY).csv)
    const byEvidence = parsed.map((row) => row.evidence)
    for (const [name, value] of entries) {
      const expected = INJECTION.has(name) ? `'${value}` : value
      expect(byEvidence, name).toContain(expected)
    }
    const a100 = parsed.filter((row) => row.case_reference === 'A-100')
    expect(new Set(a100.map((row) => row.team))).toEqual(new Set(['North, "East" team']))
    expect(new Set(a100.map((row) => row.social_worker))).toEqual(new Set(["'=1+1"]))
    // No parsed cell starts a formula.
    for (const row of parsed) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+$)/)
    }
  })

  it('build the same file in SQL as encoding the plain rows field by field', async () => {
    const { app, spring, audits, caseIds } = await reportFixture()
    const store = app.context.store!
    const update = store.prepare(
      'UPDATE scores SET evidence = ? WHERE audit_id = ? AND criterion_key = ?'
    )
    Object.values(AWKWARD).forEach((value, index) =>
      update.run(value, audits['A-103']!, CRITERIA[index % CRITERIA.length]!)
    )
    store.prepare('UPDATE cases SET team = ? WHERE id = ?').run('-East, "new"', caseIds['A-103'])
    store.prepare("UPDATE auditors SET name = '@Priya' WHERE name = 'Priya Shah'").run()
    for (const filters of [{}, { cycleId: spring }, { cycleId: spring, team: '-East, "new"' }]) {
      const query = scoresQuery(store, filters)
      const rows = store.prepare(orderedSql(query)).raw().all(query.params) as unknown[][]
      const slow =
        '\uFEFF' +
        record(SCORE_COLUMNS.map((c) => c.name)) +
        rows.map((row) => record(SCORE_COLUMNS.map((c, i) => field(c.kind, row[i])))).join('')
      expect(exportCsvText(store, 'scores', filters, TODAY).csv).toBe(slow)
    }
  })

  it('export the audits wide, one grade column per criterion, agreed rows at the agreed grades', async () => {
    const { app, spring } = await reportFixture()
    const parsed = records(
      exportCsvText(app.context.store!, 'audits', { cycleId: spring }, TODAY).csv
    )
    expect(parsed.map((row) => `${row.case_reference}:${row.audit_role}`)).toEqual([
      'A-100:primary',
      'A-101:primary',
      'A-102:primary',
      'A-103:primary',
      'A-103:moderation',
      'A-103:agreed',
      'A-105:primary'
    ])
    const agreed = parsed.find((row) => row.audit_role === 'agreed')!
    expect(agreed).toMatchObject({
      overall_grade_value: '3',
      overall_rationale: 'Agreed after discussion.',
      grade_timescales: '3',
      'grade_outcome-focus': '2',
      'grade_multi-agency': ''
    })
    expect(parsed.find((row) => row.case_reference === 'A-100')).toMatchObject({
      safeguarding_flag: '1',
      'grade_childs-voice': '4'
    })
  })

  it('export actions with the overdue flag as of the day', async () => {
    const { app, spring } = await reportFixture()
    const parsed = records(
      exportCsvText(app.context.store!, 'actions', { cycleId: spring }, TODAY).csv
    )
    expect(parsed.map((row) => [row.description, row.status, row.overdue, row.due_date])).toEqual([
      ['Overdue one', 'open', '1', '2026-01-01'],
      ['Done one', 'done', '0', '2026-01-01'],
      ['Later', 'open', '0', '2026-12-31'],
      ['No date', 'open', '0', '']
    ])
  })

  it('respect the filters, and leave out audits the person exporting is moderating blind', async () => {
    const { app, spring } = await reportFixture()
    const north = records(
      exportCsvText(app.context.store!, 'scores', { cycleId: spring, team: 'North Team' }, TODAY)
        .csv
    )
    expect(new Set(north.map((row) => row.case_reference))).toEqual(new Set(['A-100', 'A-102']))
    const cla = records(
      exportCsvText(app.context.store!, 'audits', { cycleId: spring, planType: 'CLA' }, TODAY).csv
    )
    expect(cla.map((row) => row.case_reference)).toEqual(['A-102', 'A-105'])
    const all = records(exportCsvText(app.context.store!, 'audits', {}, TODAY).csv)
    expect(new Set(all.map((row) => row.cycle))).toEqual(new Set(['Spring audit', 'Summer audit']))

    valueOf(await app.call('auditor:set', { name: 'Jo Reed', role: 'qa_officer' }))
    for (const kind of ['scores', 'audits', 'actions'] as const) {
      const result = valueOf(
        await app.call('reports:export', { kind, filters: { cycleId: spring } })
      )
      expect(result.csv).not.toContain('A-105')
      expect(result.fileName).toBe(
        `care-audit-${kind}-spring-audit-${result.fileName.slice(-14, -4)}.csv`
      )
    }
  })

  it('write the file whole through a temporary name, and leave nothing when writing fails', async () => {
    const { app, spring } = await reportFixture()
    const store = app.context.store!
    const dir = tempDir()
    const out = join(dir, 'scores.csv')
    const result = exportCsvFile(store, 'scores', { cycleId: spring }, out, TODAY)
    expect(readFileSync(out, 'utf8')).toBe(
      exportCsvText(store, 'scores', { cycleId: spring }, TODAY).csv
    )
    expect(result.rows).toBe(35)
    expect(readdirSync(dir)).toEqual(['scores.csv'])

    // A folder that does not exist: an error naming the file, and no file.
    const missing = join(dir, 'no-such-folder', 'scores.csv')
    expect(() => exportCsvFile(store, 'scores', {}, missing, TODAY)).toThrow(/no-such-folder/)
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false)

    // A write that fails half-way: the partial file is removed, the old file is left untouched.
    let writes = 0
    const failing = {
      ...realFileOps,
      write: (fd: number, chunk: string | Uint8Array) => {
        writes += 1
        if (writes === 1) realFileOps.write(fd, chunk)
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
      }
    }
    let error: unknown
    try {
      exportCsvFile(store, 'scores', { cycleId: spring }, out, TODAY, failing)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toContain(out)
    expect(readdirSync(dir)).toEqual(['scores.csv'])
    expect(readFileSync(out, 'utf8')).toBe(
      exportCsvText(store, 'scores', { cycleId: spring }, TODAY).csv
    )
  })

  it('answer "unsupported" for the save dialog and PDF outside the desktop app', async () => {
    const { app, spring } = await reportFixture()
    const toFile = await app.call('reports:export-to-file', {
      kind: 'scores',
      filters: { cycleId: spring }
    })
    expect(toFile.ok || toFile.error.code).toBe('unsupported')
    const pdf = await app.call('reports:print-to-pdf', { defaultName: 'report' })
    expect(pdf.ok || pdf.error.code).toBe('unsupported')
  })

  it('save through the desktop shell where there is one, and do nothing when it is cancelled', async () => {
    const { app, spring } = await reportFixture()
    const dir = tempDir()
    const chosen: string[] = []
    let answer: string | null = join(dir, 'chosen.csv')
    app.context.shell = {
      chooseSavePath: async (name) => {
        chosen.push(name)
        return answer
      },
      printToPdf: async () => new TextEncoder().encode('%PDF-1.7 fake')
    }
    const saved = valueOf(
      await app.call('reports:export-to-file', { kind: 'actions', filters: { cycleId: spring } })
    )
    expect(saved).toEqual({ path: join(dir, 'chosen.csv'), rows: 4 })
    expect(chosen[0]).toMatch(/^care-audit-actions-spring-audit-\d{4}-\d{2}-\d{2}\.csv$/)
    answer = join(dir, 'report.pdf')
    const pdf = valueOf(await app.call('reports:print-to-pdf', { defaultName: 'Spring/report' }))
    expect(pdf.path).toBe(answer)
    expect(chosen[1]).toBe('Spring-report.pdf')
    expect(readFileSync(answer, 'utf8')).toBe('%PDF-1.7 fake')
    answer = null
    expect(
      valueOf(await app.call('reports:export-to-file', { kind: 'scores', filters: {} }))
    ).toEqual({ path: null, rows: 0 })
  })

  it('run as a job on a connection of their own: progress against the total, other calls answered between chunks, the store as it was', async () => {
    const { app, spring, storePath } = await reportFixture()
    const store = app.context.store!
    const before = exportCsvText(store, 'scores', { cycleId: spring }, TODAY).csv
    const reports: [string, number, number | null][] = []
    let pauses = 0
    const job: JobReporter = {
      report: (phase, done, total) => reports.push([phase, done, total]),
      checkpoint: async () => {
        pauses += 1
        // Between chunks the app's own connection is free: a colleague's change is saved...
        if (pauses === 1) {
          store.prepare("UPDATE scores SET evidence = 'Changed during the export'").run()
        }
      }
    }
    const { csv, rows } = await withReader(storePath, undefined, (reader) =>
      exportCsvTextJob(
        reader,
        { kind: 'scores', filters: { cycleId: spring }, today: TODAY },
        job,
        10
      )
    )
    // ...and the export still holds the store as it was when it began.
    expect(csv).toBe(before)
    expect(rows).toBe(35)
    expect(pauses).toBe(3)
    expect(reports).toEqual([
      ['exporting', 0, 35],
      ['exporting', 10, 35],
      ['exporting', 20, 35],
      ['exporting', 30, 35],
      ['exporting', 35, 35]
    ])
    expect(exportCsvText(store, 'scores', { cycleId: spring }, TODAY).csv).not.toBe(before)
  })

  it('cancelled as a job, leave no file and no partial file behind', async () => {
    const { spring, storePath } = await reportFixture()
    const dir = tempDir()
    const jobs = createJobRegistry()
    const job = jobs.start('export-job-1')
    const cancelling: JobReporter = {
      report: job.report,
      checkpoint: async () => {
        jobs.cancel('export-job-1')
        await job.checkpoint()
      }
    }
    const path = join(dir, 'scores.csv')
    const outcome = await withReader(storePath, undefined, (reader) =>
      exportCsvFileJob(
        reader,
        { kind: 'scores', filters: { cycleId: spring }, today: TODAY, path },
        cancelling,
        { rowsPerCheckpoint: 10 }
      )
    ).catch((error: unknown) => error)
    expect(outcome).toBeInstanceOf(AppError)
    expect((outcome as AppError).code).toBe('cancelled')
    expect(jobs.progress('export-job-1')).toMatchObject({ phase: 'exporting', done: 10, total: 35 })
    expect(readdirSync(dir)).toEqual([])
  })

  it('follow a job id through the handlers, for the progress bar', async () => {
    const { app, spring } = await reportFixture()
    const result = valueOf(
      await app.call('reports:export', {
        kind: 'audits',
        filters: { cycleId: spring },
        jobId: 'export-audits-1'
      })
    )
    expect(result.rows).toBe(7)
    expect(valueOf(await app.call('jobs:progress', { jobId: 'export-audits-1' }))).toMatchObject({
      phase: 'exporting',
      done: 7,
      total: 7,
      finished: true
    })
  })

  const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim()
  it.runIf(soffice !== '')(
    'open in a spreadsheet: LibreOffice converts an export to XLSX with every value intact (needs soffice on PATH)',
    async () => {
      const { app, spring } = await reportFixture()
      const dir = tempDir()
      const out = join(dir, 'scores.csv')
      exportCsvFile(app.context.store!, 'scores', { cycleId: spring }, out, TODAY)
      execFileSync(
        soffice,
        [
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--infilter=CSV:44,34,76,1',
          '--outdir',
          dir,
          out
        ],
        { timeout: 120_000 }
      )
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(join(dir, 'scores.xlsx'))
      const sheet = workbook.worksheets[0]!
      const first = sheet.getRow(1).values as unknown[]
      expect(first.slice(1)).toEqual(DOCUMENTED.scores)
      const csvRows = records(readFileSync(out, 'utf8'))
      expect(sheet.actualRowCount).toBe(csvRows.length + 1)
      // Every text and grade cell reads back as the CSV holds it (dates are left to the
      // spreadsheet's own date handling).
      const column = (name: string): number => DOCUMENTED.scores.indexOf(name) + 1
      csvRows.forEach((csvRow, index) => {
        const cells = sheet.getRow(index + 2).values as unknown[]
        for (const name of [
          'case_reference',
          'team',
          'criterion_title',
          'grade_label',
          'evidence'
        ]) {
          expect(String(cells[column(name)] ?? ''), name).toBe(csvRow[name])
        }
        const grade = cells[column('grade_value')]
        expect(grade === undefined || grade === null ? '' : String(grade)).toBe(csvRow.grade_value)
        if (csvRow.grade_value !== '') expect(typeof grade).toBe('number')
      })
    }
  )
})
