import type { CaseFieldKey, CaseStatus, PlanType } from '../../../shared/domain'
import type { Store } from '../../store/open'
import { refKey } from '../cases'
import type { CaseRow } from '../cases'
import type { CaseValues, ValidRow } from './validate'

/** The cases-table column each stored field lives in. Plan text goes to plan_documents instead. */
export const CASE_COLUMNS = {
  planType: 'plan_type',
  team: 'team',
  socialWorker: 'social_worker',
  teamManager: 'team_manager',
  planStartDate: 'plan_start_date',
  lastReviewDate: 'last_review_date',
  legalStatus: 'legal_status',
  ageBand: 'age_band',
  status: 'status',
  planDocumentName: 'plan_document_name'
} as const satisfies Partial<Record<CaseFieldKey, keyof CaseRow>>

export type StoredField = keyof typeof CASE_COLUMNS

export const STORED_FIELDS = Object.keys(CASE_COLUMNS) as StoredField[]

/** A stored case as an import compares it: its id, its reference and the fields a list can set. */
export type StoredCase = Pick<CaseRow, 'id' | 'case_ref' | (typeof CASE_COLUMNS)[StoredField]>

export interface PlannedChange {
  source: ValidRow
  kind: 'new' | 'updated' | 'unchanged'
  existing: StoredCase | null
}

export interface ChangePlan {
  changes: PlannedChange[]
  created: number
  updated: number
  unchanged: number
}

/** A stored case as the SELECT below hands it over. */
type StoredRow = [
  id: number,
  caseRef: string,
  planType: PlanType,
  team: string,
  socialWorker: string | null,
  teamManager: string | null,
  planStartDate: string | null,
  lastReviewDate: string | null,
  legalStatus: string | null,
  ageBand: string | null,
  status: CaseStatus,
  planDocumentName: string | null
]

/**
 * Every stored case by its reference key (see refKey). Read twice for each re-import (preview and
 * commit) of up to 50,000 cases, so only the columns compared are read, as arrays, and made into
 * objects here: better-sqlite3's row objects of the whole table made a re-import of an unchanged
 * 50,000-case list take 1.8 s, this 1.3 s. StoredCase's type makes the compiler refuse a field
 * added to CASE_COLUMNS and left out here.
 */
export function loadStoredCases(store: Store): Map<string, StoredCase> {
  const rows = store
    .prepare(
      `SELECT id, case_ref, plan_type, team, social_worker, team_manager, plan_start_date,
         last_review_date, legal_status, age_band, status, plan_document_name
       FROM cases`
    )
    .raw(true)
    .all() as StoredRow[]
  const stored = new Map<string, StoredCase>()
  for (const [
    id,
    caseRef,
    planType,
    team,
    socialWorker,
    teamManager,
    planStartDate,
    lastReviewDate,
    legalStatus,
    ageBand,
    status,
    planDocumentName
  ] of rows) {
    stored.set(refKey(caseRef), {
      id,
      case_ref: caseRef,
      plan_type: planType,
      team,
      social_worker: socialWorker,
      team_manager: teamManager,
      plan_start_date: planStartDate,
      last_review_date: lastReviewDate,
      legal_status: legalStatus,
      age_band: ageBand,
      status,
      plan_document_name: planDocumentName
    })
  }
  return stored
}

/**
 * Whether a row changes its stored case. Only the fields this import maps are compared: a list
 * without a team-manager column leaves every stored team manager as it was.
 */
function differs(values: CaseValues, existing: StoredCase): boolean {
  return STORED_FIELDS.some((field) => {
    const value = values[field]
    return value !== undefined && value !== existing[CASE_COLUMNS[field]]
  })
}

/** How many examples of each field's change the preview shows. */
export const CHANGE_EXAMPLES = 3

export interface FieldChange {
  field: StoredField
  cases: number
  examples: { caseRef: string; before: string | null; after: string | null }[]
}

/**
 * For the cases a plan updates: each stored field that changes, in how many cases, with the first
 * few as examples (stored reference, value before, value after), in the fields' usual order.
 */
export function fieldChanges(plan: ChangePlan): FieldChange[] {
  const byField = new Map<StoredField, FieldChange>()
  for (const change of plan.changes) {
    if (change.kind !== 'updated') continue
    const { values } = change.source
    const existing = change.existing!
    for (const field of STORED_FIELDS) {
      const after = values[field]
      const before = existing[CASE_COLUMNS[field]]
      if (after === undefined || after === before) continue
      let entry = byField.get(field)
      if (!entry) byField.set(field, (entry = { field, cases: 0, examples: [] }))
      entry.cases += 1
      if (entry.examples.length < CHANGE_EXAMPLES) {
        entry.examples.push({ caseRef: existing.case_ref, before, after })
      }
    }
  }
  return STORED_FIELDS.flatMap((field) => byField.get(field) ?? [])
}

/** Sorts valid rows into new, updated and unchanged cases against what the store holds. */
export function planChanges(
  rows: readonly ValidRow[],
  stored: Map<string, StoredCase>
): ChangePlan {
  const plan: ChangePlan = { changes: [], created: 0, updated: 0, unchanged: 0 }
  for (const source of rows) {
    // Into an empty store (a first import) every case is new: no key to work out for each row.
    const existing = stored.size === 0 ? null : (stored.get(refKey(source.values.caseRef)) ?? null)
    const kind = !existing ? 'new' : differs(source.values, existing) ? 'updated' : 'unchanged'
    plan.changes.push({ source, kind, existing })
    if (kind === 'new') plan.created += 1
    else if (kind === 'updated') plan.updated += 1
    else plan.unchanged += 1
  }
  return plan
}
