import type Database from 'better-sqlite3'

/** One schema version: `up` moves a store from `version - 1` to `version`. */
export interface Migration {
  version: number
  description: string
  up: (db: Database.Database) => void
}
