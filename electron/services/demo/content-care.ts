import type { PlanTypeContent, Theme } from './templates'

/*
 * Needs and actions for children in care and care leavers. Carers, parents and brothers and
 * sisters appear by title and initial only.
 */

const placement: Theme = {
  key: 'placement',
  domain: 'Care and stability',
  worry: (x) =>
    `${x.name} has had ${x.random.int(2, 4)} placements in two years, and ${x.carers} have asked for more support when ${x.he} is upset in the evenings.`,
  outcome: (x) =>
    `${x.name} will stay with ${x.carers} for as long as ${x.he} needs to, and will feel settled and wanted there.`,
  actions: [
    {
      who: () => 'Supervising social worker (Fostering Team)',
      task: (x) => `arrange therapeutic parenting training for ${x.carers}`,
      when: (x) => x.by(45),
      measure: (x) =>
        `${x.carers} report fewer difficult evenings and ${x.name} stays in placement`,
      so: (x) => `${x.name} is cared for by carers who understand what ${x.he} has been through`,
      passive: (x) => `Support for ${x.carers} to be looked at`
    }
  ],
  poor: [() => 'Placement to remain as it is.', () => 'All professionals to support the placement.']
}

const education: Theme = {
  key: 'education',
  domain: 'Education',
  ages: [5, 17],
  worry: (x) =>
    `${x.name}'s attendance at ${x.school} is ${x.random.int(78, 90)}% and ${x.he} is working below the expected level in maths.`,
  outcome: (x) =>
    `${x.name} will go to school every day and catch up in maths by the end of the school year.`,
  actions: [
    {
      who: (x) => `Designated teacher (${x.school})`,
      task: (x) => `hold ${x.name}'s PEP meeting and agree two targets with ${x.him}`,
      when: () => 'within 20 school days of this plan',
      measure: (x) => `${x.name} meets both PEP targets by the next LAC review`,
      so: (x) => `${x.name}'s education plan is current and ${x.he} knows ${x.his} targets`,
      passive: (x) => `${x.name}'s PEP to be updated`
    },
    {
      who: () => 'Virtual School',
      task: (x) => `fund weekly 1:1 maths tuition for ${x.name}`,
      when: (x) => x.from(14),
      measure: (x) => `${x.name}'s maths assessment improves by one step by the end of term`
    }
  ],
  poor: [(x) => `${x.name} to attend school.`, () => 'PEP to be reviewed.']
}

const health: Theme = {
  key: 'health',
  domain: 'Health',
  worry: (x) =>
    `${x.name}'s review health assessment is overdue and ${x.he} has not seen a dentist for over a year.`,
  outcome: (x) => `${x.name} will be healthy, with ${x.his} health checks up to date.`,
  actions: [
    {
      who: (x) => x.carers,
      task: (x) => `take ${x.name} to ${x.his} review health assessment and a dental check`,
      when: (x) => x.by(30),
      measure: (x) => `Both checks are done and any treatment ${x.name} needs has started`,
      so: (x) => `any health needs ${x.name} has are picked up early`,
      passive: () => 'Review health assessment to be booked'
    },
    {
      who: () => 'CAMHS Looked After Children worker',
      task: (x) => `see ${x.name} for an assessment of ${x.his} sleep and anxiety`,
      when: () => 'within 6 weeks of this plan',
      measure: (x) => `${x.name} sleeps through most nights (carers' diary)`
    }
  ],
  poor: [() => 'Health assessment due - to be booked.', () => 'Consider CAMHS referral.']
}

