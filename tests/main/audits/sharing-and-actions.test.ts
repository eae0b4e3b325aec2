import { describe, expect, it } from 'vitest'
import { valueOf } from '../support/app'
import { auditFixture, gradeEverything } from './support'

describe('two auditors in one cycle', () => {
  it('keeps a started audit to its auditor: others cannot open, change or see it in their queue', async () => {
    const { app, cycleId, caseIds } = await auditFixture('Priya Shah')
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    valueOf(await app.call('auditor:set', { name: 'Tom Reid', role: 'team_manager' }))
    expect(await app.call('audits:open', { cycleId, caseId: caseIds[0]! })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Priya Shah has already started this audit.' }
    })
    expect(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'timescales',
        grade: 1
      })
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    const queue = valueOf(await app.call('audits:queue', { cycleId }))
    expect(queue).toMatchObject({ total: 5, takenByOthers: 1 })
    expect(queue.items.map((item) => item.caseId)).not.toContain(caseIds[0])
  })
})

describe('skipping a case', () => {
  it('marks it skipped with the reason until the auditor changes something in it', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const tooShort = await app.call('audits:skip', { cycleId, caseId: caseIds[1]!, reason: 'x' })
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    valueOf(
      await app.call('audits:skip', {
        cycleId,
        caseId: caseIds[1]!,
        reason: 'Plan being rewritten this week'
      })
    )
    let item = valueOf(await app.call('audits:queue', { cycleId })).items[1]!
    expect(item).toMatchObject({ status: 'skipped', skipReason: 'Plan being rewritten this week' })
    // My audits counts it as skipped, not as in progress.
    expect(valueOf(await app.call('audits:mine'))[0]).toMatchObject({ inProgress: 0, skipped: 1 })
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[1]! }))
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'robustness',
        grade: 3
      })
    )
    item = valueOf(await app.call('audits:queue', { cycleId })).items[1]!
    expect(item).toMatchObject({ status: 'in-progress', skipReason: null })
    expect(valueOf(await app.call('audits:mine'))[0]).toMatchObject({ inProgress: 1, skipped: 0 })
  })

  it('refuses a case that is not in the sample', async () => {
    const { app, cycleId } = await auditFixture()
    expect(await app.call('audits:open', { cycleId, caseId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
  })
})

describe('actions arising and the safeguarding flag', () => {
  it('adds, edits and deletes actions while open; afterwards only their status changes', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    const first = valueOf(
      await app.call('actions:add', {
        auditId: audit.id,
        description: 'Add dates to the CAMHS referral action',
        owner: 'Team manager',
        dueDate: '2026-07-01',
        priority: 'high'
      })
    )
    const second = valueOf(
      await app.call('actions:add', { auditId: audit.id, description: 'Record the child’s views' })
    )
    expect(second).toMatchObject({ priority: 'medium', owner: null, dueDate: null, status: 'open' })
    valueOf(await app.call('actions:update', { actionId: second.id, owner: 'SW' }))
    valueOf(await app.call('actions:delete', { actionId: second.id }))
    expect(await app.call('actions:add', { auditId: audit.id, description: '  ' })).toMatchObject({
      ok: false
    })

    await gradeEverything(app, audit.id, 3)
    valueOf(await app.call('audits:submit', { auditId: audit.id }))
    expect(
      await app.call('actions:update', { actionId: first.id, description: 'Changed' })
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
    expect(
      valueOf(await app.call('actions:update', { actionId: first.id, status: 'done' }))
    ).toMatchObject({ status: 'done' })
    const { actions } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    expect(actions).toEqual([
      expect.objectContaining({
        id: first.id,
        description: 'Add dates to the CAMHS referral action',
        status: 'done'
      })
    ])
  })

  it('needs the escalation note for a safeguarding flag, and shows the flag in the queue', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    await gradeEverything(app, audit.id, 2)
    valueOf(await app.call('audits:save-safeguarding', { auditId: audit.id, flag: true }))
    expect(await app.call('audits:submit', { auditId: audit.id })).toMatchObject({
      ok: false,
      error: { fields: { safeguarding: expect.any(String) } }
    })
    valueOf(
      await app.call('audits:save-safeguarding', {
        auditId: audit.id,
        note: 'Told team manager Sam Patel by phone, 3 June 10:15'
      })
    )
    valueOf(await app.call('audits:submit', { auditId: audit.id }))
    const item = valueOf(await app.call('audits:queue', { cycleId })).items[0]!
    expect(item).toMatchObject({ status: 'submitted', safeguardingFlag: true, overallGrade: 2 })
    // The flag shows in the cycle's sample list too.
    const cycle = valueOf(await app.call('cycles:get', { cycleId }))
    const flagged = cycle
      .sample!.cases.filter((row) => row.safeguardingFlag)
      .map((row) => row.caseId)
    expect(flagged).toEqual([caseIds[0]])
  })
})
