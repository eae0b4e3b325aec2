import { z } from 'zod'

/** The Ofsted four-point scale. "Good or better" means 3 or 4. */
export const GRADES = [
  { value: 4, label: 'Outstanding' },
  { value: 3, label: 'Good' },
  { value: 2, label: 'Requires improvement' },
  { value: 1, label: 'Inadequate' }
] as const

export type GradeValue = (typeof GRADES)[number]['value']

export const Grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

export function gradeLabel(value: GradeValue): string {
  return GRADES.find((grade) => grade.value === value)!.label
}

/** The kinds of plan a sampled case can carry, as normalised from case-management exports. */
export const PLAN_TYPES = ['CIN', 'CP', 'CLA', 'PATHWAY', 'EARLY_HELP'] as const
export const PlanType = z.enum(PLAN_TYPES)
export type PlanType = z.infer<typeof PlanType>

export const PLAN_TYPE_LABELS: Record<PlanType, string> = {
  CIN: 'Child in need',
  CP: 'Child protection',
  CLA: 'Child looked after',
  PATHWAY: 'Pathway (care leaver)',
  EARLY_HELP: 'Early help'
}

/** What the person using the app does; shown on audits and in the audit trail. */
export const AUDITOR_ROLES = [
  'qa_officer',
  'team_manager',
  'service_manager',
  'independent_reviewing_officer',
  'principal_social_worker',
  'other'
] as const
export const AuditorRole = z.enum(AUDITOR_ROLES)
export type AuditorRole = z.infer<typeof AuditorRole>

export const AUDITOR_ROLE_LABELS: Record<AuditorRole, string> = {
  qa_officer: 'Quality assurance officer',
  team_manager: 'Team manager',
  service_manager: 'Service manager',
  independent_reviewing_officer: 'Independent reviewing officer',
  principal_social_worker: 'Principal social worker',
  other: 'Other'
}

export const Auditor = z.object({
  id: z.number().int(),
  name: z.string(),
  role: AuditorRole,
  createdAt: z.string()
})
export type Auditor = z.infer<typeof Auditor>

export const CycleSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  frameworkKey: z.string().nullable(),
  frameworkVersion: z.number().int().nullable(),
  frameworkTitle: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  sampled: z.number().int(),
  submitted: z.number().int(),
  moderated: z.number().int()
})
export type CycleSummary = z.infer<typeof CycleSummary>

/**
 * The case-list fields the audit needs, and nothing more: only columns mapped to one of these are
 * ever stored. Required ones must be mapped before an import can be previewed.
 */
export const CASE_FIELDS = [
  { key: 'caseRef', label: 'Case reference', required: true },
  { key: 'planType', label: 'Plan type', required: true },
  { key: 'team', label: 'Team', required: true },
  { key: 'socialWorker', label: 'Social worker', required: false },
  { key: 'teamManager', label: 'Team manager', required: false },
  { key: 'planStartDate', label: 'Plan start date', required: false },
  { key: 'lastReviewDate', label: 'Last review date', required: false },
  { key: 'legalStatus', label: 'Legal status', required: false },
  { key: 'ageBand', label: 'Age band', required: false },
  { key: 'status', label: 'Status (open or closed)', required: false },
  { key: 'planText', label: 'Plan text', required: false },
  { key: 'planDocumentName', label: 'Plan document name', required: false }
] as const

export type CaseFieldKey = (typeof CASE_FIELDS)[number]['key']
export const CaseFieldKey = z.enum(
  CASE_FIELDS.map((field) => field.key) as [CaseFieldKey, ...CaseFieldKey[]]
)

/** Which column of the file (by its header text) feeds each field; null or absent = not imported. */
export const ColumnMapping = z.partialRecord(CaseFieldKey, z.string().max(200).nullable())
export type ColumnMapping = z.infer<typeof ColumnMapping>

export const CaseStatus = z.enum(['open', 'closed'])
export type CaseStatus = z.infer<typeof CaseStatus>

