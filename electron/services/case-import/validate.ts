import type { ImportProblem, ImportPreview } from '../../../shared/contract'
import { CASE_FIELDS } from '../../../shared/domain'
import type { CaseFieldKey, CaseStatus, ColumnMapping, PlanType } from '../../../shared/domain'
import type { JobReporter } from '../../jobs'
import { refKey } from '../cases'
import { ROWS_PER_CHUNK } from './csv'
import { checkMapping } from './mapping'
import type { SourceRow, StagedFile } from './staging'
import { normalisePlanType, normaliseStatus, readDate } from './values'
import type { DateReading } from './values'

/** One row's values for the fields this import maps; an unmapped field is absent. */
export interface CaseValues {
  caseRef: string
  planType: PlanType
  team: string
  socialWorker?: string | null
  teamManager?: string | null
  planStartDate?: string | null
  lastReviewDate?: string | null
  legalStatus?: string | null
  ageBand?: string | null
  status?: CaseStatus
  planText?: string | null
  planDocumentName?: string | null
}

export interface ValidRow {
  row: number
  values: CaseValues
}

export interface ValidationResult {
  /** Rows without a problem, in file order. */
  rows: ValidRow[]
  /** Every problem, by row then column. */
  problems: ImportProblem[]
  /** The rows with at least one problem, ascending: the ones skipped by skipInvalid. */
  invalidRows: number[]
  planTypeValues: ImportPreview['planTypeValues']
}

type FieldKind = 'ref' | 'planType' | 'text' | 'date' | 'status' | 'planText'

/** How each field is read, and the longest value it takes (a longer one is a wrong column). */
const FIELD_RULES: Record<CaseFieldKey, { kind: FieldKind; maxLength: number }> = {
  caseRef: { kind: 'ref', maxLength: 100 },
  planType: { kind: 'planType', maxLength: 200 },
  team: { kind: 'text', maxLength: 200 },
  socialWorker: { kind: 'text', maxLength: 200 },
  teamManager: { kind: 'text', maxLength: 200 },
  planStartDate: { kind: 'date', maxLength: 100 },
  lastReviewDate: { kind: 'date', maxLength: 100 },
  legalStatus: { kind: 'text', maxLength: 200 },
  ageBand: { kind: 'text', maxLength: 100 },
  status: { kind: 'status', maxLength: 100 },
  planText: { kind: 'planText', maxLength: 2_000_000 },
  planDocumentName: { kind: 'text', maxLength: 255 }
}

const PLAN_TYPE_HINT = 'use CIN, CP, CLA, Pathway or Early Help (or a common name for one)'

/** Long values (a plan's text in the wrong column) are cut in problems, which are for reading. */
function shown(value: string): string {
  return value.length > 120 ? `${value.slice(0, 117)}...` : value
}

const FIELD_BY_KEY = new Map(CASE_FIELDS.map((field) => [field.key, field]))

type FieldReading = { value: string | null } | { error: string }

interface Readers {
  date: (value: string) => DateReading
  planType: (value: string) => PlanType | null
  status: (value: string) => CaseStatus | null
}

/**
 * A reader that remembers its answers: a list of 50,000 rows has a handful of distinct plan
 * types and statuses and a few thousand dates, so each is worked out once.
 */
function remembering<T>(read: (value: string) => T): (value: string) => T {
  const seen = new Map<string, T>()
  return (value) => {
    if (seen.has(value)) return seen.get(value)!
    const answer = read(value)
    seen.set(value, answer)
    return answer
  }
}

function createReaders(format: StagedFile['format']): Readers {
  return {
    date: remembering((value) => readDate(value, format === 'xlsx')),
    planType: remembering(normalisePlanType),
    status: remembering(normaliseStatus)
  }
}

function readField(key: CaseFieldKey, raw: string, readers: Readers): FieldReading {
  const field = FIELD_BY_KEY.get(key)!
  const rule = FIELD_RULES[key]
  if (raw === '') {
    if (field.required) return { error: `${field.label} is missing` }
    return { value: null }
  }
  if (raw.length > rule.maxLength) {
    return { error: `${field.label} is longer than ${rule.maxLength} characters` }
  }
  switch (rule.kind) {
    case 'planType': {
      const type = readers.planType(raw)
      return type
        ? { value: type }
        : { error: `"${shown(raw)}" is not a plan type we recognise; ${PLAN_TYPE_HINT}` }
    }
    case 'date': {
      const reading = readers.date(raw)
      return 'date' in reading
        ? { value: reading.date }
        : { error: `${field.label} "${raw}" ${reading.error}` }
    }
    case 'status': {
      const status = readers.status(raw)
      return status
        ? { value: status }
        : { error: `Status "${shown(raw)}" is not open or closed (Open, Active, Closed, Ended)` }
    }
    case 'planText':
      return { value: raw.replace(/\r\n?/g, '\n') }
    default:
      return { value: raw }
  }
}

