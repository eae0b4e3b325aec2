import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Store } from '../../../electron/store/open'
import type { FrameworkInput } from '../../../shared/domain'
import { repoRoot } from '../support/temp'

export const FIXTURES = join(repoRoot, 'tests/fixtures/frameworks')
export const DEFAULT_FILE = join(repoRoot, 'resources/frameworks/care-plan-quality.json')

/** A fixture's text, as an officer's file would arrive: tests/fixtures/frameworks/<name>. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

/** A fixture parsed, to change a copy of it in a test. */
export function fixtureJson(name: string): FrameworkInput {
  return JSON.parse(fixtureText(name)) as FrameworkInput
}

export function defaultFramework(): FrameworkInput {
  return JSON.parse(readFileSync(DEFAULT_FILE, 'utf8')) as FrameworkInput
}

/** The frameworks table as (key, version, title, locked), in key and version order. */
export function frameworkRows(
  store: Store
): { key: string; version: number; title: string; locked: number }[] {
  return store
    .prepare('SELECT key, version, title, locked FROM frameworks ORDER BY key, version')
    .all() as { key: string; version: number; title: string; locked: number }[]
}

export interface LoggedEvent {
  action: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

/** The audit trail's framework events, oldest first. */
export function frameworkEvents(store: Store): LoggedEvent[] {
  const rows = store
    .prepare("SELECT action, before, after FROM events WHERE entity = 'framework' ORDER BY id")
    .all() as { action: string; before: string | null; after: string | null }[]
  return rows.map((row) => ({
    action: row.action,
    before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
    after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>)
  }))
}

export function eventCount(store: Store): number {
  return store.prepare('SELECT count(*) FROM events').pluck().get() as number
}
