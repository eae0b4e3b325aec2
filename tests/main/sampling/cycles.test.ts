import { describe, expect, it } from 'vitest'
import { createCycle, getCycle, listCycles, updateCycle } from '../../../electron/services/cycles'
import { AppError } from '../../../shared/errors'
import { insertAuditor, sampleEvents, sampleStore } from './support'

const NOW = new Date('2026-03-31T12:00:00.000Z')

function errorOf(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}

describe('creating an audit cycle', () => {
  it('creates a cycle with its period and auditors, logs it, and lists it first', async () => {
    const store = await sampleStore()
    const ann = insertAuditor(store, 'Ann Auditor')
    const bob = insertAuditor(store, 'Bob Builder')
    createCycle(store, { name: 'March 2026', auditorIds: [] }, new Date('2026-03-01'))
    const cycle = createCycle(
      store,
      {
        name: 'April 2026',
        periodStart: '2026-04-01',
        periodEnd: '2026-04-30',
        auditorIds: [bob, ann, bob]
      },
      NOW
    )
    expect(cycle).toEqual({
      id: cycle.id,
      name: 'April 2026',
      frameworkKey: 'care-plan-quality',
      frameworkVersion: 1,
      frameworkTitle: "Quality of children's plans",
      periodStart: '2026-04-01',
      periodEnd: '2026-04-30',
      status: 'open',
      sampled: 0,
      submitted: 0,
      moderated: 0
    })
    expect(listCycles(store).map((c) => c.name)).toEqual(['April 2026', 'March 2026'])
    const detail = getCycle(store, cycle.id)
    expect(detail).toEqual({
      summary: cycle,
      auditorIds: [ann, bob],
      sample: null,
      history: []
    })
    expect(sampleEvents(store).at(-1)).toEqual({
      entity: 'cycle',
      action: 'create',
      before: null,
      after: {
        name: 'April 2026',
        frameworkKey: 'care-plan-quality',
        frameworkVersion: 1,
        periodStart: '2026-04-01',
        periodEnd: '2026-04-30',
        auditorIds: [bob, ann]
      }
    })
  })

  it('links the newest version of a named framework', async () => {
    const store = await sampleStore()
    const insert = store.prepare(
      `INSERT INTO frameworks (key, version, title, definition, created_at)
       VALUES ('test-framework', ?, 'Plans', '{}', '2026-01-01T00:00:00.000Z')`
    )
    insert.run(1)
    insert.run(2)
    const cycle = createCycle(
      store,
      { name: 'Q1', frameworkKey: 'test-framework', auditorIds: [] },
      NOW
    )
    expect(cycle).toMatchObject({ frameworkKey: 'test-framework', frameworkVersion: 2 })
  })

  it('refuses a name already used, whatever its case, and changes nothing', async () => {
    const store = await sampleStore()
    createCycle(store, { name: 'April 2026', auditorIds: [] }, NOW)
    const error = errorOf(() => createCycle(store, { name: 'APRIL 2026', auditorIds: [] }, NOW))
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'A cycle called "April 2026" already exists. Choose another name.',
      fields: { name: 'A cycle with this name already exists' }
    })
    expect(listCycles(store)).toHaveLength(1)
  })

  it('refuses an unknown framework, unknown auditors and a period that ends before it starts', async () => {
    const store = await sampleStore()
    expect(
      errorOf(() => createCycle(store, { name: 'A', frameworkKey: 'nope', auditorIds: [] }, NOW))
    ).toMatchObject({ code: 'not-found', message: 'There is no audit framework called "nope".' })
    expect(
      errorOf(() => createCycle(store, { name: 'A', auditorIds: [41, 42] }, NOW))
    ).toMatchObject({ code: 'not-found', message: expect.stringContaining('41, 42') })
    expect(
      errorOf(() =>
        createCycle(
          store,
          { name: 'A', periodStart: '2026-04-30', periodEnd: '2026-04-01', auditorIds: [] },
          NOW
        )
      )
    ).toMatchObject({
      code: 'invalid-input',
      fields: { periodEnd: 'The period must end on or after the day it starts' }
    })
    expect(
      errorOf(() =>
        createCycle(store, { name: 'A', periodStart: '2026-02-30', auditorIds: [] }, NOW)
      )
    ).toMatchObject({ code: 'invalid-input', fields: { periodStart: expect.any(String) } })
    expect(listCycles(store)).toEqual([])
    expect(sampleEvents(store)).toEqual([])
  })

  it('says when a cycle does not exist', async () => {
    const store = await sampleStore()
    expect(errorOf(() => getCycle(store, 12)).code).toBe('not-found')
  })
})

