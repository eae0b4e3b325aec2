import type { Statement } from 'better-sqlite3'
import type { ImportResult } from '../../../shared/contract'
import type { ColumnMapping } from '../../../shared/domain'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { recordPlanVersion } from '../plans'
import { CASE_COLUMNS, loadStoredCases, planChanges, STORED_FIELDS } from './changes'
import type { PlannedChange, StoredField } from './changes'
import { rememberMapping } from './mapping'
import type { StagedFile } from './staging'
import type { CaseValues, ValidationResult } from './validate'

export interface ImportToWrite {
  file: StagedFile
  /** Compacted: only mapped fields. */
  mapping: ColumnMapping
  validation: ValidationResult
  auditorId: number | null
  now: Date
}

/** A new case's columns, in the order its values are bound; the import's own three follow. */
const NEW_CASE_COLUMNS = ['case_ref', ...STORED_FIELDS.map((field) => CASE_COLUMNS[field])]

/**
 * New cases per INSERT statement. One statement per row pays SQLite's statement overhead and a
 * call into better-sqlite3 50,000 times; a hundred rows per statement binds 1,100 values, far
 * inside SQLite's limit of 32,766, and measured as fast as larger batches.
 */
export const INSERT_BATCH = 100

/**
 * An INSERT of `rows` new cases. The import id and timestamp are the same for every row, so they
 * are named parameters bound once per statement rather than three more values per row.
 */
function insertCasesSql(rows: number): string {
  const row = `(${NEW_CASE_COLUMNS.map(() => '?').join(', ')}, @importId, @at, @at)`
  return `INSERT INTO cases (${NEW_CASE_COLUMNS.join(', ')}, import_id, created_at, updated_at)
    VALUES ${Array.from({ length: rows }, () => row).join(', ')}`
}

/** Puts a new case's values into params at offset: unmapped fields are empty, status open. */
function putNewCase(params: unknown[], offset: number, values: CaseValues): void {
  params[offset] = values.caseRef
  for (let index = 0; index < STORED_FIELDS.length; index += 1) {
    const field = STORED_FIELDS[index]!
    params[offset + 1 + index] = values[field] ?? (field === 'status' ? 'open' : null)
  }
}

/** Inserts new cases INSERT_BATCH at a time, in file order, and the remainder in one more. */
function insertNewCases(
  store: Store,
  cases: readonly CaseValues[],
  constants: { importId: number; at: string }
): void {
  const width = NEW_CASE_COLUMNS.length
  const insertBatch = (from: number, params: unknown[], statement: Statement<unknown[]>): void => {
    for (let row = 0; row < params.length / width; row += 1) {
      putNewCase(params, row * width, cases[from + row]!)
    }
    statement.run(params, constants)
  }
  let from = 0
  if (cases.length >= INSERT_BATCH) {
    const full = store.prepare<unknown[]>(insertCasesSql(INSERT_BATCH))
    const params: unknown[] = new Array(INSERT_BATCH * width)
    for (; from + INSERT_BATCH <= cases.length; from += INSERT_BATCH) {
      insertBatch(from, params, full)
    }
  }
  const rest = cases.length - from
  if (rest > 0) {
    insertBatch(from, new Array(rest * width), store.prepare<unknown[]>(insertCasesSql(rest)))
  }
}

/** Rewrites the mapped fields of cases whose values changed; an unmapped field is kept. */
function updateChangedCases(
  store: Store,
  changes: readonly PlannedChange[],
  mapped: readonly StoredField[],
  importId: number,
  at: string
): void {
  // Plan type and team are always mapped, so the list of columns is never empty.
  const update = store.prepare<unknown[]>(
    `UPDATE cases SET ${mapped.map((field) => `${CASE_COLUMNS[field]} = ?`).join(', ')},
     import_id = ?, updated_at = ? WHERE id = ?`
  )
  for (const change of changes) {
    const { values } = change.source
    update.run(...mapped.map((field) => values[field] ?? null), importId, at, change.existing!.id)
  }
}

/**
 * Records each row's plan text as its case's next plan version, in file order, once the cases
 * themselves are written: a new case's id is looked up by its reference, which is unique.
 */
function recordPlanTexts(
  store: Store,
  changes: readonly PlannedChange[],
  input: { file: StagedFile; importId: number; auditorId: number | null; now: Date }
): number {
  const newCaseId = store.prepare<[string]>('SELECT id FROM cases WHERE case_ref = ?').pluck()
  let recorded = 0
  for (const change of changes) {
    const { values, row } = change.source
    if (!values.planText) continue
    const outcome = recordPlanVersion(
      store,
      {
        caseId: change.existing?.id ?? (newCaseId.get(values.caseRef) as number),
        sourceName: `${input.file.fileName} (row ${row})`,
        text: values.planText,
        planDate:
          values.planStartDate !== undefined
            ? values.planStartDate
            : (change.existing?.plan_start_date ?? null),
        importId: input.importId,
        auditorId: input.auditorId
      },
      input.now
    )
    if (outcome.status !== 'unchanged') recorded += 1
  }
  return recorded
}

/**
 * Writes a checked case list in one transaction: the cases, any plan texts, the import record,
 * the remembered mapping and the audit-trail event, or none of them. New, updated and unchanged
 * are decided again inside the transaction, against the store as it is at that moment.
 *
 * The audit trail gets one event for the import (file, sha256, counts and mapping; never case
 * data) rather than one per case: it is the record of what changed and why, and 50,000 chained
 * events would cost more than the import itself. Plan texts do get an event each, as attaching a
 * plan does.
 */
export function writeImport(store: Store, input: ImportToWrite): ImportResult {
  const { file, mapping, validation, auditorId, now } = input
  const at = now.toISOString()
  const mapped = STORED_FIELDS.filter((field) => mapping[field])
  return store
    .transaction(() => {
      const plan = planChanges(validation.rows, loadStoredCases(store))
      const skippedRows = validation.invalidRows
      const importId = Number(
        store
          .prepare(
            `INSERT INTO imports (kind, file_name, sha256, row_count, created_count, updated_count,
               unchanged_count, skipped_count, mapping, skipped_rows, auditor_id, imported_at)
             VALUES ('cases', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(
            file.fileName,
            file.sha256,
            file.table.rows.length,
            plan.created,
            plan.updated,
            plan.unchanged,
            skippedRows.length,
            JSON.stringify(mapping),
            JSON.stringify(skippedRows),
            auditorId,
            at
          ).lastInsertRowid
      )
      const created = plan.changes.filter((change) => change.kind === 'new')
      insertNewCases(
        store,
        created.map((change) => change.source.values),
        { importId, at }
      )
      const updated = plan.changes.filter((change) => change.kind === 'updated')
      updateChangedCases(store, updated, mapped, importId, at)
      const planTexts = recordPlanTexts(store, plan.changes, { file, importId, auditorId, now })
      rememberMapping(store, file.table.headers, mapping, now)
      const result: ImportResult = {
        importId,
        created: plan.created,
        updated: plan.updated,
        unchanged: plan.unchanged,
        skipped: skippedRows.length,
        skippedRows,
        planTexts
      }
      appendEvent(
        store,
        {
          auditorId,
          entity: 'import',
          entityId: importId,
          action: 'import-cases',
          after: {
            fileName: file.fileName,
            sha256: file.sha256,
            format: file.format,
            sheet: file.sheet,
            rowCount: file.table.rows.length,
            created: plan.created,
            updated: plan.updated,
            unchanged: plan.unchanged,
            skipped: skippedRows.length,
            planTexts,
            mapping
          }
        },
        now
      )
      return result
    })
    .immediate()
}
