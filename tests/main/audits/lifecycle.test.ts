import { describe, expect, it } from 'vitest'
import { verifyChain } from '../../../electron/store'
import { valueOf } from '../support/app'
import { auditFixture, gradeEverything } from './support'

describe('scoring a sampled plan', () => {
  it('starts an audit on first opening, shows it in progress, and resumes where the auditor was', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const before = valueOf(await app.call('audits:queue', { cycleId }))
    expect(before).toMatchObject({ total: 6, submitted: 0, resumeCaseId: null })
    expect(before.items.every((item) => item.status === 'not-started')).toBe(true)

    const opened = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[2]! }))
    expect(opened.audit).toMatchObject({
      status: 'draft',
      auditorName: 'Priya Shah',
      position: null
    })
    expect(opened.plan?.text).toContain('Freedom Programme')
    expect(opened.framework.key).toBe('care-plan-quality')
    expect(opened.queue).toMatchObject({
      index: 3,
      total: 6,
      previousCaseId: caseIds[1],
      nextCaseId: caseIds[3]
    })

    valueOf(
      await app.call('audits:save-position', {
        auditId: opened.audit.id,
        position: { step: 'timescales', planScroll: 420 }
      })
    )
    const again = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[2]! }))
    expect(again.audit.id).toBe(opened.audit.id)
    expect(again.audit.position).toEqual({ step: 'timescales', planScroll: 420 })
    const after = valueOf(await app.call('audits:queue', { cycleId }))
    expect(after.resumeCaseId).toBe(caseIds[2])
    expect(after.items[2]!.status).toBe('in-progress')
  })

  it('saves each change at once, clears N/A when a grade is given, and keeps checklist answers', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'multi-agency',
        notApplicable: true
      })
    )
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'multi-agency',
        grade: 2
      })
    )
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'timescales',
        checklist: { 'every-action-timed': 'no', realistic: 'yes' }
      })
    )
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'timescales',
        checklist: { realistic: null }
      })
    )
    const { scores } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    expect(scores.find((s) => s.criterionKey === 'multi-agency')).toMatchObject({
      grade: 2,
      notApplicable: false
    })
    expect(scores.find((s) => s.criterionKey === 'timescales')?.checklist).toEqual({
      'every-action-timed': 'no'
    })
  })

  it('refuses N/A on a criterion that does not allow it, and unknown criteria or prompts', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    const na = await app.call('audits:save-score', {
      auditId: audit.id,
      criterionKey: 'timescales',
      notApplicable: true
    })
    expect(na).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const unknown = await app.call('audits:save-score', {
      auditId: audit.id,
      criterionKey: 'vibes',
      grade: 3
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const prompt = await app.call('audits:save-score', {
      auditId: audit.id,
      criterionKey: 'timescales',
      checklist: { 'made-up': 'yes' }
    })
    expect(prompt).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(app.context.store!.prepare('SELECT count(*) FROM scores').pluck().get()).toBe(0)
  })
})

describe('submitting and reopening', () => {
  it('refuses an incomplete audit, naming every missing item, and changes nothing', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'timescales',
        grade: 2
      })
    )
    valueOf(await app.call('audits:save-safeguarding', { auditId: audit.id, flag: true }))
    const result = await app.call('audits:submit', { auditId: audit.id })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(
      [
        'childs-voice',
        'multi-agency',
        'outcome-focus',
        'overall',
        'rationale',
        'robustness',
        'safeguarding',
        'timescales'
      ].sort()
    )
    expect(result.error.fields?.timescales).toMatch(/evidence/i)
    expect(result.error.fields?.safeguarding).toMatch(/who was told/)
    expect(
      valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! })).audit.status
    ).toBe('draft')
  })

  it('holds the overall judgement to the limiting criteria', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    await gradeEverything(app, audit.id, 3)
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'timescales',
        grade: 2
      })
    )
    const refused = await app.call('audits:submit', { auditId: audit.id })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        fields: {
          overall:
            'Overall cannot be better than Requires improvement, because Timescales is graded Requires improvement.'
        }
      }
    })
    // A non-limiting criterion graded lower does not cap the overall judgement.
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'timescales',
        grade: 3
      })
    )
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'childs-voice',
        grade: 1
      })
    )
    expect(valueOf(await app.call('audits:submit', { auditId: audit.id }))).toMatchObject({
      status: 'submitted'
    })
  })

  it('locks a submitted audit; reopening needs a reason and both steps are logged', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[0]! }))
    await gradeEverything(app, audit.id, 3)
    const submitted = valueOf(await app.call('audits:submit', { auditId: audit.id }))
    expect(submitted.submittedAt).not.toBeNull()
    const locked = await app.call('audits:save-score', {
      auditId: audit.id,
      criterionKey: 'timescales',
      grade: 1
    })
    expect(locked).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const noReason = await app.call('audits:reopen', { auditId: audit.id, reason: '' })
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    valueOf(
      await app.call('audits:reopen', {
        auditId: audit.id,
        reason: 'Plan updated after the review conference'
      })
    )
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'timescales',
        grade: 2,
        evidence: 'Two actions undated'
      })
    )
    valueOf(await app.call('audits:save-overall', { auditId: audit.id, grade: 2 }))
    expect(valueOf(await app.call('audits:submit', { auditId: audit.id })).status).toBe('submitted')
    const store = app.context.store!
    const trail = store
      .prepare(`SELECT action, after FROM events WHERE entity = 'audit' ORDER BY id`)
      .all() as { action: string; after: string }[]
    expect(trail.map((event) => event.action)).toEqual(['start', 'submit', 'reopen', 'submit'])
    expect(trail[2]!.after).toContain('Plan updated after the review conference')
    expect(valueOf(await app.call('audits:queue', { cycleId })).submitted).toBe(1)
  })
})

describe('the audit trail of a scoring session', () => {
  it('records every change with who, before and after, in an intact hash chain', async () => {
    const { app, cycleId, caseIds } = await auditFixture()
    const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId: caseIds[1]! }))
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'outcome-focus',
        grade: 3
      })
    )
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'outcome-focus',
        grade: 2
      })
    )
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: 'outcome-focus',
        grade: 2
      })
    )
    const store = app.context.store!
    const scoreEvents = store
      .prepare(`SELECT auditor_id, before, after FROM events WHERE entity = 'score' ORDER BY id`)
      .all() as { auditor_id: number; before: string; after: string }[]
    // The repeated save of the same grade changed nothing, so wrote nothing.
    expect(scoreEvents.map((event) => [JSON.parse(event.before), JSON.parse(event.after)])).toEqual(
      [
        [{ grade: null }, { grade: 3 }],
        [{ grade: 3 }, { grade: 2 }]
      ]
    )
    expect(scoreEvents.every((event) => event.auditor_id === audit.auditorId)).toBe(true)
    expect(verifyChain(store)).toMatchObject({ valid: true })
  })
})
