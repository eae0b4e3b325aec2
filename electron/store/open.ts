import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { backupFolder, backupStore, ensureDailyBackup, listBackups } from './backup'
import { checkMigrations, latestVersion, migrate, migrations as allMigrations } from './migrations'
import type { Migration } from './migrations'

/** The audit store: one SQLite file, opened by better-sqlite3. */
export type Store = Database.Database

export interface OpenStoreOptions {
  /** The better-sqlite3 binary to load; the desktop app passes its Electron-ABI copy. */
  nativeBinding?: string
  /** For tests of the migration machinery; the app always uses the shipped list. */
  migrations?: readonly Migration[]
  /** Skip the once-a-day backup (the CLI's read-only checks use this). */
  dailyBackup?: boolean
  now?: () => Date
}

const BUSY_TIMEOUT_MS = 5000

function backupHint(path: string): string {
  const count = listBackups(path).length
  return count === 0
    ? 'No backups were found.'
    : `${count} backup${count === 1 ? '' : 's'} can be restored from ${backupFolder(path)}.`
}

/**
 * Turns a SQLite failure into an error a person can act on, naming the file and what to do.
 * The file has not been written to when any of these is raised.
 */
export function describeOpenFailure(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown }).code
  const sqliteCode = typeof code === 'string' ? code : ''
  if (sqliteCode.startsWith('SQLITE_NOTADB') || sqliteCode.startsWith('SQLITE_CORRUPT')) {
    return new AppError(
      'store-damaged',
      `The audit store ${path} is damaged and cannot be opened; it has not been changed. ${backupHint(path)}`
    )
  }
  if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'store-locked',
      `The audit store ${path} is in use by another program (is Care Plan Audit already open?). Close it and try again.`
    )
  }
  if (sqliteCode.startsWith('SQLITE_READONLY') || sqliteCode.startsWith('SQLITE_PERM')) {
    return new AppError(
      'store-readonly',
      `The audit store ${path} cannot be written to. Check the file and its folder are not read-only.`
    )
  }
  if (sqliteCode.startsWith('SQLITE_CANTOPEN') || sqliteCode.startsWith('SQLITE_IOERR')) {
    return new AppError(
      'store-unavailable',
      `The audit store ${path} cannot be opened (${sqliteCode}). Check the folder exists and you have access to it.`
    )
  }
  const name = error instanceof Error ? error.name : 'Error'
  return new AppError('store-unavailable', `The audit store ${path} cannot be opened (${name}).`)
}

/**
 * Reads an existing file without writing to it: is it an intact SQLite database, and of a schema
 * version this build understands? Returns its version. A damaged or newer file is refused here,
 * before anything could change it.
 */
function inspectExisting(path: string, latest: number, nativeBinding?: string): number {
  let db: Database.Database | undefined
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      timeout: BUSY_TIMEOUT_MS,
      nativeBinding
    })
    const version = db.pragma('user_version', { simple: true }) as number
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') {
      throw new AppError(
        'store-damaged',
        `The audit store ${path} failed its integrity check; it has not been changed. ${backupHint(path)}`
      )
    }
    if (version > latest) {
      throw new AppError(
        'store-newer',
        `The audit store ${path} was written by a newer version of Care Plan Audit (schema ${version}; this version knows up to ${latest}). It has not been changed: install the newer version to open it.`
      )
    }
    return version
  } catch (error) {
    throw describeOpenFailure(error, path)
  } finally {
    db?.close()
  }
}

export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // Audits are small and an officer's last scoring must survive a power cut: pay for the fsync.
  db.pragma('synchronous = FULL')
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
}

/**
 * Opens (or creates) the audit store: checks an existing file read-only first, backs it up before
 * any migration, migrates in one transaction, and takes the daily backup. Throws an AppError with
 * code store-damaged, store-newer, store-locked, store-readonly or store-unavailable, naming the
 * file, and leaves the file untouched in each of those cases.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const list = options.migrations ?? allMigrations
  checkMigrations(list)
  const latest = latestVersion(list)
  const now = options.now ?? (() => new Date())
  const existing = existsSync(path) && statSync(path).size > 0

  let version = 0
  if (existing) {
    version = inspectExisting(path, latest, options.nativeBinding)
    if (version > 0 && version < latest) {
      // Back up with a read-only connection so the copy is taken before anything is written.
      const reader = new Database(path, { readonly: true, nativeBinding: options.nativeBinding })
      try {
        await backupStore(reader, path, `before-v${latest}`, now())
      } finally {
        reader.close()
      }
    }
  } else {
    mkdirSync(dirname(path), { recursive: true })
  }

  let db: Database.Database | undefined
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS, nativeBinding: options.nativeBinding })
    applyPragmas(db)
    migrate(db, list)
    if (existing && version > 0 && options.dailyBackup !== false)
      await ensureDailyBackup(db, path, now())
    return db
  } catch (error) {
    db?.close()
    throw describeOpenFailure(error, path)
  }
}

/**
 * A SQLite failure in the middle of a call, as words a person can act on; null for anything that
 * is not the store's (a bug, reported as internal). The transaction has been rolled back.
 */
export function describeRuntimeFailure(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code
  const sqliteCode = typeof code === 'string' ? code : ''
  if (!sqliteCode.startsWith('SQLITE_')) return null
  if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'store-locked',
      'The audit store is busy: another program is writing to it. Nothing was saved; try again in a moment.'
    )
  }
  if (sqliteCode.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'store-readonly',
      'The audit store cannot be written to (it or its folder is read-only). Nothing was saved.'
    )
  }
  if (sqliteCode.startsWith('SQLITE_FULL')) {
    return new AppError(
      'disk-full',
      'The disk holding the audit store is full. Nothing was saved: free some space and try again.'
    )
  }
  if (sqliteCode.startsWith('SQLITE_CORRUPT') || sqliteCode.startsWith('SQLITE_NOTADB')) {
    return new AppError(
      'store-damaged',
      'The audit store is damaged. Nothing was saved: close the app and restore a backup (Settings lists them).'
    )
  }
  if (sqliteCode.startsWith('SQLITE_IOERR') || sqliteCode.startsWith('SQLITE_CANTOPEN')) {
    return new AppError(
      'store-unavailable',
      `The audit store could not be read or written (${sqliteCode}). Nothing was saved; check the drive is still connected.`
    )
  }
  return null
}

/**
 * Runs `read` on a read-only connection of its own, inside one read transaction, and closes it
 * after. For long reads that pause between chunks (an export as a job): the app's own connection
 * stays free for other calls meanwhile, and the read sees the store as it was when it began,
 * whatever is saved during it (the store is in WAL mode, so readers and the writer do not wait
 * for each other).
 */
export async function withReader<T>(
  path: string,
  nativeBinding: string | undefined,
  read: (reader: Store) => Promise<T>
): Promise<T> {
  const reader = new Database(path, {
    readonly: true,
    fileMustExist: true,
    timeout: BUSY_TIMEOUT_MS,
    nativeBinding
  })
  try {
    // The snapshot is taken at the first read; closing the connection ends the transaction,
    // which has nothing to write.
    reader.exec('BEGIN')
    return await read(reader)
  } finally {
    reader.close()
  }
}
