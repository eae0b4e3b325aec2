import type { ExportKind, ReportFilters } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { Store } from '../../store/open'
import { criteriaInScope, cyclesOldestFirst, frameworkCriteria } from '../reports/catalogue'
import { reportScope } from '../reports/scope'
import type { ReportScope } from '../reports/scope'
import { ACTION_COLUMNS, AUDIT_COLUMNS, criterionColumn, SCORE_COLUMNS } from './columns'
import type { Column } from './columns'
import { BOM, encoderFor, EOL, field, record } from './csv'
import {
  actionRowsSql,
  auditRowsSql,
  csvLineSql,
  scoreLinesSql,
  scoreRowsSql,
  scoresByAudit
} from './rows'
import type { CriterionTitle, RowQuery } from './rows'
import { writeFileAtomically } from './write'
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

/** Streams the CSV lines SQLite builds (see csvLineSql): the fast path for the long exports. */
function writeLines(store: Store, query: RowQuery, columns: Column[], sink: TextSink): number {
  sink.write(header(columns))
  const sql = csvLineSql(
    query,
    columns.map((column) => column.kind)
  )
  let rows = 0
  for (const line of store.prepare(sql).pluck().iterate(query.params) as IterableIterator<string>) {
    sink.write(line)
    rows += 1
  }
  return rows
}

/** Streams lines a query has already written as CSV (see scoreLinesSql). */
function writeEncodedLines(
  store: Store,
  query: RowQuery,
  columns: Column[],
  sink: TextSink
): number {
  sink.write(header(columns))
  const sql = `SELECT line FROM (${query.sql}) ORDER BY ${query.orderBy}`
  let rows = 0
  for (const line of store.prepare(sql).pluck().iterate(query.params) as IterableIterator<string>) {
    sink.write(line)
    rows += 1
  }
  return rows
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

function writeAudits(store: Store, scope: ReportScope, sink: TextSink): number {
  const criteria = criteriaInScope(store, cyclesOldestFirst(store), scope.filters.cycleId)
  const columns = [...AUDIT_COLUMNS, ...criteria.map((criterion) => criterionColumn(criterion.key))]
  sink.write(header(columns))
  const write = rowWriter(columns)
  const grades = scoresByAudit(store, scope)
  const query = auditRowsSql(scope)
  const fixed = AUDIT_COLUMNS.length
  let rows = 0
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
    sink.write(write(row))
    rows += 1
  }
  return rows
}

/** Streams one export, header first, into the sink; returns how many data rows it wrote. */
export function writeExport(
  store: Store,
  kind: ExportKind,
  filters: ReportFilters,
  sink: TextSink,
  today: string
): number {
  const scope = reportScope(store, filters)
  switch (kind) {
    case 'scores':
      return writeEncodedLines(
        store,
        scoreLinesSql(scope, criterionTitles(store)),
        SCORE_COLUMNS,
        sink
      )
    case 'audits':
      return writeAudits(store, scope, sink)
    case 'actions':
      return writeLines(store, actionRowsSql(scope, today), ACTION_COLUMNS, sink)
  }
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
