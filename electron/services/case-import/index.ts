// PLACEHOLDER: replaced by the case-import implementation (issue 3) before this lands.
import type {
  ImportPreview,
  ImportRecord,
  ImportResult,
  StagedImport,
  UploadedFile
} from '../../../shared/contract'
import type { ColumnMapping } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { JobReporter } from '../../jobs'
import type { Store } from '../../store/open'

/** Case lists received and parsed, held in memory between stage, preview and commit. */
export interface ImportStaging {
  files: Map<string, unknown>
}

export function createImportStaging(): ImportStaging {
  return { files: new Map() }
}

const notBuilt = (): never => {
  throw new AppError('internal', 'Case import is not built yet.')
}

export async function stageImport(
  _store: Store,
  _staging: ImportStaging,
  _input: { file: UploadedFile; sheet?: string },
  _job: JobReporter
): Promise<StagedImport> {
  return notBuilt()
}

export async function previewImport(
  _store: Store,
  _staging: ImportStaging,
  _input: { stagingId: string; mapping: ColumnMapping },
  _job: JobReporter
): Promise<ImportPreview> {
  return notBuilt()
}

export async function commitImport(
  _store: Store,
  _staging: ImportStaging,
  _input: { stagingId: string; mapping: ColumnMapping; skipInvalid: boolean },
  _job: JobReporter
): Promise<ImportResult> {
  return notBuilt()
}

export function discardImport(_staging: ImportStaging, _stagingId: string): null {
  return notBuilt()
}

export function importHistory(_store: Store): ImportRecord[] {
  return notBuilt()
}
