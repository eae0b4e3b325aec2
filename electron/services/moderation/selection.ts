import type {
  ModerationReason,
  ModerationSelection,
  ParsedInput,
  SelectedForModeration
} from '../../../shared/contract'
import type { GradeValue, PlanType } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { requireCycleOpen } from '../cycle-status'
import { requireCurrentAuditor } from '../auditors'
import { generateSeed, pickOne, pickWithoutReplacement, streamFor } from '../sampling/random'

/** A submitted primary audit with no moderation yet: what a selection draws from. */
interface EligibleAudit {
  id: number
  case_id: number
  case_ref: string
  plan_type: PlanType
  team: string
  auditor_id: number
  auditor_name: string
  overall_grade: GradeValue | null
  safeguarding_flag: 0 | 1
}

interface Person {
  id: number
  name: string
}

interface Choice {
  audit: EligibleAudit
  reason: ModerationReason
}

function eligibleAudits(store: Store, cycleId: number): EligibleAudit[] {
  return store
    .prepare(
      `SELECT a.id, a.case_id, c.case_ref, c.plan_type, c.team, a.auditor_id,
              au.name AS auditor_name, a.overall_grade, a.safeguarding_flag
       FROM audits a JOIN cases c ON c.id = a.case_id JOIN auditors au ON au.id = a.auditor_id
       WHERE a.cycle_id = ? AND a.role = 'primary' AND a.status = 'submitted'
         AND NOT EXISTS (SELECT 1 FROM moderations m WHERE m.primary_audit_id = a.id)
       ORDER BY c.case_ref, a.id`
    )
    .all(cycleId) as EligibleAudit[]
}

/** First auditors who already have an audit being moderated in this cycle. */
function alreadyModerated(store: Store, cycleId: number): Set<number> {
  const rows = store
    .prepare(
      `SELECT DISTINCT pa.auditor_id AS id FROM moderations m
       JOIN audits pa ON pa.id = m.primary_audit_id WHERE m.cycle_id = ?`
    )
    .all(cycleId) as { id: number }[]
  return new Set(rows.map((row) => row.id))
}

function everyone(store: Store): Person[] {
  return store
    .prepare('SELECT id, name FROM auditors ORDER BY name COLLATE NOCASE, id')
    .all() as Person[]
}

/**
 * Who moderates by default, in turn: the cycle's auditors (named on the cycle, or auditing in
 * it). With fewer than two of those there is nobody to moderate anybody, so everyone who uses
 * the store takes a turn instead.
 */
function defaultModerators(store: Store, cycleId: number): Person[] {
  const cycle = store
    .prepare(
      `SELECT id, name FROM auditors
       WHERE id IN (SELECT auditor_id FROM cycle_auditors WHERE cycle_id = @cycleId)
          OR id IN (SELECT auditor_id FROM audits WHERE cycle_id = @cycleId)
       ORDER BY name COLLATE NOCASE, id`
    )
    .all({ cycleId }) as Person[]
  return cycle.length >= 2 ? cycle : everyone(store)
}

function cycleExists(store: Store, cycleId: number): void {
  if (!store.prepare('SELECT 1 FROM cycles WHERE id = ?').get(cycleId)) {
    throw new AppError('not-found', `There is no audit cycle with id ${cycleId}.`)
  }
}

/** Why an audit id given to pick by hand cannot be moderated, in words. */
function whyNotEligible(store: Store, cycleId: number, auditId: number): string {
  const row = store
    .prepare('SELECT cycle_id, role, status FROM audits WHERE id = ?')
    .get(auditId) as { cycle_id: number; role: string; status: string } | undefined
  if (!row || row.cycle_id !== cycleId) return `Audit ${auditId} is not in this cycle`
  if (row.role !== 'primary') return `Audit ${auditId} is itself a moderation`
  if (row.status !== 'submitted') return `Audit ${auditId} has not been submitted yet`
  return `Audit ${auditId} is already being moderated`
}

/** Whole-number share of a count, rounded up: 10% of 6 is 1, 10% of 30 is exactly 3. */
function shareOf(count: number, percent: number): number {
  const basisPoints = Math.round(percent * 100)
  return Math.floor((count * basisPoints + 9999) / 10000)
}

