import { analysePlan } from '../../../shared/analysis'
import { incompleteItems } from '../../../shared/audit-rules'
import type { AuditState } from '../../../shared/audit-rules'
import type { SampledCase } from '../../../shared/contract'
import type { AuditorRole } from '../../../shared/domain'
import type { Store } from '../../store/open'
import {
  addAction,
  openAudit,
  saveOverall,
  savePosition,
  saveSafeguarding,
  saveScore,
  skipCase,
  submitAudit
} from '../audits'
import { cycleFramework } from '../audits/records'
import { setCurrentAuditor } from '../auditors'
import { drawSample } from '../sampling'
import { judgePlan } from './audit-content'
import type { DemoJudgement } from './audit-content'
import type { DemoCase } from './cases'
import type { Clock } from './clock'
import { addDays, isoDate, numericDate } from './dates'
import { DEMO_SEED } from './generate'
import { parsed } from './parse-input'
import { demoRandom } from './random'
import type { DemoRandom } from './random'

const SAMPLE_SIZE = 20

type AuditorInput = { name: string; role: AuditorRole }

/** Who does what with the sampled cases. */
export interface AuditAssignments {
  managerSubmitted: SampledCase[]
  flagged: SampledCase | null
  submitted: SampledCase[]
  inProgress: SampledCase[]
  skipped: SampledCase | null
}

/**
 * Shares out the sample: a poor child protection or child in need plan gets the safeguarding
 * flag, the team manager takes two, the QA officer submits four more, has two under way, and
 * skips one (a case with no plan on file when the sample has one).
 */
export function assignAudits(
  sample: readonly SampledCase[],
  cases: Map<string, DemoCase>,
  random: DemoRandom
): AuditAssignments {
  const withPlan = random.shuffle(sample.filter((item) => item.hasPlan))
  const take = (predicate: (item: SampledCase) => boolean): SampledCase | null => {
    const index = withPlan.findIndex(predicate)
    return index < 0 ? null : withPlan.splice(index, 1)[0]!
  }
  const quality = (item: SampledCase): string => cases.get(item.caseRef)!.quality
  const flagged =
    take((item) => quality(item) === 'poor' && ['CP', 'CIN'].includes(item.planType)) ??
    take((item) => quality(item) === 'poor') ??
    take(() => true)
  const skipped = sample.find((item) => !item.hasPlan) ?? withPlan.pop() ?? null
  return {
    flagged,
    managerSubmitted: withPlan.splice(0, 2),
    submitted: withPlan.splice(0, 4),
    inProgress: withPlan.splice(0, 2),
    skipped
  }
}

export function drawDemoSample(store: Store, cycleId: number, now: Date): SampledCase[] {
  const result = drawSample(
    store,
    parsed('sample:draw', {
      cycleId,
      spec: { size: SAMPLE_SIZE, stratifyBy: ['team', 'planType'], seed: DEMO_SEED },
      dryRun: false
    }),
    now
  )
  return result.cases
}

function latestPlan(store: Store, caseId: number): { text: string; plan_date: string | null } {
  return store
    .prepare(
      'SELECT text, plan_date FROM plan_documents WHERE case_id = ? ORDER BY version DESC LIMIT 1'
    )
    .get(caseId) as { text: string; plan_date: string | null }
}

function judge(store: Store, item: SampledCase, demoCase: DemoCase): DemoJudgement {
  const plan = latestPlan(store, item.caseId)
  const analysis = analysePlan(plan.text, plan.plan_date ? { planDate: plan.plan_date } : {})
  return judgePlan(demoCase, analysis, demoRandom(DEMO_SEED, `audit ${item.caseRef}`))
}

/** The audit as the submit check will see it: refused here first if the generator got it wrong. */
function checkComplete(
  store: Store,
  cycleId: number,
  judgement: DemoJudgement,
  safeguarding: { flag: boolean; note: string }
): void {
  const state: AuditState = {
    scores: Object.fromEntries(
      judgement.scores.map((score) => [
        score.criterionKey,
        { grade: score.grade, notApplicable: false, evidence: score.evidence }
      ])
    ),
    overallGrade: judgement.overall,
    overallRationale: judgement.rationale,
    safeguardingFlag: safeguarding.flag,
    safeguardingNote: safeguarding.note
  }
  const problems = incompleteItems(cycleFramework(store, cycleId), state)
  if (problems.length > 0) {
    throw new Error(`A demo audit is incomplete: ${problems.map((p) => p.message).join('; ')}`)
  }
}

export interface AuditWork {
  store: Store
  cycleId: number
  cases: Map<string, DemoCase>
  clock: Clock
}

function gradeCriteria(work: AuditWork, auditId: number, scores: DemoJudgement['scores']): void {
  for (const score of scores) {
    saveScore(
      work.store,
      parsed('audits:save-score', {
        auditId,
        criterionKey: score.criterionKey,
        grade: score.grade,
        evidence: score.evidence,
        checklist: score.checklist
      }),
      work.clock.tick(2)
    )
  }
}

/** An action arising from an audit, as the auditor would add it in the stepper. */
interface ArisingAction {
  description: string
  owner: string
  dueInDays: number
  priority: 'low' | 'medium' | 'high'
}

function addArising(work: AuditWork, auditId: number, action: ArisingAction): void {
  const at = work.clock.tick(2)
  addAction(
    work.store,
    parsed('actions:add', {
      auditId,
      description: action.description,
      owner: action.owner,
      dueDate: isoDate(addDays(at, action.dueInDays)),
      priority: action.priority
    }),
    at
  )
}