export const CaseRecord = z.object({
  id: z.number().int(),
  caseRef: z.string(),
  planType: PlanType,
  team: z.string(),
  socialWorker: z.string().nullable(),
  teamManager: z.string().nullable(),
  planStartDate: z.string().nullable(),
  lastReviewDate: z.string().nullable(),
  legalStatus: z.string().nullable(),
  ageBand: z.string().nullable(),
  status: CaseStatus,
  planDocumentName: z.string().nullable(),
  /** How many versions of the plan document are attached (0 = none). */
  planVersions: z.number().int(),
  updatedAt: z.string()
})
export type CaseRecord = z.infer<typeof CaseRecord>

/* ------------------------------------------------------------------------------------------------
 * Frameworks: the rubric a cycle's plans are graded against. Versioned data, validated here, so
 * an imported file, the default shipped in resources/, and what the store holds are all checked
 * by one schema.
 * --------------------------------------------------------------------------------------------- */

const Key = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,62}$/,
    'Use lower-case letters, digits and hyphens, starting with a letter'
  )

const Text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}`)
    .max(max, `The ${what} must be ${max} characters or fewer`)

/** One descriptor per grade: what Outstanding, Good, Requires improvement and Inadequate look like. */
export const GradeDescriptors = z
  .object({
    '4': Text(2000, 'Outstanding descriptor'),
    '3': Text(2000, 'Good descriptor'),
    '2': Text(2000, 'Requires improvement descriptor'),
    '1': Text(2000, 'Inadequate descriptor')
  })
  .strict()
export type GradeDescriptors = z.infer<typeof GradeDescriptors>

/** A Yes / No / N/A "is this evidenced?" item under a criterion. */
export const EvidencePrompt = z.object({ key: Key, text: Text(500, 'prompt') }).strict()
export type EvidencePrompt = z.infer<typeof EvidencePrompt>

/** Which of the analyser's prompt groups sits beside a criterion in the stepper. */
export const AnalyserGroup = z.enum(['outcome-focus', 'timescales', 'robustness', 'childs-voice'])
export type AnalyserGroup = z.infer<typeof AnalyserGroup>

export const Criterion = z
  .object({
    key: Key,
    title: Text(120, 'criterion title'),
    /** The guidance question the auditor answers. */
    question: Text(1000, 'guidance question'),
    /** Longer notes for the auditor: statutory minimums, what to look for. */
    guidance: z.string().trim().max(4000).optional(),
    descriptors: GradeDescriptors,
    prompts: z.array(EvidencePrompt).max(20).default([]),
    allowNotApplicable: z.boolean().default(false),
    /** Grades at which an evidence note must be written before the audit can be submitted. */
    evidenceRequiredAt: z.array(Grade).max(4).default([1, 2]),
    /** The overall judgement may not be better than this criterion's grade. */
    limitsOverall: z.boolean().default(false),
    analyser: AnalyserGroup.optional()
  })
  .strict()
  .refine(
    (criterion) => new Set(criterion.prompts.map((p) => p.key)).size === criterion.prompts.length,
    {
      message: 'Two evidence prompts share a key',
      path: ['prompts']
    }
  )
export type Criterion = z.infer<typeof Criterion>

export const OverallJudgement = z
  .object({
    title: Text(120, 'overall title'),
    question: Text(1000, 'overall question'),
    descriptors: GradeDescriptors,
    rationaleRequired: z.boolean().default(true)
  })
  .strict()
export type OverallJudgement = z.infer<typeof OverallJudgement>

export const Framework = z
  .object({
    key: Key,
    version: z.number().int().positive(),
    title: Text(200, 'framework title'),
    description: z.string().trim().max(4000).default(''),
    appliesTo: z.array(PlanType).min(1, 'Choose at least one plan type'),
    criteria: z.array(Criterion).min(1, 'A framework needs at least one criterion').max(30),
    overall: OverallJudgement
  })
  .strict()
  .refine(
    (framework) => new Set(framework.criteria.map((c) => c.key)).size === framework.criteria.length,
    {
      message: 'Two criteria share a key',
      path: ['criteria']
    }
  )
export type Framework = z.infer<typeof Framework>
export type FrameworkInput = z.input<typeof Framework>

/** The framework a new cycle uses unless the officer chooses another. */
export const DEFAULT_FRAMEWORK_KEY = 'care-plan-quality'
