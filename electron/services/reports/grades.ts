import type { GradeDistribution, GroupFigures, Share } from '../../../shared/contract'
import { PLAN_TYPE_LABELS } from '../../../shared/domain'
import type { PlanType } from '../../../shared/domain'
import type { Store } from '../../store/open'
import type { CriterionRef, CycleInfo } from './catalogue'
import { auditedPlansSql } from './scope'
import type { ReportScope } from './scope'

/** The overall judgement sits beside the criteria under this key. */
export const OVERALL = 'overall'
export const OVERALL_TITLE = 'Overall judgement'

/** How many audited plans got each grade: 4..1, 0 = N/A, -1 = not graded. */
export type Tally = Map<number, number>

interface GradeCountRow {
  cycle_id: number
  team: string
  plan_type: PlanType
  key: string
  grade: number
  n: number
}

/**
 * One audited plan from the grades query, as an array (15,000 of them in five years: arrays are
 * quicker to hand over than objects). The grades hold one character per score, in criterion-key
 * order.
 */
type AuditGradesRow = [
  auditId: number,
  cycleId: number,
  team: string,
  planType: PlanType,
  overall: number | null,
  agreedGrades: string | null,
  grades: string | null
]

/** A grade character from the query: 1-4, n = N/A, u = not graded. */
function gradeOf(code: number): number {
  if (code >= 49 && code <= 52) return code - 48
  return code === 110 ? 0 : -1
}

