import type { CaseStatus, PlanType } from '../../../shared/domain'
import { addDays, daysBetween, isoDate } from './dates'
import {
  CHILD_BOYS_NAMES,
  CHILD_GIRLS_NAMES,
  DEMO_TEAMS,
  FAMILY_INITIALS,
  LEAVING_CARE
} from './names'
import type { PlanQuality } from './names'
import type { DemoRandom } from './random'

export interface DemoChild {
  /** A first name from the fictional list; never paired with a surname. */
  firstName: string
  /** "K.M.": the first name's initial and the family's initial. */
  initials: string
  familyInitial: string
  sex: 'girl' | 'boy'
  age: number
}

/** One plan document to attach: its date and how well it is written. */
export interface DemoPlanVersion {
  planDate: string
  quality: PlanQuality
}

export interface DemoCase {
  caseRef: string
  planType: PlanType
  team: string
  socialWorker: string
  teamManager: string
  planStartDate: string
  lastReviewDate: string | null
  legalStatus: string | null
  ageBand: string
  status: CaseStatus
  /** How well the latest plan is written; what the demo audits grade it on. */
  quality: PlanQuality
  child: DemoChild
  /** Oldest first; empty for a case whose plan is not on file. */
  plans: DemoPlanVersion[]
}

export const DEMO_CASE_COUNT = 300
const FIRST_CASE_NUMBER = 10001
/** About 5% of cases have no plan on file, and about 4% are closed. */
const WITHOUT_PLAN = 15
const CLOSED = 12
/** Of the cases reviewed since the plan started, this share have the earlier plan on file too. */
const EARLIER_VERSION_SHARE = 0.3

const AGES: Record<PlanType, readonly [number, number]> = {
  CIN: [1, 15],
  CP: [0, 14],
  CLA: [2, 17],
  PATHWAY: [16, 21],
  EARLY_HELP: [2, 14]
}

export function ageBand(age: number): string {
  if (age < 5) return '0-4'
  if (age < 10) return '5-9'
  if (age < 16) return '10-15'
  if (age < 18) return '16-17'
  return '18-21'
}

const CARE_LEGAL_STATUSES: readonly (readonly [string, number])[] = [
  ['S31 Care Order', 45],
  ['S20', 30],
  ['Interim Care Order', 20]
]

function legalStatus(planType: PlanType, age: number, random: DemoRandom): string | null {
  if (planType === 'CLA') {
    // A placement order is for adoption, so only young children have one.
    return random.weighted(
      age < 8 ? [...CARE_LEGAL_STATUSES, ['Placement Order', 8] as const] : CARE_LEGAL_STATUSES
    )
  }
  if (planType === 'PATHWAY') {
    if (age >= 18) return 'Former relevant child'
    return random.weighted([
      ['S31 Care Order', 60],
      ['S20', 40]
    ])
  }
  return null
}

/** Care leavers over 18 are held by Leaving Care; the children in care team has 16 and 17 year olds. */
function agesFor(planType: PlanType, team: string): readonly [number, number] {
  return planType === 'PATHWAY' && team !== LEAVING_CARE ? [16, 17] : AGES[planType]
}

function makeChild(planType: PlanType, team: string, random: DemoRandom): DemoChild {
  const sex = random.chance(0.5) ? 'girl' : 'boy'
  const firstName = random.pick(sex === 'girl' ? CHILD_GIRLS_NAMES : CHILD_BOYS_NAMES)
  const familyInitial = FAMILY_INITIALS[random.int(0, FAMILY_INITIALS.length - 1)]!
  const [youngest, oldest] = agesFor(planType, team)
  return {
    firstName,
    initials: `${firstName[0]}.${familyInitial}.`,
    familyInitial,
    sex,
    age: random.int(youngest, oldest)
  }
}

/** A plan written a step worse than `quality`: what the review improved on. */
function earlierQuality(quality: PlanQuality, random: DemoRandom): PlanQuality {
  if (quality === 'good') return random.chance(0.6) ? 'mediocre' : 'good'
  if (quality === 'mediocre') return random.chance(0.5) ? 'poor' : 'mediocre'
  return 'poor'
}

/**
 * Plan dates in the 12 months before the reference date: a start date, and for most plans that
 * have run three months or more, a review. Reviewed plans carry the review's date.
 */
function planDates(reference: Date, random: DemoRandom): { start: Date; review: Date | null } {
  const start = addDays(reference, -random.int(20, 365))
  const running = daysBetween(start, reference)
  if (running < 100 || !random.chance(0.8)) return { start, review: null }
  return { start, review: addDays(start, random.int(84, running - 10)) }
}

/** The team of each of the 300 cases, shuffled so case references are not grouped by team. */
function teamOrder(random: DemoRandom): number[] {
  const order = DEMO_TEAMS.flatMap((team, index) => Array<number>(team.cases).fill(index))
  if (order.length !== DEMO_CASE_COUNT) {
    throw new Error(`The demo teams hold ${order.length} cases, not ${DEMO_CASE_COUNT}`)
  }
  return random.shuffle(order)
}

/**
 * The 300 demo cases, the same every time for the same reference date. Plan types follow the
 * teams (care plans in Children in Care, pathway plans in Leaving Care, early help in the hub),
 * and each team writes good, mediocre and poor plans in its own proportions.
 */
export function generateCases(reference: Date, random: DemoRandom): DemoCase[] {
  const teams = teamOrder(random)
  const withoutPlan = new Set(random.some([...teams.keys()], WITHOUT_PLAN))
  const closed = new Set(random.some([...teams.keys()], CLOSED))
  return teams.map((teamIndex, index): DemoCase => {
    const team = DEMO_TEAMS[teamIndex]!
    const planType = random.weighted(team.planTypes)
    const child = makeChild(planType, team.name, random)
    const quality = random.weighted(team.quality)
    const { start, review } = planDates(reference, random)
    const latest: DemoPlanVersion = { planDate: isoDate(review ?? start), quality }
    const plans: DemoPlanVersion[] = []
    if (!withoutPlan.has(index)) {
      if (review && random.chance(EARLIER_VERSION_SHARE)) {
        plans.push({ planDate: isoDate(start), quality: earlierQuality(quality, random) })
      }
      plans.push(latest)
    }
    return {
      caseRef: `DEMO-${FIRST_CASE_NUMBER + index}`,
      planType,
      team: team.name,
      socialWorker: random.pick(team.workers),
      teamManager: team.manager,
      planStartDate: isoDate(start),
      lastReviewDate: review ? isoDate(review) : null,
      legalStatus: legalStatus(planType, child.age, random),
      ageBand: ageBand(child.age),
      status: closed.has(index) ? 'closed' : 'open',
      quality,
      child,
      plans
    }
  })
}
