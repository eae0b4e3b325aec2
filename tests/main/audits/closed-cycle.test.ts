import { describe, expect, it } from 'vitest'
import type { TestApp } from '../support/app'
import { valueOf } from '../support/app'
import { auditFixture } from './support'
import { moderationFixture, signInAs, FIRST } from '../moderation/support'

async function setStatus(
  app: TestApp,
  cycleId: number,
  status: 'open' | 'closed',
  reason = 'Quarter finished'
) {
  return valueOf(await app.call('cycles:set-status', { cycleId, status, reason }))
}

function cycleEvents(app: TestApp): { action: string; after: string }[] {
  return app.context
    .store!.prepare("SELECT action, after FROM events WHERE entity = 'cycle' ORDER BY id")
    .all() as { action: string; after: string }[]
}

describe('closing a cycle', () => {
  it('stops its audits, sample and edits changing, keeps them readable, and logs why', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const open = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    const auditId = open.audit.id
    valueOf(await app.call('actions:add', { auditId, description: 'Mum to attend the programme' }))

    expect((await setStatus(app, cycleId, 'closed')).status).toBe('closed')
    expect(cycleEvents(app).at(-1)).toMatchObject({ action: 'close' })
    expect(JSON.parse(cycleEvents(app).at(-1)!.after)).toEqual({
      status: 'closed',
      reason: 'Quarter finished'
    })

    const refusals = [
      await app.call('audits:save-score', {
        auditId,
        criterionKey: 'outcome-focus',
        grade: 3,
        evidence: 'x'
      }),
      await app.call('audits:submit', { auditId }),
      await app.call('audits:open', { cycleId, caseId: caseIds[1]! }),
      await app.call('actions:add', { auditId, description: 'Another' }),
      await app.call('sample:remove', {
        cycleId,
        caseId: caseIds[2]!,
        reason: 'Moved out of area'
      }),
      await app.call('cycles:update', { cycleId, name: 'Renamed', auditorIds: [] })
    ]
    for (const [index, result] of refusals.entries()) {
      expect([index, result]).toMatchObject([index, { ok: false, error: { code: 'conflict' } }])
    }
    expect(refusals[0]).toMatchObject({
      error: {
        message:
          'The cycle "Spring audit" is closed, so its audits cannot change. Reopen the cycle to change it.'
      }
    })
    // Nothing was written: no score, no second audit, the sample whole.
    const store = app.context.store!
    expect(store.prepare('SELECT count(*) FROM scores').pluck().get()).toBe(0)
    expect(store.prepare('SELECT count(*) FROM audits').pluck().get()).toBe(1)

    // Listed in My audits after the open cycles, marked closed, its queue too.
    expect(valueOf(await app.call('audits:mine', {}))).toEqual([
      expect.objectContaining({ cycleId, closed: true })
    ])
    expect(valueOf(await app.call('audits:queue', { cycleId })).cycleClosed).toBe(true)

    // Still readable, marked closed; an action already agreed can still be followed up.
    const reopened = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    expect(reopened.cycleClosed).toBe(true)
    // Previous and Next lead only to audits there are to read: here, none but this one.
    expect(reopened.queue).toEqual({ index: 1, total: 1, previousCaseId: null, nextCaseId: null })
    const action = reopened.actions[0]!
    expect(
      valueOf(await app.call('actions:update', { actionId: action.id, status: 'done' })).status
    ).toBe('done')

    // Reopened, the work goes on.
    expect((await setStatus(app, cycleId, 'open', 'One audit left to finish')).status).toBe('open')
    expect(cycleEvents(app).at(-1)).toMatchObject({ action: 'reopen' })
    valueOf(
      await app.call('audits:save-score', {
        auditId,
        criterionKey: 'outcome-focus',
        grade: 3,
        evidence: 'Outcomes are specific.'
      })
    )
    expect(
      valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! })).cycleClosed
    ).toBe(false)
  })

  it('needs a reason, and logs nothing when the status is already the one asked for', async () => {
    const { app, cycleId } = await auditFixture()
    expect(
      await app.call('cycles:set-status', { cycleId, status: 'closed', reason: ' ' })
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const before = cycleEvents(app).length
    expect((await setStatus(app, cycleId, 'open')).status).toBe('open')
    expect(cycleEvents(app)).toHaveLength(before)
  })

  it('stops moderation in a closed cycle: starting, reassigning and recording a result', async () => {
    const { app, cycleId, moderationId, firstId } = await moderationFixture()
    await setStatus(app, cycleId, 'closed')
    expect(await app.call('moderation:open', { moderationId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
    expect(
      await app.call('moderation:assign', { moderationId, moderatorId: firstId })
    ).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await signInAs(app, FIRST)
    expect(
      await app.call('moderation:select', { cycleId, seed: 'X', dryRun: false })
    ).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })
})
