import { describe, expect, it } from 'vitest'
import { valueOf } from '../support/app'
import { auditFixture } from '../audits/support'
import {
  FIRST,
  SECOND,
  THIRD,
  moderationEvents,
  moderationFixture,
  select,
  signInAs,
  submitAudit
} from './support'

/** Six cases: Priya submits four (one Inadequate, one with a safeguarding flag), Alex two. */
async function cycleWithTwoAuditors() {
  const fixture = await auditFixture(FIRST)
  const { app, cycleId, caseIds } = fixture
  const priya = await signInAs(app, FIRST)
  const audits = {
    good: await submitAudit(app, cycleId, caseIds[0]!, { grade: 3 }),
    inadequate: await submitAudit(app, cycleId, caseIds[1]!, { grade: 1 }),
    flagged: await submitAudit(app, cycleId, caseIds[2]!, { grade: 3, safeguarding: true }),
    alsoGood: await submitAudit(app, cycleId, caseIds[3]!, { grade: 4 })
  }
  const alex = await signInAs(app, THIRD)
  const alexAudits = [
    await submitAudit(app, cycleId, caseIds[4]!, { grade: 2 }),
    await submitAudit(app, cycleId, caseIds[5]!, { grade: 3 })
  ]
  const sam = await signInAs(app, SECOND)
  return { ...fixture, priya, alex, sam, audits, alexAudits }
}

