import { describe, expect, it } from 'vitest'
import { verifyChain } from '../../../electron/store'
import type { Framework } from '../../../shared/domain'
import { testApp, valueOf } from '../support/app'
import type { TestApp } from '../support/app'
import { eventCount, frameworkEvents, frameworkRows } from './support'

async function signedIn(): Promise<TestApp> {
  const app = await testApp()
  valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))
  return app
}

async function definitionOf(app: TestApp, key: string, version?: number): Promise<Framework> {
  return valueOf(await app.call('frameworks:get', { key, version })).definition
}

/** The default framework with the Inadequate descriptor of "timescales" rewritten. */
async function editedDefault(app: TestApp, words: string): Promise<Framework> {
  const definition = await definitionOf(app, 'care-plan-quality')
  const timescales = definition.criteria[1]!
  return {
    ...definition,
    criteria: definition.criteria.map((criterion) =>
      criterion === timescales
        ? { ...criterion, descriptors: { ...criterion.descriptors, '1': words } }
        : criterion
    )
  }
}

describe('duplicating a framework', () => {
  it('copies a version under a new key as version 1, unlocked, with the new title', async () => {
    const app = await signedIn()
    valueOf(await app.call('cycles:create', { name: 'April' }))
    const copy = valueOf(
      await app.call('frameworks:duplicate', {
        key: 'care-plan-quality',
        newKey: 'cp-plans-local',
        newTitle: 'Child protection plans (local standard)'
      })
    )
    expect(copy).toMatchObject({
      key: 'cp-plans-local',
      version: 1,
      title: 'Child protection plans (local standard)',
      locked: false,
      usedByCycles: 0,
      criteria: 5
    })
    const original = await definitionOf(app, 'care-plan-quality')
    const copied = await definitionOf(app, 'cp-plans-local')
    expect(copied).toEqual({
      ...original,
      key: 'cp-plans-local',
      version: 1,
      title: 'Child protection plans (local standard)'
    })
    expect(frameworkEvents(app.context.store!).at(-1)).toMatchObject({
      action: 'duplicate',
      before: { key: 'care-plan-quality', version: 1 },
      after: { key: 'cp-plans-local', version: 1 }
    })
  })

  it('refuses a key already used or not in the key format, and writes nothing', async () => {
    const app = await signedIn()
    const store = app.context.store!
    const before = eventCount(store)
    const taken = await app.call('frameworks:duplicate', {
      key: 'care-plan-quality',
      newKey: 'care-plan-quality',
      newTitle: 'Copy'
    })
    expect(taken).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'There is already a framework "care-plan-quality". Choose another key.',
        fields: { newKey: 'A framework with this key already exists' }
      }
    })
    const badKey = await app.call('frameworks:duplicate', {
      key: 'care-plan-quality',
      newKey: 'My Copy',
      newTitle: 'Copy'
    })
    expect(badKey.ok ? null : badKey.error).toMatchObject({
      code: 'invalid-input',
      fields: { newKey: 'Use lower-case letters, digits and hyphens, starting with a letter' }
    })
    const noSource = await app.call('frameworks:duplicate', {
      key: 'care-plan-quality',
      version: 4,
      newKey: 'copy',
      newTitle: 'Copy'
    })
    expect(noSource.ok ? null : noSource.error.code).toBe('not-found')
    expect(frameworkRows(store)).toHaveLength(1)
    expect(eventCount(store)).toBe(before)
  })
})

