import { z } from 'zod'
import { Framework, Grade, PlanType } from '../domain'
import { call, Id } from './call'
import { AuditDetail } from './audits'

/**
 * Moderation: a second auditor re-scores a share of submitted audits blind, then the two compare
 * and agree. The first auditor's grades and notes stay out of every answer to the moderator until
 * the moderator has submitted (see electron/services/blinding.ts).
 */

/** Why an audit was chosen: the random share, a rule that always applies, or by hand. */
export const ModerationReason = z.enum(['random', 'inadequate', 'safeguarding', 'hand-picked'])
export type ModerationReason = z.infer<typeof ModerationReason>

/**
 * Where a moderation stands: not started by the moderator, being scored, submitted and ready to
 * compare, or with its agreed result recorded.
 */
export const ModerationStage = z.enum(['not-started', 'in-progress', 'ready-to-compare', 'agreed'])
export type ModerationStage = z.infer<typeof ModerationStage>

export const ModerationItem = z.object({
  id: z.number().int(),
  cycleId: z.number().int(),
  cycleName: z.string(),
  primaryAuditId: z.number().int(),
  caseId: z.number().int(),
  caseRef: z.string(),
  planType: PlanType,
  firstAuditorId: z.number().int(),
  firstAuditorName: z.string(),
  moderatorId: z.number().int(),
  moderatorName: z.string(),
  /** Null when the viewer is the moderator and has not submitted: a reason can give a grade away. */
  reason: ModerationReason.nullable(),
  stage: ModerationStage,
  /** True while the viewer must not see the first auditor's grades (they are its moderator). */
  blind: z.boolean(),
  /** The first auditor's overall grade; null when blind or not graded. */
  firstOverall: Grade.nullable(),
  /** The moderator's overall grade, once they have submitted. */
  moderatorOverall: Grade.nullable(),
  agreedOverall: Grade.nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  /** What the viewer may do with it now. */
  canScore: z.boolean(),
  canCompare: z.boolean(),
  canReassign: z.boolean()
})
export type ModerationItem = z.infer<typeof ModerationItem>

export const ModerationList = z.object({
  /** The current auditor's moderations, every cycle: their moderation queue. */
  mine: z.array(ModerationItem),
  /** Every moderation in the cycle asked for (empty without one). */
  cycle: z.array(ModerationItem)
})
export type ModerationList = z.infer<typeof ModerationList>

const Percent = z
  .number({ error: 'Enter the share as a number, like 10' })
  .min(0, 'The share cannot be negative')
  .max(100, 'The share cannot be more than 100%')

export const ModerationSelectionInput = z
  .object({
    cycleId: Id,
    /** The share of submitted audits to draw at random, in percent. */
    sharePercent: Percent.default(10),
    /** Shown and stored; the same seed and submitted audits give the same choice. */
    seed: z
      .string()
      .trim()
      .min(1, 'Enter a seed, or leave it empty for a new one')
      .max(64)
      .optional(),
    /** Submitted primary audits to add by hand. */
    handPicked: z.array(Id).max(1000).default([]),
    /** Moderator per primary audit id, replacing the proposed one. */
    assignments: z.record(z.string().regex(/^\d+$/), Id).default({}),
    /** With dryRun false: the audits the preview showed; refused if they have changed since. */
    expectedAuditIds: z.array(Id).max(10_000).optional(),
    dryRun: z.boolean().default(true)
  })
  .strict()
export type ModerationSelectionInput = z.input<typeof ModerationSelectionInput>

export const SelectedForModeration = z.object({
  primaryAuditId: z.number().int(),
  caseId: z.number().int(),
  caseRef: z.string(),
  planType: PlanType,
  team: z.string(),
  firstAuditorId: z.number().int(),
  firstAuditorName: z.string(),
  reason: ModerationReason,
  /** Null when nobody but the first auditor could moderate it: add a colleague first. */
  moderatorId: z.number().int().nullable(),
  moderatorName: z.string().nullable(),
  /** Set once saved. */
  moderationId: z.number().int().nullable()
})
export type SelectedForModeration = z.infer<typeof SelectedForModeration>

export const ModerationSelection = z.object({
  cycleId: z.number().int(),
  seed: z.string(),
  sharePercent: z.number(),
  /** Submitted primary audits not yet chosen for moderation: what the share is taken of. */
  eligible: z.number().int(),
  /** How many the random share asked for (before the one-per-auditor top-up). */
  randomTarget: z.number().int(),
  items: z.array(SelectedForModeration),
  /** Eligible audits not chosen, for picking by hand. */
  others: z.array(
    z.object({
      primaryAuditId: z.number().int(),
      caseRef: z.string(),
      firstAuditorName: z.string()
    })
  ),
  /** Who may be chosen as a moderator. */
  moderators: z.array(z.object({ id: z.number().int(), name: z.string() })),
  saved: z.boolean()
})
export type ModerationSelection = z.infer<typeof ModerationSelection>

export const ComparedScore = z.object({
  grade: Grade.nullable(),
  notApplicable: z.boolean(),
  evidence: z.string()
})
export type ComparedScore = z.infer<typeof ComparedScore>