/**
 * The audits to moderate, with why: every one with a safeguarding flag or graded Inadequate
 * overall, those picked by hand, then the random share of all eligible audits drawn from the rest,
 * then, while the share is above zero, one more at random for each first auditor who would
 * otherwise have none moderated in the cycle.
 */
function choose(
  eligible: EligibleAudit[],
  handPicked: ReadonlySet<number>,
  covered: ReadonlySet<number>,
  seed: string,
  sharePercent: number
): { choices: Choice[]; randomTarget: number } {
  const choices: Choice[] = []
  for (const audit of eligible) {
    if (audit.safeguarding_flag === 1) choices.push({ audit, reason: 'safeguarding' })
    else if (audit.overall_grade === 1) choices.push({ audit, reason: 'inadequate' })
    else if (handPicked.has(audit.id)) choices.push({ audit, reason: 'hand-picked' })
  }
  const chosen = new Set(choices.map((choice) => choice.audit.id))
  const randomTarget = shareOf(eligible.length, sharePercent)
  const pool = eligible.filter((audit) => !chosen.has(audit.id))
  for (const audit of pickWithoutReplacement(pool, randomTarget, streamFor(seed, 'moderation'))) {
    choices.push({ audit, reason: 'random' })
    chosen.add(audit.id)
  }
  if (sharePercent > 0) {
    const haveOne = new Set([...covered, ...choices.map((choice) => choice.audit.auditor_id)])
    const auditors = [...new Set(eligible.map((audit) => audit.auditor_id))].sort((a, b) => a - b)
    for (const auditorId of auditors) {
      if (haveOne.has(auditorId)) continue
      const theirs = eligible.filter((a) => a.auditor_id === auditorId && !chosen.has(a.id))
      const audit = pickOne(theirs, streamFor(seed, `moderation-auditor-${auditorId}`))
      if (audit) choices.push({ audit, reason: 'random' })
    }
  }
  choices.sort(
    (a, b) => a.audit.case_ref.localeCompare(b.audit.case_ref) || a.audit.id - b.audit.id
  )
  return { choices, randomTarget }
}

/** Moderators in turn, never the first auditor; a chosen moderator replaces the proposal. */
function assign(
  choices: Choice[],
  rota: Person[],
  people: ReadonlyMap<number, Person>,
  chosen: Readonly<Record<string, number>>
): SelectedForModeration[] {
  let next = 0
  return choices.map(({ audit, reason }) => {
    let moderator: Person | null = null
    const picked = chosen[String(audit.id)]
    if (picked !== undefined) {
      moderator = people.get(picked) ?? { id: picked, name: `Auditor ${picked}` }
    } else {
      for (let step = 0; step < rota.length; step += 1) {
        const candidate = rota[(next + step) % rota.length]!
        if (candidate.id !== audit.auditor_id) {
          moderator = candidate
          next = (next + step + 1) % rota.length
          break
        }
      }
    }
    return {
      primaryAuditId: audit.id,
      caseId: audit.case_id,
      caseRef: audit.case_ref,
      planType: audit.plan_type,
      team: audit.team,
      firstAuditorId: audit.auditor_id,
      firstAuditorName: audit.auditor_name,
      reason,
      moderatorId: moderator?.id ?? null,
      moderatorName: moderator?.name ?? null,
      moderationId: null
    }
  })
}

/** Every problem with the moderators of a selection, keyed assignments.<audit id>. */
function assignmentProblems(
  items: SelectedForModeration[],
  people: ReadonlyMap<number, Person>
): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const item of items) {
    const key = `assignments.${item.primaryAuditId}`
    if (item.moderatorId === null) {
      fields[key] =
        `Choose a moderator for ${item.caseRef}: only ${item.firstAuditorName} uses this store, and nobody moderates their own audit`
    } else if (!people.has(item.moderatorId)) {
      fields[key] = `Choose a moderator for ${item.caseRef} from the list`
    } else if (item.moderatorId === item.firstAuditorId) {
      fields[key] =
        `${item.firstAuditorName} audited ${item.caseRef}, so cannot moderate it: choose someone else`
    }
  }
  return fields
}

function checkExpected(items: SelectedForModeration[], expected: number[] | undefined): void {
  if (!expected) return
  const now = items.map((item) => item.primaryAuditId).sort((a, b) => a - b)
  const before = [...expected].sort((a, b) => a - b)
  if (now.length !== before.length || now.some((id, i) => id !== before[i])) {
    throw new AppError(
      'conflict',
      'The submitted audits have changed since the preview. Preview the selection again before saving it.'
    )
  }
}

