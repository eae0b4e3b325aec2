import type { CaseList, ParsedInput } from '../../shared/contract'
import type { CaseRecord, CaseStatus, PlanType } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import type { Store } from '../store/open'

/** A row of the cases table. */
export interface CaseRow {
  id: number
  case_ref: string
  plan_type: PlanType
  team: string
  social_worker: string | null
  team_manager: string | null
  plan_start_date: string | null
  last_review_date: string | null
  legal_status: string | null
  age_band: string | null
  status: CaseStatus
  plan_document_name: string | null
  import_id: number | null
  created_at: string
  updated_at: string
}

/**
 * The key a case reference is matched by: trimmed, ignoring letter case. Exports and hand-edited
 * lists write "cp-10234" and "CP-10234" for the same child, while two different children whose
 * references differ only in case would be a trap for every officer reading the list; so the
 * import treats them as one case and keeps the spelling first stored.
 */
export function refKey(caseRef: string): string {
  return caseRef.trim().toLowerCase()
}

export function toCaseRecord(row: CaseRow & { plan_versions: number }): CaseRecord {
  return {
    id: row.id,
    caseRef: row.case_ref,
    planType: row.plan_type,
    team: row.team,
    socialWorker: row.social_worker,
    teamManager: row.team_manager,
    planStartDate: row.plan_start_date,
    lastReviewDate: row.last_review_date,
    legalStatus: row.legal_status,
    ageBand: row.age_band,
    status: row.status,
    planDocumentName: row.plan_document_name,
    planVersions: row.plan_versions,
    updatedAt: row.updated_at
  }
}

const WITH_VERSIONS = `SELECT c.*, (SELECT count(*) FROM plan_documents p WHERE p.case_id = c.id) AS plan_versions
  FROM cases c`

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

function caseFilter(query: ParsedInput<'cases:list'>): { where: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  if (query.team !== undefined) {
    clauses.push('c.team = ?')
    params.push(query.team)
  }
  if (query.planType !== undefined) {
    clauses.push('c.plan_type = ?')
    params.push(query.planType)
  }
  if (query.status !== undefined) {
    clauses.push('c.status = ?')
    params.push(query.status)
  }
  if (query.plan !== undefined) {
    const exists = 'EXISTS (SELECT 1 FROM plan_documents p WHERE p.case_id = c.id)'
    clauses.push(query.plan === 'attached' ? exists : `NOT ${exists}`)
  }
  if (query.search !== undefined && query.search.trim() !== '') {
    // LIKE ignores ASCII letter case, as the contract promises for the search.
    clauses.push(`c.case_ref LIKE ? ESCAPE '\\'`)
    params.push(`${escapeLike(query.search.trim())}%`)
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** A page of cases with the filters applied, and counts by team and plan type over all matches. */
export function listCases(store: Store, query: ParsedInput<'cases:list'>): CaseList {
  const { where, params } = caseFilter(query)
  return store
    .transaction(() => {
      const total = store
        .prepare(`SELECT count(*) FROM cases c ${where}`)
        .pluck()
        .get(...params) as number
      const rows = store
        .prepare(
          `${WITH_VERSIONS} ${where} ORDER BY c.case_ref COLLATE NOCASE, c.id LIMIT ? OFFSET ?`
        )
        .all(...params, query.limit, query.offset) as (CaseRow & { plan_versions: number })[]
      const byTeam = store
        .prepare(
          `SELECT c.team AS team, count(*) AS count FROM cases c ${where}
           GROUP BY c.team ORDER BY c.team COLLATE NOCASE`
        )
        .all(...params) as { team: string; count: number }[]
      const byPlanType = store
        .prepare(
          `SELECT c.plan_type AS planType, count(*) AS count FROM cases c ${where}
           GROUP BY c.plan_type ORDER BY c.plan_type`
        )
        .all(...params) as { planType: PlanType; count: number }[]
      return { total, rows: rows.map(toCaseRecord), byTeam, byPlanType }
    })
    .deferred()
}

/** One case by its id. */
export function getCase(store: Store, id: number): CaseRecord {
  const row = store.prepare(`${WITH_VERSIONS} WHERE c.id = ?`).get(id) as
    (CaseRow & { plan_versions: number }) | undefined
  if (!row) throw new AppError('not-found', `There is no case with id ${id}.`)
  return toCaseRecord(row)
}

/** Every team named in the case list, alphabetically: for filters and sampling strata. */
export function listTeams(store: Store): string[] {
  return store
    .prepare('SELECT DISTINCT team FROM cases ORDER BY team COLLATE NOCASE')
    .pluck()
    .all() as string[]
}