/** One line of the comparison: a criterion, or the overall judgement (key 'overall'). */
export const ComparisonRow = z.object({
  key: z.string(),
  title: z.string(),
  limitsOverall: z.boolean(),
  allowNotApplicable: z.boolean(),
  first: ComparedScore,
  moderator: ComparedScore,
  /** Moderator's grade minus the first auditor's; null when either is N/A or missing. */
  difference: z.number().int().nullable(),
  /** The difference in words, e.g. "Two grades apart". */
  differenceText: z.string(),
  /** A discussion note must be recorded with the agreed result. */
  discussionRequired: z.boolean(),
  /** Why, in words ("two or more grades apart", "a limiting criterion"); null when not required. */
  discussionReason: z.string().nullable()
})
export type ComparisonRow = z.infer<typeof ComparisonRow>

export const AgreedModeration = z.object({
  grades: z.record(z.string(), Grade.nullable()),
  overall: Grade,
  rationale: z.string(),
  discussion: z.record(z.string(), z.string()),
  resolvedAt: z.string()
})
export type AgreedModeration = z.infer<typeof AgreedModeration>

export const ModerationComparison = z.object({
  moderation: ModerationItem,
  framework: Framework,
  rows: z.array(ComparisonRow),
  overall: ComparisonRow,
  firstRationale: z.string(),
  moderatorRationale: z.string(),
  firstSafeguarding: z.boolean(),
  moderatorSafeguarding: z.boolean(),
  /** The recorded agreed result; null until the two have agreed. */
  agreed: AgreedModeration.nullable()
})
export type ModerationComparison = z.infer<typeof ModerationComparison>

const Note = z.string().max(20_000, 'At most 20,000 characters')

export const ModerationResolveInput = z
  .object({
    moderationId: Id,
    /** The agreed grade per criterion key; null for N/A where the criterion allows it. */
    agreed: z.record(z.string().max(64), Grade.nullable()),
    agreedOverall: Grade.nullable(),
    agreedRationale: Note,
    /** Discussion notes by row key (criterion key or 'overall'). */
    discussion: z.record(z.string().max(64), Note).default({})
  })
  .strict()
export type ModerationResolveInput = z.input<typeof ModerationResolveInput>

export const AgreementFigures = z.object({
  pairs: z.number().int(),
  excluded: z.number().int(),
  percentAgreement: z.number().nullable(),
  kappa: z.number().nullable(),
  kappaLinear: z.number().nullable(),
  kappaQuadratic: z.number().nullable(),
  ac1: z.number().nullable()
})

export const AgreementRow = z.object({
  /** A criterion key, 'overall' (the overall judgement) or 'all-criteria' (every criterion). */
  key: z.string(),
  title: z.string(),
  stats: AgreementFigures,
  /** Landis and Koch's words for the linearly and quadratically weighted kappa. */
  bandLinear: z.string().nullable(),
  bandQuadratic: z.string().nullable(),
  /** Why it is below threshold, in words; empty when it is not. */
  flags: z.array(z.string())
})
export type AgreementRow = z.infer<typeof AgreementRow>

export const AgreementReport = z.object({
  cycleId: z.number().int(),
  cycleName: z.string(),
  /** Moderations whose first and second audits are both submitted: the pairs compared. */
  completed: z.number().int(),
  criteria: z.array(AgreementRow),
  overall: AgreementRow,
  allCriteria: AgreementRow,
  /**
   * Per pair of auditors, whichever of the two audited first: the statistics are symmetric in
   * the two raters, so A moderating B and B moderating A pool into one pair.
   */
  byPair: z.array(
    z.object({
      auditorA: z.object({ id: z.number().int(), name: z.string() }),
      auditorB: z.object({ id: z.number().int(), name: z.string() }),
      /** Moderated audits between them. */
      audits: z.number().int(),
      overall: AgreementRow,
      allCriteria: AgreementRow
    })
  )
})
export type AgreementReport = z.infer<typeof AgreementReport>

export const moderationContract = {
  /** Previews (dryRun) or saves the choice of a cycle's audits to moderate, with moderators. */
  'moderation:select': call({ input: ModerationSelectionInput, output: ModerationSelection }),
  /** Changes who moderates, before they have started. */
  'moderation:assign': call({
    input: z.object({ moderationId: Id, moderatorId: Id }).strict(),
    output: ModerationItem
  }),
  /** The current auditor's moderation queue, and a cycle's moderations. */
  'moderation:list': call({
    input: z.object({ cycleId: Id.optional() }).strict().optional(),
    output: ModerationList
  }),
  /** Opens (starting, the first time) the current moderator's blind re-score, in the stepper. */
  'moderation:open': call({ input: z.object({ moderationId: Id }).strict(), output: AuditDetail }),
  /** Both audits side by side, for the two auditors, once the moderator has submitted. */
  'moderation:compare': call({
    input: z.object({ moderationId: Id }).strict(),
    output: ModerationComparison
  }),
  /** Records (or updates) the agreed grades, rationale and discussion notes. */
  'moderation:resolve': call({ input: ModerationResolveInput, output: ModerationComparison }),
  /** Agreement statistics for a cycle's completed moderations. */
  'moderation:agreement': call({
    input: z.object({ cycleId: Id }).strict(),
    output: AgreementReport
  })
}
