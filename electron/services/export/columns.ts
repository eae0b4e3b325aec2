import type { FieldKind } from '../../../shared/csv'

/**
 * The exports' column sets: the data dictionary in the README, and a promise. Scripts that read
 * the monthly returns depend on these names and this order; add columns only at the end.
 */
export interface Column {
  name: string
  kind: FieldKind
  description: string
}

const text = (name: string, description: string): Column => ({ name, kind: 'text', description })
const number = (name: string, description: string): Column => ({
  name,
  kind: 'number',
  description
})

const CASE_COLUMNS: Column[] = [
  text('cycle', 'The audit cycle’s name.'),
  text('case_reference', 'The case reference from the case list.'),
  text('plan_type', 'CIN, CP, CLA, PATHWAY or EARLY_HELP.'),
  text('team', 'The case’s team (as in the case list now).'),
  text('social_worker', 'The case’s social worker, if the case list gave one.'),
  text('auditor', 'The primary (first) auditor.'),
  text('moderator', 'The moderator, on moderation and agreed rows; empty on primary rows.'),
  text(
    'audit_role',
    'primary (the first audit), moderation (the second, blind audit) or agreed (what the two agreed).'
  ),
  number(
    'audit_id',
    'The audit’s id in the store; on agreed rows, the primary audit the agreement settles.'
  )
]

const AUDIT_TAIL: Column[] = [
  number('overall_grade_value', 'The overall judgement: 4, 3, 2 or 1.'),
  text('overall_grade_label', 'Outstanding, Good, Requires improvement or Inadequate.'),
  number('safeguarding_flag', '1 when the auditor raised a safeguarding concern, else 0.'),
  text(
    'submitted_at',
    'When the audit was submitted (for agreed rows: when agreement was recorded), ISO 8601 UTC.'
  ),
  text('framework_key', 'The framework the cycle grades against.'),
  number('framework_version', 'Its version.')
]

export const SCORE_COLUMNS: Column[] = [
  ...CASE_COLUMNS,
  text('criterion_key', 'The criterion’s key in the framework.'),
  text('criterion_title', 'The criterion’s title.'),
  number(
    'grade_value',
    '4 Outstanding, 3 Good, 2 Requires improvement, 1 Inadequate; empty for N/A.'
  ),
  text('grade_label', 'The grade in words, or N/A.'),
  text(
    'evidence',
    'The auditor’s evidence note (for agreed rows: the note from the discussion of this criterion).'
  ),
  ...AUDIT_TAIL
]

/** The audits export's fixed columns; one `grade_<criterion key>` column per criterion follows. */
export const AUDIT_COLUMNS: Column[] = [
  ...CASE_COLUMNS,
  ...AUDIT_TAIL.slice(0, 2),
  text(
    'overall_rationale',
    'Why the overall judgement was given (for agreed rows: the agreed rationale).'
  ),
  ...AUDIT_TAIL.slice(2)
]

export function criterionColumn(key: string): Column {
  return number(`grade_${key}`, `The grade for criterion ${key}: 4 to 1, empty for N/A.`)
}

export const ACTION_COLUMNS: Column[] = [
  ...CASE_COLUMNS.slice(0, 6),
  number('audit_id', 'The primary audit the action arose from.'),
  number('action_id', 'The action’s id in the store.'),
  text('description', 'What needs to happen.'),
  text('owner', 'Who is to do it.'),
  text('due_date', 'When it is due, YYYY-MM-DD.'),
  text('priority', 'low, medium or high.'),
  text('status', 'open or done.'),
  number('overdue', '1 when open with a due date before the day of the export, else 0.'),
  text('created_at', 'When the action was recorded, ISO 8601 UTC.'),
  text('updated_at', 'When it last changed, ISO 8601 UTC.')
]
