import { createHash } from 'node:crypto'
import { basename, extname } from 'node:path'
import type { z } from 'zod'
import type {
  AttachOutcome,
  AttachResult,
  ParsedInput,
  PlanDocument,
  PlanDocumentSummary,
  UploadedFile
} from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { JobReporter } from '../jobs'
import { appendEvent } from '../store/events'
import type { Store } from '../store/open'
import { currentAuditorId } from './auditors'
import { readDate } from '../../shared/dates'
import { extractPlanText, normalisePlanText, unsupportedReason } from './plan-text'

type Outcome = z.infer<typeof AttachOutcome>

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Characters as a person counts them (code points), the same for a new version and a summary. */
function characterCount(text: string): number {
  let count = 0
  for (const _ of text) count += 1
  return count
}

interface CaseLite {
  id: number
  case_ref: string
  plan_start_date: string | null
  plan_document_name: string | null
}

function caseById(store: Store, caseId: number): CaseLite {
  const row = store
    .prepare('SELECT id, case_ref, plan_start_date, plan_document_name FROM cases WHERE id = ?')
    .get(caseId) as CaseLite | undefined
  if (!row) throw new AppError('not-found', `There is no case with id ${caseId}.`)
  return row
}

/**
 * Records a plan's text as the case's next version, or reports it unchanged when the text is the
 * same as the latest version's (a re-saved Word file with the same words is not a new plan).
 * `sha256` is the source file's, when there is one; pasted and imported text is hashed itself.
 * Runs inside the caller's transaction (the case-list import calls it for a plan-text column) and
 * appends its event, which records the document's identity, never its text.
 */
