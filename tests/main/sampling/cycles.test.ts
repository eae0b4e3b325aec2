import { describe, expect, it } from 'vitest'
import { createCycle, getCycle, listCycles } from '../../../electron/services/cycles'
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