const familyTime: Theme = {
  key: 'family-time',
  domain: 'Family and contact',
  worry: (x) =>
    `Family time with ${x.mum} has been cancelled ${x.random.int(2, 5)} times since the last review, and ${x.name} is upset when it does not happen.`,
  outcome: (x) =>
    `${x.name} will see ${x.his} mum and brother regularly, and will know when the next visit is.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) =>
        `arrange family time for ${x.name} with ${x.mum} at the Family Centre, confirmed the day before`,
      when: () => 'fortnightly',
      measure: (x) =>
        `${x.name} says family time is going well and none is cancelled at short notice`,
      so: (x) => `${x.name} keeps ${x.his} relationship with ${x.his} mum`,
      passive: () => 'Family time to continue'
    },
    {
      who: (x) => x.carers,
      task: (x) => `help ${x.name} video-call ${x.his} brother ${x.sibling}`,
      when: () => 'every Sunday',
      measure: (x) => `${x.name} and ${x.sibling} talk every week and both say they enjoy it`
    }
  ],
  poor: [() => 'Contact with mum to continue as and when.']
}

const identity: Theme = {
  key: 'identity',
  domain: 'Identity',
  ages: [6, 17],
  worry: (x) =>
    `${x.name} has asked why ${x.he} cannot live at home and does not have any photos from when ${x.he} was little.`,
  outcome: (x) => `${x.name} will understand ${x.his} own story and why ${x.he} is in care.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) => `complete life story work with ${x.name} over six sessions`,
      when: (x) => x.by(90),
      measure: (x) =>
        `${x.name} has a life story book ${x.he} helped to make and can talk about ${x.his} history`,
      so: (x) => `${x.name} can make sense of ${x.his} past`,
      passive: () => 'Life story work to be done'
    }
  ],
  poor: [() => 'Life story work when appropriate.']
}

const permanence: Theme = {
  key: 'permanence',
  domain: 'Future plans',
  worry: (x) =>
    `${x.name}'s permanence plan is long-term foster care, but it has not yet been agreed and ${x.he} asks whether ${x.he} can stay.`,
  outcome: (x) => `${x.name} will know where ${x.he} will grow up.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) => `present ${x.name}'s long-term match with ${x.carers} to the fostering panel`,
      when: () => 'before the next LAC review',
      measure: (x) => `The match is approved and ${x.name} is told in a way ${x.he} understands`,
      so: (x) => `${x.name} knows ${x.he} can stay`,
      passive: () => 'Permanence to be considered'
    }
  ],
  poor: [() => 'Permanence plan to be confirmed.']
}

const accommodation: Theme = {
  key: 'accommodation',
  domain: 'Accommodation',
  ages: [16, 17],
  worry: (x) =>
    `${x.name} wants a flat of ${x.his} own one day but has never managed a tenancy, and ${x.his} current arrangement ends at 18.`,
  outcome: (x) =>
    `${x.name} will have a safe, settled home after ${x.his} 18th birthday and will be ready for ${x.his} own tenancy.`,
  actions: [
    {
      who: () => 'Supervising social worker (Fostering Team)',
      task: (x) => `talk with ${x.carers} and ${x.name} about a Staying Put arrangement`,
      when: () => 'by the next pathway plan review',
      measure: (x) =>
        `${x.name} knows ${x.he} can stay with ${x.carers} after 18 if ${x.he} chooses`,
      so: (x) => `${x.name} does not have to move before ${x.he} is ready`,
      passive: () => 'Staying Put to be discussed'
    },
    {
      who: (x) => `${x.name} with PA support`,
      task: () => 'complete the Ready for Tenancy course at the Youth Hub (8 sessions)',
      when: (x) => x.by(75),
      measure: (x) => `${x.name} gets ${x.his} tenancy-ready certificate`
    }
  ],
  poor: [(x) => `${x.name} to look at housing options.`]
}

const ownHome: Theme = {
  key: 'own-home',
  domain: 'Accommodation',
  ages: [18, 21],
  worry: (x) =>
    `${x.name} is staying put with ${x.carers} but wants a flat of ${x.his} own and has never managed a tenancy.`,
  outcome: (x) =>
    `${x.name} will move into a home of ${x.his} own when ${x.he} is ready, and keep it.`,
  actions: [
    {
      who: () => 'PA',
      task: (x) => `add ${x.name} to the housing register with care leaver priority`,
      when: () => 'within 8 weeks of this plan',
      measure: (x) => `${x.name}'s housing application is active and ${x.he} is bidding for flats`,
      so: (x) => `${x.name} can bid for a flat when ${x.he} is ready`,
      passive: () => 'Housing register application to be made'
    },
    {
      who: (x) => `${x.name} with PA support`,
      task: () => 'complete the Ready for Tenancy course at the Youth Hub (8 sessions)',
      when: (x) => x.by(75),
      measure: (x) => `${x.name} gets ${x.his} tenancy-ready certificate`
    }
  ],
  poor: [(x) => `${x.name} to look at housing options.`]
}

