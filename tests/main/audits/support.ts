import { expect } from 'vitest'
import { join } from 'node:path'
import type { PlanType } from '../../../shared/domain'
import type { TestApp } from '../support/app'
import { testApp, valueOf } from '../support/app'
import { tempDir } from '../support/temp'

export interface AuditFixture {
  app: TestApp
  cycleId: number
  /** Sampled case ids, in sample order. */
  caseIds: number[]
  storePath: string
}

const PLAN_TEXT = [
  'Child protection plan',
  'What needs to happen',
  '1. Mum to attend the Freedom Programme by 30/06/2026 so that she can keep J safe.',
  '2. SW to visit J at home every 2 weeks.',
  '3. Referral to be made to CAMHS.'
].join('\n')

/**
 * A store with an auditor, six cases with plans, and a cycle on the default framework whose
 * sample is all six: what the stepper works on.
 */
export async function auditFixture(auditorName = 'Priya Shah'): Promise<AuditFixture> {
  const storePath = join(tempDir(), 'audits.sqlite')
  const app = await testApp(storePath)
  valueOf(await app.call('auditor:set', { name: auditorName, role: 'qa_officer' }))
  const store = app.context.store!
  const teams = ['North Team', 'South Team']
  const types: PlanType[] = ['CP', 'CIN', 'CLA']
  const insertCase = store.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
     VALUES (?, ?, ?, 'open', '2026-01-05', '2026-01-05')`
  )
  const insertPlan = store.prepare(
    `INSERT INTO plan_documents (case_id, version, source_name, sha256, text, plan_date, attached_at)
     VALUES (?, 1, ?, ?, ?, '2026-04-01', '2026-01-05')`
  )
  for (let i = 0; i < 6; i += 1) {
    const { lastInsertRowid } = insertCase.run(`A-${100 + i}`, types[i % 3], teams[i % 2])
    insertPlan.run(Number(lastInsertRowid), `A-${100 + i}.txt`, 'a'.repeat(64), PLAN_TEXT)
  }
  const cycle = valueOf(
    await app.call('cycles:create', { name: 'Spring audit', frameworkKey: 'care-plan-quality' })
  )
  const sample = valueOf(
    await app.call('sample:draw', { cycleId: cycle.id, spec: { size: 6, seed: 'AUDIT' } })
  )
  const queue = valueOf(await app.call('audits:queue', { cycleId: cycle.id }))
  expect(sample.cases).toHaveLength(6)
  return { app, cycleId: cycle.id, caseIds: queue.items.map((item) => item.caseId), storePath }
}

/** Grades every criterion of the default framework, with evidence, for a submittable audit. */
export async function gradeEverything(
  app: TestApp,
  auditId: number,
  grade: 1 | 2 | 3 | 4
): Promise<void> {
  for (const key of ['outcome-focus', 'timescales', 'robustness', 'childs-voice', 'multi-agency']) {
    valueOf(
      await app.call('audits:save-score', {
        auditId,
        criterionKey: key,
        grade,
        evidence: `Evidence for ${key}`
      })
    )
  }
  valueOf(
    await app.call('audits:save-overall', {
      auditId,
      grade,
      rationale: 'Consistent with the criteria.'
    })
  )
}
