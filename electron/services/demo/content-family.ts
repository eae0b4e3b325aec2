import type { PlanTypeContent, Text, Theme } from './templates'

/*
 * Needs and actions for plans about children living at home: child in need, child protection and
 * early help. Every person is a role, a title and initial, or the child's initial.
 */

const attendance: Theme = {
  key: 'attendance',
  domain: 'Education',
  ages: [5, 15],
  worry: (x) =>
    `${x.name}'s school attendance this year is ${x.random.int(72, 88)}% and ${x.he} has been late ${x.random.int(9, 30)} times since September.`,
  outcome: (x) =>
    `${x.name} will get to school on time every day, and ${x.his} attendance will be above 95% by the end of this term.`,
  actions: [
    {
      who: (x) => `School Attendance Officer (${x.school})`,
      task: (x) => `meet ${x.mum} and agree an attendance support plan for ${x.name}`,
      when: () => 'within 2 weeks of this plan',
      measure: (x) => `${x.name}'s attendance is above 95% by the end of term (school register)`,
      so: (x) => `${x.name} is in class for the start of every lesson`,
      passive: (x) => `Attendance support plan to be agreed with ${x.mum}`
    },
    {
      who: (x) => x.mum,
      task: (x) => `make sure ${x.name} is at the school gate by 8.45am each morning`,
      when: (x) => x.from(7),
      measure: (x) => `${x.name} arrives before the register closes on every day of the week`,
      so: (x) => `${x.name} no longer misses the start of the school day`
    }
  ],
  poor: [
    (x) => `School to monitor ${x.name}'s attendance.`,
    (x) => `${x.name}'s attendance to improve.`
  ]
}

const youngCarer: Theme = {
  key: 'young-carer',
  domain: 'Family',
  ages: [8, 15],
  worry: (x) =>
    `${x.name} has told ${x.his} teacher that ${x.he} gets ${x.sibling} dressed and fed most mornings because ${x.mum} is too tired.`,
  outcome: (x) =>
    `${x.name} will be able to be a child at home and will not be responsible for getting ${x.sibling} ready.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) => `refer ${x.name} to Kestrelford Young Carers for a young carer's assessment`,
      when: (x) => x.by(10),
      measure: (x) =>
        `${x.name} goes to the young carers group and tells us ${x.he} has more time to play`,
      so: (x) => `${x.name} has time to relax and see friends`,
      passive: (x) => `Young carers referral to be made for ${x.name}`
    },
    {
      who: (x) => `${x.mum} and ${x.nan}`,
      task: (x) => `share the school run so that ${x.sibling} is taken to nursery by an adult`,
      when: (x) => x.from(5),
      measure: (x) => `${x.name} tells us ${x.he} no longer has to get ${x.sibling} ready`
    }
  ],
  poor: [(x) => `Young carers referral to be considered for ${x.name}.`]
}

const parentMentalHealth: Theme = {
  key: 'parent-mental-health',
  domain: 'Health',
  worry: (x) =>
    `${x.mum} says she has felt "low and exhausted" since the spring and has not spoken to her GP about it.`,
  outcome: (x) =>
    `${x.name} will be cared for by a parent who is getting the help she needs${x.young ? '' : `, and ${x.he} will worry less about ${x.his} mum`}.`,
  actions: [
    {
      who: (x) => x.mum,
      task: () => 'see her GP about her low mood and agree what treatment or support she needs',
      when: (x) => x.by(14),
      measure: (x) =>
        x.young
          ? `${x.mum} has a treatment plan and ${x.name} is settled and well cared for at each visit`
          : `${x.mum} has a treatment plan and ${x.name} says ${x.he} worries less about ${x.his} mum`,
      so: (x) => `${x.name} is cared for by a parent who is well enough to look after ${x.him}`
    },
    {
      who: () => 'Family Support Worker',
      task: (x) => `deliver a 6-week home routines programme with ${x.mum}`,
      when: (x) => x.from(14),
      measure: (x) =>
        `${x.name}'s mornings and bedtimes follow the routine on at least 5 days a week`,
      so: (x) => `${x.name} has a calm, predictable start to each day`,
      passive: (x) => `Home routines programme to be offered to ${x.mum}`
    }
  ],
  poor: [
    (x) => `${x.mum} to engage with services.`,
    () => 'FSW to support mum with her mental health.'
  ]
}