function save(
  store: Store,
  cycleId: number,
  items: SelectedForModeration[],
  settings: { seed: string; sharePercent: number },
  now: Date
): SelectedForModeration[] {
  const auditor = requireCurrentAuditor(store)
  const at = now.toISOString()
  const insert = store.prepare(
    `INSERT INTO moderations (cycle_id, primary_audit_id, moderator_id, reason, status, assigned_by, seed, created_at)
     VALUES (?, ?, ?, ?, 'assigned', ?, ?, ?)`
  )
  const saved = items.map((item) => {
    const seed = item.reason === 'random' ? settings.seed : null
    const { lastInsertRowid } = insert.run(
      cycleId,
      item.primaryAuditId,
      item.moderatorId,
      item.reason,
      auditor.id,
      seed,
      at
    )
    const moderationId = Number(lastInsertRowid)
    appendEvent(
      store,
      {
        auditorId: auditor.id,
        entity: 'moderation',
        entityId: moderationId,
        action: 'select',
        after: {
          cycleId,
          primaryAuditId: item.primaryAuditId,
          moderatorId: item.moderatorId,
          reason: item.reason,
          seed
        }
      },
      now
    )
    return { ...item, moderationId }
  })
  appendEvent(
    store,
    {
      auditorId: auditor.id,
      entity: 'cycle',
      entityId: cycleId,
      action: 'select-for-moderation',
      after: { ...settings, moderations: saved.map((item) => item.moderationId) }
    },
    now
  )
  return saved
}

/**
 * Chooses a cycle's audits to moderate and who moderates each: previewed with dryRun, saved
 * without. Only submitted primary audits with no moderation yet can be chosen; the same seed,
 * share, hand-picked audits and submitted audits always give the same choice. Saving logs one
 * event per moderation and one for the selection.
 */
export function selectForModeration(
  store: Store,
  input: ParsedInput<'moderation:select'>,
  now = new Date()
): ModerationSelection {
  const work = (): ModerationSelection => {
    cycleExists(store, input.cycleId)
    if (!input.dryRun)
      requireCycleOpen(store, input.cycleId, 'no audit can be chosen for moderation')
    const eligible = eligibleAudits(store, input.cycleId)
    const eligibleIds = new Set(eligible.map((audit) => audit.id))
    const notEligible = input.handPicked.filter((id) => !eligibleIds.has(id))
    if (notEligible.length > 0) {
      const message = whyNotEligible(store, input.cycleId, notEligible[0]!)
      throw new AppError('invalid-input', `${message}: only submitted audits can be moderated.`, {
        handPicked: message
      })
    }
    const seed = input.seed ?? generateSeed()
    const covered = alreadyModerated(store, input.cycleId)
    const { choices, randomTarget } = choose(
      eligible,
      new Set(input.handPicked),
      covered,
      seed,
      input.sharePercent
    )
    const people = new Map(everyone(store).map((person) => [person.id, person]))
    let items = assign(choices, defaultModerators(store, input.cycleId), people, input.assignments)
    if (!input.dryRun) {
      if (items.length === 0) {
        throw new AppError('conflict', 'There is no submitted audit waiting to be moderated.')
      }
      checkExpected(items, input.expectedAuditIds)
      const fields = assignmentProblems(items, people)
      if (Object.keys(fields).length > 0) {
        throw new AppError('invalid-input', Object.values(fields).join('. '), fields)
      }
      items = save(store, input.cycleId, items, { seed, sharePercent: input.sharePercent }, now)
    }
    const chosen = new Set(items.map((item) => item.primaryAuditId))
    return {
      cycleId: input.cycleId,
      seed,
      sharePercent: input.sharePercent,
      eligible: eligible.length,
      randomTarget,
      items,
      others: eligible
        .filter((audit) => !chosen.has(audit.id))
        .map((audit) => ({
          primaryAuditId: audit.id,
          caseRef: audit.case_ref,
          firstAuditorName: audit.auditor_name
        })),
      moderators: [...people.values()],
      saved: !input.dryRun
    }
  }
  return input.dryRun ? work() : store.transaction(work).immediate()
}