const eet: Theme = {
  key: 'eet',
  domain: 'Education, training and employment',
  worry: (x) =>
    `${x.name} started a Level 2 course at Kestrelford College but has missed ${x.random.int(6, 15)} sessions because of travel costs.`,
  outcome: (x) => `${x.name} will finish ${x.his} course and move on to work or further study.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) => `help ${x.name} apply for the 16-19 Bursary and the care leaver's bursary`,
      when: () => 'within 2 weeks',
      measure: (x) =>
        `${x.name} receives the bursary and does not miss college because of travel costs`,
      so: (x) => `${x.name} can afford to get to college`,
      passive: () => 'Bursary application to be made'
    },
    {
      who: () => 'College tutor (Kestrelford College)',
      task: (x) => `confirm ${x.name}'s learning support and a weekly mentor session`,
      when: () => 'by the October half-term',
      measure: (x) => `${x.name}'s attendance is above 90% and ${x.he} passes ${x.his} first unit`
    }
  ],
  poor: [(x) => `${x.name} to think about college options.`]
}

const moneySkills: Theme = {
  key: 'money-skills',
  domain: 'Money and practical skills',
  worry: (x) =>
    `${x.name} has never managed money and spent all of ${x.his} birthday money in a day.`,
  outcome: (x) => `${x.name} will manage ${x.his} own money and cook simple meals.`,
  actions: [
    {
      who: (x) => `PA and ${x.name}`,
      task: () => 'open a bank account and set up a weekly budget',
      when: (x) => x.by(40),
      measure: (x) => `${x.name} manages ${x.his} money for 4 weeks in a row without running out`,
      so: (x) => `${x.name} is ready to live on ${x.his} own budget`,
      passive: () => 'Budgeting support to be offered'
    },
    {
      who: (x) => x.carers,
      task: (x) => `teach ${x.name} to cook five simple meals and do a food shop`,
      when: (x) => x.by(120),
      measure: (x) => `${x.name} cooks a meal for the household at least twice a week`
    }
  ],
  poor: [() => 'PA to support with budgeting.']
}

const documents: Theme = {
  key: 'documents',
  domain: 'Identity',
  worry: (x) =>
    `${x.name} does not have a passport or driving licence, and ${x.his} birth certificate is held on file.`,
  outcome: (x) =>
    `${x.name} will have ${x.his} own ID and be able to open accounts and apply for jobs.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) =>
        `give ${x.name} ${x.his} birth certificate and help ${x.him} apply for a passport`,
      when: (x) => x.by(60),
      measure: (x) => `${x.name} has ${x.his} own ID documents`,
      so: (x) => `${x.name} can apply for jobs in ${x.his} own name`,
      passive: () => 'ID to be sorted'
    }
  ],
  poor: [() => 'ID to be sorted.']
}

const wellbeing: Theme = {
  key: 'wellbeing',
  domain: 'Health and emotional wellbeing',
  ages: [16, 17],
  worry: (x) => `${x.name} gets very anxious about change and ${x.his} CAMHS support ends at 18.`,
  outcome: (x) =>
    `${x.name} will have support for ${x.his} mental health that carries on after ${x.he} turns 18.`,
  actions: [
    {
      who: () => 'CAMHS worker',
      task: () => 'agree a transition plan to adult mental health services',
      when: (x) => x.by(100),
      measure: (x) => `${x.name} has a named adult mental health worker before CAMHS support ends`,
      so: (x) => `${x.name} is not left without support at 18`,
      passive: () => 'Transition to adult services to be considered'
    },
    {
      who: (x) => x.name,
      task: (x) => `register with a GP near college (PA to go with ${x.him} if ${x.he} wants)`,
      when: (x) => x.by(30),
      measure: (x) => `${x.name} has ${x.his} own GP and ${x.his} asthma review is up to date`
    }
  ],
  poor: [(x) => `${x.name} to register with a GP.`]
}

export const CLA_CONTENT: PlanTypeContent = {
  title: ['CARE PLAN (LOOKED AFTER CHILD)', 'Care Plan - Child Looked After'],
  planTypeLine: 'Care Plan - Looked After Child',
  reasonHeading: ['Background', 'Current situation'],
  reason: (x) =>
    `${x.name} came into care after concerns about neglect and has lived with ${x.his} foster carers, ${x.carers}, since ${x.date(-150)}.`,
  strengths: [
    (x) => `${x.name} has a warm relationship with ${x.carers}, who want ${x.him} to stay.`,
    (x) => `${x.name} is settled at ${x.school} and has made friends there.`,
    (x) => `${x.name}'s family time with ${x.his} mum usually goes well.`,
    (x) => `${x.name} is up to date with ${x.his} immunisations.`
  ],
  themes: [placement, education, health, familyTime, identity, permanence],
  standing: [
    {
      who: (x) => x.lead,
      task: (x) => `visit ${x.name} in placement and see ${x.him} alone`,
      when: () => 'every 6 weeks',
      measure: (x) => `${x.name}'s views are recorded at every visit and shared with the IRO`
    },
    {
      who: () => 'IRO',
      task: (x) => `chair ${x.name}'s next LAC review`,
      when: (x) => x.by(180),
      measure: (x) => `${x.name} attends or sends ${x.his} views, and the plan is updated`
    }
  ],
  quotes: [
    (x) => `"I like living with ${x.carers}. They listen to me."`,
    () => '"I want to see my brother more."',
    () => '"I don\'t like it when contact gets cancelled."',
    () => '"I want to stay at the same school."'
  ],
  contingency: [
    () =>
      'If the placement is at risk of ending, the supervising social worker will call a placement stability meeting within 5 working days.',
    (x) =>
      `If ${x.name} goes missing, ${x.carers} will report it to the police straight away and the SW will arrange a return home interview within 72 hours.`
  ],
  genericPoor: [
    () => 'SW to visit in line with statutory requirements.',
    () => 'IRO to be informed of any changes.',
    () => 'SW to monitor.',
    () => 'Care plan to be reviewed at the next LAC review.'
  ],
  actionsHeading: ['Care plan actions', 'What needs to happen', 'The plan']
}