const housing: Theme = {
  key: 'housing',
  domain: 'Housing',
  worry: (x) =>
    `The flat is damp and ${x.name}'s bedroom has black mould; ${x.he} has had ${x.random.int(2, 4)} chest infections since January.`,
  outcome: (x) => `${x.name} will live in a warm, dry home that is not making ${x.him} ill.`,
  actions: [
    {
      who: () => 'Housing Officer (Kestrelford Homes)',
      task: () => 'inspect the damp and mould and arrange repairs with the landlord',
      when: (x) => x.by(42),
      measure: (x) =>
        `${x.name}'s bedroom is dry and mould-free and ${x.he} has no further chest infections this winter`,
      so: (x) => `${x.name} sleeps in a dry room and stays well`,
      passive: () => 'Damp and mould to be reported to the landlord'
    }
  ],
  poor: [() => 'Housing to be contacted re damp.']
}

const development: Theme = {
  key: 'development',
  domain: 'Development',
  ages: [1, 4],
  worry: (x) =>
    `${x.name} is ${x.age} and uses only a few single words; the health visitor is worried about ${x.his} speech and language.`,
  outcome: (x) =>
    `${x.name} will be understood by the adults around ${x.him} and will be ready to start nursery.`,
  actions: [
    {
      who: () => 'Health visitor',
      task: (x) => `refer ${x.name} to the speech and language therapy service`,
      when: () => 'within 4 weeks of this plan',
      measure: (x) =>
        `${x.name} is seen by SALT and nursery reports new words at each ${x.meeting}`,
      so: (x) => `${x.name} gets help with ${x.his} speech early`,
      passive: (x) => `SALT referral to be made for ${x.name}`
    },
    {
      who: (x) => x.mum,
      task: (x) => `take ${x.name} to the Stay and Play group at the Family Hub`,
      when: () => 'every Tuesday morning',
      measure: (x) =>
        `${x.name} plays alongside other children and uses new words at home (health visitor review)`
    }
  ],
  poor: [() => 'HV to monitor development.']
}

const behaviour: Theme = {
  key: 'behaviour',
  domain: 'Behaviour',
  ages: [6, 15],
  worry: (x) =>
    `${x.name} has had ${x.random.int(2, 5)} fixed-term suspensions this year and says ${x.he} gets angry when ${x.he} thinks about ${x.his} dad leaving.`,
  outcome: (x) =>
    `${x.name} will be able to manage big feelings, stay in class and keep ${x.his} place at ${x.school}.`,
  actions: [
    {
      who: (x) => `SENCo (${x.school})`,
      task: (x) => `agree a SEN support plan with ${x.name} and ${x.mum}, including a calm space`,
      when: (x) => x.by(21),
      measure: (x) => `${x.name} has no further suspensions this term`,
      so: (x) => `${x.name} has somewhere to go when ${x.he} feels overwhelmed`,
      passive: (x) => `SEN support to be looked at for ${x.name}`
    },
    {
      who: () => 'School nurse',
      task: (x) => `offer ${x.name} six sessions on understanding anger and worry`,
      when: (x) => x.from(14),
      measure: (x) => `${x.name} can name two things that help ${x.him} calm down`
    }
  ],
  poor: [(x) => `School to support ${x.name} with behaviour as needed.`]
}

const money: Theme = {
  key: 'money',
  domain: 'Money',
  worry: (x) =>
    `${x.mum} says money has been very tight since her benefits were reduced, and ${x.name} has arrived at ${x.setting} hungry.`,
  outcome: (x) => `${x.name} will have enough to eat every day.`,
  actions: [
    {
      who: () => 'Family Support Worker',
      task: (x) => `complete a benefits check with ${x.mum} and refer the family to the food bank`,
      when: () => 'within 1 week of this plan',
      measure: (x) => `${x.name}'s ${x.setting} reports ${x.he} no longer arrives hungry`,
      so: (x) => `there is food in the house for ${x.name} every day`,
      passive: () => 'Food bank referral if needed'
    }
  ],
  poor: [() => 'Food bank voucher if needed.']
}

