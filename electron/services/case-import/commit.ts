import type { Statement } from 'better-sqlite3'
import type { ImportResult } from '../../../shared/contract'
import type { ColumnMapping } from '../../../shared/domain'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { recordPlanVersion } from '../plans'
import { CASE_COLUMNS, loadStoredCases, planChanges, STORED_FIELDS } from './changes'
import type { PlannedChange } from './changes'
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

const INSERT_CASE = `INSERT INTO cases (case_ref, ${STORED_FIELDS.map((f) => CASE_COLUMNS[f]).join(', ')},
  import_id, created_at, updated_at) VALUES (?, ${STORED_FIELDS.map(() => '?').join(', ')}, ?, ?, ?)`

/** A new case's column values: unmapped fields are empty, and an unmapped status is open. */
function newCaseParams(values: CaseValues): unknown[] {
  return STORED_FIELDS.map((field) => values[field] ?? (field === 'status' ? 'open' : null))
}

function writeCase(
  store: Store,
  change: PlannedChange,
  statements: { insert: Statement<unknown[]>; update: Statement<unknown[]> },
  mapped: readonly (typeof STORED_FIELDS)[number][],
  importId: number,
  at: string
): number {
  const { values } = change.source
  if (change.kind === 'new') {
    const params = [values.caseRef, ...newCaseParams(values), importId, at, at]
    return Number(statements.insert.run(...params).lastInsertRowid)
  }
  const existing = change.existing!
  if (change.kind === 'updated') {
    statements.update.run(
      ...mapped.map((field) => values[field] ?? null),
      importId,
      at,
      existing.id
    )
  }
  return existing.id
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
      const statements = {
        insert: store.prepare<unknown[]>(INSERT_CASE),
        // Plan type and team are always mapped, so the list of columns is never empty.
        update: store.prepare<unknown[]>(
          `UPDATE cases SET ${mapped.map((field) => `${CASE_COLUMNS[field]} = ?`).join(', ')},
           import_id = ?, updated_at = ? WHERE id = ?`
        )
      }
      let planTexts = 0
      for (const change of plan.changes) {
        const caseId = writeCase(store, change, statements, mapped, importId, at)
        const text = change.source.values.planText
        if (text) {
          const planDate =
            change.source.values.planStartDate !== undefined
              ? change.source.values.planStartDate
              : (change.existing?.plan_start_date ?? null)
          const outcome = recordPlanVersion(
            store,
            {
              caseId,
              sourceName: `${file.fileName} (row ${change.source.row})`,
              text,
              planDate,
              importId,
              auditorId
            },
            now
          )
          if (outcome.status !== 'unchanged') planTexts += 1
        }
      }
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