describe('saving an edited framework', () => {
  it('changes an unused latest version in place, and logs before and after', async () => {
    const app = await signedIn()
    const edited = await editedDefault(app, 'No action has a timescale.')
    const saved = valueOf(await app.call('frameworks:save', { definition: edited }))
    expect(saved).toMatchObject({ key: 'care-plan-quality', version: 1, locked: false })
    expect(frameworkRows(app.context.store!)).toHaveLength(1)
    const stored = await definitionOf(app, 'care-plan-quality')
    expect(stored.criteria[1]!.descriptors['1']).toBe('No action has a timescale.')
    const event = frameworkEvents(app.context.store!).at(-1)!
    expect(event).toMatchObject({
      action: 'update',
      before: { key: 'care-plan-quality', version: 1 },
      after: { key: 'care-plan-quality', version: 1 }
    })
    expect(event.before!.sha256).not.toBe(event.after!.sha256)
  })

  it('makes the next version when the latest is used by a cycle, keeping the locked one as it was', async () => {
    const app = await signedIn()
    valueOf(await app.call('cycles:create', { name: 'April' }))
    const original = await definitionOf(app, 'care-plan-quality')
    const edited = await editedDefault(app, 'No action has a timescale.')
    const saved = valueOf(await app.call('frameworks:save', { definition: edited }))
    expect(saved).toMatchObject({ version: 2, locked: false, latest: true, usedByCycles: 0 })
    expect(await definitionOf(app, 'care-plan-quality', 1)).toEqual(original)
    expect((await definitionOf(app, 'care-plan-quality')).version).toBe(2)
    expect(frameworkEvents(app.context.store!).at(-1)).toMatchObject({
      action: 'new-version',
      before: { key: 'care-plan-quality', version: 1 },
      after: { key: 'care-plan-quality', version: 2 }
    })
    // Version 2 is not used yet, so a second edit changes it in place.
    const again = valueOf(
      await app.call('frameworks:save', {
        definition: { ...edited, title: 'Quality of plans, 2027' }
      })
    )
    expect(again).toMatchObject({ version: 2, title: 'Quality of plans, 2027' })
    expect(frameworkRows(app.context.store!).map((r) => r.version)).toEqual([1, 2])
    expect(verifyChain(app.context.store!).valid).toBe(true)
  })

  it('writes nothing when the edit changes nothing', async () => {
    const app = await signedIn()
    const before = eventCount(app.context.store!)
    const definition = await definitionOf(app, 'care-plan-quality')
    const saved = valueOf(await app.call('frameworks:save', { definition }))
    expect(saved.version).toBe(1)
    expect(eventCount(app.context.store!)).toBe(before)
  })

  it('refuses an invalid edit or an unknown key, and writes nothing', async () => {
    const app = await signedIn()
    const store = app.context.store!
    const before = eventCount(store)
    const blank = await editedDefault(app, '   ')
    const result = await app.call('frameworks:save', { definition: blank })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'The framework is not a valid framework (1 problem): Criterion 2 (timescales), descriptor for Inadequate: Enter the Inadequate descriptor.',
        fields: {
          'criteria.1.descriptors.1':
            'Criterion 2 (timescales), descriptor for Inadequate: Enter the Inadequate descriptor'
        }
      }
    })
    const stranger = { ...(await definitionOf(app, 'care-plan-quality')), key: 'not-here' }
    const unknown = await app.call('frameworks:save', { definition: stranger })
    expect(unknown.ok ? null : unknown.error).toEqual({
      code: 'not-found',
      message: 'There is no framework "not-here".'
    })
    expect(eventCount(store)).toBe(before)
    expect(await definitionOf(app, 'care-plan-quality')).toEqual(
      await definitionOf(app, 'care-plan-quality', 1)
    )
  })
})

describe('cycles and frameworks', () => {
  it('gives a new cycle the latest default framework and locks that version', async () => {
    const app = await signedIn()
    const cycle = valueOf(await app.call('cycles:create', { name: 'April' }))
    expect(cycle).toMatchObject({ frameworkKey: 'care-plan-quality', frameworkVersion: 1 })
    expect(frameworkRows(app.context.store!)[0]!.locked).toBe(1)
    const [summary] = valueOf(await app.call('frameworks:list'))
    expect(summary).toMatchObject({ locked: true, usedByCycles: 1 })
    expect(frameworkEvents(app.context.store!).at(-1)).toMatchObject({
      action: 'lock',
      after: { key: 'care-plan-quality', version: 1, locked: true, cycleId: cycle.id }
    })

    // A second cycle on the same version counts, but does not lock it again.
    const events = eventCount(app.context.store!)
    valueOf(await app.call('cycles:create', { name: 'May' }))
    expect(eventCount(app.context.store!)).toBe(events + 1)
    expect(valueOf(await app.call('frameworks:list'))[0]!.usedByCycles).toBe(2)
  })

  it('uses the latest version of the key asked for, leaving other versions unlocked', async () => {
    const app = await signedIn()
    const edited = { ...(await definitionOf(app, 'care-plan-quality')), title: 'Revised' }
    valueOf(await app.call('frameworks:import', { json: JSON.stringify(edited) }))
    valueOf(
      await app.call('frameworks:duplicate', {
        key: 'care-plan-quality',
        newKey: 'early-help',
        newTitle: 'Early help plans'
      })
    )
    const april = valueOf(await app.call('cycles:create', { name: 'April' }))
    expect(april).toMatchObject({ frameworkKey: 'care-plan-quality', frameworkVersion: 2 })
    const may = valueOf(
      await app.call('cycles:create', { name: 'May', frameworkKey: 'early-help' })
    )
    expect(may).toMatchObject({ frameworkKey: 'early-help', frameworkVersion: 1 })
    expect(frameworkRows(app.context.store!).map((r) => [r.key, r.version, r.locked])).toEqual([
      ['care-plan-quality', 1, 0],
      ['care-plan-quality', 2, 1],
      ['early-help', 1, 1]
    ])
  })

  it('refuses an unknown framework and locks nothing', async () => {
    const app = await signedIn()
    const result = await app.call('cycles:create', { name: 'April', frameworkKey: 'nope' })
    expect(result.ok ? null : result.error.code).toBe('not-found')
    expect(frameworkRows(app.context.store!)[0]!.locked).toBe(0)
    expect(valueOf(await app.call('cycles:list'))).toEqual([])
  })

  it('creates a cycle without a framework when the default is not installed', async () => {
    const app = await signedIn()
    // Only possible in a store changed by hand: the default is installed by a migration.
    app.context.store!.prepare("UPDATE frameworks SET key = 'renamed'").run()
    const cycle = valueOf(await app.call('cycles:create', { name: 'April' }))
    expect(cycle).toMatchObject({ frameworkKey: null, frameworkVersion: null })
  })
})
