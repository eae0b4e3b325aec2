import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect } from 'vitest'
import type { ImportPreview, ImportResult, StagedImport } from '../../../shared/contract'
import type { ColumnMapping } from '../../../shared/domain'
import type { Store } from '../../../electron/store/open'
import type { TestApp } from '../support/app'
import { valueOf } from '../support/app'
import { repoRoot } from '../support/temp'

export const caseListsFolder = join(repoRoot, 'tests/fixtures/case-lists')

export interface FileToStage {
  fileName: string
  bytes: Uint8Array
}

/** A fixture from tests/fixtures/case-lists, as the renderer would send it. */
export function fixture(name: string): FileToStage {
  return { fileName: name, bytes: readFileSync(join(caseListsFolder, name)) }
}

/** A CSV written here, from lines joined with \r\n as Excel writes them. */
export function csvFile(fileName: string, lines: string[]): FileToStage {
  return { fileName, bytes: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8') }
}

export function fromPath(path: string): FileToStage {
  return { fileName: basename(path), bytes: readFileSync(path) }
}

export async function stage(
  app: TestApp,
  file: FileToStage,
  sheet?: string,
  jobId?: string
): Promise<StagedImport> {
  return valueOf(
    await app.call('imports:stage', {
      file: { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64') },
      ...(sheet !== undefined ? { sheet } : {}),
      ...(jobId !== undefined ? { jobId } : {})
    })
  )
}

export async function preview(
  app: TestApp,
  staged: StagedImport,
  mapping: ColumnMapping = staged.mapping
): Promise<ImportPreview> {
  return valueOf(await app.call('imports:preview', { stagingId: staged.stagingId, mapping }))
}

/** Stage, preview and commit with the offered mapping (or the one given). */
export async function importFile(
  app: TestApp,
  file: FileToStage,
  options: { mapping?: ColumnMapping; skipInvalid?: boolean; sheet?: string } = {}
): Promise<ImportResult> {
  const staged = await stage(app, file, options.sheet)
  const mapping = options.mapping ?? staged.mapping
  await preview(app, staged, mapping)
  return valueOf(
    await app.call('imports:commit', {
      stagingId: staged.stagingId,
      mapping,
      skipInvalid: options.skipInvalid ?? false
    })
  )
}

/** Every row of every table an import writes to, for "nothing changed" checks. */
export function snapshot(store: Store): Record<string, unknown[]> {
  const tables = ['cases', 'imports', 'plan_documents', 'column_mappings', 'events']
  return Object.fromEntries(
    tables.map((table) => [table, store.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()])
  )
}

export function caseByRef(store: Store, caseRef: string): Record<string, unknown> | undefined {
  return store.prepare('SELECT * FROM cases WHERE case_ref = ?').get(caseRef) as
    Record<string, unknown> | undefined
}

export async function expectError(
  promise: Promise<{ ok: boolean; error?: { code: string; message: string } }>,
  code: string
): Promise<string> {
  const result = await promise
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false)
  expect(result.error?.code).toBe(code)
  return result.error!.message
}

/**
 * An .xlsx written by ExcelJS, as a council's spreadsheet would be: each sheet's rows given as
 * arrays (Date values become real date cells, numbers stay numbers).
 */
export async function xlsxFile(
  fileName: string,
  sheets: Record<string, unknown[][]>,
  dateFormat = 'dd/mm/yyyy'
): Promise<FileToStage> {
  const workbook = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name)
    for (const row of rows) {
      const added = sheet.addRow(row)
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = dateFormat
      })
    }
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return { fileName, bytes: new Uint8Array(buffer as ArrayBuffer) }
}
