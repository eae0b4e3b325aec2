import type { ImportProblem, ImportPreview } from '../../../shared/contract'
import { CASE_FIELDS } from '../../../shared/domain'
import type { CaseFieldKey, CaseStatus, ColumnMapping, PlanType } from '../../../shared/domain'
import type { JobReporter } from '../../jobs'
import { refKey } from '../cases'
import { ROWS_PER_CHUNK } from './csv'
import { checkMapping } from './mapping'
import type { SourceRow, StagedFile } from './staging'
import { readDate } from '../../../shared/dates'
import type { DateReading } from '../../../shared/dates'
import { normalisePlanType, normaliseStatus } from './values'

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

/** A cell's problem. Cells without one read as their value: no object is made for them. */
interface CellProblem {
  error: string
}

/** Reads one mapped column's cells: the value to store, or the cell's problem. */
type CellReader = (raw: string) => string | null | CellProblem

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
    let answer = seen.get(value)
    if (answer === undefined) {
      answer = read(value)
      seen.set(value, answer)
    }
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

/** How the column mapped to a field is read; worked out once per field, not once per cell. */
function cellReader(key: CaseFieldKey, readers: Readers): CellReader {
  const field = FIELD_BY_KEY.get(key)!
  const rule = FIELD_RULES[key]
  const missing: string | null | CellProblem = field.required
    ? { error: `${field.label} is missing` }
    : null
  const tooLong: CellProblem = {
    error: `${field.label} is longer than ${rule.maxLength} characters`
  }
  const read = ((): CellReader => {
    switch (rule.kind) {
      case 'planType':
        return (raw) =>
          readers.planType(raw) ?? {
            error: `"${shown(raw)}" is not a plan type we recognise; ${PLAN_TYPE_HINT}`
          }
      case 'date':
        return (raw) => {
          const reading = readers.date(raw)
          return 'date' in reading
            ? reading.date
            : { error: `${field.label} "${raw}" ${reading.error}` }
        }
      case 'status':
        return (raw) =>
          readers.status(raw) ?? {
            error: `Status "${shown(raw)}" is not open or closed (Open, Active, Closed, Ended)`
          }
      case 'planText':
        return (raw) => raw.replace(/\r\n?/g, '\n')
      default:
        return (raw) => raw
    }
  })()
  return (raw) => {
    if (raw === '') return missing
    if (raw.length > rule.maxLength) return tooLong
    return read(raw)
  }
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
  const readers = createReaders(file.format)
  const columns = CASE_FIELDS.flatMap((field) => {
    const index = columnIndexes[field.key]
    return index === undefined
      ? []
      : [{ key: field.key, index, header: headers[index]!, read: cellReader(field.key, readers) }]
  })
  const refIndex = columnIndexes.caseRef!
  const planTypeIndex = columnIndexes.planType!
  const problemsByRow = new Map<number, ImportProblem[]>()
  const readings: ValidRow[] = []
  // The first row of each case reference, and every row of those that appear more than once.
  const firstRowByRef = new Map<string, number>()
  const repeatedRefs = new Map<string, number[]>()
  const planTypeCounts = new Map<string, { planType: PlanType; rows: number }>()
  // Every row's values start as a copy of this, so all 50,000 objects share one shape and each
  // field is set rather than added. A field left null is one whose cell has a problem, and rows
  // with a problem are not imported.
  const template = Object.fromEntries(columns.map((column) => [column.key, null])) as Partial<
    Record<CaseFieldKey, string | null>
  >

  for (let index = 0; index < rows.length; index += 1) {
    const source = rows[index]!
    const values = { ...template }
    let problems: ImportProblem[] | null = null
    for (const column of columns) {
      const raw = source.cells[column.index] ?? ''
      const value = column.read(raw)
      if (value !== null && typeof value === 'object') {
        problems ??= []
        problems.push({
          row: source.row,
          column: column.header,
          value: shown(raw),
          message: value.error
        })
      } else {
        values[column.key] = value
      }
    }
    if (problems) problemsByRow.set(source.row, problems)
    readings.push({ row: source.row, values: values as unknown as CaseValues })
    const ref = values.caseRef
    if (ref) {
      const key = refKey(ref)
      const first = firstRowByRef.get(key)
      if (first === undefined) firstRowByRef.set(key, source.row)
      else {
        const repeated = repeatedRefs.get(key)
        if (repeated) repeated.push(source.row)
        else repeatedRefs.set(key, [first, source.row])
      }
    }
    const planType = values.planType as PlanType | undefined
    if (planType) {
      const raw = source.cells[planTypeIndex]!
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
  for (const repeated of repeatedRefs.values()) {
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
    rows:
      problemsByRow.size === 0
        ? readings
        : readings.filter((reading) => !problemsByRow.has(reading.row)),
    problems: invalidRows.flatMap((row) => problemsByRow.get(row)!),
    invalidRows,
    planTypeValues: [...planTypeCounts.entries()]
      .map(([value, count]) => ({ value, planType: count.planType, rows: count.rows }))
      .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value))
  }
}