const domesticAbuse: Theme = {
  key: 'domestic-abuse',
  domain: 'Safety',
  worry: (x) =>
    `Police have been called to the home ${x.random.int(2, 5)} times this year after reports of shouting and fighting between ${x.mum} and ${x.partner}; ${x.name} was at home each time.`,
  outcome: (x) =>
    `${x.name} will live in a home free from domestic abuse and will feel safe there.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) => `complete a domestic abuse risk assessment (DASH) with ${x.mum}`,
      when: () => 'within 10 working days of the conference',
      measure: (x) =>
        x.young
          ? `A safety plan is in place and ${x.mum} can say how she will keep ${x.name} safe`
          : `A safety plan is in place and ${x.name} can say who to call if ${x.he} feels unsafe`,
      so: (x) => `${x.name}'s safety plan is based on the real level of risk`,
      passive: () => 'DASH to be completed'
    },
    {
      who: (x) => x.mum,
      task: () => 'complete the 12-week Freedom Programme at the Family Hub',
      when: (x) => x.by(100),
      measure: (x) =>
        x.young
          ? `No further police call-outs, and ${x.name} is relaxed and settled at every visit`
          : `${x.name} tells us at home visits that there has been no shouting or fighting`,
      so: (x) => `${x.name} is protected from further domestic abuse`
    },
    {
      who: (x) => x.partner,
      task: () => 'stay away from the family home while the assessment is completed',
      when: (x) => `from ${x.date(0)}`,
      measure: () => 'No police call-outs to the address (police checks before each core group)'
    }
  ],
  poor: [
    (x) => `${x.mum} to engage with DA services.`,
    (x) => `${x.partner} to attend a perpetrator programme.`
  ]
}

const neglect: Theme = {
  key: 'neglect',
  domain: 'Home conditions',
  worry: (x) =>
    `At unannounced visits the home has been cluttered, with little food in the fridge and dirty bedding on ${x.name}'s bed.`,
  outcome: (x) => `${x.name} will live in a clean, safe home with regular meals.`,
  actions: [
    {
      who: (x) => x.lead,
      task: (x) => `complete the Graded Care Profile 2 with ${x.mum}`,
      when: (x) => `by the first ${x.meeting}`,
      measure: (x) =>
        `The areas of ${x.name}'s care that need to change are agreed and written down`,
      passive: () => 'GCP2 to be completed'
    },
    {
      who: () => 'Family Support Worker',
      task: (x) => `work with ${x.mum} on a weekly home routine and meal plan`,
      when: () => 'weekly for 8 weeks',
      measure: (x) =>
        `${x.name}'s home scores Good on the Graded Care Profile 2 by the review conference`,
      so: (x) => `${x.name} has clean bedding, clean clothes and three meals a day`
    }
  ],
  poor: [() => 'Home conditions to improve.', (x) => `${x.lead} to do unannounced visits.`]
}

const alcohol: Theme = {
  key: 'alcohol',
  domain: 'Parenting',
  worry: (x) =>
    x.young
      ? `${x.mum} has told the social worker she drinks most evenings; ${x.name} has been found unsupervised while she was asleep.`
      : `${x.mum} has told the social worker she drinks most evenings; ${x.name} has found her asleep on the sofa after school.`,
  outcome: (x) => `${x.name} will be looked after by a sober adult every day.`,
  actions: [
    {
      who: (x) => x.mum,
      task: () => 'attend her first appointment with the Kestrelford Drug and Alcohol Service',
      when: (x) => x.by(14),
      measure: (x) =>
        x.young
          ? `${x.mum} is sober at every unannounced visit`
          : `${x.name} says mum is awake and well when ${x.he} gets home (checked at each visit)`,
      so: (x) => `${x.name} comes home to a parent who can care for ${x.him}`
    },
    {
      who: (x) => `${x.nan} (maternal grandmother)`,
      task: (x) => `look after ${x.name} on weekday afternoons`,
      when: (x) => x.from(3),
      measure: (x) => `${x.name} is cared for by a sober adult every afternoon`
    }
  ],
  poor: [(x) => `${x.mum} to engage with drug and alcohol service.`]
}

