import type { AuditPosition, ChecklistAnswer, ParsedInput } from '../../../shared/contract'
import type { Criterion, GradeValue } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import { requireCurrentAuditor } from '../auditors'
import type { Store } from '../../store/open'
import { cycleFramework, editableAudit, findAudit } from './records'
import type { AuditRow, ScoreRow } from './records'

/** What the stepper's autosave is told: the time the change was durably saved. */
export interface Saved {
  updatedAt: string
}

/**
 * Every autosaved change: one transaction that writes the change, marks the audit as touched
 * (clearing a skip, since the auditor has come back to it) and appends the audit-trail event with
 * what it was and what it became. synchronous=FULL means it is on disk when this returns.
 */
function recordEdit(
  store: Store,
  row: AuditRow,
  auditorId: number,
  change: { entity: string; entityId: string | number; before: unknown; after: unknown },
  now: Date
): Saved {
  const at = now.toISOString()
  store
    .prepare(
      'UPDATE audits SET updated_at = ?, skip_reason = NULL, last_opened_at = ? WHERE id = ?'
    )
    .run(at, at, row.id)
  appendEvent(
    store,
    {
      auditorId,
      entity: change.entity,
      entityId: change.entityId,
      action: 'update',
      before: change.before,
      after: change.after
    },
    now
  )
  return { updatedAt: at }
}

function criterionOf(store: Store, row: AuditRow, key: string): Criterion {
  const criterion = cycleFramework(store, row.cycle_id).criteria.find((c) => c.key === key)
  if (!criterion) {
    throw new AppError('invalid-input', `The framework has no criterion "${key}".`, {
      criterionKey: 'Unknown criterion'
    })
  }
  return criterion
}

interface ScoreValues {
  grade: GradeValue | null
  notApplicable: boolean
  evidence: string
  checklist: Record<string, ChecklistAnswer>
}

function currentScore(store: Store, auditId: number, key: string): ScoreValues {
  const row = store
    .prepare('SELECT * FROM scores WHERE audit_id = ? AND criterion_key = ?')
    .get(auditId, key) as ScoreRow | undefined
  return {
    grade: row?.grade ?? null,
    notApplicable: row?.not_applicable === 1,
    evidence: row?.evidence ?? '',
    checklist: row?.checklist ? (JSON.parse(row.checklist) as Record<string, ChecklistAnswer>) : {}
  }
}

/** The fields of `after` that differ from `before`, for a compact audit-trail entry. */
function changed<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const was: Partial<T> = {}
  const now: Partial<T> = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      was[key] = before[key]
      now[key] = after[key]
    }
  }
  return { before: was, after: now }
}

/** Saves one criterion's grade, N/A, evidence note or checklist answers (any of them). */
export function saveScore(
  store: Store,
  input: ParsedInput<'audits:save-score'>,
  now = new Date()
): Saved {
  return store
    .transaction(() => {
      const { row, auditorId } = editableAudit(store, input.auditId)
      const criterion = criterionOf(store, row, input.criterionKey)
      const before = currentScore(store, row.id, criterion.key)
      const after: ScoreValues = { ...before, checklist: { ...before.checklist } }
      if (input.notApplicable === true && !criterion.allowNotApplicable) {
        throw new AppError('invalid-input', `${criterion.title} cannot be marked N/A.`, {
          notApplicable: 'This criterion must be graded'
        })
      }
      if (input.grade !== undefined) {
        after.grade = input.grade
        if (input.grade !== null) after.notApplicable = false
      }
      if (input.notApplicable !== undefined) {
        after.notApplicable = input.notApplicable
        if (input.notApplicable) after.grade = null
      }
      if (input.evidence !== undefined) after.evidence = input.evidence
      for (const [promptKey, answer] of Object.entries(input.checklist ?? {})) {
        if (!criterion.prompts.some((prompt) => prompt.key === promptKey)) {
          throw new AppError(
            'invalid-input',
            `${criterion.title} has no evidence prompt "${promptKey}".`,
            {
              checklist: 'Unknown evidence prompt'
            }
          )
        }
        after.checklist = Object.fromEntries(
          Object.entries(after.checklist)
            .filter(([key]) => key !== promptKey)
            .concat(answer === null ? [] : [[promptKey, answer]])
        )
      }
      const difference = changed(before, after)
      if (Object.keys(difference.after).length === 0) return { updatedAt: row.updated_at }
      store
        .prepare(
          `INSERT INTO scores (audit_id, criterion_key, grade, not_applicable, evidence, checklist, updated_at)
           VALUES (@auditId, @key, @grade, @na, @evidence, @checklist, @at)
           ON CONFLICT (audit_id, criterion_key) DO UPDATE SET grade = excluded.grade,
             not_applicable = excluded.not_applicable, evidence = excluded.evidence,
             checklist = excluded.checklist, updated_at = excluded.updated_at`
        )
        .run({
          auditId: row.id,
          key: criterion.key,
          grade: after.grade,
          na: after.notApplicable ? 1 : 0,
          evidence: after.evidence,
          checklist: JSON.stringify(after.checklist),
          at: now.toISOString()
        })
      return recordEdit(
        store,
        row,
        auditorId,
        { entity: 'score', entityId: `${row.id}:${criterion.key}`, ...difference },
        now
      )
    })
    .immediate()
}

