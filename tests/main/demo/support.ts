import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { seedDemo } from '../../../electron/services/demo'
import type { DemoSummary } from '../../../electron/services/demo'
import { openStore } from '../../../electron/store'
import type { Store } from '../../../electron/store'
import { tempDir } from '../support/temp'

/** The day every demo test seeds as of, so the data (and its dates) are the same on any day. */
export const DEMO_NOW = new Date('2026-05-20T10:30:00Z')

/** A fresh store in a temp folder, closed when the test finishes. */
export async function freshStore(name = 'demo.sqlite'): Promise<Store> {
  const store = await openStore(join(tempDir(), name))
  onTestFinished(() => {
    if (store.open) store.close()
  })
  return store
}

export async function seededStore(): Promise<{ store: Store; summary: DemoSummary }> {
  const store = await freshStore()
  return { store, summary: seedDemo(store, { now: DEMO_NOW }) }
}

export function count(store: Store, sql: string, ...params: unknown[]): number {
  return store
    .prepare(sql)
    .pluck()
    .get(...params) as number
}
