import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createAppContext } from '../../electron/context'
import { dispatch } from '../../electron/dispatch'
import { createHandlers } from '../../electron/handlers'
import type { Handlers } from '../../electron/handlers'
import { migrations, verifyChain } from '../../electron/store'
import { CALL_NAMES, contract } from '../../shared/contract'
import { tempDir } from './support/temp'
import { testApp, valueOf } from './support/app'

describe('the contract and the handler table', () => {
  it('has exactly one handler for every call in the contract, and names follow domain:verb', async () => {
    const { context } = await testApp()
    const handlers = createHandlers(context)
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort())
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort())
    for (const name of CALL_NAMES) expect(name).toMatch(/^[a-z]+:[a-z][a-z-]*$/)
  })

  it('answers an unknown call with a typed error instead of throwing', async () => {
    const app = await testApp()
    for (const name of ['nope:nothing', 42, null, '__proto__', 'constructor']) {
      const result = await app.callRaw(name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } })
    }
  })

  it('rejects input that does not match the schema, naming the field, and changes nothing', async () => {
    const app = await testApp()
    const store = app.context.store!
    const before = store.prepare('SELECT count(*) FROM events').pluck().get()
    const cases: unknown[] = [
      { name: '   ', role: 'qa_officer' },
      { name: 'Ann', role: 'wizard' },
      { name: 7, role: 'qa_officer' },
      { name: 'x'.repeat(10_000), role: 'qa_officer' },
      { name: 'Ann', role: 'qa_officer', isAdmin: true },
      JSON.parse('{"name":"Ann","role":"qa_officer","__proto__":{"polluted":true}}'),
      'Ann',
      null
    ]
    for (const payload of cases) {
      const result = await app.callRaw('auditor:set', payload)
      expect(result.ok, JSON.stringify(payload)?.slice(0, 60)).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('invalid-input')
    }
    const blank = await app.callRaw('auditor:set', { name: '  ', role: 'qa_officer' })
    expect(blank).toMatchObject({ ok: false, error: { fields: { name: 'Enter your name' } } })
    expect(store.prepare('SELECT count(*) FROM events').pluck().get()).toBe(before)
    expect(store.prepare('SELECT count(*) FROM auditors').pluck().get()).toBe(0)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('turns an unexpected failure into a generic error and logs no case content', async () => {
    const { context } = await testApp()
    const handlers: Handlers = {
      ...createHandlers(context),
      'cycles:list': () => {
        throw new Error('Child Jayden Smith, DOB 01/02/2015')
      }
    }
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const result = await dispatch(handlers, 'cycles:list', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    const everything = JSON.stringify(result) + JSON.stringify(logged.mock.calls)
    expect(everything).not.toContain('Jayden')
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })
})

describe('who is auditing', () => {
  it('has no auditor on a new store, then remembers the one entered', async () => {
    const app = await testApp()
    expect(valueOf(await app.call('auditor:get'))).toBeNull()
    const saved = valueOf(
      await app.call('auditor:set', { name: '  Priya Shah ', role: 'qa_officer' })
    )
    expect(saved).toMatchObject({ name: 'Priya Shah', role: 'qa_officer' })
    expect(valueOf(await app.call('auditor:get'))).toEqual(saved)
  })

  it('switches to a colleague already known by name, keeping one record per person', async () => {
    const app = await testApp()
    const priya = valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))
    const tom = valueOf(await app.call('auditor:set', { name: 'Tom Reid', role: 'team_manager' }))
    const back = valueOf(
      await app.call('auditor:set', { name: 'priya shah', role: 'service_manager' })
    )
    expect(back.id).toBe(priya.id)
    expect(tom.id).not.toBe(priya.id)
    expect(valueOf(await app.call('auditor:get'))).toMatchObject({
      id: priya.id,
      role: 'service_manager'
    })
    expect(app.context.store!.prepare('SELECT count(*) FROM auditors').pluck().get()).toBe(2)
  })

  it('records each change in the hash-chained audit trail', async () => {
    const app = await testApp()
    valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))
    valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'team_manager' }))
    const store = app.context.store!
    const actions = store.prepare('SELECT entity, action FROM events ORDER BY id').all()
    expect(actions).toEqual([
      { entity: 'auditor', action: 'create' },
      { entity: 'session', action: 'sign-in' },
      { entity: 'auditor', action: 'update' }
    ])
    expect(verifyChain(store).valid).toBe(true)
    const status = valueOf(await app.call('store:status'))
    expect(status).toMatchObject({
      state: 'ok',
      events: 3,
      chainValid: true,
      schemaVersion: migrations.length
    })
  })
})

describe('a store that cannot be opened', () => {
  it('reports the damage through store:status and refuses calls that need the store', async () => {
    const dir = tempDir()
    const path = join(dir, 'damaged.sqlite')
    writeFileSync(path, randomBytes(10_000))
    const context = await createAppContext({ transport: 'cli', version: 'test', storePath: path })
    const handlers = createHandlers(context)
    const status = await dispatch(handlers, 'store:status', undefined)
    expect(status).toMatchObject({ ok: true, value: { state: 'damaged', path } })
    if (status.ok) expect((status.value as { message: string }).message).toContain(path)
    expect(await dispatch(handlers, 'auditor:get', undefined)).toMatchObject({
      ok: false,
      error: { code: 'store-damaged' }
    })
    expect(await dispatch(handlers, 'app:info', undefined)).toMatchObject({ ok: true })
  })

  it('lists cycles as empty on a new store', async () => {
    const app = await testApp()
    expect(valueOf(await app.call('cycles:list'))).toEqual([])
  })
})
