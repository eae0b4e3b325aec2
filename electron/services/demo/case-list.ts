import { createHash } from 'node:crypto'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { recordPlanVersion } from '../plans'
import { DEMO_SEED } from './generate'
import type { DemoData, DemoDocument } from './generate'

/** True once the store holds any case: demo data goes only into a store that holds none. */
export function storeHoldsCases(store: Store): boolean {
  return store.prepare('SELECT 1 FROM cases LIMIT 1').get() !== undefined
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

function insertImport(
  store: Store,
  kind: 'cases' | 'plans',
  fileName: string,
  rows: number,
  sha: string,
  auditorId: number,
  at: string
): number {
  return Number(
    store
      .prepare(
        `INSERT INTO imports (kind, file_name, sha256, row_count, created_count, updated_count,
           unchanged_count, skipped_count, skipped_rows, auditor_id, imported_at)
         VALUES (?, ?, ?, ?, ?, 0, 0, 0, '[]', ?, ?)`
      )
      .run(kind, fileName, sha, rows, rows, auditorId, at).lastInsertRowid
  )
}

/**
 * The case list, written as one import would write it: the cases in one go, an import record,
 * and one audit-trail event for the lot (never one per case, as for a real import).
 */
export function writeCases(
  store: Store,
  data: DemoData,
  auditorId: number,
  now: Date
): Map<string, number> {
  const at = now.toISOString()
  const fileName = 'Synthetic demo case list'
  const sha = sha256(JSON.stringify(data.cases.map(({ plans: _plans, ...rest }) => rest)))
  const importId = insertImport(store, 'cases', fileName, data.cases.length, sha, auditorId, at)
  const insert = store.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, social_worker, team_manager, plan_start_date,
       last_review_date, legal_status, age_band, status, plan_document_name, import_id,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  // The case list names each case's current plan document, as case-management exports do.
  const currentPlan = new Map(data.documents.map((document) => [document.caseRef, document]))
  const ids = new Map<string, number>()
  for (const demoCase of data.cases) {
    const { lastInsertRowid } = insert.run(
      demoCase.caseRef,
      demoCase.planType,
      demoCase.team,
      demoCase.socialWorker,
      demoCase.teamManager,
      demoCase.planStartDate,
      demoCase.lastReviewDate,
      demoCase.legalStatus,
      demoCase.ageBand,
      demoCase.status,
      currentPlan.get(demoCase.caseRef)?.sourceName ?? null,
      importId,
      at,
      at
    )
    ids.set(demoCase.caseRef, Number(lastInsertRowid))
  }
  appendEvent(
    store,
    {
      auditorId,
      entity: 'import',
      entityId: importId,
      action: 'import-cases',
      after: {
        fileName,
        sha256: sha,
        format: 'demo',
        rowCount: data.cases.length,
        created: data.cases.length,
        updated: 0,
        unchanged: 0,
        demo: { seed: DEMO_SEED, reference: data.reference }
      }
    },
    now
  )
  return ids
}

/** Every plan version through recordPlanVersion, so versions and their events are the app's own. */
export function attachPlans(
  store: Store,
  documents: readonly DemoDocument[],
  caseIds: Map<string, number>,
  auditorId: number,
  now: Date
): void {
  const at = now.toISOString()
  const sha = sha256(documents.map((document) => sha256(document.text)).join('\n'))
  const fileName = `${documents.length} plan documents`
  const importId = insertImport(store, 'plans', fileName, documents.length, sha, auditorId, at)
  for (const document of documents) {
    recordPlanVersion(
      store,
      {
        caseId: caseIds.get(document.caseRef)!,
        sourceName: document.sourceName,
        text: document.text,
        planDate: document.planDate,
        importId,
        auditorId
      },
      now
    )
  }
  const versions = (version: number): number =>
    documents.filter((document) => document.version === version).length
  appendEvent(
    store,
    {
      auditorId,
      entity: 'import',
      entityId: importId,
      action: 'attach-plans',
      after: {
        files: documents.length,
        created: versions(1),
        updated: documents.length - versions(1),
        unchanged: 0,
        skipped: 0
      }
    },
    now
  )
}