export const PATHWAY_CONTENT: PlanTypeContent = {
  title: ['PATHWAY PLAN', 'Pathway Plan'],
  planTypeLine: 'Pathway Plan',
  reasonHeading: ['About me', 'Background'],
  reason: (x) =>
    x.age < 18
      ? `${x.name} has lived with ${x.carers} since ${x.he} was ${x.random.int(11, 15)} and is now ${x.age}. ${x.He} wants to become a nursing assistant.`
      : `${x.name} lived with ${x.carers} from the age of ${x.random.int(11, 15)} and has stayed on with them under a Staying Put arrangement since turning 18. ${x.He} wants to become a nursing assistant.`,
  strengths: [
    (x) => `${x.name} has a strong, trusting relationship with ${x.carers}.`,
    (x) => `${x.name}'s college tutor describes ${x.him} as "kind and hard-working".`,
    (x) => `${x.name} sees ${x.his} younger brother ${x.sibling} and these visits go well.`,
    (x) => `${x.name} keeps in touch with ${x.his} PA and answers ${x.his} messages.`
  ],
  themes: [accommodation, ownHome, eet, moneySkills, documents, wellbeing],
  standing: [
    {
      who: () => 'PA',
      task: (x) => `meet ${x.name} in a place ${x.he} chooses`,
      when: () => 'every 8 weeks',
      measure: (x) => `${x.name} says ${x.he} knows how to reach ${x.his} PA and feels supported`
    }
  ],
  quotes: [
    () => '"I want my own place one day, but not on my own straight away."',
    () => '"I want to see my brother more. Every few months isn\'t enough."',
    () => '"I want small meetings, with just my PA and my carers."',
    () => '"I want to finish college and get a job in a hospital."'
  ],
  contingency: [
    (x) =>
      `If ${x.name}'s home ends unexpectedly, the PA will arrange supported lodgings within 48 hours so that ${x.he} always has a safe place to live.`,
    (x) =>
      `If ${x.name} leaves college, the PA will refer ${x.him} to the care leavers' EET worker within 10 working days.`
  ],
  genericPoor: [
    () => 'Keep in touch with PA.',
    () => 'Pathway plan to be reviewed.',
    () => 'PA to monitor.',
    () => 'YP to engage with support.'
  ],
  actionsHeading: ['Pathway plan actions', 'My plan', 'What needs to happen']
}
