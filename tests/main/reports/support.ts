import type { TestApp } from '../support/app'
import { valueOf } from '../support/app'
import { auditFixture } from '../audits/support'

export const CRITERIA = [
  'outcome-focus',
  'timescales',
  'robustness',
  'childs-voice',
  'multi-agency'
]
export const TODAY = '2026-06-01'

export interface ReportFixture {
  app: TestApp
  spring: number
  summer: number
  priya: number
  jo: number
  /** Primary audit ids by case reference (Spring). */
  audits: Record<string, number>
  caseIds: Record<string, number>
  storePath: string
}

type Grade = 1 | 2 | 3 | 4

/**
 * Opens, grades and submits the current auditor's audit of a case: every criterion at `grade`
 * except those in `overrides` (null = N/A), overall at `overall`.
 */
async function submitAudit(
  app: TestApp,
  cycleId: number,
  caseId: number,
  grade: Grade,
  options: {
    overrides?: Record<string, Grade | null>
    submit?: boolean
    flag?: boolean
    actions?: { description: string; dueDate?: string; done?: boolean }[]
  } = {}
): Promise<number> {
  const detail = valueOf(await app.call('audits:open', { cycleId, caseId }))
  const auditId = detail.audit.id
  for (const key of CRITERIA) {
    const override = options.overrides?.[key]
    if (override === null) {
      valueOf(
        await app.call('audits:save-score', { auditId, criterionKey: key, notApplicable: true })
      )
    } else {
      valueOf(
        await app.call('audits:save-score', {
          auditId,
          criterionKey: key,
          grade: override ?? grade,
          evidence: `Evidence for ${key}`
        })
      )
    }
  }
  valueOf(await app.call('audits:save-overall', { auditId, grade, rationale: 'As graded.' }))
  if (options.flag) {
    valueOf(
      await app.call('audits:save-safeguarding', {
        auditId,
        flag: true,
        note: 'Told the team manager on the day.'
      })
    )
  }
  for (const action of options.actions ?? []) {
    const added = valueOf(
      await app.call('actions:add', {
        auditId,
        description: action.description,
        ...(action.dueDate ? { dueDate: action.dueDate } : {})
      })
    )
    if (action.done)
      valueOf(await app.call('actions:update', { actionId: added.id, status: 'done' }))
  }
  if (options.submit !== false) valueOf(await app.call('audits:submit', { auditId }))
  return auditId
}

/**
 * The hand-computed store every figure test reads. Cases (from auditFixture):
 *   A-100 North CP, A-101 South CIN, A-102 North CLA, A-103 South CP, A-104 North CIN, A-105 South CLA
 * Spring (all six sampled), primary audits:
 *   A-100 Priya: every criterion 4, overall 4, safeguarding flag; actions: open due 2026-01-01
 *         (overdue on TODAY) and one done
 *   A-101 Priya: every criterion 3 but multi-agency N/A, overall 3; actions: open due 2026-12-31,
 *         open with no date
 *   A-102 Priya: every criterion 1, overall 1
 *   A-103 Jo:    every criterion 2, overall 2; moderated by Priya and agreed: timescales 3,
 *         multi-agency N/A (null), overall 3; the other criteria keep Jo's 2
 *   A-104 Priya: every criterion 4 but left in draft (not counted)
 *   A-105 Priya: every criterion 1, overall 1; a moderation assigned to Jo, not started
 * Summer (all six sampled again): A-100 Priya: every criterion 3, overall 3.
 * The current auditor is Priya unless a test switches to Jo.
 */
export async function reportFixture(): Promise<ReportFixture> {
  const { app, cycleId: spring, storePath } = await auditFixture('Priya Shah')
  const store = app.context.store!
  const caseIds = Object.fromEntries(
    (
      store.prepare('SELECT case_ref, id FROM cases').all() as { case_ref: string; id: number }[]
    ).map((row) => [row.case_ref, row.id])
  ) as Record<string, number>
  const priya = valueOf(await app.call('auditor:get'))!.id

  const audits: Record<string, number> = {}
  audits['A-100'] = await submitAudit(app, spring, caseIds['A-100']!, 4, {
    flag: true,
    actions: [
      { description: 'Overdue one', dueDate: '2026-01-01' },
      { description: 'Done one', dueDate: '2026-01-01', done: true }
    ]
  })
  audits['A-101'] = await submitAudit(app, spring, caseIds['A-101']!, 3, {
    overrides: { 'multi-agency': null },
    actions: [{ description: 'Later', dueDate: '2026-12-31' }, { description: 'No date' }]
  })
  audits['A-102'] = await submitAudit(app, spring, caseIds['A-102']!, 1)
  audits['A-104'] = await submitAudit(app, spring, caseIds['A-104']!, 4, { submit: false })
  audits['A-105'] = await submitAudit(app, spring, caseIds['A-105']!, 1)

  const jo = valueOf(await app.call('auditor:set', { name: 'Jo Reed', role: 'qa_officer' })).id
  audits['A-103'] = await submitAudit(app, spring, caseIds['A-103']!, 2)
  valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))

  // Priya's blind moderation of A-103, submitted, and what the two agreed.
  const at = '2026-05-01T10:00:00.000Z'
  const moderationAudit = Number(
    store
      .prepare(
        `INSERT INTO audits (cycle_id, case_id, auditor_id, role, status, overall_grade,
           overall_rationale, started_at, updated_at, submitted_at)
         VALUES (?, ?, ?, 'moderation', 'submitted', 3, 'Second look.', ?, ?, ?)`
      )
      .run(spring, caseIds['A-103'], priya, at, at, at).lastInsertRowid
  )
  const score = store.prepare(
    `INSERT INTO scores (audit_id, criterion_key, grade, not_applicable, evidence, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`
  )
  for (const key of CRITERIA) {
    if (key === 'multi-agency') score.run(moderationAudit, key, null, 1, '', at)
    else score.run(moderationAudit, key, 3, 0, `Moderator on ${key}`, at)
  }
  const moderation = store.prepare(
    `INSERT INTO moderations (cycle_id, primary_audit_id, moderation_audit_id, moderator_id, reason,
       status, agreed_grades, agreed_overall, agreed_rationale, discussion, created_at, resolved_at)
     VALUES (?, ?, ?, ?, 'random', ?, ?, ?, ?, ?, ?, ?)`
  )
  moderation.run(
    spring,
    audits['A-103'],
    moderationAudit,
    priya,
    'agreed',
    JSON.stringify({ timescales: 3, 'multi-agency': null }),
    3,
    'Agreed after discussion.',
    JSON.stringify({ timescales: 'Dates were there, in the table.' }),
    at,
    '2026-05-02T10:00:00.000Z'
  )
  // Jo is to moderate A-105 and has not started: blind to Priya's grades.
  moderation.run(spring, audits['A-105'], null, jo, 'assigned', null, null, null, null, at, null)

  const summer = valueOf(await app.call('cycles:create', { name: 'Summer audit' })).id
  store
    .prepare("UPDATE cycles SET created_at = '2099-01-01T00:00:00.000Z' WHERE id = ?")
    .run(summer)
  valueOf(
    await app.call('sample:draw', {
      cycleId: summer,
      spec: { size: 6, seed: 'SUMMER', excludeAuditedWithinMonths: 0 }
    })
  )
  await submitAudit(app, summer, caseIds['A-100']!, 3)
  return { app, spring, summer, priya, jo, audits, caseIds, storePath }
}
