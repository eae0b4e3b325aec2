import { describe, expect, it } from 'vitest'
import type { Dashboard, GradeDistribution } from '../../../shared/contract'
import { analysePlan } from '../../../shared/analysis'
import { dashboard } from '../../../electron/services/reports/dashboard'
import { gradesByAuditSql } from '../../../electron/services/reports/grades'
import { analyserFigures, createAnalyserCache } from '../../../electron/services/reports/analyser'
import { createJobRegistry } from '../../../electron/jobs'
import { valueOf } from '../support/app'
import { reportFixture, TODAY } from './support'

function grade(d: Dashboard, key: string): GradeDistribution {
  const found = key === 'overall' ? d.overall : d.byCriterion.find((row) => row.key === key)
  if (!found) throw new Error(`no ${key}`)
  return found
}

function counts(row: GradeDistribution): number[] {
  return [row.outstanding, row.good, row.requiresImprovement, row.inadequate, row.notApplicable]
}

describe('the dashboard on a hand-computed store (see support.ts for every audit)', () => {
  it('counts each criterion after agreement, leaves N/A out of n and drafts out altogether', async () => {
    const { app, spring } = await reportFixture()
    const d = await dashboard(app.context.store!, { cycleId: spring }, TODAY)
    // Audited, A-103 (agreed), A-105 = 5; A-104 is a draft.
    expect(d.audited).toBe(5)
    expect(d.agreedResults).toBe(1)
    // Overall: 4, 3, 1, 3 (agreed, not Jo's 2), 1 -> O1 G2 RI0 I2; GoB 3/5 = 60%, Inad 2/5 = 40%.
    expect(counts(d.overall)).toEqual([1, 2, 0, 2, 0])
    expect(d.overall.goodOrBetter).toEqual({ count: 3, n: 5, percent: 60 })
    expect(d.overall.inadequateShare).toEqual({ count: 2, n: 5, percent: 40 })
    // Outcome focus: 4, 3, 1, 2 (agreement does not name it: Jo's 2 stands), 1 -> 2/5 GoB.
    expect(counts(grade(d, 'outcome-focus'))).toEqual([1, 1, 1, 2, 0])
    expect(grade(d, 'outcome-focus').goodOrBetter.percent).toBe(40)
    // Timescales: 4, 3, 1, 3 (agreed), 1 -> O1 G2 I2, 3/5 = 60%.
    expect(counts(grade(d, 'timescales'))).toEqual([1, 2, 0, 2, 0])
    expect(grade(d, 'timescales').goodOrBetter).toEqual({ count: 3, n: 5, percent: 60 })
    // Multi-agency: 4, N/A, 1, N/A (agreed null), 1 -> n = 3: GoB 1/3, Inadequate 2/3.
    const multi = grade(d, 'multi-agency')
    expect(counts(multi)).toEqual([1, 0, 0, 2, 2])
    expect(multi.goodOrBetter.n).toBe(3)
    expect(multi.goodOrBetter.percent).toBeCloseTo(100 / 3, 10)
    expect(multi.inadequateShare.percent).toBeCloseTo(200 / 3, 10)
  })

  it('splits by team and plan type', async () => {
    const { app, spring } = await reportFixture()
    const d = await dashboard(app.context.store!, { cycleId: spring }, TODAY)
    const team = (name: string) => d.byTeam.find((row) => row.group === name)!
    // North: A-100 (4), A-102 (1): GoB 1/2, Inad 1/2. South: A-101 (3), A-103 (3), A-105 (1).
    expect(team('North Team').audited).toBe(2)
    expect(team('North Team').grades[0]!.goodOrBetter).toEqual({ count: 1, n: 2, percent: 50 })
    expect(team('South Team').audited).toBe(3)
    expect(team('South Team').grades[0]!.goodOrBetter.count).toBe(2)
    expect(team('South Team').grades[0]!.inadequateShare.count).toBe(1)
    // Plan types: CP A-100 (4) + A-103 (3) all GoB; CIN A-101 (3); CLA both 1.
    const type = (code: string) => d.byPlanType.find((row) => row.group === code)!
    expect(type('CP').grades[0]!.goodOrBetter).toEqual({ count: 2, n: 2, percent: 100 })
    expect(type('CIN').audited).toBe(1)
    expect(type('CLA').grades[0]!.inadequateShare).toEqual({ count: 2, n: 2, percent: 100 })
    expect(type('CLA').label).toBe('Child looked after')
    expect(d.byPlanType.map((row) => row.group)).toEqual(['CIN', 'CP', 'CLA'])
  })

  it('counts actions by status with overdue apart, safeguarding flags, and completion', async () => {
    const { app, spring } = await reportFixture()
    const d = await dashboard(app.context.store!, { cycleId: spring }, TODAY)
    // overdue (due 2026-01-01 < 2026-06-01) and done; A-101: due 2026-12-31 and undated.
    expect(d.actions.all).toEqual({ open: 2, overdue: 1, done: 1, total: 4 })
    expect(d.actions.byTeam).toEqual([
      { team: 'North Team', open: 0, overdue: 1, done: 1, total: 2 },
      { team: 'South Team', open: 2, overdue: 0, done: 0, total: 2 }
    ])
    // Only A-100 raised a concern: 1 of 5; North 1 of 2, South 0 of 3.
    expect(d.safeguarding).toEqual({
      flagged: 1,
      audited: 5,
      byTeam: [
        { team: 'North Team', flagged: 1, audited: 2 },
        { team: 'South Team', flagged: 0, audited: 3 }
      ]
    })
    // Spring: six sampled, five submitted, one agreed moderation.
    expect(d.completion).toEqual([
      { cycleId: spring, cycleName: 'Spring audit', sampled: 6, submitted: 5, moderated: 1 }
    ])
  })

  it('shows the trend over every cycle whatever the cycle filter, oldest first', async () => {
    const { app, spring, summer } = await reportFixture()
    const d = await dashboard(app.context.store!, { cycleId: summer }, TODAY)
    expect(d.audited).toBe(1)
    expect(d.trend.map((row) => [row.label, row.audited])).toEqual([
      ['Spring audit', 5],
      ['Summer audit', 1]
    ])
    expect(d.trend[0]!.grades[0]!.goodOrBetter.percent).toBe(60)
    expect(d.trend[1]!.grades[0]!.goodOrBetter.percent).toBe(100)
    // Spring overall GoB 60% (n = 5) -> Summer 100% (n = 1).
    expect(d.headlines).toContain(
      'Overall judgements were Good or better in 100% of plans (n = 1), up from 60% in Spring audit (n = 5).'
    )
    const all = await dashboard(app.context.store!, {}, TODAY)
    expect(all.audited).toBe(6)
    expect(all.completion.map((row) => row.cycleId)).toEqual([spring, summer])
  })

  it('applies team, plan type and auditor filters to every panel', async () => {
    const { app, spring, jo } = await reportFixture()
    const store = app.context.store!
    const north = await dashboard(store, { cycleId: spring, team: 'North Team' }, TODAY)
    expect(north.audited).toBe(2)
    expect(north.byTeam.map((row) => row.group)).toEqual(['North Team'])
    expect(north.actions.all.total).toBe(2)
    expect(north.safeguarding.flagged).toBe(1)
    // North sampled; submitted.
    expect(north.completion[0]).toMatchObject({ sampled: 3, submitted: 2, moderated: 0 })
    expect(north.trend.map((row) => row.audited)).toEqual([2, 1])

    const cla = await dashboard(store, { cycleId: spring, planType: 'CLA' }, TODAY)
    expect(cla.audited).toBe(2)
    expect(cla.overall.inadequateShare.percent).toBe(100)
    expect(cla.actions.all.total).toBe(0)

    // Jo audited A-103 first: one plan, at its agreed overall 3.
    const byJo = await dashboard(store, { cycleId: spring, auditorId: jo }, TODAY)
    expect(byJo.audited).toBe(1)
    expect(counts(byJo.overall)).toEqual([0, 1, 0, 0, 0])
    expect(byJo.completion[0]).toMatchObject({ sampled: 1, submitted: 1, moderated: 1 })
    expect(byJo.options.auditors.map((a) => a.name)).toEqual(['Jo Reed', 'Priya Shah'])
  })

  it('leaves out, for a moderator, the audits they are moderating blind, and says how many', async () => {
    const { app, spring } = await reportFixture()
    valueOf(await app.call('auditor:set', { name: 'Jo Reed', role: 'qa_officer' }))
    const d = valueOf(await app.call('reports:dashboard', { cycleId: spring }))
    // A-105 (inadequate throughout) is Jo's to moderate: out of every figure.
    expect(d.audited).toBe(4)
    expect(d.hiddenForModeration).toBe(1)
    expect(counts(d.overall)).toEqual([1, 2, 0, 1, 0])
    expect(d.completion[0]).toMatchObject({ submitted: 4 })
    expect(d.byTeam.find((row) => row.group === 'South Team')!.audited).toBe(2)
  })

  it('judges targets met or not against the filtered figures, and writes headlines', async () => {
    const { app, spring } = await reportFixture()
    valueOf(
      await app.call('reports:set-target', {
        criterionKey: 'overall',
        kind: 'inadequate-max',
        percent: 10
      })
    )
    valueOf(
      await app.call('reports:set-target', {
        criterionKey: 'timescales',
        kind: 'good-or-better-min',
        percent: 50
      })
    )
    const d = valueOf(await app.call('reports:dashboard', { cycleId: spring }))
    expect(d.targets).toEqual([
      expect.objectContaining({ criterionKey: 'overall', percent: 10, met: false }),
      expect.objectContaining({ criterionKey: 'timescales', percent: 50, met: true })
    ])
    expect(d.headlines).toContain(
      '40% of audited plans were Inadequate overall (n = 5) against a target of at most 10%: not met.'
    )
    expect(d.headlines).toContain(
      'Timescales were Good or better in 60% of plans (n = 5) against a target of at least 50%: met.'
    )
    // North alone: 1 of 2 Inadequate = 50%, still not met; with no plans, nothing to measure.
    const north = valueOf(
      await app.call('reports:dashboard', { cycleId: spring, team: 'North Team' })
    )
    expect(north.targets[0]!.actual).toEqual({ count: 1, n: 2, percent: 50 })
    const none = valueOf(await app.call('reports:dashboard', { cycleId: spring, team: 'Nobody' }))
    expect(none.targets[0]!.met).toBeNull()
    // Removing a target, and the audit trail records both changes.
    const left = valueOf(
      await app.call('reports:set-target', {
        criterionKey: 'overall',
        kind: 'inadequate-max',
        percent: null
      })
    )
    expect(left.map((t) => t.criterionKey)).toEqual(['timescales'])
    const events = app.context
      .store!.prepare("SELECT action FROM events WHERE entity = 'report-target' ORDER BY id")
      .pluck()
      .all()
    expect(events).toEqual(['set', 'set', 'remove'])
  })

  it('refuses a target outside 0 to 100 and an unknown cycle', async () => {
    const { app } = await reportFixture()
    const bad = await app.call('reports:set-target', {
      criterionKey: 'overall',
      kind: 'inadequate-max',
      percent: 120
    })
    expect(bad.ok).toBe(false)
    const missing = await app.call('reports:dashboard', { cycleId: 999 })
    expect(missing.ok || missing.error.code).toBe('not-found')
  })

  it('reads each audit’s scores in criterion order through the covering index', async () => {
    const { app } = await reportFixture()
    const store = app.context.store!
    for (const filters of [
      {},
      { cycleId: 1, team: 'North Team', planType: 'CP' as const, auditorId: 1 }
    ]) {
      const query = gradesByAuditSql({ filters, hidden: [2] })
      const plan = (
        store.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(query.params) as { detail: string }[]
      )
        .map((row) => row.detail)
        .join('\n')
      expect(plan).toContain('SEARCH s USING COVERING INDEX scores_grades (audit_id=?)')
      expect(plan).not.toContain('TEMP B-TREE')
    }
    // And so the packed grades follow the keys: A-101 is 3 everywhere but multi-agency (N/A),
    // second in key order (childs-voice, multi-agency, outcome-focus, robustness, timescales).
    const row = store
      .prepare(
        `SELECT group_concat(CASE WHEN s.not_applicable = 1 THEN 'n' ELSE s.grade END, '') AS g
         FROM scores s WHERE s.audit_id = (SELECT id FROM audits WHERE case_id =
           (SELECT id FROM cases WHERE case_ref = 'A-101') AND role = 'primary' AND cycle_id = 1)`
      )
      .get() as { g: string }
    expect(row.g).toBe('3n333')
  })

  it('draws every chart as SVG with grade names and no script', async () => {
    const { app, spring } = await reportFixture()
    const d = await dashboard(app.context.store!, { cycleId: spring }, TODAY)
    for (const chart of Object.values(d.charts)) {
      expect(chart.svg.startsWith('<svg')).toBe(true)
      expect(chart.svg).not.toMatch(/<script|on\w+=/i)
      expect(chart.description.length).toBeGreaterThan(20)
    }
    for (const name of [
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
      'Timescales'
    ]) {
      expect(d.charts.distribution.svg).toContain(name)
    }
  })

  it('runs the analyser on the plan version each audit was of, pooled over actions', async () => {
    const { app, spring } = await reportFixture()
    const store = app.context.store!
    const text = store.prepare('SELECT text, plan_date FROM plan_documents LIMIT 1').get() as {
      text: string
      plan_date: string
    }
    const one = analysePlan(text.text, { planDate: text.plan_date }).summary
    const job = createJobRegistry().start(undefined)
    const cache = createAnalyserCache()
    const figures = await analyserFigures(store, { cycleId: spring }, job, cache)
    // Five audited plans, each of the same text: every sum is five times one plan's.
    expect(figures.all.plans).toBe(5)
    expect(figures.all.actions).toBe(5 * one.actions)
    expect(figures.all.withTimescale).toEqual({
      count: 5 * one.withTimescale,
      n: 5 * one.actions,
      percent: (one.withTimescale / one.actions) * 100
    })
    expect(figures.all.withOwner.count).toBe(5 * one.withOwner)
    expect(figures.all.outcomeFocused.count).toBe(5 * one.outcomeFocused)
    expect(figures.byTeam.map((row) => [row.group, row.plans])).toEqual([
      ['North Team', 2],
      ['South Team', 3]
    ])
    const timescales = figures.beside.find((row) => row.measure === 'withTimescale')!
    expect(timescales.criterionKey).toBe('timescales')
    expect(timescales.goodOrBetter).toEqual({ count: 3, n: 5, percent: 60 })
    // The six documents are read once; a second run comes from the cache.
    expect(cache.size).toBe(5)
  })
})
