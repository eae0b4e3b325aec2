import { describe, expect, it } from 'vitest'
import { compareAnswers } from '../../../electron/services/moderation/compare'
import { verifyChain } from '../../../electron/store'
import { valueOf } from '../support/app'
import {
  FIRST,
  SECOND,
  THIRD,
  moderationEvents,
  moderationFixture,
  signInAs,
  submitModeration
} from './support'

const GOOD = {
  'outcome-focus': 3,
  timescales: 3,
  robustness: 3,
  'childs-voice': 3,
  'multi-agency': 3
} as const

/**
 * Priya graded everything Good. Sam: timescales Requires improvement (one apart, on a limiting
 * criterion), child's voice Inadequate (two apart), multi-agency N/A (not limiting), overall
 * Requires improvement (one apart); the rest Good.
 */
async function comparedFixture() {
  const fixture = await moderationFixture({ grade: 3 })
  await submitModeration(fixture.app, fixture.moderationId, {
    grade: 3,
    grades: { timescales: 2, 'childs-voice': 1, 'multi-agency': null },
    overall: 2
  })
  return fixture
}

function resolveInput(moderationId: number) {
  return {
    moderationId,
    agreed: { ...GOOD, timescales: 2, 'multi-agency': null } as Record<
      string,
      1 | 2 | 3 | 4 | null
    >,
    agreedOverall: 2 as 1 | 2 | 3 | 4 | null,
    agreedRationale: 'Timescales are too loose for Good; the overall follows.',
    discussion: {
      timescales: 'Two actions have no date; we agreed Requires improvement.',
      'childs-voice': "J's words are quoted; Good is fair."
    } as Record<string, string>
  }
}

describe('comparing the two audits', () => {
  it('writes out each difference and says where a discussion note is needed', async () => {
    const { app, moderationId } = await comparedFixture()
    const comparison = valueOf(await app.call('moderation:compare', { moderationId }))
    const byKey = Object.fromEntries(comparison.rows.map((row) => [row.key, row]))
    expect(byKey['outcome-focus']).toMatchObject({
      difference: 0,
      differenceText: 'Same grade',
      discussionRequired: false
    })
    expect(byKey.timescales).toMatchObject({
      difference: -1,
      differenceText: 'One grade apart',
      discussionRequired: true,
      limitsOverall: true
    })
    expect(byKey['childs-voice']).toMatchObject({
      difference: -2,
      differenceText: 'Two grades apart',
      discussionRequired: true
    })
    expect(byKey['multi-agency']).toMatchObject({
      difference: null,
      differenceText: 'N/A against a grade',
      discussionRequired: false
    })
    expect(comparison.overall).toMatchObject({
      key: 'overall',
      difference: -1,
      discussionRequired: false
    })
    expect(comparison.firstRationale).toContain('overall')
    expect(comparison.moderatorRationale).toBe("The moderator's rationale.")
    expect(comparison.agreed).toBeNull()
    // Opening the comparison is a step of its own in the trail.
    expect(moderationEvents(app).map((event) => event.action)).toEqual([
      'select',
      'start',
      'compare'
    ])
  })

  it('needs a note for N/A against a grade only on a limiting criterion', () => {
    const na = { grade: null, notApplicable: true, evidence: '' }
    const good = { grade: 3 as const, notApplicable: false, evidence: '' }
    expect(compareAnswers(na, good, true)).toMatchObject({ discussionRequired: true })
    expect(compareAnswers(good, na, false)).toMatchObject({ discussionRequired: false })
    expect(compareAnswers(na, na, true)).toMatchObject({
      differenceText: 'Both N/A',
      discussionRequired: false
    })
    const outstanding = { ...good, grade: 4 as const }
    expect(compareAnswers(good, outstanding, false)).toMatchObject({
      difference: 1,
      discussionRequired: false
    })
    expect(compareAnswers({ ...good, grade: 1 }, outstanding, false)).toMatchObject({
      difference: 3,
      differenceText: 'Three grades apart',
      discussionRequired: true
    })
  })
})

