import type { ExportKind, ReportFilters } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { JobReporter } from '../../jobs'
import type { Store } from '../../store/open'
import { criteriaInScope, cyclesOldestFirst, frameworkCriteria } from '../reports/catalogue'
import { reportScope } from '../reports/scope'
import type { ReportScope } from '../reports/scope'
import { ACTION_COLUMNS, AUDIT_COLUMNS, criterionColumn, SCORE_COLUMNS } from './columns'
import type { Column } from './columns'
import { BOM, encoderFor, EOL, field, record } from '../../../shared/csv'
import {
  actionRowsSql,
  auditRowsSql,
  csvLineSql,
  scoreLinesSql,
  scoreRowsSql,
  scoresByAudit
} from './rows'
import type { CriterionTitle, RowQuery } from './rows'
import { writeFileAtomically, writeFileAtomicallyAsync } from './write'
import type { FileOps, TextSink } from './write'

export { ACTION_COLUMNS, AUDIT_COLUMNS, SCORE_COLUMNS } from './columns'
export type { Column } from './columns'

function header(columns: Column[]): string {
  return BOM + record(columns.map((column) => field('text', column.name)))
}

/** Writes one raw row: each value encoded by its column's kind. */
function rowWriter(columns: Column[]): (values: unknown[]) => string {
  const encoders = columns.map((column) => encoderFor(column.kind))
  const count = encoders.length
  return (values) => {
    let line = encoders[0]!(values[0])
    for (let index = 1; index < count; index += 1) line += ',' + encoders[index]!(values[index])
    return line + EOL
  }
}

/** The CSV lines SQLite builds (see csvLineSql), header first: the fast path for long exports. */
function* sqlLines(store: Store, query: RowQuery, columns: Column[]): Generator<string> {
  yield header(columns)
  const sql = csvLineSql(
    query,
    columns.map((column) => column.kind)
  )
  yield* store.prepare(sql).pluck().iterate(query.params) as IterableIterator<string>
}

/** Lines a query has already written as CSV (see scoreLinesSql), header first. */
function* encodedLines(store: Store, query: RowQuery, columns: Column[]): Generator<string> {
  yield header(columns)
  const sql = `SELECT line FROM (${query.sql}) ORDER BY ${query.orderBy}`
  yield* store.prepare(sql).pluck().iterate(query.params) as IterableIterator<string>
}

function criterionTitles(store: Store): CriterionTitle[] {
  return [...frameworkCriteria(store)].flatMap(([frameworkId, criteria]) =>
    criteria.map((criterion) => ({ frameworkId, key: criterion.key, title: criterion.title }))
  )
}

/** The scores export's query, for the bench's sqlite3 comparison as well as the export. */
export function scoresQuery(store: Store, filters: ReportFilters): RowQuery {
  return scoreRowsSql(reportScope(store, filters), criterionTitles(store))
}

