import type { ModerationComparison, ParsedInput } from '../../../shared/contract'
import { describeCap, overallCap } from '../../../shared/audit-rules'
import type { AuditState } from '../../../shared/audit-rules'
import type { GradeValue } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { requireCycleOpen } from '../cycle-status'
import { buildComparison, participantRow } from './compare'
import { findModeration, parseJson } from './rows'

type ResolveInput = ParsedInput<'moderation:resolve'>

interface Agreed {
  grades: Record<string, GradeValue | null>
  overall: GradeValue
  rationale: string
  discussion: Record<string, string>
}

/**
 * Every problem with a proposed agreed result, keyed like the comparison's rows: agreed.<key>
 * for a criterion's grade, discussion.<key> for a note (key 'overall' for the overall
 * judgement), agreedOverall and agreedRationale.
 */
function problemsWith(
  comparison: ModerationComparison,
  input: ResolveInput
): Record<string, string> {
  const fields: Record<string, string> = {}
  const rows = [...comparison.rows, comparison.overall]
  const known = new Set(comparison.rows.map((row) => row.key))
  for (const key of Object.keys(input.agreed)) {
    if (!known.has(key)) fields[`agreed.${key}`] = `This framework has no criterion "${key}"`
  }
  for (const key of Object.keys(input.discussion)) {
    if (!rows.some((row) => row.key === key)) {
      fields[`discussion.${key}`] = `There is nothing called "${key}" to discuss`
    }
  }
  for (const row of comparison.rows) {
    const grade = input.agreed[row.key]
    if (grade === undefined) {
      fields[`agreed.${row.key}`] = `Choose the agreed grade for ${row.title}`
    } else if (grade === null && !row.allowNotApplicable) {
      fields[`agreed.${row.key}`] = `${row.title} cannot be N/A: choose the agreed grade`
    }
  }
  if (input.agreedOverall === null) {
    fields.agreedOverall = `Choose the agreed ${comparison.overall.title.toLowerCase()}`
  } else {
    const scores: AuditState['scores'] = Object.fromEntries(
      comparison.rows.map((row) => [
        row.key,
        { grade: input.agreed[row.key] ?? null, notApplicable: false, evidence: '' }
      ])
    )
    const cap = overallCap(comparison.framework, scores)
    if (cap && input.agreedOverall > cap.grade) fields.agreedOverall = describeCap(cap)
  }
  if (input.agreedRationale.trim() === '') {
    fields.agreedRationale = 'Write the rationale for the agreed grades'
  }
  for (const row of rows) {
    if (row.discussionRequired && (input.discussion[row.key] ?? '').trim() === '') {
      fields[`discussion.${row.key}`] =
        `Write a discussion note for ${row.title}: ${row.discussionReason ?? 'the grades differ'}`
    }
  }
  return fields
}

function agreedFrom(comparison: ModerationComparison, input: ResolveInput): Agreed {
  const discussion: Record<string, string> = {}
  for (const [key, note] of Object.entries(input.discussion)) {
    if (note.trim() !== '') discussion[key] = note.trim()
  }
  return {
    grades: Object.fromEntries(comparison.rows.map((row) => [row.key, input.agreed[row.key]!])),
    overall: input.agreedOverall!,
    rationale: input.agreedRationale.trim(),
    discussion
  }
}

/**
 * Records what the two auditors agreed: a grade per criterion (N/A only where the criterion
 * allows it), an overall grade within the limiting rule, the rationale, and a discussion note
 * for every difference that needs one. Either auditor may record it once the moderator has
 * submitted, and record it again to change it; the two original audits are never touched. Every
 * recording is logged with what it was before.
 */
export function resolveModeration(
  store: Store,
  input: ResolveInput,
  now = new Date()
): ModerationComparison {
  return store
    .transaction(() => {
      const { row, viewerId } = participantRow(store, input.moderationId)
      requireCycleOpen(store, row.cycle_id, 'its moderation results cannot be recorded')
      const comparison = buildComparison(store, row, viewerId)
      const fields = problemsWith(comparison, input)
      if (Object.keys(fields).length > 0) {
        throw new AppError(
          'invalid-input',
          `The agreed result is not complete: ${Object.values(fields).join('; ')}.`,
          fields
        )
      }
      const agreed = agreedFrom(comparison, input)
      const at = now.toISOString()
      store
        .prepare(
          `UPDATE moderations SET status = 'agreed', agreed_grades = ?, agreed_overall = ?,
             agreed_rationale = ?, discussion = ?, resolved_at = ? WHERE id = ?`
        )
        .run(
          JSON.stringify(agreed.grades),
          agreed.overall,
          agreed.rationale,
          JSON.stringify(agreed.discussion),
          at,
          row.id
        )
      const before =
        row.status === 'agreed'
          ? {
              grades: parseJson(row.agreed_grades, {}),
              overall: row.agreed_overall,
              rationale: row.agreed_rationale,
              discussion: parseJson(row.discussion, {})
            }
          : null
      appendEvent(
        store,
        {
          auditorId: viewerId,
          entity: 'moderation',
          entityId: row.id,
          action: before ? 'update-agreed' : 'agree',
          before: before ?? { status: row.status },
          after: { status: 'agreed', ...agreed }
        },
        now
      )
      return buildComparison(store, findModeration(store, row.id), viewerId)
    })
    .immediate()
}
