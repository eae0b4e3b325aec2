import type { PlanType } from '../../../shared/domain'
import {
  addDays,
  endOfMonth,
  isoDate,
  longDate,
  numericDate,
  shortDate,
  weekCommencing
} from './dates'
import type { DemoCase } from './cases'
import { COLLEGE, NURSERIES, PRIMARY_SCHOOLS, SECONDARY_SCHOOLS } from './names'
import type { DemoRandom } from './random'

/**
 * Everything a sentence template may say about one plan: how the child is named, the adults
 * around them (by title and initial only), the meeting the plan is reviewed at, and dates counted
 * from the plan's own date. Built once per plan version from its random stream.
 */
export interface PlanContext {
  case: DemoCase
  planType: PlanType
  planDate: Date
  /** True for a plan written at a review, rather than when the plan started. */
  reviewed: boolean
  /** How the text names the child: "K." or, in pathway and some care plans, a first name. */
  name: string
  initials: string
  age: number
  he: string
  him: string
  his: string
  He: string
  His: string
  /** The mother, by title and initial: "Ms M.". */
  mum: string
  /** Her partner, not the child's father: "Mr T.". */
  partner: string
  /** Maternal grandmother: "Mrs B.". */
  nan: string
  /** A younger brother or sister, by initial. */
  sibling: string
  /** Foster carers, for care and pathway plans: "Mr and Mrs P.". */
  carers: string
  /** Who the child lives with: the mother at home, or the foster carers. */
  homeAdult: string
  /** The child's nursery, school or college, by name. */
  school: string
  /** What kind of place that is: "nursery", "school" or "college". */
  setting: string
  /** Under five: the plan talks about the child's care, not what the child tells us. */
  young: boolean
  /** The lead worker's shorthand in actions: SW, PA or Key worker. */
  lead: string
  /** The plan's regular meeting: "CIN meeting", "core group", "LAC review". */
  meeting: string
  worker: string
  manager: string
  team: string
  random: DemoRandom
  /** A deadline `days` after the plan date, written one of the ways workers write one. */
  by(days: number): string
  /** A start date `days` after the plan date: "from w/c 21 September 2026", "starting 21/09/2026". */
  from(days: number): string
  /** A plain date `days` after the plan date, for narrative ("seen at school on 09/09/2026"). */
  date(days: number): string
}

const MEETING: Record<PlanType, string> = {
  CIN: 'CIN meeting',
  CP: 'core group',
  CLA: 'LAC review',
  PATHWAY: 'pathway plan review',
  EARLY_HELP: 'TAF meeting'
}

const LEAD: Record<PlanType, string> = {
  CIN: 'SW',
  CP: 'SW',
  CLA: 'SW',
  PATHWAY: 'PA',
  EARLY_HELP: 'Key worker'
}

function letterOtherThan(random: DemoRandom, avoid: string): string {
  const letters = 'BCDFGHJKLMNPRSTW'.replace(avoid, '')
  return letters[random.int(0, letters.length - 1)]!
}

function schoolFor(age: number, random: DemoRandom): string {
  if (age < 4) return random.pick(NURSERIES)
  if (age >= 16) return COLLEGE
  if (age >= 11) return random.pick(SECONDARY_SCHOOLS)
  return random.pick(PRIMARY_SCHOOLS)
}

function deadline(random: DemoRandom, date: Date): string {
  return random.weighted<string>([
    [`by ${numericDate(date)}`, 5],
    [`by ${longDate(date)}`, 2],
    [`by ${shortDate(date)}`, 1],
    [`by ${endOfMonth(date)}`, 2]
  ])
}

/** The context for one plan version of a case, dated `planDate`. */
export function planContext(demoCase: DemoCase, planDate: Date, random: DemoRandom): PlanContext {
  const child = demoCase.child
  const girl = child.sex === 'girl'
  const useFirstName =
    demoCase.planType === 'PATHWAY' || (demoCase.planType === 'CLA' && random.chance(0.5))
  const family = child.familyInitial
  const carers = `Mr and Mrs ${letterOtherThan(random, family)}.`
  const inCare = demoCase.planType === 'CLA' || demoCase.planType === 'PATHWAY'
  return {
    case: demoCase,
    planType: demoCase.planType,
    planDate,
    reviewed: isoDate(planDate) !== demoCase.planStartDate,
    name: useFirstName ? child.firstName : `${child.firstName[0]}.`,
    initials: child.initials,
    age: child.age,
    he: girl ? 'she' : 'he',
    him: girl ? 'her' : 'him',
    his: girl ? 'her' : 'his',
    He: girl ? 'She' : 'He',
    His: girl ? 'Her' : 'His',
    mum: `Ms ${family}.`,
    partner: `Mr ${letterOtherThan(random, family)}.`,
    nan: `Mrs ${letterOtherThan(random, family)}.`,
    sibling: `${letterOtherThan(random, '')}.${family}.`,
    carers,
    homeAdult: inCare ? carers : `Ms ${family}.`,
    school: schoolFor(child.age, random),
    setting: child.age < 4 ? 'nursery' : child.age >= 16 ? 'college' : 'school',
    young: child.age < 5,
    lead: LEAD[demoCase.planType],
    meeting: MEETING[demoCase.planType],
    worker: demoCase.socialWorker,
    manager: demoCase.teamManager,
    team: demoCase.team,
    random,
    by: (days) => deadline(random, addDays(planDate, days)),
    from: (days) => {
      const start = addDays(planDate, days)
      return random.chance(0.5) ? `from ${weekCommencing(start)}` : `starting ${numericDate(start)}`
    },
    date: (days) => numericDate(addDays(planDate, days))
  }
}