/** The action a QA officer raises on a plan that is not yet good. */
function rewriteAction(demoCase: DemoCase): ArisingAction {
  const meeting = demoCase.planType === 'CP' ? 'core group' : 'review'
  return {
    description: `Rewrite the plan's actions with a named owner, a date and how we will know each has worked for the child, before the next ${meeting}.`,
    owner: demoCase.socialWorker,
    dueInDays: 28,
    priority: 'medium'
  }
}

/**
 * Opens, grades and submits one audit, as an auditor would in the stepper: every criterion with
 * its evidence, the overall judgement and rationale, any safeguarding flag and actions arising.
 */
function submitDemoAudit(
  work: AuditWork,
  item: SampledCase,
  extras: { safeguarding?: { flag: boolean; note: string }; actions?: ArisingAction[] } = {}
): void {
  const demoCase = work.cases.get(item.caseRef)!
  const judgement = judge(work.store, item, demoCase)
  const safeguarding = extras.safeguarding ?? { flag: false, note: '' }
  checkComplete(work.store, work.cycleId, judgement, safeguarding)
  const auditId = openAudit(work.store, work.cycleId, item.caseId, work.clock.tick(5)).audit.id
  gradeCriteria(work, auditId, judgement.scores)
  saveOverall(
    work.store,
    parsed('audits:save-overall', {
      auditId,
      grade: judgement.overall,
      rationale: judgement.rationale
    }),
    work.clock.tick(3)
  )
  if (safeguarding.flag) {
    saveSafeguarding(
      work.store,
      parsed('audits:save-safeguarding', { auditId, ...safeguarding }),
      work.clock.tick(4)
    )
  }
  for (const action of extras.actions ?? []) addArising(work, auditId, action)
  submitAudit(work.store, auditId, work.clock.tick(2))
}

function escalationNote(demoCase: DemoCase, at: Date): string {
  const gap = demoCase.quality === 'poor' ? ' and has no contingency plan' : ''
  return `The plan does not address the risks described in its own worries section${gap}. Discussed by phone with ${demoCase.teamManager} (team manager, ${demoCase.team}) on ${numericDate(at)}; they will review the case with the social worker within 2 working days and decide whether a strategy discussion is needed. Principal Social Worker told by email the same day.`
}

/** The safeguarding escalation: flagged, the note of who was told, and two actions arising. */
function submitFlaggedAudit(work: AuditWork, item: SampledCase): void {
  const demoCase = work.cases.get(item.caseRef)!
  const note = escalationNote(demoCase, work.clock.tick(0))
  submitDemoAudit(work, item, {
    safeguarding: { flag: true, note },
    actions: [
      {
        description:
          'Review the case with the social worker and decide whether a strategy discussion is needed; record the decision on the child’s file.',
        owner: demoCase.teamManager,
        dueInDays: 2,
        priority: 'high'
      },
      rewriteAction(demoCase)
    ]
  })
}

/** An audit left part-way: the first criteria graded, the stepper's place kept for resuming. */
function startDemoAudit(work: AuditWork, item: SampledCase, graded: number): void {
  const demoCase = work.cases.get(item.caseRef)!
  const judgement = judge(work.store, item, demoCase)
  const auditId = openAudit(work.store, work.cycleId, item.caseId, work.clock.tick(5)).audit.id
  const done = judgement.scores.slice(0, graded)
  gradeCriteria(work, auditId, done)
  const next = judgement.scores[graded]?.criterionKey ?? 'overall'
  savePosition(work.store, auditId, { step: next, planScroll: 0 }, work.clock.tick(1))
}

function skipDemoCase(work: AuditWork, item: SampledCase): void {
  const reason = item.hasPlan
    ? 'The plan is being rewritten after last week’s review; come back to it when the new version is attached.'
    : 'No plan on file: asked the team manager for the current plan before auditing.'
  skipCase(
    work.store,
    parsed('audits:skip', { cycleId: work.cycleId, caseId: item.caseId, reason }),
    work.clock.tick(3)
  )
}

/** The team manager's two audits, then the QA officer's day-by-day work in the cycle. */
export function doAudits(
  work: AuditWork,
  assignments: AuditAssignments,
  auditors: { qa: AuditorInput; manager: AuditorInput }
): void {
  const { store, clock } = work
  setCurrentAuditor(store, auditors.manager, clock.nextDay())
  for (const item of assignments.managerSubmitted) submitDemoAudit(work, item)
  setCurrentAuditor(store, auditors.qa, clock.nextDay())
  if (assignments.flagged) submitFlaggedAudit(work, assignments.flagged)
  // One more action, on the first plan that is not yet good, makes "a couple" arising.
  const needingRewrite = assignments.submitted.find(
    (item) => work.cases.get(item.caseRef)!.quality !== 'good'
  )
  assignments.submitted.forEach((item, index) => {
    if (index % 2 === 0) clock.nextDay()
    const demoCase = work.cases.get(item.caseRef)!
    submitDemoAudit(
      work,
      item,
      item === needingRewrite ? { actions: [rewriteAction(demoCase)] } : {}
    )
  })
  clock.nextDay()
  if (assignments.skipped) skipDemoCase(work, assignments.skipped)
  assignments.inProgress.forEach((item, index) => startDemoAudit(work, item, index === 0 ? 3 : 1))
}
