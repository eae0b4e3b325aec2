import { describe, expect, it } from 'vitest'
import { agreement } from '../../../shared/stats'
import { valueOf } from '../support/app'
import { auditFixture } from '../audits/support'
import { FIRST, SECOND, THIRD, select, signInAs, submitAudit, submitModeration } from './support'

/**
 * Priya audits two cases, Alex one; Sam moderates Priya's first, Alex her second, Priya Alex's.
 * Sam and Alex submit; Priya has not started hers.
 */
async function cycleWithModerations() {
  const { app, cycleId, caseIds } = await auditFixture(FIRST)
  const priya = await signInAs(app, FIRST)
  const p1 = await submitAudit(app, cycleId, caseIds[0]!, { grade: 3 })
  const p2 = await submitAudit(app, cycleId, caseIds[1]!, {
    grade: 2,
    grades: { 'multi-agency': null }
  })
  const alex = await signInAs(app, THIRD)
  const a1 = await submitAudit(app, cycleId, caseIds[2]!, { grade: 4 })
  const sam = await signInAs(app, SECOND)
  const selection = await select(app, {
    cycleId,
    sharePercent: 100,
    seed: 'AGREE',
    assignments: { [p1]: sam, [p2]: alex, [a1]: priya }
  })
  const moderation = (auditId: number) =>
    selection.items.find((item) => item.primaryAuditId === auditId)!.moderationId!
  await submitModeration(app, moderation(p1), { grade: 3, grades: { timescales: 2 }, overall: 2 })
  await signInAs(app, THIRD)
  await submitModeration(app, moderation(p2), { grade: 2, grades: { 'multi-agency': 2 } })
  return { app, cycleId, priya, alex, sam, moderation, a1 }
}

describe('agreement statistics for a cycle', () => {
  it('compares each first audit with its blind moderation, per criterion and overall', async () => {
    const { app, cycleId } = await cycleWithModerations()
    const report = valueOf(await app.call('moderation:agreement', { cycleId }))
    expect(report.completed).toBe(2)
    const byKey = Object.fromEntries(report.criteria.map((row) => [row.key, row]))
    expect(byKey.timescales!.stats).toEqual(
      agreement([
        [3, 2],
        [2, 2]
      ])
    )
    expect(byKey['outcome-focus']!.stats).toEqual(
      agreement([
        [3, 3],
        [2, 2]
      ])
    )
    // N/A on one side: left out and counted.
    expect(byKey['multi-agency']!.stats).toMatchObject({ pairs: 1, excluded: 1 })
    expect(report.overall.stats).toEqual(
      agreement([
        [3, 2],
        [2, 2]
      ])
    )
    expect(report.allCriteria.stats.pairs + report.allCriteria.stats.excluded).toBe(10)
    expect(byKey['outcome-focus']).toMatchObject({
      bandLinear: 'Almost perfect',
      bandQuadratic: 'Almost perfect',
      flags: []
    })
    // Timescales: one of two agree (50%).
    expect(byKey.timescales!.flags).toContain('Agreement below 75%')
  })

  it('reports each pair of auditors, whichever of them audited first', async () => {
    const { app, cycleId, moderation, a1 } = await cycleWithModerations()
    let report = valueOf(await app.call('moderation:agreement', { cycleId }))
    expect(
      report.byPair.map((pair) => [pair.auditorA.name, pair.auditorB.name, pair.audits])
    ).toEqual([
      [THIRD, FIRST, 1],
      [FIRST, SECOND, 1]
    ])
    // Priya now moderates Alex's audit: the Alex and Priya pair has two audits.
    await signInAs(app, FIRST)
    await submitModeration(app, moderation(a1), { grade: 4 })
    report = valueOf(await app.call('moderation:agreement', { cycleId }))
    expect(report.completed).toBe(3)
    const alexAndPriya = report.byPair.find((pair) => pair.auditorA.name === THIRD)!
    expect(alexAndPriya.audits).toBe(2)
    expect(alexAndPriya.overall.stats.pairs).toBe(2)
  })

  it('uses the two auditors’ own grades, not the agreed ones', async () => {
    const { app, cycleId } = await cycleWithModerations()
    await signInAs(app, SECOND)
    const before = valueOf(await app.call('moderation:agreement', { cycleId }))
    const m1 = valueOf(await app.call('moderation:list')).mine[0]!.id
    valueOf(
      await app.call('moderation:resolve', {
        moderationId: m1,
        agreed: {
          'outcome-focus': 3,
          timescales: 3,
          robustness: 3,
          'childs-voice': 3,
          'multi-agency': 3
        },
        agreedOverall: 3,
        agreedRationale: 'Agreed Good throughout.',
        discussion: { timescales: 'The dates are there on page 2.' }
      })
    )
    expect(valueOf(await app.call('moderation:agreement', { cycleId }))).toEqual(before)
  })

  it('gives a cycle with nothing moderated empty statistics, not errors', async () => {
    const { app, cycleId } = await auditFixture(FIRST)
    const report = valueOf(await app.call('moderation:agreement', { cycleId }))
    expect(report.completed).toBe(0)
    expect(report.overall).toMatchObject({
      stats: { pairs: 0, excluded: 0, kappa: null, ac1: null, percentAgreement: null },
      bandLinear: null,
      flags: []
    })
    expect(report.criteria).toHaveLength(5)
    expect(report.byPair).toEqual([])
    const missing = await app.call('moderation:agreement', { cycleId: 999 })
    expect(missing.ok || missing.error.code).toBe('not-found')
  })
})