const emotional: Theme = {
  key: 'emotional',
  domain: 'Emotional wellbeing',
  ages: [4, 12],
  worry: (x) =>
    `${x.name} has started wetting the bed again and school say ${x.he} is withdrawn and anxious on Mondays.`,
  outcome: (x) => `${x.name} will feel safe and calm at home and at school.`,
  actions: [
    {
      who: () => 'School nurse',
      task: (x) => `see ${x.name} about ${x.his} bedwetting and agree a plan with ${x.mum}`,
      when: (x) => `by the first ${x.meeting}`,
      measure: (x) => `${x.name} has fewer wet nights each week (diary kept by ${x.mum})`,
      passive: (x) => `${x.name} to be seen about bedwetting`
    },
    {
      who: (x) => x.lead,
      task: (x) => `do direct work with ${x.name} (three houses) to hear what life at home is like`,
      when: () => 'every 2 weeks',
      measure: (x) => `${x.name}'s three houses show fewer worries at each ${x.meeting}`,
      so: (x) => `${x.name}'s own worries shape the plan`
    }
  ],
  poor: [(x) => `Direct work with ${x.name} as needed.`]
}

const FAMILY_GENERIC_POOR: readonly Text[] = [
  (x) => `${x.lead} to monitor.`,
  () => 'All professionals to work together.',
  () => 'Mum to attend appointments.',
  (x) => `Plan to be reviewed at the next ${x.meeting}.`,
  () => 'Parenting course.',
  () => 'Ongoing support from the allocated worker.'
]

export const CIN_CONTENT: PlanTypeContent = {
  title: ['CHILD IN NEED PLAN', 'Child in Need Plan'],
  planTypeLine: 'Child in Need (section 17, Children Act 1989)',
  reasonHeading: ['Reasons for the plan', 'Background'],
  reason: (x) =>
    `The Child and Family Assessment completed on ${x.date(-12)} found that ${x.name}'s needs are not always being met. There are no child protection concerns at this time, and ${x.mum} agreed to a Child in Need plan.`,
  strengths: [
    (x) => `${x.mum} loves ${x.name} and has been open and honest with the social worker.`,
    (x) => `${x.name} is settled at ${x.school} and staff there know ${x.him} well.`,
    (x) =>
      `${x.name}'s nan, ${x.nan}, lives nearby and already helps with the school run twice a week.`,
    (x) =>
      x.young
        ? `${x.name} is meeting most of ${x.his} developmental milestones.`
        : `${x.name} goes to a football club on Saturdays and is proud of ${x.his} medals.`
  ],
  themes: [attendance, youngCarer, parentMentalHealth, housing, development, behaviour, money],
  standing: [
    {
      who: (x) => x.lead,
      task: (x) => `visit the family at home and see ${x.name} on ${x.his} own`,
      when: () => 'every 10 working days',
      measure: (x) => `${x.name}'s views are recorded and shared at each ${x.meeting}`
    },
    {
      who: (x) => `${x.lead} and ${x.mum}`,
      task: (x) => `review this plan at a ${x.meeting} with school and health`,
      when: () => 'every 6 weeks',
      measure: (x) => `Each outcome for ${x.name} is rated at the meeting and the plan is updated`
    }
  ],
  quotes: [
    () => '"I like it when Nan comes round."',
    () => '"Everyone looks at me when I come in late."',
    () => '"My bedroom smells funny and I cough at night."',
    () => '"I want to go swimming every week."',
    () => '"I worry about Mum when she stays in bed."'
  ],
  contingency: [
    (x) =>
      `If ${x.mum} becomes too unwell to look after ${x.name}, ${x.nan} will care for ${x.him} at her home.`,
    (x) =>
      `If ${x.name}'s situation gets worse, the SW will bring the ${x.meeting} forward to within 10 working days.`,
    (x) =>
      `Any concern that ${x.name} may be at risk of significant harm will be discussed with ${x.manager} the same day and responded to under child protection procedures.`
  ],
  genericPoor: FAMILY_GENERIC_POOR,
  actionsHeading: ['The plan', 'What needs to happen', 'Child in need plan - actions']
}

