import { AppError } from '../../../shared/errors'
import type { ValidationResult } from './validate'

/** One data row of a case list: its number as a spreadsheet shows it, and its cells, trimmed. */
export interface SourceRow {
  row: number
  cells: string[]
}

/** A case list as read from the file, before any mapping: headings and non-blank data rows. */
export interface SourceTable {
  headers: string[]
  /** The headings' row number: 1 unless a title or blank lines come first. */
  headerRow: number
  rows: SourceRow[]
}

export interface StagedFile {
  id: string
  fileName: string
  sha256: string
  format: 'csv' | 'xlsx'
  encoding: string | null
  delimiter: string | null
  sheets: string[]
  sheet: string | null
  table: SourceTable
  /**
   * The last validation, keyed by the mapping it used, so a commit straight after its preview
   * does not read 50,000 rows twice.
   */
  validated: { mappingKey: string; result: ValidationResult } | null
}

/** Case lists received and parsed, held in memory between stage, preview and commit. */
export interface ImportStaging {
  files: Map<string, StagedFile>
}

/**
 * How many parsed files are kept at once. An officer stages one list at a time; a few allow a
 * second window or a retry without the oldest, abandoned ones holding memory for ever.
 */
export const MAX_STAGED_FILES = 3

export function createImportStaging(): ImportStaging {
  return { files: new Map() }
}

/** Keeps a parsed file, dropping the oldest ones beyond MAX_STAGED_FILES. */
export function keepStaged(staging: ImportStaging, file: StagedFile): void {
  staging.files.set(file.id, file)
  for (const id of staging.files.keys()) {
    if (staging.files.size <= MAX_STAGED_FILES) break
    staging.files.delete(id)
  }
}

export function getStaged(staging: ImportStaging, stagingId: string): StagedFile {
  const file = staging.files.get(stagingId)
  if (!file) {
    throw new AppError(
      'not-found',
      'That case list is no longer waiting to be imported (it was imported, discarded, or replaced by newer files). Choose the file again.'
    )
  }
  return file
}
