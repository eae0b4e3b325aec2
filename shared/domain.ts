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
