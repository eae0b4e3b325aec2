import { describe, expect, it } from 'vitest'
import { cycleFramework } from '../../../electron/services/audits/records'
import { getCurrentAuditor } from '../../../electron/services/auditors'
import { verifyChain } from '../../../electron/store'
import { incompleteItems } from '../../../shared/audit-rules'
import type { AuditState } from '../../../shared/audit-rules'
import type { GradeValue } from '../../../shared/domain'
import { PLAN_TYPES } from '../../../shared/domain'
import { count, seededStore } from './support'

interface AuditRow {
  id: number
  cycle_id: number
  auditor: string
  status: string
  skip_reason: string | null
  overall_grade: GradeValue | null
  overall_rationale: string | null
  safeguarding_flag: 0 | 1
  safeguarding_note: string | null
}

describe('demo data in a new store', () => {
  it('holds 300 cases over six teams and every plan type, most with plans and their versions', async () => {
    const { store, summary } = await seededStore()
    expect(count(store, 'SELECT count(*) FROM cases')).toBe(300)
    expect(count(store, 'SELECT count(DISTINCT team) FROM cases')).toBe(6)
    const types = store.prepare('SELECT DISTINCT plan_type FROM cases').pluck().all()
    expect([...types].sort()).toEqual([...PLAN_TYPES].sort())
    expect(summary.teams).toHaveLength(6)

    // About 95% of cases have a plan on file; some have an earlier version as well.
    const withPlan = count(store, 'SELECT count(DISTINCT case_id) FROM plan_documents')
    expect(withPlan).toBeGreaterThanOrEqual(280)
    expect(withPlan).toBeLessThanOrEqual(290)
    expect(count(store, 'SELECT count(*) FROM plan_documents WHERE version = 2')).toBeGreaterThan(0)
    const documents = count(store, 'SELECT count(*) FROM plan_documents')
    expect(summary.plans.documents).toBe(documents)
    // Every version was recorded through the plans service, each with its own audit-trail event.
    expect(
      count(
        store,
        `SELECT count(*) FROM events WHERE entity = 'plan_document' AND action = 'attach'`
      )
    ).toBe(documents)
    expect(count(store, `SELECT count(*) FROM cases WHERE status = 'closed'`)).toBeGreaterThan(0)
    expect(
      count(store, `SELECT count(*) FROM cases WHERE plan_type = 'CLA' AND legal_status IS NULL`)
    ).toBe(0)
  })

  it('places plan types in the teams that hold them', async () => {
    const { store } = await seededStore()
    const teamOf = (type: string): string[] =>
      store
        .prepare('SELECT DISTINCT team FROM cases WHERE plan_type = ?')
        .pluck()
        .all(type) as string[]
    expect(teamOf('EARLY_HELP')).toEqual(['Early Help Hub'])
    expect(teamOf('CLA')).toEqual(['Children in Care'])
    expect([...teamOf('PATHWAY')].sort()).toEqual(['Children in Care', 'Leaving Care'])
    expect(teamOf('CP')).not.toContain('Early Help Hub')
  })

  it('has a cycle on the default framework with a stratified sample of 20, and audits in every state', async () => {
    const { store, summary } = await seededStore()
    const cycle = store
      .prepare(
        `SELECT c.id, c.name, c.sample_seed, f.key FROM cycles c JOIN frameworks f ON f.id = c.framework_id`
      )
      .all() as { id: number; name: string; sample_seed: string; key: string }[]
    expect(cycle).toHaveLength(1)
    expect(cycle[0]).toMatchObject({
      name: 'Demo audit — May 2026',
      sample_seed: 'DEMO',
      key: 'care-plan-quality'
    })
    const cycleId = cycle[0]!.id
    expect(
      count(
        store,
        `SELECT count(*) FROM cycle_cases WHERE cycle_id = ? AND state = 'sampled'`,
        cycleId
      )
    ).toBe(20)
    expect(
      count(store, 'SELECT count(DISTINCT stratum) FROM cycle_cases WHERE cycle_id = ?', cycleId)
    ).toBeGreaterThan(5)

    const audits = store
      .prepare(
        `SELECT a.*, au.name AS auditor FROM audits a JOIN auditors au ON au.id = a.auditor_id
         WHERE a.cycle_id = ?`
      )
      .all(cycleId) as AuditRow[]
    const of = (auditor: string, state: (row: AuditRow) => boolean): AuditRow[] =>
      audits.filter((row) => row.auditor.startsWith(auditor) && state(row))
    const submitted = (row: AuditRow): boolean => row.status === 'submitted'
    const skipped = (row: AuditRow): boolean =>
      row.status !== 'submitted' && row.skip_reason !== null
    const inProgress = (row: AuditRow): boolean => !submitted(row) && !skipped(row)

    expect(of('Alex Morgan', submitted)).toHaveLength(5)
    expect(of('Alex Morgan', inProgress)).toHaveLength(2)
    expect(of('Alex Morgan', skipped)).toHaveLength(1)
    expect(of('Sam Patel', submitted)).toHaveLength(2)
    expect(audits).toHaveLength(10)
    expect(summary.audits).toMatchObject({
      submitted: 7,
      inProgress: 2,
      skipped: 1,
      notStarted: 10
    })

    // In-progress audits have some criteria graded and the rest still to do.
    for (const row of of('Alex Morgan', inProgress)) {
      const graded = count(store, 'SELECT count(*) FROM scores WHERE audit_id = ?', row.id)
      expect(graded).toBeGreaterThan(0)
      expect(graded).toBeLessThan(5)
    }
    const flagged = audits.filter((row) => row.safeguarding_flag === 1)
    expect(flagged).toHaveLength(1)
    expect(flagged[0]!.auditor).toBe('Alex Morgan (demo)')
    expect(flagged[0]!.safeguarding_note).toMatch(/Discussed by phone with .+ on \d\d\/\d\d\/\d{4}/)
    expect(count(store, 'SELECT count(*) FROM actions')).toBeGreaterThanOrEqual(2)
    expect(
      count(store, `SELECT count(*) FROM actions WHERE priority = 'high' AND owner IS NOT NULL`)
    ).toBeGreaterThanOrEqual(1)

    // The app opens straight to work, as the QA officer.
    expect(getCurrentAuditor(store)?.name).toBe('Alex Morgan (demo)')
    expect(summary.currentAuditor).toBe('Alex Morgan (demo)')
  })

  it('submits only complete audits whose grades respect the limiting rule', async () => {
    const { store } = await seededStore()
    const rows = store.prepare(`SELECT * FROM audits WHERE status = 'submitted'`).all() as Omit<
      AuditRow,
      'auditor'
    >[]
    expect(rows.length).toBe(7)
    for (const row of rows) {
      const framework = cycleFramework(store, row.cycle_id)
      const scores = store
        .prepare(
          'SELECT criterion_key, grade, not_applicable, evidence FROM scores WHERE audit_id = ?'
        )
        .all(row.id) as {
        criterion_key: string
        grade: GradeValue | null
        not_applicable: 0 | 1
        evidence: string | null
      }[]
      const state: AuditState = {
        scores: Object.fromEntries(
          scores.map((score) => [
            score.criterion_key,
            {
              grade: score.grade,
              notApplicable: score.not_applicable === 1,
              evidence: score.evidence ?? ''
            }
          ])
        ),
        overallGrade: row.overall_grade,
        overallRationale: row.overall_rationale ?? '',
        safeguardingFlag: row.safeguarding_flag === 1,
        safeguardingNote: row.safeguarding_note ?? ''
      }
      expect(incompleteItems(framework, state)).toEqual([])
      // Evidence is written for every grade, not only where the framework requires it.
      expect(scores.every((score) => (score.evidence ?? '').length > 20)).toBe(true)
    }
    // Grades vary with the quality of the plans audited.
    const grades = new Set(rows.map((row) => row.overall_grade))
    expect(grades.size).toBeGreaterThan(1)
  })

  it('keeps an unbroken audit trail', async () => {
    const { store, summary } = await seededStore()
    const chain = verifyChain(store)
    expect(chain).toMatchObject({ valid: true, brokenAt: null })
    expect(chain.events).toBe(summary.events)
    // The whole run is one piece of work: one import of cases, one batch of plans, logged once each.
    expect(count(store, `SELECT count(*) FROM events WHERE action = 'import-cases'`)).toBe(1)
    expect(count(store, `SELECT count(*) FROM events WHERE action = 'attach-plans'`)).toBe(1)
    // Events are in time order, as if the work had been done over the last fortnight.
    const times = store.prepare('SELECT at FROM events ORDER BY id').pluck().all() as string[]
    expect([...times].sort()).toEqual(times)
  })
})