function parseGrades(json: unknown): Record<string, unknown> {
  if (typeof json !== 'string') return {}
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function* auditLines(store: Store, scope: ReportScope): Generator<string> {
  const criteria = criteriaInScope(store, cyclesOldestFirst(store), scope.filters.cycleId)
  const columns = [...AUDIT_COLUMNS, ...criteria.map((criterion) => criterionColumn(criterion.key))]
  yield header(columns)
  const write = rowWriter(columns)
  const grades = scoresByAudit(store, scope)
  const query = auditRowsSql(scope)
  const fixed = AUDIT_COLUMNS.length
  for (const values of store.prepare(query.sql).raw().iterate(query.params) as IterableIterator<
    unknown[]
  >) {
    const role = values[7]
    const agreed = role === 'agreed' ? parseGrades(values[fixed]) : {}
    const own = grades.get(Number(role === 'agreed' ? values[fixed + 1] : values[8]))
    const row = values.slice(0, fixed)
    for (const criterion of criteria) {
      const agreedGrade = Object.hasOwn(agreed, criterion.key) ? agreed[criterion.key] : undefined
      row.push(agreedGrade !== undefined ? agreedGrade : (own?.get(criterion.key) ?? null))
    }
    yield write(row)
  }
}

/** One export's CSV, a line at a time: the header, then one line per data row. */
function exportLines(
  store: Store,
  kind: ExportKind,
  filters: ReportFilters,
  today: string
): Generator<string> {
  const scope = reportScope(store, filters)
  switch (kind) {
    case 'scores':
      return encodedLines(store, scoreLinesSql(scope, criterionTitles(store)), SCORE_COLUMNS)
    case 'audits':
      return auditLines(store, scope)
    case 'actions':
      return sqlLines(store, actionRowsSql(scope, today), ACTION_COLUMNS)
  }
}

/** How many data rows an export will have, for its progress bar. */
function exportRowCount(
  store: Store,
  kind: ExportKind,
  filters: ReportFilters,
  today: string
): number {
  const scope = reportScope(store, filters)
  const query =
    kind === 'scores'
      ? scoreLinesSql(scope, criterionTitles(store))
      : kind === 'audits'
        ? auditRowsSql(scope)
        : actionRowsSql(scope, today)
  return store.prepare(`SELECT count(*) FROM (${query.sql})`).pluck().get(query.params) as number
}

/** Streams one export, header first, into the sink; returns how many data rows it wrote. */
export function writeExport(
  store: Store,
  kind: ExportKind,
  filters: ReportFilters,
  sink: TextSink,
  today: string
): number {
  let lines = 0
  for (const line of exportLines(store, kind, filters, today)) {
    sink.write(line)
    lines += 1
  }
  return lines - 1
}

/** Data rows written between progress reports and chances to cancel. */
export const EXPORT_ROWS_PER_CHECKPOINT = 5000

/**
 * writeExport as a job: reports rows written against the total, and between every
 * rowsPerCheckpoint rows lets other calls run and notices a cancel. The store should be a
 * connection of the export's own, inside a read transaction (see withReader): its statement
 * stays open across the pauses, and the export sees the store as it was when it began.
 */
export async function writeExportJob(
  store: Store,
  input: { kind: ExportKind; filters: ReportFilters; today: string },
  sink: TextSink,
  job: JobReporter,
  rowsPerCheckpoint = EXPORT_ROWS_PER_CHECKPOINT
): Promise<number> {
  const { kind, filters, today } = input
  const total = exportRowCount(store, kind, filters, today)
  job.report('exporting', 0, total)
  // The first line is the header: rows counts the data rows after it.
  let rows = -1
  for (const line of exportLines(store, kind, filters, today)) {
    sink.write(line)
    rows += 1
    if (rows > 0 && rows % rowsPerCheckpoint === 0) {
      job.report('exporting', rows, total)
      await job.checkpoint()
    }
  }
  job.report('exporting', rows, total)
  return rows
}

/** The export as one string (BOM, CRLF), for a browser download. */
export function exportCsvText(
  store: Store,
  kind: ExportKind,
  filters: ReportFilters,
  today: string
): { csv: string; rows: number } {
  const chunks: string[] = []
  const rows = writeExport(store, kind, filters, { write: (chunk) => chunks.push(chunk) }, today)
  return { csv: chunks.join(''), rows }
}

/** The export written to a file whole, or not at all (see writeFileAtomically). */
export function exportCsvFile(
  store: Store,
  kind: ExportKind,
  filters: ReportFilters,
  path: string,
  today: string,
  ops?: FileOps
): { path: string; rows: number } {
  const rows = writeFileAtomically(
    path,
    (sink) => writeExport(store, kind, filters, sink, today),
    ops
  )
  return { path, rows }
}

/** exportCsvText as a job (see writeExportJob). */
export async function exportCsvTextJob(
  store: Store,
  input: { kind: ExportKind; filters: ReportFilters; today: string },
  job: JobReporter,
  rowsPerCheckpoint?: number
): Promise<{ csv: string; rows: number }> {
  const chunks: string[] = []
  const sink = { write: (chunk: string) => chunks.push(chunk) }
  const rows = await writeExportJob(store, input, sink, job, rowsPerCheckpoint)
  return { csv: chunks.join(''), rows }
}

/** exportCsvFile as a job: a cancelled or failed export leaves no file (see writeExportJob). */
export async function exportCsvFileJob(
  store: Store,
  input: { kind: ExportKind; filters: ReportFilters; today: string; path: string },
  job: JobReporter,
  options: { ops?: FileOps; rowsPerCheckpoint?: number } = {}
): Promise<{ path: string; rows: number }> {
  const rows = await writeFileAtomicallyAsync(
    input.path,
    (sink) => writeExportJob(store, input, sink, job, options.rowsPerCheckpoint),
    options.ops
  )
  return { path: input.path, rows }
}

/** A file name that says what the export holds: care-audit-scores-spring-2026-2026-05-01.csv. */
export function exportFileName(
  store: Store,
  kind: ExportKind,
  filters: ReportFilters,
  today: string
): string {
  const cycle =
    filters.cycleId === undefined
      ? 'all-cycles'
      : ((store.prepare('SELECT name FROM cycles WHERE id = ?').pluck().get(filters.cycleId) as
          string | undefined) ?? `cycle-${filters.cycleId}`)
  const slug = cycle
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
  return `care-audit-${kind}-${slug || 'cycle'}-${today}.csv`
}

/** Refuses an export for a cycle that does not exist, before any file is touched. */
export function checkFilters(store: Store, filters: ReportFilters): void {
  if (filters.cycleId === undefined) return
  const found = store.prepare('SELECT 1 FROM cycles WHERE id = ?').get(filters.cycleId)
  if (!found) throw new AppError('not-found', `There is no audit cycle with id ${filters.cycleId}.`)
}