export function recordPlanVersion(
  store: Store,
  input: {
    caseId: number
    sourceName: string
    text: string
    planDate: string | null
    importId: number | null
    auditorId: number | null
    sha256?: string
  },
  now = new Date()
): Outcome {
  const write = store.transaction((): Outcome => {
    const target = caseById(store, input.caseId)
    const latest = store
      .prepare(
        'SELECT version, text FROM plan_documents WHERE case_id = ? ORDER BY version DESC LIMIT 1'
      )
      .get(input.caseId) as { version: number; text: string } | undefined
    const characters = characterCount(input.text)
    const base = { fileName: input.sourceName, caseRef: target.case_ref, characters }
    if (latest && latest.text === input.text) {
      return { ...base, version: latest.version, status: 'unchanged' }
    }
    const version = (latest?.version ?? 0) + 1
    const hash = input.sha256 ?? sha256(input.text)
    const id = Number(
      store
        .prepare(
          `INSERT INTO plan_documents (case_id, version, source_name, sha256, text, plan_date,
             attached_by, attached_at, import_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          input.caseId,
          version,
          input.sourceName,
          hash,
          input.text,
          input.planDate,
          input.auditorId,
          now.toISOString(),
          input.importId
        ).lastInsertRowid
    )
    appendEvent(
      store,
      {
        auditorId: input.auditorId,
        entity: 'plan_document',
        entityId: id,
        action: 'attach',
        after: {
          caseId: input.caseId,
          caseRef: target.case_ref,
          version,
          sourceName: input.sourceName,
          sha256: hash,
          characters,
          planDate: input.planDate,
          importId: input.importId
        }
      },
      now
    )
    return { ...base, version, status: latest ? 'new-version' : 'new' }
  })
  return store.inTransaction ? write() : write.immediate()
}

/* ----------------------------- matching files to cases ----------------------------- */

interface MatchIndex {
  cases: number
  /** Cases by their plan document name, lower case, as listed (with or without an extension). */
  byDocumentName: Map<string, CaseLite[]>
  /** Cases by reference key: the reference's letters and digits, lower case, joined by "-". */
  byRef: Map<string, CaseLite[]>
}

const WORD_RUN = /[\p{L}\p{N}]+/gu

/** "CP/10234", "cp-10234" and "CP 10234" all give "cp-10234". */
function runsKey(text: string): string {
  return (text.toLowerCase().match(WORD_RUN) ?? []).join('-')
}

function addTo(map: Map<string, CaseLite[]>, key: string, row: CaseLite): void {
  const list = map.get(key)
  if (list) list.push(row)
  else map.set(key, [row])
}

function buildMatchIndex(store: Store): MatchIndex {
  const rows = store
    .prepare('SELECT id, case_ref, plan_start_date, plan_document_name FROM cases')
    .all() as CaseLite[]
  const index: MatchIndex = { cases: rows.length, byDocumentName: new Map(), byRef: new Map() }
  for (const row of rows) {
    if (row.plan_document_name) {
      // A path in the list ("H:\Plans\CP-1.docx") still matches the file's own name.
      const listed = row.plan_document_name.split(/[\\/]/).pop()!.trim().toLowerCase()
      if (listed) addTo(index.byDocumentName, listed, row)
    }
    const key = runsKey(row.case_ref)
    if (key) addTo(index.byRef, key, row)
  }
  return index
}

/** The longest run of words in a file name that a case reference may span. */
const MAX_REF_WORDS = 6

/**
 * Case references appearing as whole words in a file name: every span of consecutive words is
 * looked up, and a match inside a longer match is dropped ("CP-10234" wins over "10234").
 */
function refsInName(stem: string, index: MatchIndex): CaseLite[] {
  const runs = [...stem.toLowerCase().matchAll(WORD_RUN)].map((m) => m[0])
  const found: { from: number; to: number; cases: CaseLite[] }[] = []
  for (let from = 0; from < runs.length; from += 1) {
    for (let to = from; to < Math.min(runs.length, from + MAX_REF_WORDS); to += 1) {
      const cases = index.byRef.get(runs.slice(from, to + 1).join('-'))
      if (cases) found.push({ from, to, cases })
    }
  }
  const outermost = found.filter(
    (span) =>
      !found.some(
        (other) =>
          other !== span &&
          other.from <= span.from &&
          other.to >= span.to &&
          other.to - other.from > span.to - span.from
      )
  )
  const unique = new Map(outermost.flatMap((span) => span.cases).map((c) => [c.id, c]))
  return [...unique.values()]
}

type MatchResult = { case: CaseLite } | { reason: string }

function oneCase(cases: CaseLite[], how: string): MatchResult {
  if (cases.length === 1) return { case: cases[0]! }
  const refs = cases
    .slice(0, 5)
    .map((c) => c.case_ref)
    .join(', ')
  return {
    reason: `${how} matches more than one case (${refs}${cases.length > 5 ? ', ...' : ''}); attach it to the right case by hand`
  }
}

/**
 * Finds the case a plan file belongs to: first a case whose plan-document column names this file
 * (ignoring case, with or without the extension), else a case reference appearing as whole words
 * in the file name ("CP-10234 plan March.docx", "plan_10234.pdf"). Two or more candidates is not
 * a match: the file is listed as unmatched with the reason.
 */
export function matchPlanFile(fileName: string, index: MatchIndex): MatchResult {
  if (index.cases === 0) {
    return { reason: 'No cases have been imported yet: import the case list first' }
  }
  const name = fileName.toLowerCase()
  const stem = basename(fileName, extname(fileName))
  const named = [
    ...new Map(
      [
        ...(index.byDocumentName.get(name) ?? []),
        ...(index.byDocumentName.get(stem.toLowerCase()) ?? [])
      ].map((c) => [c.id, c])
    ).values()
  ]
  if (named.length > 0) return oneCase(named, 'The plan document name in the case list')
  const byRef = refsInName(stem, index)
  if (byRef.length > 0) return oneCase(byRef, 'The file name')
  return {
    reason:
      'No case reference from the case list is in the file name, and no case lists it as its plan document'
  }
}

/* ----------------------------- attaching ----------------------------- */

interface ReadyPlan {
  fileName: string
  caseRow: CaseLite
  text: string
  sha256: string
}

/**
 * The sha256 an attachment batch is recorded under in the import history: the file's own for a
 * single file, else a hash of the files' hashes (sorted, so the order chosen does not matter).
 */
function batchHash(plans: readonly ReadyPlan[]): string {
  return plans.length === 1
    ? plans[0]!.sha256
    : sha256(
        plans
          .map((plan) => plan.sha256)
          .sort()
          .join('\n')
      )
}

function writeAttachments(store: Store, plans: ReadyPlan[], skipped: number, now: Date): Outcome[] {
  const auditorId = currentAuditorId(store)
  return store
    .transaction(() => {
      const at = now.toISOString()
      const importId = Number(
        store
          .prepare(
            `INSERT INTO imports (kind, file_name, sha256, row_count, created_count, updated_count,
               unchanged_count, skipped_count, auditor_id, imported_at)
             VALUES ('plans', ?, ?, ?, 0, 0, 0, ?, ?, ?)`
          )
          .run(
            plans.length === 1 ? plans[0]!.fileName : `${plans.length} plan documents`,
            batchHash(plans),
            plans.length + skipped,
            skipped,
            auditorId,
            at
          ).lastInsertRowid
      )
      const outcomes = plans.map((plan) =>
        recordPlanVersion(
          store,
          {
            caseId: plan.caseRow.id,
            sourceName: plan.fileName,
            text: plan.text,
            planDate: plan.caseRow.plan_start_date,
            importId,
            auditorId,
            sha256: plan.sha256
          },
          now
        )
      )
      const count = (status: Outcome['status']): number =>
        outcomes.filter((outcome) => outcome.status === status).length
      const counts = {
        created: count('new'),
        updated: count('new-version'),
        unchanged: count('unchanged')
      }
      store
        .prepare(
          'UPDATE imports SET created_count = ?, updated_count = ?, unchanged_count = ? WHERE id = ?'
        )
        .run(counts.created, counts.updated, counts.unchanged, importId)
      appendEvent(
        store,
        {
          auditorId,
          entity: 'import',
          entityId: importId,
          action: 'attach-plans',
          after: { files: plans.length + skipped, ...counts, skipped }
        },
        now
      )
      return outcomes
    })
    .immediate()
}

/**
 * Attaches plan documents: each file is matched to a case (or to the case given), its text read,
 * and the readable, matched ones are recorded in one transaction as new versions. Files that
 * match no case, or cannot be read, are listed with the reason; nothing is dropped silently.
 */
export async function attachPlans(
  store: Store,
  input: { files: UploadedFile[]; caseId?: number },
  job: JobReporter,
  now = new Date()
): Promise<AttachResult> {
  const chosen = input.caseId === undefined ? null : caseById(store, input.caseId)
  const index = chosen ? null : buildMatchIndex(store)
  const ready: ReadyPlan[] = []
  const unmatched: AttachResult['unmatched'] = []
  const failed: AttachResult['failed'] = []
  for (const [position, file] of input.files.entries()) {
    job.report('reading plans', position, input.files.length)
    await job.checkpoint()
    const unsupported = unsupportedReason(file.fileName)
    if (unsupported) {
      failed.push({ fileName: file.fileName, message: `${file.fileName}: ${unsupported}` })
      continue
    }
    const match: MatchResult = chosen ? { case: chosen } : matchPlanFile(file.fileName, index!)
    if ('reason' in match) {
      unmatched.push({ fileName: file.fileName, reason: match.reason })
      continue
    }
    const bytes = Buffer.from(file.contentBase64, 'base64')
    const reading = await extractPlanText(file.fileName, bytes)
    if ('error' in reading) {
      failed.push({ fileName: file.fileName, message: reading.error })
      continue
    }
    ready.push({
      fileName: file.fileName,
      caseRow: match.case,
      text: reading.text,
      sha256: sha256(bytes)
    })
  }
  job.report('saving', input.files.length, input.files.length)
  await job.checkpoint()
  if (ready.length === 0) return { attached: [], unmatched, failed }
  const attached = writeAttachments(store, ready, unmatched.length + failed.length, now)
  return { attached, unmatched, failed }
}

/** Pasted plan text for one case: a new version unless it is the same as the latest. */
export function pastePlan(
  store: Store,
  input: ParsedInput<'plans:paste'>,
  now = new Date()
): Outcome {
  const text = normalisePlanText(input.text)
  if (text === '')
    throw new AppError('invalid-input', 'Paste the plan text.', { text: 'Paste the plan text' })
  if (input.planDate) checkPlanDate(input.planDate)
  return store
    .transaction(() => {
      const target = caseById(store, input.caseId)
      return recordPlanVersion(
        store,
        {
          caseId: target.id,
          sourceName: 'Pasted text',
          text,
          planDate: input.planDate ?? target.plan_start_date,
          importId: null,
          auditorId: currentAuditorId(store)
        },
        now
      )
    })
    .immediate()
}

/* ----------------------------- reading ----------------------------- */

interface DocumentRow {
  id: number
  case_id: number
  case_ref: string
  version: number
  source_name: string
  sha256: string
  plan_date: string | null
  characters: number
  attached_at: string
  attached_by_name: string | null
}

const SUMMARY_SELECT = `SELECT d.id, d.case_id, c.case_ref, d.version, d.source_name, d.sha256,
    d.plan_date, d.attached_at, a.name AS attached_by_name, d.text
  FROM plan_documents d JOIN cases c ON c.id = d.case_id LEFT JOIN auditors a ON a.id = d.attached_by`

function toSummary(row: DocumentRow): PlanDocumentSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    caseRef: row.case_ref,
    version: row.version,
    sourceName: row.source_name,
    sha256: row.sha256,
    planDate: row.plan_date,
    characters: row.characters,
    attachedAt: row.attached_at,
    attachedBy: row.attached_by_name
  }
}

function withCharacters(row: Omit<DocumentRow, 'characters'> & { text: string }): DocumentRow {
  return { ...row, characters: characterCount(row.text) }
}

/** Every version of a case's plan, newest first. */
export function listPlanVersions(store: Store, caseId: number): PlanDocumentSummary[] {
  caseById(store, caseId)
  const rows = store
    .prepare(`${SUMMARY_SELECT} WHERE d.case_id = ? ORDER BY d.version DESC`)
    .all(caseId) as (Omit<DocumentRow, 'characters'> & { text: string })[]
  return rows.map((row) => toSummary(withCharacters(row)))
}

/** A case's plan with its text: the latest version, or the one asked for. */
export function getPlan(store: Store, caseId: number, version?: number): PlanDocument {
  const target = caseById(store, caseId)
  const row = (
    version === undefined
      ? store
          .prepare(`${SUMMARY_SELECT} WHERE d.case_id = ? ORDER BY d.version DESC LIMIT 1`)
          .get(caseId)
      : store
          .prepare(`${SUMMARY_SELECT} WHERE d.case_id = ? AND d.version = ?`)
          .get(caseId, version)
  ) as (Omit<DocumentRow, 'characters'> & { text: string }) | undefined
  if (!row) {
    throw new AppError(
      'not-found',
      version === undefined
        ? `Case ${target.case_ref} has no plan attached yet.`
        : `Case ${target.case_ref} has no plan version ${version}.`
    )
  }
  return { ...toSummary(withCharacters(row)), text: row.text }
}

function checkPlanDate(planDate: string): void {
  const reading = readDate(planDate, false)
  if ('error' in reading) {
    throw new AppError('invalid-input', `The plan date ${planDate} ${reading.error}.`, {
      planDate: 'Enter a real date'
    })
  }
}

/** Sets (or clears) the date a plan version was made, when the case list's date is not the plan's. */
export function setPlanDate(
  store: Store,
  documentId: number,
  planDate: string | null,
  now = new Date()
): PlanDocumentSummary {
  if (planDate !== null) checkPlanDate(planDate)
  return store
    .transaction(() => {
      const row = store.prepare(`${SUMMARY_SELECT} WHERE d.id = ?`).get(documentId) as
        (Omit<DocumentRow, 'characters'> & { text: string }) | undefined
      if (!row) throw new AppError('not-found', `There is no plan document with id ${documentId}.`)
      if (row.plan_date !== planDate) {
        store
          .prepare('UPDATE plan_documents SET plan_date = ? WHERE id = ?')
          .run(planDate, documentId)
        appendEvent(
          store,
          {
            auditorId: currentAuditorId(store),
            entity: 'plan_document',
            entityId: documentId,
            action: 'set-date',
            before: { planDate: row.plan_date },
            after: { planDate }
          },
          now
        )
      }
      return toSummary(withCharacters({ ...row, plan_date: planDate }))
    })
    .immediate()
}

/** One plan version by its id, with its text: the version an audit was made of. */
export function getPlanDocument(store: Store, documentId: number): PlanDocument | null {
  const row = store.prepare(`${SUMMARY_SELECT} WHERE d.id = ?`).get(documentId) as
    (Omit<DocumentRow, 'characters'> & { text: string }) | undefined
  return row ? { ...toSummary(withCharacters(row)), text: row.text } : null
}
