import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type Database from 'better-sqlite3'
import type { BackupInfo } from '../../shared/contract'

/** How many backups of one store are kept; older ones are removed once a newer one is written. */
export const BACKUPS_TO_KEEP = 10

const DAY_MS = 24 * 60 * 60 * 1000

/** Backups live beside the store, in a folder of their own, so restoring never needs a search. */
export function backupFolder(storePath: string): string {
  return join(dirname(storePath), 'backups')
}

function storeStem(storePath: string): string {
  return basename(storePath, extname(storePath))
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

function parseStamp(text: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`)
}

/** The backups of one store, newest first. */
export function listBackups(storePath: string): BackupInfo[] {
  const folder = backupFolder(storePath)
  if (!existsSync(folder)) return []
  const prefix = `${storeStem(storePath)}.`
  const backups: BackupInfo[] = []
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix) || !name.endsWith('.sqlite')) continue
    const [when, reason] = name.slice(prefix.length, -'.sqlite'.length).split('.')
    const createdAt = when ? parseStamp(when) : null
    if (!createdAt || !reason) continue
    const file = join(folder, name)
    backups.push({
      file,
      createdAt: createdAt.toISOString(),
      reason,
      sizeBytes: statSync(file).size
    })
  }
  return backups.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file)
  )
}

/**
 * Copies the store with SQLite's online backup into the backups folder, through a temporary name
 * so a half-written copy is never mistaken for a backup, then keeps only the newest ones.
 */
export async function backupStore(
  db: Database.Database,
  storePath: string,
  reason: string,
  now = new Date()
): Promise<BackupInfo> {
  const folder = backupFolder(storePath)
  mkdirSync(folder, { recursive: true })
  let file = join(folder, `${storeStem(storePath)}.${stamp(now)}.${reason}.sqlite`)
  for (let n = 2; existsSync(file); n += 1) {
    file = join(folder, `${storeStem(storePath)}.${stamp(now)}.${reason}-${n}.sqlite`)
  }
  const partial = `${file}.partial`
  try {
    await db.backup(partial)
    renameSync(partial, file)
  } finally {
    rmSync(partial, { force: true })
  }
  pruneBackups(storePath)
  return {
    file,
    createdAt: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(),
    reason,
    sizeBytes: statSync(file).size
  }
}

export function pruneBackups(storePath: string, keep = BACKUPS_TO_KEEP): void {
  for (const old of listBackups(storePath).slice(keep)) rmSync(old.file, { force: true })
}

/** Takes the daily backup when the newest one is more than a day old. */
export async function ensureDailyBackup(
  db: Database.Database,
  storePath: string,
  now = new Date()
): Promise<BackupInfo | null> {
  const newest = listBackups(storePath)[0]
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null
  return backupStore(db, storePath, 'daily', now)
}