describe('choosing audits to moderate', () => {
  it('always takes every Inadequate and every safeguarding audit, with the reason', async () => {
    const { app, cycleId, audits } = await cycleWithTwoAuditors()
    const preview = valueOf(
      await app.call('moderation:select', { cycleId, sharePercent: 0, seed: 'S1', dryRun: true })
    )
    const reasons = Object.fromEntries(
      preview.items.map((item) => [item.primaryAuditId, item.reason])
    )
    expect(reasons).toEqual({ [audits.inadequate]: 'inadequate', [audits.flagged]: 'safeguarding' })
    expect(preview).toMatchObject({ eligible: 6, randomTarget: 0, saved: false })
  })

  it('draws the share of submitted audits at random, rounding up, and at least one per auditor', async () => {
    const { app, cycleId, priya, alex, audits } = await cycleWithTwoAuditors()
    // 10% of 6 eligible audits is 0.6: one drawn at random, from the four not already chosen by
    // rule. Whoever's audit that is, the other auditor then gets one of theirs drawn too.
    const preview = valueOf(
      await app.call('moderation:select', { cycleId, sharePercent: 10, seed: 'S2', dryRun: true })
    )
    expect(preview.randomTarget).toBe(1)
    const random = preview.items.filter((item) => item.reason === 'random')
    expect(random.map((item) => item.firstAuditorId).sort()).toEqual([priya, alex].sort())
    expect(
      random.every((item) => ![audits.inadequate, audits.flagged].includes(item.primaryAuditId))
    ).toBe(true)
    expect(preview.items).toHaveLength(4)

    // 50% of 6 is exactly 3, drawn from the four others; both auditors are covered by then or
    // topped up, so there are 3 or 4 random ones.
    const half = valueOf(
      await app.call('moderation:select', { cycleId, sharePercent: 50, seed: 'S2', dryRun: true })
    )
    expect(half.randomTarget).toBe(3)
    expect(half.items.filter((item) => item.reason === 'random').length).toBeGreaterThanOrEqual(3)
    // 100% takes everything eligible.
    const all = valueOf(
      await app.call('moderation:select', { cycleId, sharePercent: 100, seed: 'S2', dryRun: true })
    )
    expect(all.items).toHaveLength(6)
    expect(all.others).toEqual([])
  })

  it('gives the same choice for the same seed, and shows the seed it made up', async () => {
    const { app, cycleId } = await cycleWithTwoAuditors()
    const draw = async (seed?: string) =>
      valueOf(
        await app.call('moderation:select', {
          cycleId,
          sharePercent: 20,
          ...(seed ? { seed } : {}),
          dryRun: true
        })
      )
    const first = await draw('K7P3X9QA')
    const again = await draw('k7p3x9qa')
    expect(again.items).toEqual(first.items)
    const made = await draw()
    expect(made.seed).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect((await draw(made.seed)).items).toEqual(made.items)
    // Across a handful of seeds the random part is not always the same.
    const choices = new Set<string>()
    for (const seed of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) {
      choices.add(JSON.stringify((await draw(seed)).items.map((item) => item.primaryAuditId)))
    }
    expect(choices.size).toBeGreaterThan(1)
  })

  it('never proposes the first auditor as moderator, and refuses them when chosen', async () => {
    const { app, cycleId, priya, audits } = await cycleWithTwoAuditors()
    const preview = valueOf(
      await app.call('moderation:select', { cycleId, sharePercent: 100, seed: 'S3', dryRun: true })
    )
    for (const item of preview.items) {
      expect(item.moderatorId).not.toBeNull()
      expect(item.moderatorId).not.toBe(item.firstAuditorId)
    }
    const refused = await app.call('moderation:select', {
      cycleId,
      sharePercent: 0,
      seed: 'S3',
      assignments: { [String(audits.inadequate)]: priya },
      dryRun: false
    })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('invalid-input')
    expect(refused.error.fields?.[`assignments.${audits.inadequate}`]).toMatch(
      /Priya Shah audited A-\d+, so cannot moderate it/
    )
    expect(valueOf(await app.call('moderation:list', { cycleId })).cycle).toEqual([])
  })

  it('adds audits picked by hand, and refuses one that is not submitted', async () => {
    const { app, cycleId, audits } = await cycleWithTwoAuditors()
    const preview = valueOf(
      await app.call('moderation:select', {
        cycleId,
        sharePercent: 0,
        seed: 'S4',
        handPicked: [audits.alsoGood],
        dryRun: true
      })
    )
    expect(preview.items.find((item) => item.primaryAuditId === audits.alsoGood)?.reason).toBe(
      'hand-picked'
    )
    expect(preview.others.map((other) => other.primaryAuditId)).not.toContain(audits.alsoGood)

    // A draft audit cannot be moderated: only submitted ones can.
    const other = await auditFixture(FIRST)
    const { audit: draft } = valueOf(
      await other.app.call('audits:open', { cycleId: other.cycleId, caseId: other.caseIds[0]! })
    )
    const refused = await other.app.call('moderation:select', {
      cycleId: other.cycleId,
      handPicked: [draft.id],
      dryRun: true
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error.code).toBe('invalid-input')
      expect(refused.error.fields?.handPicked).toBeTruthy()
    }
  })

  it('saves the choice with an event for each moderation, and chooses from the rest next time', async () => {
    const { app, cycleId, audits } = await cycleWithTwoAuditors()
    const saved = await select(app, { cycleId, sharePercent: 0, seed: 'S5' })
    expect(saved.saved).toBe(true)
    expect(saved.items.every((item) => item.moderationId !== null)).toBe(true)
    const events = moderationEvents(app)
    expect(events.map((event) => event.action)).toEqual(['select', 'select'])
    expect(events.map((event) => event.after)).toContainEqual(
      expect.objectContaining({ primaryAuditId: audits.inadequate, reason: 'inadequate' })
    )

    const list = valueOf(await app.call('moderation:list', { cycleId }))
    expect(list.cycle.map((item) => item.stage)).toEqual(['not-started', 'not-started'])
    const next = valueOf(
      await app.call('moderation:select', { cycleId, sharePercent: 100, seed: 'S5', dryRun: true })
    )
    expect(next.eligible).toBe(4)
    expect(next.items.map((item) => item.primaryAuditId)).not.toContain(audits.inadequate)
    // Nothing is moderated (agreed) yet.
    const cycle = valueOf(await app.call('cycles:list')).find((c) => c.id === cycleId)
    expect(cycle?.moderated).toBe(0)
  })

  it('refuses to save when the submitted audits changed since the preview', async () => {
    const { app, cycleId, audits } = await cycleWithTwoAuditors()
    const result = await app.call('moderation:select', {
      cycleId,
      sharePercent: 0,
      seed: 'S6',
      expectedAuditIds: [audits.inadequate],
      dryRun: false
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('conflict')
  })

  it('asks for a moderator when nobody but the first auditor uses the store', async () => {
    const fixture = await auditFixture(FIRST)
    const { app, cycleId, caseIds } = fixture
    await submitAudit(app, cycleId, caseIds[0]!, { grade: 1 })
    const preview = valueOf(
      await app.call('moderation:select', { cycleId, seed: 'S7', dryRun: true })
    )
    expect(preview.items[0]).toMatchObject({ moderatorId: null, moderatorName: null })
    const refused = await app.call('moderation:select', { cycleId, seed: 'S7', dryRun: false })
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(Object.values(refused.error.fields ?? {})[0]).toMatch(/Choose a moderator/)
  })
})

describe('changing who moderates', () => {
  it('moves a moderation to another moderator before they start, logged', async () => {
    const { app, moderationId, firstId } = await moderationFixture()
    const alex = await signInAs(app, THIRD)
    const moved = valueOf(await app.call('moderation:assign', { moderationId, moderatorId: alex }))
    expect(moved.moderatorName).toBe(THIRD)
    expect(moderationEvents(app).at(-1)).toMatchObject({
      action: 'assign',
      after: { moderatorId: alex }
    })

    const own = await app.call('moderation:assign', { moderationId, moderatorId: firstId })
    expect(own.ok).toBe(false)
    if (!own.ok) expect(own.error.code).toBe('invalid-input')
  })

  it('refuses once the moderator has started', async () => {
    const { app, moderationId } = await moderationFixture()
    valueOf(await app.call('moderation:open', { moderationId }))
    const alex = await signInAs(app, THIRD)
    const result = await app.call('moderation:assign', { moderationId, moderatorId: alex })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('conflict')
  })
})