function agreedGrades(json: string | null): Record<string, unknown> | null {
  if (json === null) return null
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Grade buckets per criterion: 4..1, N/A, not graded. */
const BUCKETS = 6
const bucketOf = (grade: number): number => (grade > 0 ? 4 - grade : grade === 0 ? 4 : 5)
const gradeOfBucket = (bucket: number): number => (bucket < 4 ? 4 - bucket : bucket === 4 ? 0 : -1)

/**
 * The grades query. For each audit a correlated subquery reads its scores through the
 * scores_grades index, whose order is (audit_id, criterion_key), so group_concat packs them in
 * key order without an ORDER BY (which would sort each audit's scores and cost a third more); a
 * test checks the plan. The subquery is quicker than a join grouped by audit, which runs every
 * score through the aggregate's grouping. A score with a grade is never N/A (the table's CHECK),
 * so the grade comes first.
 */
export function gradesByAuditSql(scope: ReportScope): {
  sql: string
  params: Record<string, unknown>
} {
  const audited = auditedPlansSql(scope, { ignoreCycle: true })
  return {
    sql: `WITH au AS (${audited.sql})
       SELECT au.audit_id, au.cycle_id, au.team, au.plan_type, au.overall,
              CASE WHEN au.agreed_id IS NOT NULL THEN au.agreed_grades END AS agreed_grades,
              (SELECT group_concat(coalesce(s.grade,
                                            CASE s.not_applicable WHEN 1 THEN 'n' ELSE 'u' END), '')
               FROM scores s WHERE s.audit_id = au.audit_id) AS grades
       FROM au`,
    params: audited.params
  }
}

/**
 * One pass over the scores of every audited plan in every cycle (the cycle filter is applied
 * afterwards, so the trend comes from the same pass), counted by cycle, team, plan type,
 * criterion and grade after agreement; the overall judgement is counted under OVERALL.
 *
 * SQLite hands over one row per audit with its grades packed in a string, one character per
 * criterion in key order (grouping by audit follows the scan, so nothing big is sorted), and the
 * counting happens here in flat arrays: a GROUP BY over 450,000 scores spends most of its time
 * sorting them. Where a moderation was
 * agreed, the agreed grade replaces the primary one for every criterion the agreement names
 * (JSON null = N/A), as EFFECTIVE_GRADE_SQL does for the exports.
 */
export function gradeCounts(
  store: Store,
  scope: ReportScope,
  keysByCycle: Map<number, string[]>
): GradeCountRow[] {
  const query = gradesByAuditSql(scope)
  const rows = store.prepare(query.sql).raw(true).all(query.params) as AuditGradesRow[]
  const keysOfAudit = store.prepare(
    'SELECT criterion_key FROM scores WHERE audit_id = ? ORDER BY criterion_key'
  )

  const keyIndex = new Map<string, number>([[OVERALL, 0]])
  const indexLists = new Map<string[], number[]>()
  const indexesOf = (keys: string[]): number[] => {
    let indexes = indexLists.get(keys)
    if (!indexes) {
      indexes = keys.map((key) => {
        let index = keyIndex.get(key)
        if (index === undefined) keyIndex.set(key, (index = keyIndex.size))
        return index
      })
      indexLists.set(keys, indexes)
    }
    return indexes
  }
  /**
   * The keys the grades string follows: the cycle framework's criteria in key order when the
   * audit scored them all (a submitted audit has), else the audit's own, read for it alone.
   */
  const keysFor = (auditId: number, cycleId: number, count: number): string[] => {
    const expected = keysByCycle.get(cycleId)
    if (expected && expected.length === count) return expected
    return keysOfAudit.pluck().all(auditId) as string[]
  }
  const groups = new Map<
    string,
    { cycleId: number; team: string; planType: PlanType; counts: number[] }
  >()
  for (const [auditId, cycleId, team, planType, overall, agreedJson, grades] of rows) {
    const groupKey = `${cycleId}\u0000${team}\u0000${planType}`
    let group = groups.get(groupKey)
    if (!group) groups.set(groupKey, (group = { cycleId, team, planType, counts: [] }))
    const counts = group.counts
    const add = (index: number, grade: number): void => {
      const slot = index * BUCKETS + bucketOf(grade)
      counts[slot] = (counts[slot] ?? 0) + 1
    }
    add(0, overall ?? -1)
    if (grades === null) continue
    const keys = keysFor(auditId, cycleId, grades.length)
    const indexes = indexesOf(keys)
    const agreed = agreedGrades(agreedJson)
    for (let i = 0; i < indexes.length; i += 1) {
      let grade = gradeOf(grades.charCodeAt(i))
      const key = keys[i]
      if (agreed && key !== undefined && Object.hasOwn(agreed, key)) {
        const value = agreed[key]
        grade = typeof value === 'number' && value >= 1 && value <= 4 ? value : 0
      }
      add(indexes[i]!, grade)
    }
  }
  const keys = [...keyIndex.keys()]
  const result: GradeCountRow[] = []
  for (const { cycleId, team, planType, counts } of groups.values()) {
    counts.forEach((n, slot) => {
      if (!n) return
      result.push({
        cycle_id: cycleId,
        team,
        plan_type: planType,
        key: keys[Math.floor(slot / BUCKETS)]!,
        grade: gradeOfBucket(slot % BUCKETS),
        n
      })
    })
  }
  return result
}

function share(count: number, n: number): Share {
  return { count, n, percent: n === 0 ? null : (count / n) * 100 }
}

/** A criterion's counts and shares; N/A and ungraded scores are outside n. */
export function toDistribution(
  key: string,
  title: string,
  tally: Tally | undefined
): GradeDistribution {
  const get = (grade: number): number => tally?.get(grade) ?? 0
  const n = get(4) + get(3) + get(2) + get(1)
  return {
    key,
    title,
    outstanding: get(4),
    good: get(3),
    requiresImprovement: get(2),
    inadequate: get(1),
    notApplicable: get(0),
    goodOrBetter: share(get(4) + get(3), n),
    inadequateShare: share(get(1), n)
  }
}

/** Tallies per criterion key, grouped by some label (team, plan type, cycle, or one group). */
class GroupTallies {
  readonly groups = new Map<string, Map<string, Tally>>()

  add(group: string, key: string, grade: number, n: number): void {
    let byKey = this.groups.get(group)
    if (!byKey) this.groups.set(group, (byKey = new Map()))
    let tally = byKey.get(key)
    if (!tally) byKey.set(key, (tally = new Map()))
    tally.set(grade, (tally.get(grade) ?? 0) + n)
  }
}

/** Every audited plan has exactly one overall row, so the overall tally counts the plans. */
function auditedIn(byKey: Map<string, Tally> | undefined): number {
  let total = 0
  for (const n of byKey?.get(OVERALL)?.values() ?? []) total += n
  return total
}

function distributions(
  byKey: Map<string, Tally> | undefined,
  criteria: CriterionRef[]
): GradeDistribution[] {
  return [
    toDistribution(OVERALL, OVERALL_TITLE, byKey?.get(OVERALL)),
    ...criteria.map((criterion) =>
      toDistribution(criterion.key, criterion.title, byKey?.get(criterion.key))
    )
  ]
}

function groupFigures(
  tallies: GroupTallies,
  criteria: CriterionRef[],
  label: (group: string) => string,
  order: string[]
): GroupFigures[] {
  return order
    .filter((group) => tallies.groups.has(group))
    .map((group) => {
      const byKey = tallies.groups.get(group)
      return {
        group,
        label: label(group),
        audited: auditedIn(byKey),
        grades: distributions(byKey, criteria)
      }
    })
}

export interface GradeFigures {
  audited: number
  overall: GradeDistribution
  byCriterion: GradeDistribution[]
  byTeam: GroupFigures[]
  byPlanType: GroupFigures[]
  trend: GroupFigures[]
}

/** Rolls the counts up into the dashboard's grade panels. */
export function gradeFigures(
  rows: GradeCountRow[],
  cycleId: number | undefined,
  criteria: CriterionRef[],
  cycles: CycleInfo[]
): GradeFigures {
  const all = new GroupTallies()
  const byTeam = new GroupTallies()
  const byPlanType = new GroupTallies()
  const trend = new GroupTallies()
  for (const row of rows) {
    trend.add(String(row.cycle_id), row.key, row.grade, row.n)
    if (cycleId !== undefined && row.cycle_id !== cycleId) continue
    all.add('all', row.key, row.grade, row.n)
    byTeam.add(row.team, row.key, row.grade, row.n)
    byPlanType.add(row.plan_type, row.key, row.grade, row.n)
  }
  const allKeys = all.groups.get('all')
  const teams = [...byTeam.groups.keys()].sort((a, b) => a.localeCompare(b, 'en-GB'))
  const planTypes = Object.keys(PLAN_TYPE_LABELS)
  const cycleNames = new Map(cycles.map((cycle) => [String(cycle.id), cycle.name]))
  return {
    audited: auditedIn(allKeys),
    overall: toDistribution(OVERALL, OVERALL_TITLE, allKeys?.get(OVERALL)),
    byCriterion: criteria.map((criterion) =>
      toDistribution(criterion.key, criterion.title, allKeys?.get(criterion.key))
    ),
    byTeam: groupFigures(byTeam, criteria, (team) => team, teams),
    byPlanType: groupFigures(
      byPlanType,
      criteria,
      (type) => PLAN_TYPE_LABELS[type as PlanType] ?? type,
      planTypes
    ),
    trend: groupFigures(
      trend,
      criteria,
      (id) => cycleNames.get(id) ?? id,
      cycles.map((cycle) => String(cycle.id))
    )
  }
}
