import type Database from 'better-sqlite3'
import { initialSchema } from './001-initial'
import { defaultFrameworkInstall } from './002-default-framework'
import type { Migration } from './types'

export type { Migration } from './types'

/** Every schema version in order. Append only: a shipped migration is never edited. */
export const migrations: Migration[] = [initialSchema, defaultFrameworkInstall]

/** Refuses a migration list that skips, repeats or reorders versions: 1, 2, 3, ... */
export function checkMigrations(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration list is not monotonic: position ${index + 1} holds version ${migration.version}`
      )
    }
  })
}

export function latestVersion(list: readonly Migration[]): number {
  return list.length === 0 ? 0 : list[list.length - 1]!.version
}

/** Runs every pending migration in one transaction: the store moves to the latest version or not at all. */
export function migrate(db: Database.Database, list: readonly Migration[]): number {
  checkMigrations(list)
  const from = db.pragma('user_version', { simple: true }) as number
  const pending = list.filter((migration) => migration.version > from)
  if (pending.length === 0) return from
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
  }).immediate()
  return latestVersion(list)
}
