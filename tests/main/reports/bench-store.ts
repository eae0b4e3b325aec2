import { PLAN_TYPES } from '../../../shared/domain'
import type { Store } from '../../../electron/store/open'

/**
 * The reports benchmarks' store: five years of a large council's audits. 3,000 submitted primary
 * audits a year, each graded on a 30-criterion framework (450,000 score rows), with an evidence
 * note on every score, two actions per audit, a plan document per audit, 5% safeguarding flags and
 * 1% of audits moderated and agreed. Written in one transaction.
 */
export const BENCH_YEARS = 5
export const BENCH_AUDITS_PER_YEAR = 3_000
export const BENCH_CRITERIA = 30
const TEAMS = 14
const AT = '2026-01-05T09:00:00.000Z'

const EVIDENCE = [
  'Outcomes are written as changes for the child, and the plan says how we will know.',
  'Actions say "ongoing" or "as needed"; no dates, so progress cannot be checked.',
  'The social worker, school and health visitor each own actions, with dates.',
  'The child’s wishes are recorded in their own words, and shape two of the actions.',
  'Contingency plan present, but it does not say what would trigger it.'
]

const PLAN = [
  'What needs to happen',
  '1. Mum to attend the parenting programme by 30/06/2026 so that J is safe at home.',
  '2. SW to visit J every 2 weeks, seeing J alone.',
  '3. School to give J breakfast club each morning.',
  '4. Referral to be made to CAMHS.',
  '5. Health visitor to check J’s weight by the next review.'
].join('\n')

function benchFramework(): string {
  const descriptors = {
    '4': 'Outstanding.',
    '3': 'Good.',
    '2': 'Requires improvement.',
    '1': 'Inadequate.'
  }
  return JSON.stringify({
    key: 'bench-framework',
    version: 1,
    title: 'Bench framework',
    description: '',
    appliesTo: [...PLAN_TYPES],
    criteria: Array.from({ length: BENCH_CRITERIA }, (_, index) => ({
      key: `criterion-${String(index + 1).padStart(2, '0')}`,
      title: `Criterion ${index + 1}`,
      question: 'How good is it?',
      descriptors,
      prompts: [],
      allowNotApplicable: true,
      evidenceRequiredAt: [1, 2],
      limitsOverall: false
    })),
    overall: { title: 'Overall', question: 'Overall?', descriptors, rationaleRequired: true }
  })
}

export function fillBenchStore(db: Store): void {
  const insertCase = db.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, social_worker, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'open', ?, ?)`
  )
  const insertPlan = db.prepare(
    `INSERT INTO plan_documents (case_id, version, source_name, sha256, text, plan_date, attached_at)
     VALUES (?, ?, 'plan.docx', ?, ?, '2026-04-01', ?)`
  )
  const insertSampled = db.prepare(
    `INSERT INTO cycle_cases (cycle_id, case_id, added_at) VALUES (?, ?, ?)`
  )
  const insertAudit = db.prepare(
    `INSERT INTO audits (cycle_id, case_id, auditor_id, role, status, plan_document_id,
       overall_grade, overall_rationale, safeguarding_flag, started_at, updated_at, submitted_at)
     VALUES (?, ?, ?, 'primary', 'submitted', ?, ?, 'As graded.', ?, ?, ?, ?)`
  )
  const insertScore = db.prepare(
    `INSERT INTO scores (audit_id, criterion_key, grade, not_applicable, evidence, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`
  )
  const insertAction = db.prepare(
    `INSERT INTO actions (audit_id, description, owner, due_date, priority, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'medium', ?, ?, ?)`
  )
  const insertModeration = db.prepare(
    `INSERT INTO moderations (cycle_id, primary_audit_id, moderator_id, reason, status,
       agreed_grades, agreed_overall, created_at, resolved_at)
     VALUES (?, ?, ?, 'random', 'agreed', ?, ?, ?, ?)`
  )
  db.transaction(() => {
    const framework = Number(
      db
        .prepare(
          `INSERT INTO frameworks (key, version, title, definition, locked, created_at)
           VALUES ('bench-framework', 1, 'Bench framework', ?, 1, ?)`
        )
        .run(benchFramework(), AT).lastInsertRowid
    )
    const auditors = [1, 2, 3, 4].map((n) =>
      Number(
        db
          .prepare("INSERT INTO auditors (name, role, created_at) VALUES (?, 'qa_officer', ?)")
          .run(`Auditor ${n}`, AT).lastInsertRowid
      )
    )
    const keys = Array.from(
      { length: BENCH_CRITERIA },
      (_, index) => `criterion-${String(index + 1).padStart(2, '0')}`
    )
    let serial = 0
    for (let year = 0; year < BENCH_YEARS; year += 1) {
      const cycle = Number(
        db
          .prepare(
            `INSERT INTO cycles (name, framework_id, period_start, period_end, created_at)
             VALUES (?, ?, ?, ?, ?)`
          )
          .run(`Year ${2022 + year}`, framework, `${2022 + year}-01-01`, `${2022 + year}-12-31`, AT)
          .lastInsertRowid
      )
      for (let i = 0; i < BENCH_AUDITS_PER_YEAR; i += 1) {
        serial += 1
        const mix = (serial * 2_654_435_761) >>> 0
        const caseId = Number(
          insertCase.run(
            `B${String(serial).padStart(6, '0')}`,
            PLAN_TYPES[mix % PLAN_TYPES.length]!,
            `Team ${String((mix >>> 8) % TEAMS).padStart(2, '0')}`,
            `Worker ${serial % 400}`,
            AT,
            AT
          ).lastInsertRowid
        )
        const plan = Number(
          insertPlan.run(caseId, 1, 'f'.repeat(64), `${PLAN}\nCase ${serial}`, AT).lastInsertRowid
        )
        insertSampled.run(cycle, caseId, AT)
        const overall = 1 + (mix % 4)
        const submitted = new Date(
          Date.UTC(2022 + year, mix % 12, 1 + (mix % 28), 10)
        ).toISOString()
        const audit = Number(
          insertAudit.run(
            cycle,
            caseId,
            auditors[mix % auditors.length]!,
            plan,
            overall,
            mix % 20 === 0 ? 1 : 0,
            AT,
            AT,
            submitted
          ).lastInsertRowid
        )
        keys.forEach((key, index) => {
          const notApplicable = (mix + index) % 17 === 0
          insertScore.run(
            audit,
            key,
            notApplicable ? null : 1 + ((mix >>> (index % 24)) % 4),
            notApplicable ? 1 : 0,
            EVIDENCE[(mix + index) % EVIDENCE.length]!,
            AT
          )
        })
        insertAction.run(
          audit,
          'Review the plan with the team manager, with dates.',
          'Team manager',
          `${2022 + year}-06-30`,
          mix % 3 === 0 ? 'done' : 'open',
          AT,
          AT
        )
        insertAction.run(
          audit,
          'Record the child’s views in their words.',
          null,
          null,
          'open',
          AT,
          AT
        )
        if (mix % 100 === 7) {
          insertModeration.run(
            cycle,
            audit,
            auditors[(mix + 1) % auditors.length]!,
            JSON.stringify({ [keys[0]!]: 3, [keys[1]!]: null }),
            3,
            AT,
            AT
          )
        }
      }
    }
  }).immediate()
}
