import { z } from 'zod'
import { call, Id, IsoDate, JobId, UploadedFile } from './call'

/** One version of a child's plan as the audit sees it: where it came from and its text. */
export const PlanDocumentSummary = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  caseRef: z.string(),
  version: z.number().int(),
  sourceName: z.string(),
  sha256: z.string(),
  planDate: z.string().nullable(),
  characters: z.number().int(),
  attachedAt: z.string(),
  attachedBy: z.string().nullable()
})
export type PlanDocumentSummary = z.infer<typeof PlanDocumentSummary>

export const PlanDocument = PlanDocumentSummary.extend({ text: z.string() })
export type PlanDocument = z.infer<typeof PlanDocument>

export const AttachOutcome = z.object({
  fileName: z.string(),
  caseRef: z.string(),
  version: z.number().int(),
  /** new: the case's first plan; new-version: changed text; unchanged: same file as the latest. */
  status: z.enum(['new', 'new-version', 'unchanged']),
  characters: z.number().int()
})

export const AttachResult = z.object({
  attached: z.array(AttachOutcome),
  /** Files whose name matched no case (by a case reference in the name or the list's document column). */
  unmatched: z.array(z.object({ fileName: z.string(), reason: z.string() })),
  /** Files that could not be read (damaged, password-protected, scanned without text, unsupported). */
  failed: z.array(z.object({ fileName: z.string(), message: z.string() }))
})
export type AttachResult = z.infer<typeof AttachResult>

export const plansContract = {
  'plans:attach': call({
    input: z
      .object({
        files: z.array(UploadedFile).min(1).max(2000),
        /** Attach a file to this case whatever its name says (used when matching by hand). */
        caseId: Id.optional(),
        jobId: JobId
      })
      .strict(),
    output: AttachResult
  }),
  'plans:paste': call({
    input: z
      .object({
        caseId: Id,
        text: z.string().trim().min(1, 'Paste the plan text').max(2_000_000),
        planDate: IsoDate.optional()
      })
      .strict(),
    output: AttachOutcome
  }),
  'plans:versions': call({
    input: z.object({ caseId: Id }).strict(),
    output: z.array(PlanDocumentSummary)
  }),
  'plans:get': call({
    input: z.object({ caseId: Id, version: z.number().int().positive().optional() }).strict(),
    output: PlanDocument
  }),
  'plans:set-date': call({
    input: z.object({ documentId: Id, planDate: IsoDate.nullable() }).strict(),
    output: PlanDocumentSummary
  })
}
