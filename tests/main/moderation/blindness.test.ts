import { describe, expect, it } from 'vitest'
import { hiddenAuditIds } from '../../../electron/services/blinding'
import { valueOf } from '../support/app'
import {
  FIRST,
  FIRST_EVIDENCE,
  SECOND,
  THIRD,
  moderationEvents,
  moderationFixture,
  signInAs,
  submitModeration
} from './support'

describe('blind moderation, enforced in the service', () => {
  it("refuses the moderator the first auditor's audit through audits:open", async () => {
    const { app, cycleId, caseIds } = await moderationFixture()
    const result = await app.call('audits:open', { cycleId, caseId: caseIds[0]! })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('conflict')
    expect(JSON.stringify(result)).not.toContain(FIRST_EVIDENCE)
  })

  it("opens the moderator's own empty audit of the same plan, with nothing of the first auditor's", async () => {
    const { app, cycleId, caseIds, moderationId, primaryAuditId, secondId } =
      await moderationFixture({ grade: 2, safeguarding: true })
    const store = app.context.store!
    // A newer version of the plan attached after the first audit: the moderator still sees the
    // version the first auditor judged.
    const before = store
      .prepare('SELECT plan_document_id FROM audits WHERE id = ?')
      .get(primaryAuditId) as {
      plan_document_id: number
    }
    store
      .prepare(
        `INSERT INTO plan_documents (case_id, version, source_name, sha256, text, attached_at)
         VALUES (?, 2, 'newer.txt', ?, 'A newer plan', '2026-05-01')`
      )
      .run(caseIds[0]!, 'b'.repeat(64))

    const detail = valueOf(await app.call('moderation:open', { moderationId }))
    expect(detail.audit).toMatchObject({
      role: 'moderation',
      auditorId: secondId,
      status: 'draft',
      overallGrade: null,
      overallRationale: '',
      safeguardingFlag: false,
      cycleId,
      caseId: caseIds[0]
    })
    expect(detail.scores).toEqual([])
    expect(detail.actions).toEqual([])
    expect(detail.plan?.id).toBe(before.plan_document_id)
    expect(detail.previousAudits).toEqual([])
    expect(detail.queue).toEqual({ index: 1, total: 1, previousCaseId: null, nextCaseId: null })
    expect(JSON.stringify(detail)).not.toContain(FIRST_EVIDENCE)
    expect(moderationEvents(app).map((event) => event.action)).toEqual(['select', 'start'])

    // Opening again carries on with the same audit.
    const again = valueOf(await app.call('moderation:open', { moderationId }))
    expect(again.audit.id).toBe(detail.audit.id)
  })

  it('lets only the assigned moderator open the re-score', async () => {
    const { app, moderationId } = await moderationFixture()
    await signInAs(app, THIRD)
    const stranger = await app.call('moderation:open', { moderationId })
    expect(stranger.ok).toBe(false)
    if (!stranger.ok) expect(stranger.error.code).toBe('forbidden')
    await signInAs(app, FIRST)
    const first = await app.call('moderation:open', { moderationId })
    expect(first.ok).toBe(false)
    if (!first.ok) expect(first.error.code).toBe('forbidden')
  })

  it('refuses the comparison to the moderator until they submit, and shows it after', async () => {
    const { app, moderationId } = await moderationFixture()
    valueOf(await app.call('moderation:open', { moderationId }))
    const early = await app.call('moderation:compare', { moderationId })
    expect(early.ok).toBe(false)
    if (!early.ok) expect(early.error.code).toBe('forbidden')
    expect(JSON.stringify(early)).not.toContain(FIRST_EVIDENCE)

    // The first auditor is told there is nothing to compare yet; a third auditor cannot look.
    await signInAs(app, FIRST)
    const firstEarly = await app.call('moderation:compare', { moderationId })
    expect(firstEarly.ok || firstEarly.error.code).toBe('conflict')
    await signInAs(app, THIRD)
    const stranger = await app.call('moderation:compare', { moderationId })
    expect(stranger.ok || stranger.error.code).toBe('forbidden')

    await signInAs(app, SECOND)
    await submitModeration(app, moderationId, { grade: 3 })
    const comparison = valueOf(await app.call('moderation:compare', { moderationId }))
    expect(comparison.rows[0]!.first.evidence).toContain(FIRST_EVIDENCE)
    expect(comparison.moderation.blind).toBe(false)
  })

  it("keeps the first auditor's grades and the reason out of every moderation answer to the moderator until they submit", async () => {
    const { app, cycleId, moderationId, primaryAuditId, secondId } = await moderationFixture({
      grade: 1
    })
    valueOf(await app.call('moderation:open', { moderationId }))
    const answers = [
      await app.call('moderation:list', { cycleId }),
      await app.call('moderation:list'),
      await app.call('moderation:compare', { moderationId }),
      await app.call('moderation:agreement', { cycleId }),
      await app.call('moderation:select', { cycleId, dryRun: true }),
      await app.call('moderation:open', { moderationId })
    ]
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(FIRST_EVIDENCE)
    const list = valueOf(answers[0] as Awaited<ReturnType<typeof app.call<'moderation:list'>>>)
    expect(list.mine[0]).toMatchObject({ blind: true, reason: null, firstOverall: null })
    expect(list.cycle[0]).toMatchObject({ blind: true, reason: null, firstOverall: null })

    // The reports' list of hidden audits holds the primary audit until the moderator submits.
    const store = app.context.store!
    expect(hiddenAuditIds(store, secondId).has(primaryAuditId)).toBe(true)
    await submitModeration(app, moderationId, { grade: 2, overall: 1 })
    expect(hiddenAuditIds(store, secondId).has(primaryAuditId)).toBe(false)
    const after = valueOf(await app.call('moderation:list', { cycleId }))
    expect(after.mine[0]).toMatchObject({
      blind: false,
      reason: 'inadequate',
      firstOverall: 1,
      stage: 'ready-to-compare',
      canCompare: true
    })
  })

  it('shows the first auditor the reason and their own grade from the start', async () => {
    const { app, cycleId } = await moderationFixture({ grade: 1 })
    await signInAs(app, FIRST)
    const list = valueOf(await app.call('moderation:list', { cycleId }))
    expect(list.mine).toEqual([])
    expect(list.cycle[0]).toMatchObject({
      blind: false,
      reason: 'inadequate',
      firstOverall: 1,
      moderatorOverall: null,
      canScore: false,
      canCompare: false
    })
  })
})