export const CP_CONTENT: PlanTypeContent = {
  title: ['CHILD PROTECTION PLAN', 'Child Protection Plan'],
  planTypeLine: 'Child Protection Plan',
  reasonHeading: ['Reasons for the plan', 'Summary of concerns raised at conference'],
  reason: (x) =>
    x.reviewed
      ? `The Review Child Protection Conference on ${x.date(0)} agreed that ${x.name} is still likely to suffer significant harm and should remain the subject of a child protection plan.`
      : `The Initial Child Protection Conference on ${x.date(0)} agreed that ${x.name} is likely to suffer significant harm and should be the subject of a child protection plan.`,
  strengths: [
    (x) => `${x.mum} has agreed to work with the plan and attended the conference.`,
    (x) => `${x.name}'s attendance at ${x.school} is good and staff there know ${x.him} well.`,
    (x) => `${x.name}'s maternal grandmother, ${x.nan}, is supportive and has offered to help.`,
    (x) =>
      `${x.name} has a trusted adult at ${x.setting}, ${x.his} ${x.young ? 'key person' : 'learning mentor'}.`
  ],
  themes: [domesticAbuse, neglect, alcohol, emotional, attendance, parentMentalHealth],
  standing: [
    {
      who: () => 'Core group',
      task: (x) => `meet to review progress on ${x.name}'s plan`,
      when: () => 'every 4 weeks',
      measure: (x) => `Progress for ${x.name} against each outcome is recorded at every meeting`
    },
    {
      who: (x) => x.lead,
      task: (x) => `visit ${x.name} at home and see ${x.him} alone`,
      when: () => 'at least every 10 working days',
      measure: (x) => `${x.name}'s words and presentation are recorded after every visit`
    }
  ],
  quotes: [
    () => '"I get scared in my tummy when there is shouting."',
    () => '"I like my teacher and playing football at break."',
    () => '"I want everyone to stop arguing."',
    () => '"When it is quiet I can sleep."'
  ],
  contingency: [
    {
      theme: 'domestic-abuse',
      text: (x) =>
        `If ${x.partner} returns to the family home, the SW will request a strategy discussion with police within 1 working day.`
    },
    (x) =>
      `If the plan is not progressing by the review conference, ${x.manager} will arrange a legal planning meeting.`,
    {
      theme: 'domestic-abuse',
      text: (x) => `${x.mum} will call the police on 999 if she or ${x.name} is in danger.`
    },
    {
      theme: 'neglect',
      text: () =>
        'If home conditions fall below the agreed standard at two visits in a row, the SW will call an early core group within 5 working days.'
    },
    {
      theme: 'alcohol',
      text: (x) =>
        `If ${x.mum} is found under the influence while caring for ${x.name}, ${x.nan} will care for ${x.name} and the SW will be told the same day.`
    }
  ],
  genericPoor: FAMILY_GENERIC_POOR,
  actionsHeading: [
    'Child protection plan - actions agreed at conference',
    'What needs to happen',
    'The plan'
  ]
}

export const EARLY_HELP_CONTENT: PlanTypeContent = {
  title: ['EARLY HELP PLAN', 'Early Help Plan (Team Around the Family)'],
  planTypeLine: 'Early Help (Team Around the Family)',
  reasonHeading: ['Reason for Early Help', 'Background'],
  reason: (x) =>
    `${x.school} asked for Early Help on ${x.date(-20)} with ${x.mum}'s agreement. The family have asked for support with routines and school.`,
  strengths: [
    () => 'The family are keen for support and came to the first TAF meeting.',
    (x) =>
      x.young
        ? `${x.name} loves the Stay and Play sessions at the Family Hub.`
        : `${x.name} is good at drawing and loves the after-school art club.`,
    () => 'Grandparents live locally and help out.',
    (x) => `${x.mum} has kept every appointment with the key worker.`
  ],
  themes: [attendance, youngCarer, parentMentalHealth, housing, behaviour, money, development],
  standing: [
    {
      who: () => 'Key worker',
      task: () => 'hold a TAF meeting with the family, school and health',
      when: () => 'every 6 weeks',
      measure: (x) => `The family's scaling of each goal for ${x.name} goes up between meetings`
    }
  ],
  quotes: [
    () => '"I want Mum to be happy."',
    () => '"I like art club best."',
    () => '"I don\'t like mornings because everyone shouts."',
    () => '"I want to be on time like my friends."'
  ],
  contingency: [
    (x) =>
      `If ${x.name} misses ${x.setting} on more than 3 days in a month, the key worker will hold a TAF meeting within 10 working days.`,
    (x) =>
      `If things do not improve by the review, the key worker will discuss a step-up to children's social care with ${x.manager}.`
  ],
  genericPoor: [
    () => 'Mum to engage with services.',
    () => 'Key worker to monitor.',
    () => 'Ongoing support from key worker.',
    () => 'Plan to be reviewed in 3 months.',
    () => 'Referral to parenting course.'
  ],
  actionsHeading: ['What needs to happen', 'Our plan', 'Family plan']
}
