import { describe, expect, it } from 'vitest'
import { seedDemo, seedDemoIfEmpty } from '../../../electron/services/demo'
import type { AppContext } from '../../../electron/context'
import { testApp } from '../support/app'
import { AppError } from '../../../shared/errors'
import { count, DEMO_NOW, freshStore } from './support'

function snapshot(store: AppContext['store']): Record<string, number> {
  const tables = ['cases', 'plan_documents', 'auditors', 'cycles', 'audits', 'events', 'imports']
  return Object.fromEntries(
    tables.map((table) => [table, count(store!, `SELECT count(*) FROM ${table}`)])
  )
}

describe('demo data goes only into a new store', () => {
  it('refuses a store that already holds cases and changes nothing', async () => {
    const store = await freshStore()
    store
      .prepare(
        `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
         VALUES ('CP-1', 'CP', 'North Team', 'open', '2026-01-05', '2026-01-05')`
      )
      .run()
    const before = snapshot(store)
    let thrown: unknown
    try {
      seedDemo(store, { now: DEMO_NOW })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AppError)
    expect((thrown as AppError).code).toBe('conflict')
    expect((thrown as AppError).message).toBe(
      `The store at ${store.name} already holds cases; demo data goes only into a new store.`
    )
    expect(snapshot(store)).toEqual(before)
  })

  it('refuses to seed the same store twice', async () => {
    const store = await freshStore()
    seedDemo(store, { now: DEMO_NOW })
    const before = snapshot(store)
    expect(() => seedDemo(store, { now: DEMO_NOW })).toThrow(/already holds cases/)
    expect(snapshot(store)).toEqual(before)
  })

  it('seeds on start-up only when the store has no cases, and says which it did', async () => {
    const app = await testApp()
    const first = seedDemoIfEmpty(app.context, DEMO_NOW)
    expect(first.seeded).toBe(true)
    expect(first.message).toMatch(/^Seeded demo data: 300 cases in 6 teams/)
    const before = snapshot(app.context.store)
    const second = seedDemoIfEmpty(app.context, DEMO_NOW)
    expect(second).toMatchObject({ seeded: false, summary: null })
    expect(second.message).toBe(
      `The store at ${app.context.storePath} already holds cases, so demo data was not added.`
    )
    expect(snapshot(app.context.store)).toEqual(before)
  })
})
