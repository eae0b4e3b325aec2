import type { AuditAction, AuditPosition, AuditRecord, Score } from '../../../shared/contract'
import type { Framework, GradeValue } from '../../../shared/domain'
import { Framework as FrameworkSchema } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { requireCycleOpen } from '../cycle-status'
import { requireCurrentAuditor } from '../auditors'
import type { Store } from '../../store/open'

export interface AuditRow {
  id: number
  cycle_id: number
  case_id: number
  auditor_id: number
  auditor_name: string
  role: 'primary' | 'moderation'
  status: 'draft' | 'submitted' | 'reopened'
  plan_document_id: number | null
  overall_grade: GradeValue | null
  overall_rationale: string | null
  safeguarding_flag: 0 | 1
  safeguarding_note: string | null
  position: string | null
  skip_reason: string | null
  dismissed_prompts: string | null
  last_opened_at: string | null
  started_at: string
  updated_at: string
  submitted_at: string | null
}

export const AUDIT_SELECT = `SELECT a.*, au.name AS auditor_name FROM audits a
  JOIN auditors au ON au.id = a.auditor_id`

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    caseId: row.case_id,
    auditorId: row.auditor_id,
    auditorName: row.auditor_name,
    role: row.role,
    status: row.status,
    overallGrade: row.overall_grade,
    overallRationale: row.overall_rationale ?? '',
    safeguardingFlag: row.safeguarding_flag === 1,
    safeguardingNote: row.safeguarding_note ?? '',
    position: parseJson<AuditPosition | null>(row.position, null),
    skipReason: row.skip_reason,
    dismissedPrompts: parseJson<string[]>(row.dismissed_prompts, []),
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at
  }
}

export interface ScoreRow {
  audit_id: number
  criterion_key: string
  grade: GradeValue | null
  not_applicable: 0 | 1
  evidence: string | null
  checklist: string | null
  updated_at: string
}

export function toScore(row: ScoreRow): Score {
  return {
    criterionKey: row.criterion_key,
    grade: row.grade,
    notApplicable: row.not_applicable === 1,
    evidence: row.evidence ?? '',
    checklist: parseJson<Score['checklist']>(row.checklist, {}),
    updatedAt: row.updated_at
  }
}

export interface ActionRow {
  id: number
  audit_id: number
  description: string
  owner: string | null
  due_date: string | null
  priority: 'low' | 'medium' | 'high' | null
  status: 'open' | 'done'
  created_at: string
  updated_at: string
}

export function toAction(row: ActionRow): AuditAction {
  return {
    id: row.id,
    description: row.description,
    owner: row.owner,
    dueDate: row.due_date,
    priority: row.priority ?? 'medium',
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export function findAudit(store: Store, auditId: number): AuditRow {
  const row = store.prepare(`${AUDIT_SELECT} WHERE a.id = ?`).get(auditId) as AuditRow | undefined
  if (!row) throw new AppError('not-found', `There is no audit with id ${auditId}.`)
  return row
}

/**
 * The audit, for a change by the current auditor: only its own auditor may change it, and a
 * submitted audit is locked until it is reopened with a reason.
 */
export function editableAudit(store: Store, auditId: number): { row: AuditRow; auditorId: number } {
  const row = findAudit(store, auditId)
  const auditor = requireCurrentAuditor(store)
  if (row.auditor_id !== auditor.id) {
    throw new AppError(
      'forbidden',
      `This audit belongs to ${row.auditor_name}; only they can change it.`
    )
  }
  if (row.status === 'submitted') {
    throw new AppError(
      'conflict',
      'This audit has been submitted. Reopen it (with a reason) to change it.'
    )
  }
  requireCycleOpen(store, row.cycle_id, 'its audits cannot change')
  return { row, auditorId: auditor.id }
}

/** The framework a cycle's audits are graded against. */
export function cycleFramework(store: Store, cycleId: number): Framework {
  const row = store
    .prepare(
      `SELECT f.definition FROM cycles c JOIN frameworks f ON f.id = c.framework_id WHERE c.id = ?`
    )
    .get(cycleId) as { definition: string } | undefined
  if (!row) {
    throw new AppError(
      'conflict',
      'This cycle has no framework, so its plans cannot be graded. Create the cycle again with a framework.'
    )
  }
  return FrameworkSchema.parse(JSON.parse(row.definition))
}

export function scoresOf(store: Store, auditId: number): Score[] {
  const rows = store
    .prepare('SELECT * FROM scores WHERE audit_id = ? ORDER BY rowid')
    .all(auditId) as ScoreRow[]
  return rows.map(toScore)
}

export function actionsOf(store: Store, auditId: number): AuditAction[] {
  const rows = store
    .prepare('SELECT * FROM actions WHERE audit_id = ? ORDER BY id')
    .all(auditId) as ActionRow[]
  return rows.map(toAction)
}
