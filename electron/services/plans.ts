// PLACEHOLDER: replaced by the plan-documents implementation (issue 3) before this lands.
import type {
  AttachResult,
  ParsedInput,
  PlanDocument,
  PlanDocumentSummary
} from '../../shared/contract'
import type { z } from 'zod'
import type { AttachOutcome } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { JobReporter } from '../jobs'
import type { Store } from '../store/open'

const notBuilt = (): never => {
  throw new AppError('internal', 'Plan documents are not built yet.')
}

export async function attachPlans(
  _store: Store,
  _input: Omit<ParsedInput<'plans:attach'>, 'jobId'>,
  _job: JobReporter
): Promise<AttachResult> {
  return notBuilt()
}

export function pastePlan(
  _store: Store,
  _input: ParsedInput<'plans:paste'>
): z.infer<typeof AttachOutcome> {
  return notBuilt()
}

export function listPlanVersions(_store: Store, _caseId: number): PlanDocumentSummary[] {
  return notBuilt()
}

export function getPlan(_store: Store, _caseId: number, _version?: number): PlanDocument {
  return notBuilt()
}

export function setPlanDate(
  _store: Store,
  _documentId: number,
  _planDate: string | null
): PlanDocumentSummary {
  return notBuilt()
}

/**
 * Records a plan's text as the case's next version, or reports it unchanged when the text is the
 * same as the latest version's. Runs inside the caller's transaction (the case-list import calls
 * it for a plan-text column) and appends its event.
 */
export function recordPlanVersion(
  _store: Store,
  _input: {
    caseId: number
    sourceName: string
    text: string
    planDate: string | null
    importId: number | null
    auditorId: number | null
  },
  _now = new Date()
): z.infer<typeof AttachOutcome> {
  return notBuilt()
}
