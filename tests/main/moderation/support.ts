import type { CallInput, ModerationSelection } from '../../../shared/contract'
import type { TestApp } from '../support/app'
import { valueOf } from '../support/app'
import type { AuditFixture } from '../audits/support'
import { auditFixture, gradeEverything } from '../audits/support'

export const FIRST = 'Priya Shah'
export const SECOND = 'Sam Lee'
export const THIRD = 'Alex Morgan'

/** Text only the first auditor wrote: no answer to the moderator may contain it before they submit. */
export const FIRST_EVIDENCE = 'FIRST-AUDITOR-EVIDENCE-7Q'

const CRITERIA = ['outcome-focus', 'timescales', 'robustness', 'childs-voice', 'multi-agency']

/** Makes the named colleague the current auditor (adding them the first time). */
export async function signInAs(app: TestApp, name: string): Promise<number> {
  return valueOf(await app.call('auditor:set', { name, role: 'qa_officer' })).id
}

/**
 * The current auditor's complete audit of a case, submitted: every criterion at `grade` (or as
 * `grades` says, null meaning N/A) with evidence naming FIRST_EVIDENCE, the overall grade, and
 * optionally a safeguarding flag. Returns the audit id.
 */
export async function submitAudit(
  app: TestApp,
  cycleId: number,
  caseId: number,
  options: {
    grade?: 1 | 2 | 3 | 4
    grades?: Record<string, 1 | 2 | 3 | 4 | null>
    overall?: 1 | 2 | 3 | 4
    safeguarding?: boolean
  } = {}
): Promise<number> {
  const { audit } = valueOf(await app.call('audits:open', { cycleId, caseId }))
  const grade = options.grade ?? 3
  await gradeEverything(app, audit.id, grade)
  for (const key of CRITERIA) {
    const chosen = options.grades?.[key]
    if (chosen === undefined) continue
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: key,
        ...(chosen === null ? { notApplicable: true } : { grade: chosen })
      })
    )
  }
  for (const key of CRITERIA) {
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: key,
        evidence: `${FIRST_EVIDENCE} ${key}`
      })
    )
  }
  valueOf(
    await app.call('audits:save-overall', {
      auditId: audit.id,
      grade: options.overall ?? grade,
      rationale: `${FIRST_EVIDENCE} overall`
    })
  )
  if (options.safeguarding) {
    valueOf(
      await app.call('audits:save-safeguarding', {
        auditId: audit.id,
        flag: true,
        note: 'Told the team manager on 3 June.'
      })
    )
  }
  valueOf(await app.call('audits:submit', { auditId: audit.id }))
  return audit.id
}

/**
 * The moderator's blind re-score through moderation:open and the stepper's calls, submitted:
 * every criterion at `grade` unless `grades` says otherwise (null = N/A), evidence their own.
 */
export async function submitModeration(
  app: TestApp,
  moderationId: number,
  options: {
    grade?: 1 | 2 | 3 | 4
    grades?: Record<string, 1 | 2 | 3 | 4 | null>
    overall?: 1 | 2 | 3 | 4
  } = {}
): Promise<number> {
  const { audit } = valueOf(await app.call('moderation:open', { moderationId }))
  const grade = options.grade ?? 3
  for (const key of CRITERIA) {
    const chosen = options.grades?.[key] === undefined ? grade : options.grades[key]
    valueOf(
      await app.call('audits:save-score', {
        auditId: audit.id,
        criterionKey: key,
        ...(chosen === null ? { notApplicable: true } : { grade: chosen }),
        evidence: `Moderator's evidence for ${key}`
      })
    )
  }
  valueOf(
    await app.call('audits:save-overall', {
      auditId: audit.id,
      grade: options.overall ?? grade,
      rationale: "The moderator's rationale."
    })
  )
  valueOf(await app.call('audits:submit', { auditId: audit.id }))
  return audit.id
}

export interface ModerationFixture extends AuditFixture {
  firstId: number
  secondId: number
  primaryAuditId: number
  moderationId: number
}

/**
 * The audit fixture's store with one audit submitted by Priya Shah (every criterion Good unless
 * told otherwise) and chosen for moderation by Sam Lee, who is now the current auditor and has
 * not started.
 */
export async function moderationFixture(
  options: Parameters<typeof submitAudit>[3] = {}
): Promise<ModerationFixture> {
  const fixture = await auditFixture(FIRST)
  const { app, cycleId, caseIds } = fixture
  const firstId = await signInAs(app, FIRST)
  const primaryAuditId = await submitAudit(app, cycleId, caseIds[0]!, options)
  const secondId = await signInAs(app, SECOND)
  const selection = await select(app, {
    cycleId,
    seed: 'MOD',
    assignments: { [String(primaryAuditId)]: secondId }
  })
  const moderationId = selection.items.find(
    (item) => item.primaryAuditId === primaryAuditId
  )!.moderationId!
  return { ...fixture, firstId, secondId, primaryAuditId, moderationId }
}

/** Saves a selection (previewing it first, as the screen does). */
export async function select(
  app: TestApp,
  input: Omit<CallInput<'moderation:select'>, 'dryRun'>
): Promise<ModerationSelection> {
  const preview = valueOf(await app.call('moderation:select', { ...input, dryRun: true }))
  return valueOf(
    await app.call('moderation:select', {
      ...input,
      seed: preview.seed,
      expectedAuditIds: preview.items.map((item) => item.primaryAuditId),
      dryRun: false
    })
  )
}

/** The moderation events, oldest first. */
export function moderationEvents(
  app: TestApp
): { entity: string; action: string; before: unknown; after: unknown }[] {
  const rows = app.context
    .store!.prepare(
      "SELECT entity, action, before, after FROM events WHERE entity = 'moderation' ORDER BY id"
    )
    .all() as { entity: string; action: string; before: string | null; after: string | null }[]
  return rows.map((row) => ({
    entity: row.entity,
    action: row.action,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown)
  }))
}
