import { z } from 'zod'
import { CycleSummary, PLAN_TYPES, PlanType } from '../domain'
import { call, Id, IsoDate, NoInput } from './call'

export const StratifyBy = z.enum(['team', 'planType'])
export type StratifyBy = z.infer<typeof StratifyBy>

/** How a cycle's sample is drawn. Exactly one of size or percent. */
export const SampleSpec = z
  .object({
    size: z.number().int().min(1).max(100_000).optional(),
    percent: z.number().gt(0).max(100).optional(),
    /** Empty = simple random sampling across the whole eligible population. */
    stratifyBy: z.array(StratifyBy).max(2).default([]),
    allocation: z.enum(['proportional', 'quota']).default('proportional'),
    /** With allocation 'quota': this many from every stratum (fewer where a stratum is smaller). */
    quota: z.number().int().min(1).max(10_000).optional(),
    excludeClosed: z.boolean().default(true),
    /** Leave out cases with a submitted audit within this many months; 0 = none. */
    excludeAuditedWithinMonths: z.number().int().min(0).max(120).default(12),
    excludeWithoutPlan: z.boolean().default(false),
    /**
     * Only cases of these plan types, for a themed audit ("child protection plans"); absent means
     * every plan type.
     */
    planTypes: z
      .array(PlanType)
      .min(1, 'Choose at least one plan type')
      .max(PLAN_TYPES.length)
      .optional(),
    /** Only cases in these teams; absent means every team. */
    teams: z
      .array(z.string().trim().min(1).max(200))
      .min(1, 'Choose at least one team')
      .max(500)
      .optional(),
    /** Shown and stored; the same seed, population and settings give the same sample. */
    seed: z.string().trim().min(1).max(64).optional()
  })
  .strict()
  .refine(
    (spec) =>
      spec.allocation === 'quota' || (spec.size === undefined) !== (spec.percent === undefined),
    {
      message: 'Give either a sample size or a percentage',
      path: ['size']
    }
  )
  .refine(
    (spec) =>
      spec.allocation !== 'quota' || (spec.quota !== undefined && spec.stratifyBy.length > 0),
    {
      message: 'A quota needs strata (team and/or plan type) and a number per stratum',
      path: ['quota']
    }
  )
export type SampleSpec = z.infer<typeof SampleSpec>
export type SampleSpecInput = z.input<typeof SampleSpec>

export const StratumSummary = z.object({
  /** e.g. "North Team / CP"; "All cases" for a simple random sample. */
  stratum: z.string(),
  team: z.string().nullable(),
  planType: PlanType.nullable(),
  population: z.number().int(),
  sampled: z.number().int(),
  /** The proportional share before rounding, to show the allocation is fair. */
  exactShare: z.number()
})
export type StratumSummary = z.infer<typeof StratumSummary>

export const SampledCase = z.object({
  cycleCaseId: z.number().int(),
  caseId: z.number().int(),
  caseRef: z.string(),
  planType: PlanType,
  team: z.string(),
  socialWorker: z.string().nullable(),
  stratum: z.string().nullable(),
  source: z.enum(['sample', 'replacement', 'manual']),
  /** For a replacement or a hand-added case: why. */
  reason: z.string().nullable(),
  hasPlan: z.boolean(),
  /** True once any audit of this case in this cycle has started: it can no longer be removed. */
  auditStarted: z.boolean(),
  /** A primary audit of this case in this cycle raised a safeguarding concern: shown in every list. */
  safeguardingFlag: z.boolean().default(false)
})
export type SampledCase = z.infer<typeof SampledCase>

export const SampleResult = z.object({
  cycleId: z.number().int(),
  seed: z.string(),
  spec: SampleSpec,
  eligible: z.number().int(),
  excluded: z.object({
    /** Of a plan type or team the sample does not cover (samples drawn before scopes: 0). */
    outOfScope: z.number().int().default(0),
    closed: z.number().int(),
    recentlyAudited: z.number().int(),
    withoutPlan: z.number().int()
  }),
  strata: z.array(StratumSummary),
  cases: z.array(SampledCase),
  /** True when nothing was saved (dryRun). */
  dryRun: z.boolean()
})
export type SampleResult = z.infer<typeof SampleResult>

export const CycleDetail = z.object({
  summary: CycleSummary,
  auditorIds: z.array(z.number().int()),
  sample: SampleResult.nullable(),
  /** Removed or replaced cases, kept for the record. */
  history: z.array(
    z.object({
      caseRef: z.string(),
      state: z.enum(['replaced', 'removed']),
      reason: z.string().nullable(),
      at: z.string()
    })
  )
})
export type CycleDetail = z.infer<typeof CycleDetail>

const CycleName = z.string().trim().min(1, 'Enter a name for the cycle').max(120)
const Reason = z
  .string()
  .trim()
  .min(3, 'Give a reason (it is recorded in the audit trail)')
  .max(2000)

export const samplingContract = {
  'cycles:list': call({ input: NoInput, output: z.array(CycleSummary) }),
  'cycles:create': call({
    input: z
      .object({
        name: CycleName,
        frameworkKey: z.string().max(100).optional(),
        periodStart: IsoDate.optional(),
        periodEnd: IsoDate.optional(),
        auditorIds: z.array(Id).max(200).default([])
      })
      .strict(),
    output: CycleSummary
  }),
  /** A cycle's name, period and auditors, corrected; its framework stays the one it was made with. */
  'cycles:update': call({
    input: z
      .object({
        cycleId: Id,
        name: CycleName,
        periodStart: IsoDate.optional(),
        periodEnd: IsoDate.optional(),
        auditorIds: z.array(Id).max(200)
      })
      .strict(),
    output: CycleSummary
  }),
  /**
   * Closes a finished cycle (its sample, audits and moderation then stay as reported; actions
   * can still be followed up), or reopens it. A reason is recorded either way.
   */
  'cycles:set-status': call({
    input: z
      .object({
        cycleId: Id,
        status: z.enum(['open', 'closed']),
        reason: z.string().trim().min(1, 'Give a reason').max(2000)
      })
      .strict(),
    output: CycleSummary
  }),
  'cycles:get': call({ input: z.object({ cycleId: Id }).strict(), output: CycleDetail }),
  'sample:draw': call({
    input: z.object({ cycleId: Id, spec: SampleSpec, dryRun: z.boolean().default(false) }).strict(),
    output: SampleResult
  }),
  'sample:replace': call({
    input: z
      .object({ cycleId: Id, caseId: Id, replacementCaseId: Id.optional(), reason: Reason })
      .strict(),
    output: SampledCase
  }),
  'sample:add': call({
    input: z.object({ cycleId: Id, caseId: Id, reason: Reason }).strict(),
    output: SampledCase
  }),
  'sample:remove': call({
    input: z.object({ cycleId: Id, caseId: Id, reason: Reason }).strict(),
    output: z.null()
  })
}