interface RowReading {
  values: Partial<Record<CaseFieldKey, string | null>>
  problems: ImportProblem[]
}

function readRow(
  source: SourceRow,
  columns: [CaseFieldKey, number][],
  headers: readonly string[],
  readers: Readers
): RowReading {
  const values: Partial<Record<CaseFieldKey, string | null>> = {}
  const problems: ImportProblem[] = []
  for (const [key, index] of columns) {
    const raw = source.cells[index] ?? ''
    const reading = readField(key, raw, readers)
    if ('error' in reading) {
      problems.push({
        row: source.row,
        column: headers[index]!,
        value: shown(raw),
        message: reading.error
      })
    } else {
      values[key] = reading.value
    }
  }
  return { values, problems }
}

function describeRows(rows: number[]): string {
  if (rows.length === 2) return `rows ${rows[0]} and ${rows[1]}`
  const shownRows = rows.slice(0, 5).join(', ')
  return `rows ${shownRows}${rows.length > 5 ? ` and ${rows.length - 5} more` : ''}`
}

/**
 * Checks every row against the mapping, yielding between chunks of rows. A case reference that
 * appears on more than one row is a problem on every one of those rows: the file does not say
 * which is right, and importing the first would be a guess. References are compared ignoring
 * letter case, as cases are matched to the store (see refKey).
 */
export async function validateRows(
  file: StagedFile,
  mapping: ColumnMapping,
  job: JobReporter
): Promise<ValidationResult> {
  const { headers, rows } = file.table
  const columnIndexes = checkMapping(headers, mapping, file.fileName)
  const columns = CASE_FIELDS.flatMap((field) => {
    const index = columnIndexes[field.key]
    return index === undefined ? [] : [[field.key, index] as [CaseFieldKey, number]]
  })
  const readers = createReaders(file.format)
  const refIndex = columnIndexes.caseRef!
  const problemsByRow = new Map<number, ImportProblem[]>()
  const readings: { row: number; values: RowReading['values'] }[] = []
  const rowsByRef = new Map<string, number[]>()
  const planTypeCounts = new Map<string, { planType: PlanType; rows: number }>()

  for (let index = 0; index < rows.length; index += 1) {
    const source = rows[index]!
    const reading = readRow(source, columns, headers, readers)
    if (reading.problems.length > 0) problemsByRow.set(source.row, reading.problems)
    readings.push({ row: source.row, values: reading.values })
    const ref = reading.values.caseRef
    if (ref) {
      const key = refKey(ref)
      const seen = rowsByRef.get(key)
      if (seen) seen.push(source.row)
      else rowsByRef.set(key, [source.row])
    }
    const planType = reading.values.planType as PlanType | undefined
    if (planType) {
      const raw = source.cells[columnIndexes.planType!]!
      const count = planTypeCounts.get(raw)
      if (count) count.rows += 1
      else planTypeCounts.set(raw, { planType, rows: 1 })
    }
    if ((index + 1) % ROWS_PER_CHUNK === 0) {
      job.report('checking', index + 1, rows.length)
      await job.checkpoint()
    }
  }

  let rowsOf: Map<number, SourceRow> | null = null
  for (const repeated of rowsByRef.values()) {
    if (repeated.length < 2) continue
    rowsOf ??= new Map(rows.map((source) => [source.row, source]))
    for (const row of repeated) {
      const list = problemsByRow.get(row) ?? []
      list.unshift({
        row,
        column: headers[refIndex]!,
        value: rowsOf.get(row)!.cells[refIndex]!,
        message: `This case reference appears on ${describeRows(repeated)}; each case must appear once`
      })
      problemsByRow.set(row, list)
    }
  }
  job.report('checking', rows.length, rows.length)

  const invalidRows = [...problemsByRow.keys()].sort((a, b) => a - b)
  return {
    rows: readings
      .filter((reading) => !problemsByRow.has(reading.row))
      .map((reading) => ({ row: reading.row, values: reading.values as unknown as CaseValues })),
    problems: invalidRows.flatMap((row) => problemsByRow.get(row)!),
    invalidRows,
    planTypeValues: [...planTypeCounts.entries()]
      .map(([value, count]) => ({ value, planType: count.planType, rows: count.rows }))
      .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value))
  }
}
