import type { ModerationItem, ModerationReason, ModerationStage } from '../../../shared/contract'
import type { GradeValue, PlanType } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { Store } from '../../store/open'

/** A moderation with what every screen needs from its two audits, the case and the people. */
export interface ModerationRow {
  id: number
  cycle_id: number
  cycle_name: string
  primary_audit_id: number
  moderation_audit_id: number | null
  moderator_id: number
  moderator_name: string
  reason: ModerationReason
  status: 'assigned' | 'compared' | 'agreed'
  agreed_grades: string | null
  agreed_overall: GradeValue | null
  agreed_rationale: string | null
  discussion: string | null
  seed: string | null
  created_at: string
  resolved_at: string | null
  case_id: number
  case_ref: string
  plan_type: PlanType
  first_auditor_id: number
  first_auditor_name: string
  first_overall: GradeValue | null
  moderation_status: 'draft' | 'submitted' | 'reopened' | null
  moderator_overall: GradeValue | null
}

export const MODERATION_SELECT = `
  SELECT m.id, m.cycle_id, cy.name AS cycle_name, m.primary_audit_id, m.moderation_audit_id,
         m.moderator_id, mo.name AS moderator_name, m.reason, m.status, m.agreed_grades,
         m.agreed_overall, m.agreed_rationale, m.discussion, m.seed, m.created_at, m.resolved_at,
         pa.case_id, c.case_ref, c.plan_type, pa.auditor_id AS first_auditor_id,
         fa.name AS first_auditor_name, pa.overall_grade AS first_overall,
         ma.status AS moderation_status, ma.overall_grade AS moderator_overall
  FROM moderations m
  JOIN cycles cy ON cy.id = m.cycle_id
  JOIN audits pa ON pa.id = m.primary_audit_id
  JOIN cases c ON c.id = pa.case_id
  JOIN auditors fa ON fa.id = pa.auditor_id
  JOIN auditors mo ON mo.id = m.moderator_id
  LEFT JOIN audits ma ON ma.id = m.moderation_audit_id`

/** The order of a moderation queue: newest cycle first, then by case reference. */
export const MODERATION_ORDER = 'ORDER BY cy.created_at DESC, cy.id DESC, c.case_ref, m.id'

export function findModeration(store: Store, moderationId: number): ModerationRow {
  const row = store.prepare(`${MODERATION_SELECT} WHERE m.id = ?`).get(moderationId) as
    ModerationRow | undefined
  if (!row) throw new AppError('not-found', `There is no moderation with id ${moderationId}.`)
  return row
}

/** Every moderation assigned to one auditor, in queue order. */
export function moderatorQueue(store: Store, moderatorId: number): ModerationRow[] {
  return store
    .prepare(`${MODERATION_SELECT} WHERE m.moderator_id = ? ${MODERATION_ORDER}`)
    .all(moderatorId) as ModerationRow[]
}

export function moderationSubmitted(row: ModerationRow): boolean {
  return row.moderation_status === 'submitted'
}

export function stageOf(row: ModerationRow): ModerationStage {
  if (row.status === 'agreed') return 'agreed'
  if (row.moderation_audit_id === null) return 'not-started'
  return moderationSubmitted(row) ? 'ready-to-compare' : 'in-progress'
}

/**
 * A moderation as one viewer may see it. `hidden` is hiddenAuditIds() for that viewer: while the
 * primary audit is in it, its grades and the reason it was chosen (which can name its grade or
 * its safeguarding flag) are left out.
 */
export function toItem(
  row: ModerationRow,
  viewerId: number | null,
  hidden: ReadonlySet<number>
): ModerationItem {
  const blind = hidden.has(row.primary_audit_id)
  const submitted = moderationSubmitted(row)
  const participant = viewerId === row.moderator_id || viewerId === row.first_auditor_id
  return {
    id: row.id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    primaryAuditId: row.primary_audit_id,
    caseId: row.case_id,
    caseRef: row.case_ref,
    planType: row.plan_type,
    firstAuditorId: row.first_auditor_id,
    firstAuditorName: row.first_auditor_name,
    moderatorId: row.moderator_id,
    moderatorName: row.moderator_name,
    reason: blind ? null : row.reason,
    stage: stageOf(row),
    blind,
    firstOverall: blind ? null : row.first_overall,
    moderatorOverall: submitted ? row.moderator_overall : null,
    agreedOverall: row.status === 'agreed' ? row.agreed_overall : null,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    canScore: viewerId === row.moderator_id,
    canCompare: submitted && participant,
    canReassign: row.moderation_audit_id === null && viewerId !== null
  }
}

export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}
