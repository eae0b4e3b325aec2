import type { AgreementReport, AgreementRow } from '../../../shared/contract'
import type { Framework, GradeValue } from '../../../shared/domain'
import { Framework as FrameworkSchema } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { agreement, landisKochBand, thresholdProblems } from '../../../shared/stats'
import type { GradeOrNA } from '../../../shared/stats'
import type { Store } from '../../store/open'
import { currentAuditorId } from '../auditors'
import { hiddenAuditIds } from '../blinding'

type Pair = [GradeOrNA, GradeOrNA]

/** A completed moderation: both audits submitted. */
interface CompletedRow {
  primary_audit_id: number
  moderation_audit_id: number
  first_auditor_id: number
  first_auditor_name: string
  moderator_id: number
  moderator_name: string
  first_overall: GradeValue | null
  moderator_overall: GradeValue | null
}

interface Completed {
  row: CompletedRow
  /** Grade or null (N/A, or not graded) per criterion key, for each side. */
  first: Map<string, GradeOrNA>
  second: Map<string, GradeOrNA>
}

function completedPairs(store: Store, cycleId: number): CompletedRow[] {
  return store
    .prepare(
      `SELECT m.primary_audit_id, m.moderation_audit_id, pa.auditor_id AS first_auditor_id,
              fa.name AS first_auditor_name, m.moderator_id, mo.name AS moderator_name,
              pa.overall_grade AS first_overall, ma.overall_grade AS moderator_overall
       FROM moderations m
       JOIN audits pa ON pa.id = m.primary_audit_id
       JOIN audits ma ON ma.id = m.moderation_audit_id
       JOIN auditors fa ON fa.id = pa.auditor_id
       JOIN auditors mo ON mo.id = m.moderator_id
       WHERE m.cycle_id = ? AND pa.status = 'submitted' AND ma.status = 'submitted'
       ORDER BY m.id`
    )
    .all(cycleId) as CompletedRow[]
}

function gradesOf(store: Store, auditId: number): Map<string, GradeOrNA> {
  const rows = store
    .prepare('SELECT criterion_key, grade FROM scores WHERE audit_id = ?')
    .all(auditId) as { criterion_key: string; grade: GradeValue | null }[]
  return new Map(rows.map((row) => [row.criterion_key, row.grade]))
}

function cycleOf(store: Store, cycleId: number): { name: string; framework: Framework | null } {
  const row = store
    .prepare(
      `SELECT c.name, f.definition FROM cycles c LEFT JOIN frameworks f ON f.id = c.framework_id
       WHERE c.id = ?`
    )
    .get(cycleId) as { name: string; definition: string | null } | undefined
  if (!row) throw new AppError('not-found', `There is no audit cycle with id ${cycleId}.`)
  const framework = row.definition ? FrameworkSchema.parse(JSON.parse(row.definition)) : null
  return { name: row.name, framework }
}

function agreementRow(key: string, title: string, pairs: Pair[]): AgreementRow {
  const stats = agreement(pairs)
  return {
    key,
    title,
    stats,
    bandLinear: landisKochBand(stats.kappaLinear),
    bandQuadratic: landisKochBand(stats.kappaQuadratic),
    flags: thresholdProblems(stats)
  }
}

function criterionPairs(completed: Completed[], key: string): Pair[] {
  return completed.map((c): Pair => [c.first.get(key) ?? null, c.second.get(key) ?? null])
}

function overallPairs(completed: Completed[]): Pair[] {
  return completed.map((c): Pair => [c.row.first_overall, c.row.moderator_overall])
}

function allCriteriaPairs(completed: Completed[], keys: string[]): Pair[] {
  return keys.flatMap((key) => criterionPairs(completed, key))
}

function byPair(completed: Completed[], keys: string[]): AgreementReport['byPair'] {
  const groups = new Map<string, Completed[]>()
  for (const item of completed) {
    const ids = [item.row.first_auditor_id, item.row.moderator_id].sort((a, b) => a - b)
    const key = ids.join('-')
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups.values()]
    .map((items) => {
      const { row } = items[0]!
      const people = [
        { id: row.first_auditor_id, name: row.first_auditor_name },
        { id: row.moderator_id, name: row.moderator_name }
      ].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
      return {
        auditorA: people[0]!,
        auditorB: people[1]!,
        audits: items.length,
        overall: agreementRow('overall', 'Overall judgement', overallPairs(items)),
        allCriteria: agreementRow('all-criteria', 'All criteria', allCriteriaPairs(items, keys))
      }
    })
    .sort(
      (a, b) =>
        a.auditorA.name.localeCompare(b.auditorA.name) ||
        a.auditorB.name.localeCompare(b.auditorB.name)
    )
}

/**
 * Agreement in a cycle between each first audit and its blind moderation (the two auditors'
 * own grades, not the agreed ones): per criterion, for the overall judgement, for every criterion
 * pooled, and per pair of auditors. Only moderations with both audits submitted count, so no
 * moderator's work in progress is ever compared (and those audits are hidden from the viewer
 * anyway: they are left out here too, whatever else changes).
 */
export function cycleAgreement(store: Store, cycleId: number): AgreementReport {
  const cycle = cycleOf(store, cycleId)
  const hidden = hiddenAuditIds(store, currentAuditorId(store))
  const completed: Completed[] = completedPairs(store, cycleId)
    .filter((row) => !hidden.has(row.primary_audit_id))
    .map((row) => ({
      row,
      first: gradesOf(store, row.primary_audit_id),
      second: gradesOf(store, row.moderation_audit_id)
    }))
  const criteria = cycle.framework?.criteria ?? []
  const keys = criteria.map((criterion) => criterion.key)
  return {
    cycleId,
    cycleName: cycle.name,
    completed: completed.length,
    criteria: criteria.map((criterion) =>
      agreementRow(criterion.key, criterion.title, criterionPairs(completed, criterion.key))
    ),
    overall: agreementRow(
      'overall',
      cycle.framework?.overall.title ?? 'Overall judgement',
      overallPairs(completed)
    ),
    allCriteria: agreementRow('all-criteria', 'All criteria', allCriteriaPairs(completed, keys)),
    byPair: byPair(completed, keys)
  }
}
