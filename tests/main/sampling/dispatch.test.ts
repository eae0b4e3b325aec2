import { describe, expect, it } from 'vitest'
import { testApp, valueOf } from '../support/app'
import { casesOf, insertCases } from './support'

async function appWithCases() {
  const app = await testApp()
  insertCases(app.context.store!, [
    ...casesOf('N', 'North Team', 'CP', 12),
    ...casesOf('S', 'South Team', 'CIN', 8)
  ])
  return app
}

describe('sampling through the calls every transport makes', () => {
  it('creates a cycle, previews and saves a sample, and reads it back', async () => {
    const app = await appWithCases()
    valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))
    const cycle = valueOf(await app.call('cycles:create', { name: ' April 2026 ' }))
    expect(cycle.name).toBe('April 2026')
    const spec = { size: 5, stratifyBy: ['team' as const] }
    const preview = valueOf(
      await app.call('sample:draw', { cycleId: cycle.id, spec, dryRun: true })
    )
    const saved = valueOf(
      await app.call('sample:draw', { cycleId: cycle.id, spec: { ...spec, seed: preview.seed } })
    )
    expect(saved.cases.map((c) => c.caseRef)).toEqual(preview.cases.map((c) => c.caseRef))
    // 20 cases, n = 5: North 12 -> 3.0, South 8 -> 2.0.
    expect(saved.strata.map((s) => [s.stratum, s.sampled])).toEqual([
      ['North Team', 3],
      ['South Team', 2]
    ])
    const detail = valueOf(await app.call('cycles:get', { cycleId: cycle.id }))
    expect(detail.sample).toEqual(saved)
    expect(valueOf(await app.call('cycles:list'))).toEqual([
      expect.objectContaining({ id: cycle.id, sampled: 5 })
    ])
    const store = app.context.store!
    const who = store
      .prepare("SELECT DISTINCT auditor_id FROM events WHERE entity IN ('cycle', 'sample')")
      .pluck()
      .all()
    expect(who).toEqual([valueOf(await app.call('auditor:get'))!.id])
    const added = store.prepare('SELECT DISTINCT added_by FROM cycle_cases').pluck().all()
    expect(added).toEqual(who)

    const [first] = saved.cases
    const replacement = valueOf(
      await app.call('sample:replace', {
        cycleId: cycle.id,
        caseId: first!.caseId,
        reason: 'Transferred to another authority'
      })
    )
    expect(replacement.stratum).toBe(first!.stratum)
    expect(
      valueOf(
        await app.call('sample:remove', {
          cycleId: cycle.id,
          caseId: replacement.caseId,
          reason: 'Sampled in error'
        })
      )
    ).toBeNull()
    const add = valueOf(
      await app.call('sample:add', {
        cycleId: cycle.id,
        caseId: first!.caseId,
        reason: 'Needed after all'
      })
    )
    expect(add.source).toBe('manual')
  })

  it('rejects bad input naming the field, and changes nothing', async () => {
    const app = await appWithCases()
    const store = app.context.store!
    const cycle = valueOf(await app.call('cycles:create', { name: 'April 2026' }))
    const events = store.prepare('SELECT count(*) FROM events').pluck().get()
    const cases: [string, unknown, string][] = [
      ['cycles:create', { name: '   ' }, 'name'],
      ['cycles:create', { name: 'A', periodStart: '30/04/2026' }, 'periodStart'],
      ['sample:draw', { cycleId: cycle.id, spec: { size: 5, percent: 10 } }, 'spec.size'],
      ['sample:draw', { cycleId: cycle.id, spec: {} }, 'spec.size'],
      ['sample:draw', { cycleId: cycle.id, spec: { size: 0 } }, 'spec.size'],
      ['sample:draw', { cycleId: cycle.id, spec: { allocation: 'quota', quota: 2 } }, 'spec.quota'],
      [
        'sample:draw',
        { cycleId: cycle.id, spec: { size: 5, stratifyBy: ['ward'] } },
        'spec.stratifyBy.0'
      ],
      ['sample:draw', { cycleId: cycle.id, spec: { size: 5, seed: '  ' } }, 'spec.seed'],
      ['sample:draw', { cycleId: cycle.id, spec: { size: 5, colour: 'red' } }, 'spec'],
      ['sample:replace', { cycleId: cycle.id, caseId: 1, reason: 'no' }, 'reason'],
      ['sample:add', { cycleId: cycle.id, caseId: 1 }, 'reason'],
      ['sample:remove', { cycleId: 0, caseId: 1, reason: 'Because' }, 'cycleId']
    ]
    for (const [name, payload, field] of cases) {
      const result = await app.callRaw(name, payload)
      expect(result.ok, `${name} ${JSON.stringify(payload)}`).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input')
        expect(Object.keys(result.error.fields ?? {}), JSON.stringify(payload)).toContain(field)
      }
    }
    const blankReason = await app.callRaw('sample:add', {
      cycleId: cycle.id,
      caseId: 1,
      reason: ''
    })
    expect(blankReason).toMatchObject({
      ok: false,
      error: { fields: { reason: 'Give a reason (it is recorded in the audit trail)' } }
    })
    expect(store.prepare('SELECT count(*) FROM events').pluck().get()).toBe(events)
    expect(store.prepare('SELECT count(*) FROM cycles').pluck().get()).toBe(1)
  })

  it('answers a duplicate name or an unknown cycle with codes the screens can act on', async () => {
    const app = await appWithCases()
    valueOf(await app.call('cycles:create', { name: 'April 2026' }))
    expect(await app.call('cycles:create', { name: 'april 2026' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { name: 'A cycle with this name already exists' } }
    })
    expect(await app.call('cycles:get', { cycleId: 404 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    expect(await app.call('sample:draw', { cycleId: 404, spec: { size: 3 } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    expect(
      await app.call('cycles:create', { name: 'May', frameworkKey: 'no-such-framework' })
    ).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