/** Saves the overall grade and/or its rationale. The limiting rule is enforced on submit. */
export function saveOverall(
  store: Store,
  input: ParsedInput<'audits:save-overall'>,
  now = new Date()
): Saved {
  return store
    .transaction(() => {
      const { row, auditorId } = editableAudit(store, input.auditId)
      const before = { grade: row.overall_grade, rationale: row.overall_rationale ?? '' }
      const after = {
        grade: input.grade === undefined ? before.grade : input.grade,
        rationale: input.rationale ?? before.rationale
      }
      const difference = changed(before, after)
      if (Object.keys(difference.after).length === 0) return { updatedAt: row.updated_at }
      store
        .prepare('UPDATE audits SET overall_grade = ?, overall_rationale = ? WHERE id = ?')
        .run(after.grade, after.rationale, row.id)
      return recordEdit(
        store,
        row,
        auditorId,
        { entity: 'audit-overall', entityId: row.id, ...difference },
        now
      )
    })
    .immediate()
}

/** Raises or clears the safeguarding flag, and saves the escalation note (who was told, when). */
export function saveSafeguarding(
  store: Store,
  input: ParsedInput<'audits:save-safeguarding'>,
  now = new Date()
): Saved {
  return store
    .transaction(() => {
      const { row, auditorId } = editableAudit(store, input.auditId)
      const before = { flag: row.safeguarding_flag === 1, note: row.safeguarding_note ?? '' }
      const after = { flag: input.flag ?? before.flag, note: input.note ?? before.note }
      const difference = changed(before, after)
      if (Object.keys(difference.after).length === 0) return { updatedAt: row.updated_at }
      store
        .prepare('UPDATE audits SET safeguarding_flag = ?, safeguarding_note = ? WHERE id = ?')
        .run(after.flag ? 1 : 0, after.note, row.id)
      return recordEdit(
        store,
        row,
        auditorId,
        { entity: 'audit-safeguarding', entityId: row.id, ...difference },
        now
      )
    })
    .immediate()
}

/**
 * Where the auditor is in the stepper (step and plan scroll), so reopening resumes there. Not an
 * audit-trail event: it changes nothing about the audit. Allowed on a submitted audit too, since
 * reading one moves the position.
 */
export function savePosition(
  store: Store,
  auditId: number,
  position: AuditPosition,
  now = new Date()
): Saved {
  const row = findAudit(store, auditId)
  if (row.auditor_id !== requireCurrentAuditor(store).id) {
    throw new AppError('forbidden', `This audit belongs to ${row.auditor_name}.`)
  }
  const at = now.toISOString()
  store
    .prepare('UPDATE audits SET position = ?, last_opened_at = ? WHERE id = ?')
    .run(JSON.stringify(position), at, row.id)
  return { updatedAt: at }
}

/** Dismisses (or restores) one of the analyser's prompts; kept with the audit. */
export function dismissPrompt(
  store: Store,
  input: ParsedInput<'audits:dismiss-prompt'>,
  now = new Date()
): { dismissedPrompts: string[] } {
  return store
    .transaction(() => {
      const { row, auditorId } = editableAudit(store, input.auditId)
      const before: string[] = row.dismissed_prompts
        ? (JSON.parse(row.dismissed_prompts) as string[])
        : []
      const after = input.dismissed
        ? [...new Set([...before, input.promptKey])]
        : before.filter((key) => key !== input.promptKey)
      if (after.length !== before.length) {
        store
          .prepare('UPDATE audits SET dismissed_prompts = ? WHERE id = ?')
          .run(JSON.stringify(after), row.id)
        recordEdit(
          store,
          row,
          auditorId,
          {
            entity: 'audit-prompt',
            entityId: row.id,
            before: { promptKey: input.promptKey, dismissed: !input.dismissed },
            after: { promptKey: input.promptKey, dismissed: input.dismissed }
          },
          now
        )
      }
      return { dismissedPrompts: after }
    })
    .immediate()
}
