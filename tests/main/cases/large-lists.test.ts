import { describe, expect, it } from 'vitest'
import { INSERT_BATCH } from '../../../electron/services/case-import/commit'
import { parseCsv, TEXT_CHUNK } from '../../../electron/services/case-import/csv'
import type { JobReporter } from '../../../electron/jobs'
import { AppError } from '../../../shared/errors'
import { testApp } from '../support/app'
import { csvFile, importFile } from './support'

/** A job that is never cancelled and counts its checkpoints. */
function countingJob(): JobReporter & { checkpoints: number } {
  const job = {
    checkpoints: 0,
    report: () => {},
    checkpoint: async () => {
      job.checkpoints += 1
    }
  }
  return job
}

function numberedList(rows: number, withPlanText = false): string[] {
  const lines = [`Case Ref,Team,Plan Type,Status${withPlanText ? ',Plan Text' : ''}`]
  for (let i = 1; i <= rows; i += 1) {
    const planText = withPlanText ? `,"Plan for N-${i}, line one\r\nline two"` : ''
    lines.push(`N-${i},Team ${i % 3},CP,${i % 7 === 0 ? 'Closed' : 'Open'}${planText}`)
  }
  return lines
}

describe('writing a long case list', () => {
  it.each([1, INSERT_BATCH - 1, INSERT_BATCH, INSERT_BATCH + 1, 2 * INSERT_BATCH + 37])(
    'stores every one of %i new cases, in file order, with its own values',
    async (rows) => {
      const app = await testApp()
      const result = await importFile(app, csvFile('list.csv', numberedList(rows)))
      expect(result).toMatchObject({ created: rows, updated: 0, unchanged: 0, skipped: 0 })
      const stored = app.context
        .store!.prepare(
          'SELECT case_ref, team, plan_type, status, social_worker, import_id, created_at, updated_at FROM cases ORDER BY id'
        )
        .all() as Record<string, unknown>[]
      expect(stored).toHaveLength(rows)
      stored.forEach((row, index) => {
        const i = index + 1
        expect(row).toEqual({
          case_ref: `N-${i}`,
          team: `Team ${i % 3}`,
          plan_type: 'CP',
          status: i % 7 === 0 ? 'closed' : 'open',
          social_worker: null,
          import_id: result.importId,
          created_at: stored[0]!.created_at,
          updated_at: stored[0]!.created_at
        })
      })
    }
  )

  it('records each new case its own plan text when a list spans several inserts', async () => {
    const app = await testApp()
    const rows = INSERT_BATCH + 3
    const result = await importFile(app, csvFile('plans.csv', numberedList(rows, true)), {
      mapping: { caseRef: 'Case Ref', team: 'Team', planType: 'Plan Type', planText: 'Plan Text' }
    })
    expect(result).toMatchObject({ created: rows, planTexts: rows })
    const plans = app.context
      .store!.prepare(
        `SELECT c.case_ref, p.text, p.version, p.source_name FROM plan_documents p
         JOIN cases c ON c.id = p.case_id ORDER BY p.id`
      )
      .all() as { case_ref: string; text: string; version: number; source_name: string }[]
    expect(plans).toHaveLength(rows)
    plans.forEach((plan, index) => {
      const i = index + 1
      expect(plan).toEqual({
        case_ref: `N-${i}`,
        text: `Plan for N-${i}, line one\nline two`,
        version: 1,
        source_name: `plans.csv (row ${i + 1})`
      })
    })
  })
})

describe('reading a CSV in chunks', () => {
  it('reads quoted cells intact wherever a chunk boundary falls inside them', async () => {
    // A filler cell of each width from 1 to 100 shifts the records against the first chunk
    // boundary, so across the runs it falls on every character of a record: inside the quoted
    // cell, between the two characters of a CRLF and between the two quotes of a doubled quote.
    const notes = '"Line one\r\nsays ""hello"", then goes on"'
    const cell = 'Line one\r\nsays "hello", then goes on'
    const rows = Math.ceil(TEXT_CHUNK / 80) + 100
    const expected = Array.from({ length: rows }, (_, index) => ({
      row: index + 3,
      cells: [`Q-${10001 + index}`, cell, `T${index + 1}`, cell]
    }))
    for (let shift = 0; shift < 100; shift += 1) {
      const lines = ['Case Ref,Notes,Team,More', `F-0,${'f'.repeat(shift + 1)},Filler,x`]
      for (let i = 1; i <= rows; i += 1) lines.push(`Q-${10000 + i},${notes},T${i},${notes}`)
      const job = countingJob()
      const table = await parseCsv(lines.join('\r\n') + '\r\n', ',', 'quoted.csv', job)
      expect(table.rows.slice(1)).toEqual(expected)
      expect(job.checkpoints).toBeGreaterThanOrEqual(2)
    }
  })

  it('reads a record longer than a chunk, such as a whole plan in one cell', async () => {
    const plan = `"${'A plan paragraph, with commas.\n'.repeat(Math.ceil((3 * TEXT_CHUNK) / 32))}"`
    const text = ['Case Ref,Plan Text', `P-1,${plan}`, 'P-2,short'].join('\n')
    const table = await parseCsv(text, ',', 'long.csv', countingJob())
    expect(table.rows.map((row) => [row.row, row.cells[0], row.cells[1]!.length])).toEqual([
      [2, 'P-1', plan.length - 3],
      [3, 'P-2', 5]
    ])
  })

  it('reads files whose lines end in LF or a lone CR, as well as CRLF', async () => {
    for (const lineBreak of ['\n', '\r', '\r\n']) {
      const text = ['Case Ref,Team', 'A-1,"North\nTeam"', '', 'A-2,South'].join(lineBreak)
      const table = await parseCsv(text, ',', 'breaks.csv', countingJob())
      expect(table.rows).toEqual([
        { row: 2, cells: ['A-1', 'North\nTeam'] },
        { row: 4, cells: ['A-2', 'South'] }
      ])
    }
  })

  it('finds the line breaks of a file whose header has a stray quote mark', async () => {
    const text = 'Case Ref,Height 5" tall,Team\nA-1,1,North\nA-2,3,South\n'
    const table = await parseCsv(text, ',', 'stray.csv', countingJob())
    expect(table.headers).toEqual(['Case Ref', 'Height 5" tall', 'Team'])
    expect(table.rows).toEqual([
      { row: 2, cells: ['A-1', '1', 'North'] },
      { row: 3, cells: ['A-2', '3', 'South'] }
    ])
  })

  it.each([
    ['a quoted cell that is never closed', 'Case Ref,Team\r\nA-1,North\r\nA-2,"South\r\n', 3],
    ['text after a closing quote', 'Case Ref,Team\r\nA-1,"North" Team,x\r\nA-2,South\r\n', 2]
  ])('refuses %s, naming the row', async (_, text, row) => {
    const reading = parseCsv(text, ',', 'broken.csv', countingJob())
    await expect(reading).rejects.toThrow(AppError)
    await expect(reading).rejects.toThrow(
      new RegExp(`^broken\\.csv could not be read as CSV at row ${row}: `)
    )
  })

  it('refuses an unclosed quote far beyond the first chunk, naming its row', async () => {
    const lines = ['Case Ref,Team']
    for (let i = 1; i <= 5000; i += 1) lines.push(`R-${i},Team ${i}`)
    lines.push('R-5001,"Unclosed')
    lines.push('R-5002,Team')
    await expect(parseCsv(lines.join('\r\n'), ',', 'late.csv', countingJob())).rejects.toThrow(
      /^late\.csv could not be read as CSV at row 5002: a quoted cell is never closed/
    )
  })
})