describe('correcting an audit cycle', () => {
  it('renames it, changes its period and auditors, and logs only what changed', async () => {
    const store = await sampleStore()
    const ann = insertAuditor(store, 'Ann Auditor')
    const bob = insertAuditor(store, 'Bob Builder')
    const cycle = createCycle(
      store,
      { name: 'Aprl 2026', periodStart: '2026-04-01', auditorIds: [ann] },
      NOW
    )
    const updated = updateCycle(
      store,
      {
        cycleId: cycle.id,
        name: 'April 2026',
        periodStart: '2026-04-01',
        periodEnd: '2026-04-30',
        auditorIds: [bob, ann]
      },
      NOW
    )
    expect(updated).toEqual({ ...cycle, name: 'April 2026', periodEnd: '2026-04-30' })
    expect(getCycle(store, cycle.id).auditorIds).toEqual([ann, bob])
    expect(sampleEvents(store).at(-1)).toEqual({
      entity: 'cycle',
      action: 'update',
      before: { name: 'Aprl 2026', periodEnd: null, auditorIds: [ann] },
      after: { name: 'April 2026', periodEnd: '2026-04-30', auditorIds: [ann, bob] }
    })

    // The same details again change nothing and log nothing.
    const events = sampleEvents(store).length
    updateCycle(
      store,
      {
        cycleId: cycle.id,
        name: 'April 2026',
        periodStart: '2026-04-01',
        periodEnd: '2026-04-30',
        auditorIds: [ann, bob]
      },
      NOW
    )
    expect(sampleEvents(store)).toHaveLength(events)
  })

  it('keeps its own name when only the letter case changes, and refuses another cycle’s', async () => {
    const store = await sampleStore()
    createCycle(store, { name: 'March 2026', auditorIds: [] }, NOW)
    const cycle = createCycle(store, { name: 'april 2026', auditorIds: [] }, NOW)
    const base = { cycleId: cycle.id, auditorIds: [] }
    expect(updateCycle(store, { ...base, name: 'April 2026' }, NOW).name).toBe('April 2026')
    expect(errorOf(() => updateCycle(store, { ...base, name: 'MARCH 2026' }, NOW))).toMatchObject({
      code: 'conflict',
      fields: { name: 'A cycle with this name already exists' }
    })
    expect(getCycle(store, cycle.id).summary.name).toBe('April 2026')
  })

  it('refuses a period ending before it starts, an unknown auditor and an unknown cycle', async () => {
    const store = await sampleStore()
    const cycle = createCycle(store, { name: 'April 2026', auditorIds: [] }, NOW)
    const base = { cycleId: cycle.id, name: 'April 2026', auditorIds: [] }
    expect(
      errorOf(() =>
        updateCycle(store, { ...base, periodStart: '2026-04-30', periodEnd: '2026-04-01' }, NOW)
      )
    ).toMatchObject({ code: 'invalid-input', fields: { periodEnd: expect.any(String) } })
    expect(errorOf(() => updateCycle(store, { ...base, auditorIds: [999] }, NOW)).code).toBe(
      'not-found'
    )
    expect(errorOf(() => updateCycle(store, { ...base, cycleId: 999 }, NOW)).code).toBe('not-found')
    expect(getCycle(store, cycle.id).summary).toEqual(cycle)
  })

  it('does not change a closed cycle', async () => {
    const store = await sampleStore()
    const cycle = createCycle(store, { name: 'April 2026', auditorIds: [] }, NOW)
    store.prepare("UPDATE cycles SET status = 'closed' WHERE id = ?").run(cycle.id)
    expect(
      errorOf(() =>
        updateCycle(store, { cycleId: cycle.id, name: 'May 2026', auditorIds: [] }, NOW)
      ).code
    ).toBe('conflict')
    expect(getCycle(store, cycle.id).summary.name).toBe('April 2026')
  })
})
