import type { CaseStatus, PlanType } from '../../../shared/domain'

/** "Child Protection Plan", "child-protection" and "CHILD PROTECTION" all become "child protection plan" etc. */
function normaliseValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * How case-management systems write each plan type, normalised. Anything else is reported, never
 * guessed: a wrong plan type would put a child in the wrong stratum of the sample.
 */
const PLAN_TYPE_NAMES: Record<PlanType, readonly string[]> = {
  CP: ['cp', 'cpp', 'child protection', 'child protection plan', 'cp plan', 'subject to cp plan'],
  CLA: [
    'cla',
    'lac',
    'looked after',
    'looked after child',
    'looked after children',
    'child looked after',
    'children looked after',
    'cla plan',
    'lac plan',
    'cla care plan'
  ],
  CIN: ['cin', 'child in need', 'children in need', 'cin plan', 'child in need plan'],
  PATHWAY: [
    'pathway',
    'pathway plan',
    'care leaver',
    'care leavers',
    'leaving care',
    'care leaver pathway plan'
  ],
  EARLY_HELP: ['early help', 'eh', 'early help plan', 'ehp', 'early help family plan']
}

const PLAN_TYPE_LOOKUP = new Map<string, PlanType>(
  (Object.entries(PLAN_TYPE_NAMES) as [PlanType, readonly string[]][]).flatMap(([type, names]) =>
    names.map((name) => [name, type] as const)
  )
)

/** The plan type a case list's value means, or null when it is not one we recognise. */
export function normalisePlanType(value: string): PlanType | null {
  return PLAN_TYPE_LOOKUP.get(normaliseValue(value)) ?? null
}

const STATUS_NAMES: Record<CaseStatus, readonly string[]> = {
  // No yes/no: "Y" under a "Closed?" header would mean the opposite of "Y" under "Open?".
  open: ['open', 'opened', 'active', 'current', 'live', 'case open', 'open case'],
  closed: [
    'closed',
    'close',
    'ended',
    'end',
    'case closed',
    'closed case',
    'inactive',
    'ceased',
    'finished'
  ]
}

const STATUS_LOOKUP = new Map<string, CaseStatus>(
  (Object.entries(STATUS_NAMES) as [CaseStatus, readonly string[]][]).flatMap(([status, names]) =>
    names.map((name) => [name, status] as const)
  )
)

/** Open or closed from a status column's value; a blank cell means open (no end recorded). */
export function normaliseStatus(value: string): CaseStatus | null {
  if (value === '') return 'open'
  return STATUS_LOOKUP.get(normaliseValue(value)) ?? null
}
