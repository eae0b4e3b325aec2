import { createHash, randomUUID } from 'node:crypto'
import { extname } from 'node:path'
import type {
  ImportPreview,
  ImportRecord,
  ImportResult,
  StagedImport,
  UploadedFile
} from '../../../shared/contract'
import { z } from 'zod'
import { ColumnMapping } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { JobReporter } from '../../jobs'
import type { Store } from '../../store/open'
import { currentAuditorId } from '../auditors'
import { fieldChanges, loadStoredCases, planChanges } from './changes'
import { writeImport } from './commit'
import { parseCsv, sniffDelimiter } from './csv'
import { decodeText } from './decode'
import { compactMapping, guessMapping, looksSensitive, rememberedMapping } from './mapping'
import { getStaged, keepStaged } from './staging'
import type { ImportStaging, StagedFile } from './staging'
import { validateRows } from './validate'
import type { ValidationResult } from './validate'
import { readXlsx } from './xlsx'

export { createImportStaging } from './staging'
export type { ImportStaging } from './staging'

/** Data rows shown with the mapping, so the officer can see what each column holds. */
const SAMPLE_ROWS = 5

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/** XLSX by its zip signature or name; an old binary .xls is refused with what to do instead. */
function detectFormat(bytes: Uint8Array, fileName: string): 'csv' | 'xlsx' {
  const extension = extname(fileName).toLowerCase()
  if (startsWith(bytes, OLE_SIGNATURE) || extension === '.xls') {
    throw new AppError(
      'invalid-input',
      `${fileName} is an older Excel (.xls) file, or a password-protected workbook. Open it in Excel and save it as .xlsx or CSV, without a password.`
    )
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) return 'xlsx'
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw new AppError('invalid-input', `${fileName} is not a valid Excel workbook (.xlsx).`)
  }
  return 'csv'
}

/**
 * Whether a row reads as a case list's headings: a mapping is remembered for them, or a case
 * reference column and a team or plan type column can be guessed. One recognised name alone is not
 * enough, or a report titled "Case reference report" would pass.
 */
function looksLikeHeadings(store: Store, headers: string[]): boolean {
  if (rememberedMapping(store, headers) !== null) return true
  const guessed = guessMapping(headers)
  return (
    guessed.caseRef !== undefined && (guessed.team !== undefined || guessed.planType !== undefined)
  )
}

async function readTable(
  store: Store,
  bytes: Uint8Array,
  fileName: string,
  sheet: string | undefined,
  job: JobReporter
): Promise<Pick<StagedFile, 'format' | 'encoding' | 'delimiter' | 'sheets' | 'sheet' | 'table'>> {
  const format = detectFormat(bytes, fileName)
  const headingTest = (headers: string[]) => looksLikeHeadings(store, headers)
  if (format === 'xlsx') {
    const workbook = await readXlsx(bytes, { sheet, looksLikeHeadings: headingTest }, fileName, job)
    return { format, encoding: null, delimiter: null, ...workbook }
  }
  const { text, encoding } = decodeText(bytes)
  const delimiter = sniffDelimiter(text)
  const table = await parseCsv(text, delimiter, fileName, job, headingTest)
  return { format, encoding, delimiter, sheets: [], sheet: null, table }
}

/**
 * Receives a case list (CSV or XLSX), reads it and keeps it in memory for the mapping and
 * preview steps. Nothing is written to the store. The mapping offered is the one remembered for
 * these headers, else a guess from common header names.
 */
export async function stageImport(
  store: Store,
  staging: ImportStaging,
  input: { file: UploadedFile; sheet?: string },
  job: JobReporter
): Promise<StagedImport> {
  return stageBytes(
    store,
    staging,
    {
      fileName: input.file.fileName,
      bytes: Buffer.from(input.file.contentBase64, 'base64'),
      sheet: input.sheet
    },
    job
  )
}

/** stageImport for bytes already in memory. */
async function stageBytes(
  store: Store,
  staging: ImportStaging,
  input: { fileName: string; bytes: Uint8Array; sheet?: string },
  job: JobReporter
): Promise<StagedImport> {
  const { fileName, bytes } = input
  if (bytes.length === 0) throw new AppError('invalid-input', `${fileName} is empty.`)
  job.report('reading', 0, null)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const read = await readTable(store, bytes, fileName, input.sheet, job)
  const file: StagedFile = { id: randomUUID(), fileName, sha256, ...read, validated: null }
  keepStaged(staging, file)
  const remembered = rememberedMapping(store, file.table.headers)
  const width = file.table.headers.length
  return {
    stagingId: file.id,
    fileName,
    sha256,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    sheets: file.sheets,
    sheet: file.sheet,
    headers: file.table.headers,
    headerRow: file.table.headerRow,
    rowCount: file.table.rows.length,
    sampleRows: file.table.rows
      .slice(0, SAMPLE_ROWS)
      .map((row) => Array.from({ length: width }, (_, i) => row.cells[i] ?? '')),
    mapping: remembered ?? guessMapping(file.table.headers),
    mappingRemembered: remembered !== null
  }
}

