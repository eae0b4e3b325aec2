import { AppError } from '../shared/errors'
import { createJobRegistry } from './jobs'
import { createImportStaging } from './services/case-import'
import type { ImportStaging } from './services/case-import'
import type { JobRegistry } from './jobs'
import { ensureDailyBackup } from './store/backup'
import { describeOpenFailure, openStore } from './store/open'
import { restoreBackup } from './store/restore'
import type { RestoreResult } from './store/restore'
import type { Store } from './store/open'

export type Transport = 'desktop' | 'browser' | 'cli'

/**
 * What only the desktop shell can do, set by electron/main (the only code that imports
 * 'electron'): a native save dialog and printing the window to PDF. Absent in browser mode and
 * the CLI, where calls that need it answer 'unsupported' and the renderer downloads or prints.
 */
export interface DesktopShell {
  /** The path the person chose, or null when they cancelled. */
  chooseSavePath(
    defaultName: string,
    filters: { name: string; extensions: string[] }[]
  ): Promise<string | null>
  /** The focused window's page as an A4 PDF, with its print stylesheet applied. */
  printToPdf(): Promise<Uint8Array>
}

/**
 * What every handler may use, whichever transport called it. The store is null when it could not
 * be opened; then every call that needs it returns the reason, and store:status explains it.
 */
export interface AppContext {
  transport: Transport
  version: string
  storePath: string
  store: Store | null
  storeError: AppError | null
  /** Long work (imports, attaching plans) in progress, for jobs:progress and jobs:cancel. */
  jobs: JobRegistry
  /** Case lists parsed and waiting to be previewed or committed. */
  staging: ImportStaging
  /** Desktop only: see DesktopShell. */
  shell?: DesktopShell
  /** The better-sqlite3 binary the desktop app loads (its Electron-ABI copy); absent in Node. */
  nativeBinding?: string
}

export interface CreateContextOptions {
  transport: Transport
  version: string
  storePath: string
  nativeBinding?: string
}

/** Opens the store for a transport; a store that cannot be opened is reported, never thrown. */
export async function createAppContext(options: CreateContextOptions): Promise<AppContext> {
  const base = {
    transport: options.transport,
    version: options.version,
    storePath: options.storePath,
    jobs: createJobRegistry(),
    staging: createImportStaging(),
    nativeBinding: options.nativeBinding
  }
  try {
    const store = await openStore(options.storePath, { nativeBinding: options.nativeBinding })
    return { ...base, store, storeError: null }
  } catch (error) {
    return { ...base, store: null, storeError: describeOpenFailure(error, options.storePath) }
  }
}

/** The open store, or the AppError that explains why there is none. */
export function requireStore(context: AppContext): Store {
  if (context.store) return context.store
  throw context.storeError ?? new AppError('store-unavailable', 'The audit store is not open.')
}

export function closeAppContext(context: AppContext): void {
  if (context.store?.open) context.store.close()
}

const HOUR_MS = 60 * 60 * 1000

/**
 * Checks every hour whether the daily backup is due, so a laptop left running for days still gets
 * one. The timer does not keep the process alive.
 */
export function scheduleDailyBackups(context: AppContext): NodeJS.Timeout {
  return setInterval(() => {
    if (context.store?.open) {
      ensureDailyBackup(context.store, context.storePath).catch(() => {
        // A failed backup must not take the app down; the next hour tries again.
      })
    }
  }, HOUR_MS).unref()
}

/**
 * Replaces the store with one of its backups: closes it, restores (the file in place is moved
 * aside, never deleted), and opens the restored store. Works whether or not the store was open.
 */
export async function restoreStore(
  context: AppContext,
  backupFile: string
): Promise<RestoreResult> {
  const { nativeBinding } = context
  closeAppContext(context)
  context.store = null
  try {
    const result = restoreBackup(context.storePath, backupFile, { nativeBinding })
    context.store = await openStore(context.storePath, { nativeBinding })
    context.storeError = null
    return result
  } catch (error) {
    const problem = describeOpenFailure(error, context.storePath)
    // Whatever happened, try to leave a usable store open (the backup if it was restored).
    try {
      context.store = await openStore(context.storePath, { nativeBinding })
      context.storeError = null
    } catch (reopenError) {
      context.storeError = describeOpenFailure(reopenError, context.storePath)
    }
    throw problem
  }
}
