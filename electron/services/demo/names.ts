import type { PlanType } from '../../../shared/domain'

/*
 * Every name in the demo data comes from these lists. They are fictional on purpose: the staff
 * surnames are invented words ("Demoford", "Sampleton") that read as placeholders, children appear
 * only as initials or a first name, and no list holds a child's surname, a date of birth or an
 * address. The tests check the lists stay that way.
 */

/** The council every demo plan is written for: not a real authority. */
export const DEMO_COUNCIL = 'Kestrelford Borough Council'

export interface DemoTeam {
  name: string
  manager: string
  /** The allocated workers: social workers, personal advisers or key workers. */
  workers: readonly string[]
  /** How many of the 300 cases the team holds. */
  cases: number
  /** Plan types in this team, weighted as a team of its kind would hold them. */
  planTypes: readonly (readonly [PlanType, number])[]
  /** How often its plans are good, mediocre or poor: teams differ, so reports have a story. */
  quality: readonly (readonly [PlanQuality, number])[]
}

export type PlanQuality = 'good' | 'mediocre' | 'poor'

/** The team that holds care leavers once they turn 18. */
export const LEAVING_CARE = 'Leaving Care'

export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    name: 'Assessment North',
    manager: 'Grace Pilotsworth',
    workers: ['Nia Demoford', 'Owen Sampleton', 'Ruth Testbury'],
    cases: 55,
    planTypes: [
      ['CIN', 65],
      ['CP', 35]
    ],
    quality: [
      ['good', 30],
      ['mediocre', 45],
      ['poor', 25]
    ]
  },
  {
    name: 'Assessment South',
    manager: 'Imran Trialford',
    workers: ['Kofi Mockridge', 'Leah Placeholt', 'Dev Exampleby'],
    cases: 55,
    planTypes: [
      ['CIN', 70],
      ['CP', 30]
    ],
    quality: [
      ['good', 20],
      ['mediocre', 45],
      ['poor', 35]
    ]
  },
  {
    name: 'Child Protection East',
    manager: 'Helen Draftwood',
    workers: ['Hana Fictorell', 'Marcus Samplewick', 'Bea Testington'],
    cases: 50,
    planTypes: [
      ['CP', 70],
      ['CIN', 30]
    ],
    quality: [
      ['good', 35],
      ['mediocre', 45],
      ['poor', 20]
    ]
  },
  {
    name: 'Children in Care',
    manager: 'Paul Mockford',
    workers: ['Tomasz Proofley', 'Yemi Draftmore', 'Carys Pilotley'],
    cases: 60,
    planTypes: [
      ['CLA', 88],
      ['PATHWAY', 12]
    ],
    quality: [
      ['good', 30],
      ['mediocre', 45],
      ['poor', 25]
    ]
  },
  {
    name: LEAVING_CARE,
    manager: 'Anita Trialworth',
    workers: ['Farah Demowell', 'Gareth Mockwood', 'Ines Samplefield'],
    cases: 40,
    planTypes: [['PATHWAY', 1]],
    quality: [
      ['good', 40],
      ['mediocre', 40],
      ['poor', 20]
    ]
  },
  {
    name: 'Early Help Hub',
    manager: 'Simon Placewell',
    workers: ['Joel Testmore', 'Linnea Exampleton', 'Rafi Proofwood'],
    cases: 40,
    planTypes: [['EARLY_HELP', 1]],
    quality: [
      ['good', 25],
      ['mediocre', 40],
      ['poor', 35]
    ]
  }
]

/**
 * Children's first names, used alone (pathway plans and some care plans call the young person by
 * first name). None is also a staff first name, so a staff name can never read as a child's.
 */
export const CHILD_GIRLS_NAMES = [
  'Jade',
  'Amira',
  'Skye',
  'Nadia',
  'Shannon',
  'Tia',
  'Poppy',
  'Keira',
  'Zara',
  'Maisie',
  'Aisha',
  'Demi'
] as const
export const CHILD_BOYS_NAMES = [
  'Tyler',
  'Leon',
  'Callum',
  'Reece',
  'Kian',
  'Mason',
  'Jayden',
  'Ellis',
  'Kayden',
  'Ryan',
  'Lewis',
  'Oscar'
] as const
export const CHILD_FIRST_NAMES: readonly string[] = [...CHILD_GIRLS_NAMES, ...CHILD_BOYS_NAMES]

/** Letters a family's initial is drawn from: the surname is never more than this letter. */
export const FAMILY_INITIALS = 'ABCDEFGHJKLMNPRSTW'

/** First names of the adults in the demo data: staff, auditors and team managers. */
export function adultFirstNames(): string[] {
  return staffNames().map((name) => name.split(' ')[0]!)
}

/** Surnames of the adults in the demo data; no child is ever given one. */
export function adultSurnames(): string[] {
  return staffNames().map((name) => name.split(' ').slice(1).join(' '))
}

function staffNames(): string[] {
  return DEMO_TEAMS.flatMap((team) => [team.manager, ...team.workers])
}

/** Schools, colleges and services named in plans: all invented. */
export const PRIMARY_SCHOOLS = [
  'Brookmead Primary',
  'Hollins Lane Primary',
  'St Aldric’s C of E Primary',
  'Fernhill Academy'
] as const
export const SECONDARY_SCHOOLS = [
  'Kestrelford Academy',
  'Ridgeway High School',
  'Marlow Vale School'
] as const
export const COLLEGE = 'Kestrelford College'
export const NURSERIES = ['Little Acorns Nursery', 'Rainbow Day Nursery'] as const