/** Checks the rows against a mapping, reusing the last check when the mapping is the same. */
async function validated(
  file: StagedFile,
  mapping: ColumnMapping,
  job: JobReporter
): Promise<ValidationResult> {
  const mappingKey = JSON.stringify(compactMapping(mapping))
  if (file.validated?.mappingKey === mappingKey) return file.validated.result
  const result = await validateRows(file, mapping, job)
  file.validated = { mappingKey, result }
  return result
}

/**
 * What committing would do, without writing anything: how many cases are new, updated or
 * unchanged, every problem by row and column, and the columns that will not be imported.
 */
export async function previewImport(
  store: Store,
  staging: ImportStaging,
  input: { stagingId: string; mapping: ColumnMapping },
  job: JobReporter
): Promise<ImportPreview> {
  const file = getStaged(staging, input.stagingId)
  const result = await validated(file, input.mapping, job)
  const plan = planChanges(result.rows, loadStoredCases(store))
  const mappedHeaders = new Set(Object.values(input.mapping).filter(Boolean))
  const unmapped = file.table.headers.filter((header) => !mappedHeaders.has(header))
  return {
    stagingId: file.id,
    fileName: file.fileName,
    rowCount: file.table.rows.length,
    validRows: result.rows.length,
    newCases: plan.created,
    updatedCases: plan.updated,
    unchangedCases: plan.unchanged,
    problems: result.problems,
    fieldChanges: fieldChanges(plan),
    sensitiveColumnsIgnored: unmapped.filter(looksSensitive),
    unmappedColumns: unmapped,
    planTypeValues: result.planTypeValues
  }
}

function describeProblems(file: StagedFile, result: ValidationResult): string {
  const first = result.problems[0]!
  const rows = result.invalidRows.length
  return (
    `${file.fileName}: ${rows} row${rows === 1 ? ' has' : 's have'} problems, so nothing was imported. ` +
    `The first is row ${first.row}, column "${first.column}", value "${first.value}": ${first.message}. ` +
    'Correct the file, or import the valid rows and skip these.'
  )
}

/**
 * Imports a staged case list in one transaction. With problems, nothing is written unless
 * skipInvalid is set, in which case the valid rows are imported and the others listed. The staged
 * file is released once it is imported.
 */
export async function commitImport(
  store: Store,
  staging: ImportStaging,
  input: { stagingId: string; mapping: ColumnMapping; skipInvalid: boolean },
  job: JobReporter
): Promise<ImportResult> {
  const file = getStaged(staging, input.stagingId)
  const result = await validated(file, input.mapping, job)
  if (result.problems.length > 0 && !input.skipInvalid) {
    throw new AppError('invalid-input', describeProblems(file, result))
  }
  if (result.rows.length === 0) {
    throw new AppError('invalid-input', `${file.fileName} has no valid rows to import.`)
  }
  job.report('saving', 0, result.rows.length)
  await job.checkpoint()
  const imported = writeImport(store, {
    file,
    mapping: compactMapping(input.mapping),
    validation: result,
    auditorId: currentAuditorId(store),
    now: new Date()
  })
  job.report('saving', result.rows.length, result.rows.length)
  staging.files.delete(file.id)
  return imported
}

/** Forgets a staged file. Discarding one that is already gone is not an error. */
export function discardImport(staging: ImportStaging, stagingId: string): null {
  staging.files.delete(stagingId)
  return null
}

interface ImportRow {
  id: number
  kind: 'cases' | 'plans'
  file_name: string
  sha256: string
  row_count: number
  created_count: number
  updated_count: number
  unchanged_count: number
  skipped_count: number
  mapping: string | null
  skipped_rows: string | null
  auditor_name: string | null
  imported_at: string
}

function parseMapping(json: string | null): ColumnMapping | null {
  if (json === null) return null
  const parsed = ColumnMapping.safeParse(JSON.parse(json))
  return parsed.success ? parsed.data : null
}

const RowNumbers = z.array(z.number().int())

function parseRowNumbers(json: string | null): number[] {
  if (json === null) return []
  const parsed = RowNumbers.safeParse(JSON.parse(json))
  return parsed.success ? parsed.data : []
}

/** Every case-list import and plan attachment, newest first, with who did it. */
export function importHistory(store: Store): ImportRecord[] {
  const rows = store
    .prepare(
      `SELECT i.*, a.name AS auditor_name FROM imports i LEFT JOIN auditors a ON a.id = i.auditor_id
       ORDER BY i.imported_at DESC, i.id DESC`
    )
    .all() as ImportRow[]
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    sha256: row.sha256,
    rowCount: row.row_count,
    created: row.created_count,
    updated: row.updated_count,
    unchanged: row.unchanged_count,
    skipped: row.skipped_count,
    skippedRows: parseRowNumbers(row.skipped_rows),
    mapping: parseMapping(row.mapping),
    auditorName: row.auditor_name,
    importedAt: row.imported_at
  }))
}
