import { z } from 'zod'
import { CaseRecord, Framework, Grade, PlanType } from '../domain'
import { call, Id, IsoDate } from './call'
import { PlanDocument } from './plans'

export const AuditStatus = z.enum(['draft', 'submitted', 'reopened'])
export type AuditStatus = z.infer<typeof AuditStatus>

/** Where a case stands in the auditor's queue. */
export const QueueStatus = z.enum(['not-started', 'in-progress', 'skipped', 'submitted'])
export type QueueStatus = z.infer<typeof QueueStatus>

export const ChecklistAnswer = z.enum(['yes', 'no', 'na'])
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>

export const Score = z.object({
  criterionKey: z.string(),
  grade: Grade.nullable(),
  notApplicable: z.boolean(),
  evidence: z.string(),
  checklist: z.record(z.string(), ChecklistAnswer),
  updatedAt: z.string()
})
export type Score = z.infer<typeof Score>

export const ActionPriority = z.enum(['low', 'medium', 'high'])
export type ActionPriority = z.infer<typeof ActionPriority>

export const AuditAction = z.object({
  id: z.number().int(),
  description: z.string(),
  owner: z.string().nullable(),
  dueDate: z.string().nullable(),
  priority: ActionPriority,
  status: z.enum(['open', 'done']),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type AuditAction = z.infer<typeof AuditAction>

/** Where the auditor was: restored when the audit is opened again. */
export const AuditPosition = z
  .object({
    /** A criterion key, or one of the after-criteria steps. */
    step: z.string().max(64),
    planScroll: z.number().min(0).max(10_000_000).default(0)
  })
  .strict()
export type AuditPosition = z.infer<typeof AuditPosition>

export const AuditRecord = z.object({
  id: z.number().int(),
  cycleId: z.number().int(),
  caseId: z.number().int(),
  auditorId: z.number().int(),
  auditorName: z.string(),
  role: z.enum(['primary', 'moderation']),
  status: AuditStatus,
  overallGrade: Grade.nullable(),
  overallRationale: z.string(),
  safeguardingFlag: z.boolean(),
  safeguardingNote: z.string(),
  position: AuditPosition.nullable(),
  skipReason: z.string().nullable(),
  dismissedPrompts: z.array(z.string()),
  startedAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable()
})
export type AuditRecord = z.infer<typeof AuditRecord>

export const PreviousAudit = z.object({
  cycleName: z.string(),
  auditorName: z.string(),
  overallGrade: Grade.nullable(),
  submittedAt: z.string().nullable(),
  safeguardingFlag: z.boolean()
})

/** Everything the stepper needs for one plan. */
export const AuditDetail = z.object({
  audit: AuditRecord,
  scores: z.array(Score),
  actions: z.array(AuditAction),
  framework: Framework,
  caseRecord: CaseRecord,
  cycleName: z.string(),
  /** A closed cycle's audits are shown as they are and cannot change until it is reopened. */
  cycleClosed: z.boolean().default(false),
  /** The plan version this audit is of (the latest when it started); null if none is attached. */
  plan: PlanDocument.nullable(),
  previousAudits: z.array(PreviousAudit),
  /** Position in the auditor's queue for this cycle: "7 of 20". */
  queue: z.object({
    index: z.number().int(),
    total: z.number().int(),
    previousCaseId: z.number().int().nullable(),
    nextCaseId: z.number().int().nullable()
  })
})
export type AuditDetail = z.infer<typeof AuditDetail>

export const QueueItem = z.object({
  caseId: z.number().int(),
  caseRef: z.string(),
  planType: PlanType,
  team: z.string(),
  socialWorker: z.string().nullable(),
  hasPlan: z.boolean(),
  auditId: z.number().int().nullable(),
  status: QueueStatus,
  overallGrade: Grade.nullable(),
  safeguardingFlag: z.boolean(),
  skipReason: z.string().nullable(),
  updatedAt: z.string().nullable()
})
export type QueueItem = z.infer<typeof QueueItem>

export const AuditQueue = z.object({
  cycleId: z.number().int(),
  cycleName: z.string(),
  frameworkTitle: z.string().nullable(),
  items: z.array(QueueItem),
  submitted: z.number().int(),
  total: z.number().int(),
  /** The case the auditor last worked on and has not submitted, to resume. */
  resumeCaseId: z.number().int().nullable(),
  /** Sampled cases another auditor has started: not in this queue. */
  takenByOthers: z.number().int(),
  /** A closed cycle's audits can be read, not started or changed. */
  cycleClosed: z.boolean().default(false)
})
export type AuditQueue = z.infer<typeof AuditQueue>

/** The cycles the current auditor has work in, for "My audits". */
export const MyCycle = z.object({
  cycleId: z.number().int(),
  cycleName: z.string(),
  submitted: z.number().int(),
  total: z.number().int(),
  /** Started and not submitted, leaving out the skipped ones. */
  inProgress: z.number().int(),
  skipped: z.number().int(),
  /** Closed cycles are listed after the open ones, to read the audits done in them. */
  closed: z.boolean().default(false)
})
export type MyCycle = z.infer<typeof MyCycle>

const Saved = z.object({ updatedAt: z.string() })
const Reason = z
  .string()
  .trim()
  .min(3, 'Give a reason (it is recorded in the audit trail)')
  .max(2000)
const LongText = z.string().max(20_000, 'At most 20,000 characters')

export const auditsContract = {
  'audits:mine': call({ input: z.object({}).strict().optional(), output: z.array(MyCycle) }),
  'audits:queue': call({ input: z.object({ cycleId: Id }).strict(), output: AuditQueue }),
  /** Opens (starting, the first time) the current auditor's audit of a sampled case. */
  'audits:open': call({
    input: z.object({ cycleId: Id, caseId: Id }).strict(),
    output: AuditDetail
  }),
  'audits:save-score': call({
    input: z
      .object({
        auditId: Id,
        criterionKey: z.string().max(64),
        grade: Grade.nullable().optional(),
        notApplicable: z.boolean().optional(),
        evidence: LongText.optional(),
        checklist: z.record(z.string().max(64), ChecklistAnswer.nullable()).optional()
      })
      .strict(),
    output: Saved
  }),
  'audits:save-overall': call({
    input: z
      .object({ auditId: Id, grade: Grade.nullable().optional(), rationale: LongText.optional() })
      .strict(),
    output: Saved
  }),
  'audits:save-safeguarding': call({
    input: z
      .object({ auditId: Id, flag: z.boolean().optional(), note: LongText.optional() })
      .strict(),
    output: Saved
  }),
  'audits:save-position': call({
    input: z.object({ auditId: Id, position: AuditPosition }).strict(),
    output: Saved
  }),
  'audits:dismiss-prompt': call({
    input: z
      .object({ auditId: Id, promptKey: z.string().max(200), dismissed: z.boolean() })
      .strict(),
    output: z.object({ dismissedPrompts: z.array(z.string()) })
  }),
  'audits:submit': call({ input: z.object({ auditId: Id }).strict(), output: AuditRecord }),
  'audits:reopen': call({
    input: z.object({ auditId: Id, reason: Reason }).strict(),
    output: AuditRecord
  }),
  'audits:skip': call({
    input: z.object({ cycleId: Id, caseId: Id, reason: Reason }).strict(),
    output: z.null()
  }),
  'actions:add': call({
    input: z
      .object({
        auditId: Id,
        description: z.string().trim().min(1, 'Describe the action').max(2000),
        owner: z.string().trim().max(200).optional(),
        dueDate: IsoDate.optional(),
        priority: ActionPriority.default('medium')
      })
      .strict(),
    output: AuditAction
  }),
  'actions:update': call({
    input: z
      .object({
        actionId: Id,
        description: z.string().trim().min(1, 'Describe the action').max(2000).optional(),
        owner: z.string().trim().max(200).nullable().optional(),
        dueDate: IsoDate.nullable().optional(),
        priority: ActionPriority.optional(),
        status: z.enum(['open', 'done']).optional()
      })
      .strict(),
    output: AuditAction
  }),
  'actions:delete': call({ input: z.object({ actionId: Id }).strict(), output: z.null() })
}
