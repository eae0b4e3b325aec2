import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import type { PlanType } from '../../../shared/domain'
import { openStore } from '../../../electron/store/open'
import type { Store } from '../../../electron/store/open'
import { tempDir } from '../support/temp'

/**
 * Small readable case lists for the sampling tests, written straight into the cases table (the
 * import is another issue's work). Only the columns sampling reads are filled in.
 */
export interface CaseFixture {
  ref: string
  team: string
  planType: PlanType
  status?: 'open' | 'closed'
  socialWorker?: string | null
  /** Attach a one-line plan document. */
  plan?: boolean
}

const CREATED_AT = '2026-01-05T09:00:00.000Z'

/** A real store in a temp folder, closed when the test finishes. */
export async function sampleStore(): Promise<Store> {
  const store = await openStore(join(tempDir(), 'sampling.sqlite'), { dailyBackup: false })
  onTestFinished(() => {
    if (store.open) store.close()
  })
  return store
}

/** Inserts cases in one transaction; returns their ids by case reference. */
export function insertCases(store: Store, cases: readonly CaseFixture[]): Map<string, number> {
  const insertCase = store.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, social_worker, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  const insertPlan = store.prepare(
    `INSERT INTO plan_documents (case_id, version, source_name, sha256, text, attached_at)
     VALUES (?, 1, ?, ?, 'Plan text', ?)`
  )
  const ids = new Map<string, number>()
  store
    .transaction(() => {
      for (const item of cases) {
        const { lastInsertRowid } = insertCase.run(
          item.ref,
          item.planType,
          item.team,
          item.socialWorker ?? null,
          item.status ?? 'open',
          CREATED_AT,
          CREATED_AT
        )
        const id = Number(lastInsertRowid)
        ids.set(item.ref, id)
        if (item.plan) insertPlan.run(id, `${item.ref}.docx`, 'f'.repeat(64), CREATED_AT)
      }
    })
    .immediate()
  return ids
}

/** `count` open cases in one team and plan type, with references PREFIX-001, PREFIX-002, ... */
export function casesOf(
  prefix: string,
  team: string,
  planType: PlanType,
  count: number,
  extra: Partial<CaseFixture> = {}
): CaseFixture[] {
  return Array.from({ length: count }, (_, index) => ({
    ref: `${prefix}-${String(index + 1).padStart(3, '0')}`,
    team,
    planType,
    plan: true,
    ...extra
  }))
}

/** The id of a case by its reference. */
export function caseId(store: Store, ref: string): number {
  return store.prepare('SELECT id FROM cases WHERE case_ref = ?').pluck().get(ref) as number
}

/** An auditor made directly in the table, for audits and cycle auditors. */
export function insertAuditor(store: Store, name: string): number {
  return Number(
    store
      .prepare("INSERT INTO auditors (name, role, created_at) VALUES (?, 'qa_officer', ?)")
      .run(name, CREATED_AT).lastInsertRowid
  )
}

/** A past cycle made directly in the table, to hang earlier audits on. */
export function insertPastCycle(store: Store, name: string): number {
  return Number(
    store.prepare('INSERT INTO cycles (name, created_at) VALUES (?, ?)').run(name, CREATED_AT)
      .lastInsertRowid
  )
}

/** An audit row: a draft is an audit started, a submitted one counts as "recently audited". */
export function insertAudit(
  store: Store,
  audit: {
    cycleId: number
    caseId: number
    auditorId: number
    status?: 'draft' | 'submitted' | 'reopened'
    role?: 'primary' | 'moderation'
    submittedAt?: string | null
  }
): void {
  store
    .prepare(
      `INSERT INTO audits (cycle_id, case_id, auditor_id, role, status, started_at, updated_at, submitted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      audit.cycleId,
      audit.caseId,
      audit.auditorId,
      audit.role ?? 'primary',
      audit.status ?? 'draft',
      CREATED_AT,
      CREATED_AT,
      audit.submittedAt ?? null
    )
}

/** The events sampling wrote, oldest first, with their before/after parsed. */
export function sampleEvents(
  store: Store
): { entity: string; action: string; before: unknown; after: unknown }[] {
  const rows = store
    .prepare(
      "SELECT entity, action, before, after FROM events WHERE entity IN ('sample', 'cycle') ORDER BY id"
    )
    .all() as { entity: string; action: string; before: string | null; after: string | null }[]
  return rows.map((row) => ({
    entity: row.entity,
    action: row.action,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown)
  }))
}