describe('recording the agreed result', () => {
  it('refuses without the required discussion notes, keyed like the comparison rows', async () => {
    const { app, moderationId } = await comparedFixture()
    const input = resolveInput(moderationId)
    const result = await app.call('moderation:resolve', { ...input, discussion: {} })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual([
      'discussion.childs-voice',
      'discussion.timescales'
    ])
    expect(result.error.fields?.['discussion.childs-voice']).toMatch(
      /Write a discussion note for Child's voice: the grades are two or more apart/
    )
    const row = app.context
      .store!.prepare('SELECT status FROM moderations WHERE id = ?')
      .get(moderationId)
    expect(row).toEqual({ status: 'assigned' })
  })

  it('holds the agreed overall to the limiting rule', async () => {
    const { app, moderationId } = await comparedFixture()
    const result = await app.call('moderation:resolve', {
      ...resolveInput(moderationId),
      agreedOverall: 3
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.fields?.agreedOverall).toBe(
        'Overall cannot be better than Requires improvement, because Timescales is graded Requires improvement.'
      )
    }
  })

  it('allows N/A only where the criterion does, and needs every grade, an overall and a rationale', async () => {
    const { app, moderationId } = await comparedFixture()
    const input = resolveInput(moderationId)
    const { robustness: _, ...withoutRobustness } = input.agreed
    const result = await app.call('moderation:resolve', {
      ...input,
      agreed: { ...withoutRobustness, timescales: null },
      agreedOverall: null,
      agreedRationale: '  '
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.fields).toMatchObject({
      'agreed.robustness': 'Choose the agreed grade for Robustness',
      'agreed.timescales': 'Timescales cannot be N/A: choose the agreed grade',
      agreedOverall: 'Choose the agreed overall judgement',
      agreedRationale: 'Write the rationale for the agreed grades'
    })
  })

  it('records the agreed grades, keeps both original audits as they were, and logs it', async () => {
    const { app, moderationId, primaryAuditId, cycleId } = await comparedFixture()
    const store = app.context.store!
    const snapshot = () => ({
      audits: store.prepare('SELECT * FROM audits ORDER BY id').all(),
      scores: store.prepare('SELECT * FROM scores ORDER BY audit_id, criterion_key').all()
    })
    const before = snapshot()
    const comparison = valueOf(await app.call('moderation:resolve', resolveInput(moderationId)))
    expect(comparison.agreed).toMatchObject({
      grades: { ...GOOD, timescales: 2, 'multi-agency': null },
      overall: 2,
      rationale: 'Timescales are too loose for Good; the overall follows.'
    })
    expect(comparison.moderation.stage).toBe('agreed')
    expect(snapshot()).toEqual(before)
    const row = store
      .prepare(
        'SELECT status, agreed_grades, agreed_overall, discussion, resolved_at FROM moderations WHERE id = ?'
      )
      .get(moderationId) as {
      status: string
      agreed_grades: string
      agreed_overall: number
      discussion: string
      resolved_at: string
    }
    expect(row.status).toBe('agreed')
    expect(JSON.parse(row.agreed_grades)).toEqual({ ...GOOD, timescales: 2, 'multi-agency': null })
    expect(Object.keys(JSON.parse(row.discussion) as object).sort()).toEqual([
      'childs-voice',
      'timescales'
    ])
    expect(row.resolved_at).toBeTruthy()
    expect(moderationEvents(app).at(-1)).toMatchObject({
      action: 'agree',
      after: { status: 'agreed', overall: 2 }
    })
    const cycle = valueOf(await app.call('cycles:list')).find((c) => c.id === cycleId)
    expect(cycle?.moderated).toBe(1)
    // The first audit's own grade stays: reports can show both.
    expect(
      store.prepare('SELECT overall_grade FROM audits WHERE id = ?').get(primaryAuditId)
    ).toEqual({
      overall_grade: 3
    })
    expect(verifyChain(store).valid).toBe(true)
  })

  it('lets either auditor record it again, logging what it was', async () => {
    const { app, moderationId } = await comparedFixture()
    valueOf(await app.call('moderation:resolve', resolveInput(moderationId)))
    await signInAs(app, FIRST)
    const input = resolveInput(moderationId)
    const updated = valueOf(
      await app.call('moderation:resolve', {
        ...input,
        agreed: { ...input.agreed, 'outcome-focus': 2 },
        agreedRationale: 'On reflection outcome focus is weak too.'
      })
    )
    expect(updated.agreed?.grades['outcome-focus']).toBe(2)
    const last = moderationEvents(app).at(-1)!
    expect(last.action).toBe('update-agreed')
    expect(last.before).toMatchObject({
      rationale: 'Timescales are too loose for Good; the overall follows.'
    })
    await signInAs(app, THIRD)
    const stranger = await app.call('moderation:resolve', input)
    expect(stranger.ok || stranger.error.code).toBe('forbidden')
    await signInAs(app, SECOND)
  })

  it('cannot be recorded before the moderator has submitted', async () => {
    const { app, moderationId } = await moderationFixture()
    const result = await app.call('moderation:resolve', resolveInput(moderationId))
    expect(result.ok || result.error.code).toBe('forbidden')
  })
})
