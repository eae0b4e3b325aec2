import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { listBackups } from './backup'
import { latestVersion, migrations } from './migrations'

export interface RestoreResult {
  restoredFrom: string
  /** Where the file that was in place went (kept, never deleted), or null if there was none. */
  movedAside: string | null
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

/** A backup is restored only if it is itself intact and of a schema this build can open. */
function checkBackup(file: string, nativeBinding?: string): void {
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
    const integrity = db.pragma('integrity_check', { simple: true })
    const version = db.pragma('user_version', { simple: true }) as number
    if (integrity !== 'ok') throw new Error('integrity')
    if (version > latestVersion(migrations)) {
      throw new AppError(
        'store-newer',
        `The backup ${file} is from a newer version of Care Plan Audit; it cannot be restored here.`
      )
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError(
      'store-damaged',
      `The backup ${file} is damaged too and cannot be restored. Choose another backup.`
    )
  } finally {
    db?.close()
  }
}

/**
 * Puts a backup in place of the store: checks the backup, moves whatever is at the store's path
 * (with its -wal and -shm files) aside under a dated name, and copies the backup in through a
 * temporary name. Nothing is ever deleted. The store must be closed by the caller first.
 * `backupFile` must be one of the store's own backups (so a request from the app cannot name any
 * other file), unless `anyFile` is set by the command line.
 */
export function restoreBackup(
  storePath: string,
  backupFile: string,
  options: { now?: Date; nativeBinding?: string; anyFile?: boolean } = {}
): RestoreResult {
  const known = listBackups(storePath).some((backup) => backup.file === backupFile)
  // Only the command line, run by someone with the files in front of them, may name any file.
  if (!known && !(options.anyFile && existsSync(backupFile))) {
    throw new AppError('not-found', `${backupFile} is not one of the backups of ${storePath}.`)
  }
  checkBackup(backupFile, options.nativeBinding)
  const now = options.now ?? new Date()
  let movedAside: string | null = null
  if (existsSync(storePath)) {
    movedAside = join(dirname(storePath), `${basename(storePath)}.replaced-${stamp(now)}`)
    renameSync(storePath, movedAside)
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(storePath + suffix)) renameSync(storePath + suffix, movedAside + suffix)
    }
  }
  const partial = `${storePath}.restoring`
  try {
    copyFileSync(backupFile, partial)
    renameSync(partial, storePath)
  } finally {
    rmSync(partial, { force: true })
  }
  return { restoredFrom: backupFile, movedAside }
}
