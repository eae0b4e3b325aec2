// The words the analyser knows, kept as data so that a council's own roles and services can be
// added in one place. Entries are lower case unless noted; matching is case-insensitive.

/** Courtesy titles: "Mr Khan", "Ms M.", "Mr and Mrs G." are always people who can act. */
export const TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev']

/** Family members and the people around a child at home. All are adults or able to act. */
export const FAMILY_WORDS: readonly string[] = [
  'mum',
  'mummy',
  // Mam (the North, Wales), Nain and Taid (Welsh grandparents).
  'mam',
  'nain',
  'taid',
  'mom',
  'mother',
  'dad',
  'daddy',
  'father',
  'parent',
  'parents',
  'stepdad',
  'step-dad',
  'stepfather',
  'step-father',
  'stepmum',
  'step-mum',
  'stepmother',
  'step-mother',
  'nan',
  'nana',
  'nanna',
  'gran',
  'granny',
  'grandma',
  'grandmother',
  'grandad',
  'granddad',
  'grandpa',
  'grandfather',
  'grandparent',
  'grandparents',
  'great-grandmother',
  'great-grandfather',
  'aunt',
  'auntie',
  'aunty',
  'uncle',
  'cousin',
  'partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'family',
  'families',
  'household',
  'relative',
  'relatives',
  'godmother',
  'godfather',
  'brother',
  'sister',
  'stepbrother',
  'stepsister',
  'half-brother',
  'half-sister',
  'sibling',
  'siblings',
  'friend',
  'neighbour',
  // "All adults in the household to lock away medication": the grown-ups at home, together.
  'adults',
  'grown-ups',
  // Grandparents as case notes shorten them: maternal/paternal grandmother, grandfather.
  'mgm',
  'pgm',
  'mgf',
  'pgf',
  'mgps',
  'pgps'
]

/**
 * Head nouns of roles, teams and services that act in plans. A noun phrase whose last word (before
 * any "of", "for" or bracket) is one of these is an agent: "the family support worker", "School
 * Attendance Officer", "Perinatal mental health team", "Hospital midwives".
 */
export const ROLE_HEADS: readonly string[] = [
  'worker',
  // "School office to ring Nan": the staff of an office.
  'office',
  'warden',
  'keyworker',
  'officer',
  'adviser',
  'advisor',
  'practitioner',
  'visitor',
  'nurse',
  'midwife',
  'doctor',
  'gp',
  'paediatrician',
  'physiotherapist',
  'physio',
  'dietitian',
  'dietician',
  'audiologist',
  'orthodontist',
  'pharmacist',
  'pediatrician',
  'psychiatrist',
  'psychologist',
  'therapist',
  'counsellor',
  'counselor',
  'teacher',
  'headteacher',
  'head',
  'tutor',
  'mentor',
  'volunteer',
  'befriender',
  'coach',
  'senco',
  'assessor',
  'lead',
  // "the shift leader", "the HAF scheme leader", "team leader".
  'leader',
  'coordinator',
  'co-ordinator',
  'manager',
  'chair',
  'team',
  'service',
  'services',
  'agency',
  'agencies',
  'school',
  'college',
  'nursery',
  'academy',
  // "The college library will lend me a laptop".
  'library',
  // "Holmfield Primary", "Oakfield Infants": a school by its name.
  'primary',
  'infants',
  'setting',
  'provider',
  'police',
  'probation',
  'court',
  'cafcass',
  'guardian',
  'solicitor',
  'advocate',
  'interpreter',
  'landlord',
  'housing',
  'council',
  'authority',
  'department',
  'dentist',
  'optician',
  'pharmacy',
  'hospital',
  'clinic',
  'consultant',
  'staff',
  'professional',
  'professionals',
  'network',
  'group',
  'panel',
  'carer',
  'carers',
  'supervisor',
  'assistant',
  'clinician',
  'specialist',
  'caseworker',
  'prof',
  'profs',
  'partnership',
  'hub',
  'centre',
  'refuge',
  'charity',
  'trust',
  'unit',
  'board',
  'ward',
  'everyone',
  'all',
  'member',
  'members',
  // Case notes shorten group ("Core grp"); supported lodgings and Staying Put have hosts.
  'grp',
  'host',
  'hosts'
]

/** Multi-word roles and services whose last word alone would not say they act. */
export const ROLE_PHRASES: readonly string[] = [
  'virtual school',
  'virtual school head',
  'early help',
  'children’s social care',
  "children's social care",
  'social care',
  'social services',
  'local authority',
  'youth offending',
  'youth justice',
  'housing options',
  'housing association',
  // "Nursery key person": the early years practitioner a child is given.
  'key person',
  'job centre',
  'jobcentre plus',
  'jobcentre',
  "women's aid",
  'citizens advice',
  'citizens advice bureau',
  'health visiting',
  'core group',
  'core grp',
  'designated safeguarding lead',
  'residential home',
  'children’s home',
  "children's home",
  'care home',
  'leaving care',
  'children in care team'
]

/**
 * Lower-case words that make up the name of a role or service in front of its head noun: "the
 * family support worker", "supervising social worker", "maternal aunt", "supported lodgings host".
 */
export const ROLE_MODIFIERS: readonly string[] = [
  'social',
  'foster',
  'family',
  'support',
  'school',
  'key',
  'maternal',
  'paternal',
  'supervising',
  'designated',
  'community',
  'mental',
  'health',
  'youth',
  'virtual',
  'leaving',
  'care',
  'supported',
  'lodgings',
  'early',
  'help',
  'housing',
  'personal',
  'class',
  'named',
  'allocated',
  'independent',
  'reviewing',
  'specialist',
  'substance',
  'misuse',
  'residential',
  'contact',
  'learning',
  'safeguarding',
  'lead',
  'home',
  'step',
  'older',
  'younger',
  'big',
  'little',
  'great',
  'nursery',
  'college',
  'outreach',
  'duty',
  'perinatal',
  'attendance',
  'education',
  'welfare',
  'drug',
  'alcohol',
  'police',
  'domestic',
  'abuse',
  'core',
  'group',
  'lac',
  'cla',
  'cin',
  'cp'
]

/** Abbreviations of roles and services that act (matched case-insensitively as whole tokens). */
export const AGENT_ABBREVIATIONS: readonly string[] = [
  'sw',
  'sws',
  'ssw',
  'hv',
  'pa',
  'iro',
  'camhs',
  'gp',
  'dsl',
  'ddsl',
  'senco',
  'fsw',
  'ehw',
  'ehp',
  'tm',
  'ep',
  'salt',
  'ot',
  'idva',
  'isva',
  'yot',
  'yjs',
  'yos',
  'dwp',
  'la',
  'edt',
  'mash',
  'ewo',
  'ews',
  'vsh',
  'cpn',
  'csc',
  'lado',
  'nspcc',
  'cgl',
  'nhs',
  'amhs',
  'cmht',
  'kw',
  'lp',
  'fgc coordinator',
  'yp',
  'cyp',
  // Foster carers, core group, midwife, designated teacher, Citizens Advice, school.
  'fc',
  'fcs',
  'f/c',
  'f/cs',
  'cg',
  'mw',
  'dt',
  'cab',
  'sch'
]

/** Words for the child or young person the plan is about. */
export const CHILD_WORDS: readonly string[] = [
  'child',
  'children',
  'baby',
  'babies',
  'infant',
  'toddler',
  'young person',
  'young people',
  'yp',
  'cyp',
  'son',
  'daughter',
  'kids',
  'boys',
  'girls',
  'twins',
  'unborn'
]

/** Phrases that contain a child word but name a service, a process or a law, not a child. */
export const NOT_A_CHILD_MENTION =
  /\b(?:child(?:ren)?(?:'s|’s)?\s+(?:protection|in need|and family|in care|centre|centres|services?|social|act|commissioner|home|hospital|ward|plan|trust|team|panel|participation)|children act|child protection|young people's services|looked[\s-]after child(?:ren)?(?:'s)?\s+review)/gi

/**
 * Nouns that a plan puts first in a sentence without their being anyone who acts: "Placement to
 * continue", "Contact with mum to continue", "Referral to CAMHS to be sent".
 */
export const NON_AGENT_NOUNS: readonly string[] = [
  'placement',
  'contact',
  'referral',
  'referrals',
  'plan',
  'progress',
  'assessment',
  'review',
  'attendance',
  'support',
  'outreach',
  'therapy',
  'counselling',
  'respite',
  'transport',
  'funding',
  'medication',
  'work',
  'visit',
  'visits',
  'meeting',
  'meetings',
  'conference',
  'supervision',
  'application',
  'letter',
  'report',
  'chronology',
  'pep',
  'ehcp',
  'health',
  'education',
  'behaviour',
  'appointment',
  'appointments',
  'treatment',
  'home',
  'care',
  'order',
  'proceedings',
  'hearing',
  'evidence',
  'test',
  'testing',
  'training',
  'course',
  'programme',
  'program',
  'budget',
  'money',
  'benefits',
  'rent',
  'bills',
  'arrears',
  'tenancy',
  'accommodation',
  'routine',
  'routines',
  'bedtime',
  'hygiene',
  'monitoring',
  'engagement',
  'liaison',
  'consideration',
  'discussion',
  'safety',
  'risk',
  'concerns',
  'information',
  'records',
  'paperwork',
  'passport',
  'certificate',
  'account',
  'checks',
  'check',
  'direct',
  'life',
  'advice',
  'help',
  'intervention',
  'interventions',
  'sessions',
  'session',
  'strategy',
  'case',
  'file',
  'documents',
  'access',
  'time',
  'family time',
  'all',
  'any',
  'this',
  'that',
  'it',
  'there',
  'these',
  'those'
]

/** Verbs whose subject undergoes a change rather than doing anything ("Placement to continue"). */
export const NON_AGENTIVE_VERBS: readonly string[] = [
  'continue',
  'improve',
  'increase',
  'decrease',
  'reduce',
  'happen',
  'occur',
  'take',
  'go',
  'start',
  'begin',
  'end',
  'stop',
  'remain',
  'stay',
  'be',
  'change',
  'proceed',
  'progress',
  'resume',
  'cease',
  'commence',
  'run',
  'last',
  'finish',
  'close',
  'expire',
  'become',
  'get',
  'include'
]

/**
 * Verbs that describe a state of the subject, not something the subject does. A child who "will
 * feel safer" or "will have a bed" is not assigned anything (plan-statements.md).
 */
export const STATE_VERBS: readonly string[] = [
  'feel',
  'know',
  'understand',
  'seem',
  'appear',
  'become',
  'receive',
  'experience',
  'benefit',
  'grow',
  'thrive'
]

/** State verbs that only make a state for a child; an adult who "stays away" is acting. */
export const CHILD_STATE_VERBS: readonly string[] = ['remain', 'stay', 'live', 'have', 'enjoy']

/**
 * Process verbs: doing these is a step in the work, not a change for the child ("attend",
 * "engage", "monitor", "refer", "complete an assessment", "hold a meeting").
 */
export const PROCESS_VERBS: readonly string[] = [
  'attend',
  'engage',
  'monitor',
  'refer',
  'complete',
  'assess',
  'reassess',
  'review',
  'update',
  'hold',
  'convene',
  'chair',
  'arrange',
  'book',
  'contact',
  'phone',
  'call',
  'ring',
  'email',
  'text',
  'write',
  'visit',
  'see',
  'meet',
  'liaise',
  'share',
  'inform',
  'notify',
  'send',
  'circulate',
  'provide',
  'report',
  'record',
  'check',
  'recheck',
  'consider',
  'discuss',
  'request',
  'continue',
  'undertake',
  'carry',
  'follow',
  'offer',
  'explore',
  'seek',
  'make',
  'submit',
  'register',
  'apply',
  'sign',
  'agree',
  'plan',
  'prepare',
  'gather',
  'obtain',
  'supervise',
  'observe',
  'weigh',
  'screen',
  'test',
  'approve',
  'confirm',
  'start',
  'begin',
  'take',
  'be',
  'do',
  'support',
  'work',
  'allocate',
  'attend',
  'add',
  'open',
  'give',
  'deliver',
  'ensure',
  'talk',
  'speak',
  'tell',
  'ask',
  'invite',
  'involve',
  'identify',
  'look',
  'maintain',
  'keep'
]

/**
 * Process verbs when the child is the one doing them: tasks and appointments rather than changes
 * ("YP to open a bank account", "D. to attend school").
 */
export const CHILD_TASK_VERBS: readonly string[] = [
  'tell',
  'ask',
  'ring',
  'phone',
  'call',
  'contact',
  'email',
  'text',
  'attend',
  'engage',
  'complete',
  'submit',
  'register',
  'enrol',
  'enroll',
  'apply',
  'open',
  'sign',
  'book',
  'fill',
  'provide',
  'send',
  'bring',
  'agree',
  'take',
  'comply',
  'return',
  'set',
  'look',
  'sort',
  'chase',
  'claim',
  'arrange',
  'update',
  'check'
]

/**
 * Verbs of giving up a harmful habit: "Ms A. to stop drinking" changes the care as "Dad not to
 * drink" does.
 */
export const CEASE_VERBS: readonly string[] = ['stop', 'quit', 'cease', 'give up']

/** Past participles of passive process verbs: "can be assessed", "is seen", "views shared". */
export const PROCESS_PARTICIPLES: readonly string[] = [
  'assessed',
  'talked',
  'reassessed',
  'referred',
  'seen',
  'visited',
  'monitored',
  'reviewed',
  'discussed',
  'considered',
  'allocated',
  'recorded',
  'shared',
  'updated',
  'completed',
  'arranged',
  'held',
  'booked',
  'informed',
  'notified',
  'offered',
  'invited',
  'registered',
  'enrolled',
  'sent',
  'made',
  'agreed',
  'signed',
  'submitted',
  'active',
  'open',
  'closed',
  'convened',
  'checked',
  'weighed',
  'tested',
  'screened',
  'chaired',
  'approved',
  'confirmed',
  'started',
  'begun',
  'done',
  'place',
  'ahead',
  'supported',
  'helped',
  'accompanied',
  'transported',
  'escorted',
  'reminded',
  'prompted',
  'encouraged',
  'asked',
  'spoken',
  'told',
  'interviewed',
  'consulted'
]

/** Irregular past participles, for telling passives and perfects from plain nouns. */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'been',
  'done',
  'made',
  'seen',
  'gone',
  'got',
  'gotten',
  'given',
  'taken',
  'found',
  'begun',
  'written',
  'held',
  'met',
  'sent',
  'told',
  'brought',
  'bought',
  'built',
  'kept',
  'left',
  'paid',
  'put',
  'read',
  'set',
  'shown',
  'spoken',
  'taught',
  'thought',
  'understood',
  'undertaken',
  'won',
  'chosen',
  'drawn',
  'known',
  'run',
  'sought',
  'caught',
  'withdrawn',
  'overseen',
  'driven',
  'eaten',
  'fed',
  'led',
  'sat',
  'slept',
  'spent',
  'stood',
  'struck',
  'sworn',
  'woken'
]

/**
 * A benefit phrase that names no change for the child: "to improve outcomes", "so that his needs
 * are met", "to support the placement".
 */
export const EMPTY_BENEFIT =
  /\b(?:(?:improve|improved|improving|better|good|positive|best|achieve|achieving)\s+(?:\w+\s+){0,2}outcomes?|outcomes?\s+(?:for\s+\S+\s+)?(?:improve|are improved|will improve)|needs\s+(?:are|being|will be|to be|can be)\s+(?:fully\s+)?met|meet(?:s|ing)?\s+(?:all\s+of\s+)?(?:his|her|their|the child'?s|the children'?s|\S+'s)\s+(?:\w+\s+)?needs|support(?:ing)?\s+the\s+placement|the\s+plan\s+(?:is|can be|will be)\s+\w+)\b/i

/** Nouns for a process thing: a child who "has an assessment" is getting a process, not a change. */
export const PROCESS_NOUNS: readonly string[] = [
  'contact',
  'support',
  'help',
  'therapy',
  'counselling',
  'input',
  'intervention',
  'work',
  'assessment',
  'review',
  'meeting',
  'appointment',
  'medical',
  'referral',
  'check',
  'visit',
  'conference',
  'plan',
  'interview',
  'session',
  'sessions',
  'test'
]

/**
 * Things a child can own that are documents, services or steps in the work rather than part of the
 * child's life: "K.M.'s views shared", "Zara's PEP updated" state no change, while "his weight",
 * "her bedroom" or "his angry outbursts" can.
 */
export const NOT_CHILD_ATTRIBUTES: readonly string[] = [
  'pep',
  'ehcp',
  'plan',
  'plans',
  'assessment',
  'assessments',
  'review',
  'reviews',
  'referral',
  'referrals',
  'views',
  'wishes',
  'application',
  'file',
  'files',
  'record',
  'records',
  'report',
  'reports',
  'meeting',
  'meetings',
  'paperwork',
  'figures',
  'appointment',
  'appointments',
  'passport',
  'certificate',
  'account',
  'documents',
  'documentation',
  'information',
  'details',
  'case',
  'contact',
  'placement',
  'work',
  'session',
  'sessions',
  'programme',
  'course',
  'medical',
  'check',
  'checks',
  'test',
  'tests',
  'results',
  'progress',
  'targets',
  'needs',
  'outcomes',
  'chronology',
  'support',
  'therapy',
  'allocation',
  'funding',
  'benefits',
  'order',
  'hearing',
  'proceedings',
  'consent',
  'notes',
  'history',
  'data',
  'name',
  'address',
  'allowance',
  'payment',
  'payments',
  'rent',
  'bills',
  'arrears',
  'wages'
]

/**
 * An adult leaving, staying away or having no contact, or taking the child away from harm: a
 * concrete change in the child's safety ("Mr Green is to leave the family home", "Mum's partner
 * to have no contact with the children", "Lisa will take Ruby next door").
 */
export const SAFETY_CHANGE =
  /\b(?:take|takes|move|moves|remove|removes)\s+(?:the\s+)?(?:children|child|kids|baby|him|her|them|[A-Z][a-z'’]+)\s+(?:away|next door|upstairs|somewhere safe|to (?:a|somewhere) safe(?: place)?|out of the (?:room|house|home|flat))\b|\b(?:keep|keeps|store|stores|lock|locks|put|puts)\b[^.;]{0,40}?\b(?:medicines?|medications?|meds|tablets|pills|drugs|methadone|knives|blades|razors|bleach|chemicals|cleaning products|alcohol|lighters?|matches|cigarettes)\b[^.;]{0,30}?\b(?:locked|lock ?box|safe|out of (?:the )?reach|up high|high up|away)\b|\b(?:put|puts|fit|fits|install|installs)\s+(?:a\s+|child\s+)*(?:lock|locks|padlock|catch|catches)\s+on\s+(?:the\s+|all\s+(?:the\s+)?)?(?:medicines?|medication|meds|drugs?|chemicals?|cleaning|bleach|knife|knives|kitchen|windows?|stair)\b|\b(?:keep|keeps|store|stores|lock|locks|put|puts)\b[^.;]{0,40}?\b(?:away from|out of (?:the )?reach of)\s+(?:the\s+)?(?:children|child|baby|kids)\b|\b(?:leave|move out of|moved out of|stay away from|keep away from|not (?:return|go back|come back) to|not (?:attend|visit|enter|be at|turn up at|come (?:to|near|round to)|go (?:to|near))|(?:have|has) no (?:unsupervised )?contact with|not (?:have|be in) (?:any )?(?:unsupervised )?contact with|not (?:live|stay|sleep) (?:at|in|with)|not be left (?:alone )?(?:with|in the care of))\s+(?:the\s+|his\s+|her\s+|their\s+|any\s+|both\s+)?(?:family\s+)?(?:home|house|children|child|baby|address|property|flat|kids)\b/i

/**
 * The same, in ways found since, kept apart behind a cheap look for their words: no contact with
 * a child named ("Mr Hale to have no unsupervised contact with Bella"), a baby put down in her
 * cot, medicines locked away.
 */
export const SAFETY_CHANGE_MORE_HINT = /contact|down|away|\bup\b/i
export const SAFETY_CHANGE_MORE =
  /\b(?:have|has|having)\s+no\s+(?:unsupervised\s+|direct\s+)?contact\s+with\s+(?:[A-Z][a-z'’-]+|the\s+(?:girls|boys|twins))\b|\b(?:put|puts|lay|lays)\s+(?:\S+\s+){1,3}?down\b[^.;]{0,30}?\bin\s+(?:his|her|their|a|the)\s+(?:own\s+)?(?:cot|moses basket|crib|cot bed)\b|\b(?:lock|locks|put|puts|store|stores)\s+(?:away|up)\s+(?:all\s+)?(?:the\s+|(?:his|her|their)\s+)?(?:[\w-]+\s+)?(?:medicines?|medications?|meds|tablets|pills|drugs|methadone|knives|blades|razors|bleach|chemicals|cleaning products|alcohol|lighters?)\b/i

/** Looking after the child directly: "Dad's sister will look after both children". */
export const CARE_FOR_CHILD =
  /^(?:look after|looks after|care for|cares for|take care of|keep \S+(?: \S+)? safe|protect)\b/i

/** Things that meet a child's basic needs: providing them is a concrete change for the child. */
export const BASIC_NEEDS: readonly string[] = [
  'bed',
  'beds',
  'bedroom',
  'bedrooms',
  'room',
  'cot',
  'mattress',
  'bedding',
  'clothes',
  'clothing',
  'uniform',
  'shoes',
  'coat',
  'food',
  'meal',
  'meals',
  'breakfast',
  'heating',
  'tea',
  'dinner',
  'lunch',
  'supper',
  'nappies',
  'formula',
  'car seat',
  'stair gate',
  'stairgate',
  'smoke alarm',
  'glasses',
  'a (?:new |safe |suitable |permanent |settled )?(?:home|house|flat)',
  'property',
  'accommodation',
  'toys',
  'books'
]

/**
 * Contact with family is an arrangement, not a change, unless a benefit is stated: "Ella will see
 * her brother every other weekend", "support Kayla to visit her sister".
 */
export const CONTACT_VERBS: readonly string[] = [
  'see',
  'visit',
  'meet',
  'phone',
  'call',
  'ring',
  'contact',
  'spend',
  'stay'
]

/** Participles that make something better: "his teeth are treated", "the damp is fixed". */
export const REMEDY_PARTICIPLES: readonly string[] = [
  'treated',
  'fixed',
  'repaired',
  'resolved',
  'healed',
  'cured',
  'sorted',
  'replaced',
  'made',
  'done',
  'fitted',
  'mended'
]

/**
 * Verbs of caring for a child: a parent who "can manage Jack's behaviour" or will "learn how to
 * settle the baby" changes the care the child gets.
 */
export const CARE_VERBS: readonly string[] = [
  'manage',
  'care',
  'look after',
  'keep',
  'protect',
  'set',
  'respond',
  'meet',
  'parent',
  'comfort',
  'feed',
  'bath',
  'settle',
  'soothe',
  'supervise',
  'recognise',
  'spot',
  'make up',
  'prepare',
  'handle',
  'calm'
]

/**
 * What a "How will we know" cell names without saying whose it is: in that cell "Attendance above
 * 95%" and "Weight back on the 25th centile" are the child's.
 */
export const BARE_CHILD_ATTRIBUTES: readonly string[] = [
  'attendance',
  'punctuality',
  'weight',
  'behaviour',
  'sleep',
  'speech',
  'development',
  'growth',
  'reading',
  'attainment',
  'confidence',
  'self-esteem'
]

/** Verbs of providing something. */
export const PROVISION_VERBS: readonly string[] = [
  'buy',
  'get',
  'provide',
  'give',
  'find',
  'fit',
  'install',
  'repair',
  'fix',
  'replace',
  'cook',
  'make',
  'move',
  'clean',
  'wash',
  'decorate',
  'furnish',
  'supply',
  'source',
  'purchase',
  'secure',
  'rehouse'
]

// ---------------------------------------------------------------------------------------------
// Time vocabulary

// The month names live with the day-first date reader, which the first screen loads without the
// analyser.
export { MONTH_NUMBERS } from '../dates'

export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6
}

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-one': 21,
  'twenty-eight': 28,
  thirty: 30,
  'forty-eight': 48,
  'seventy-two': 72,
  'a couple of': 2,
  'couple of': 2
}

/**
 * Phrases that sound like timing but set no checkable deadline. Order does not matter: the first
 * in the text wins among vague matches, and any concrete timescale beats them all.
 */
/**
 * What a Who or When cell holds when it names nobody or no time: "TBC", "n/a", "Not set" (a
 * system's flag for an empty field), "Not recorded", "[illegible]" (a scan's unread word). An
 * expression's alternatives, for anchoring.
 */
export const NOT_GIVEN =
  'n\\/?a|none|\\(none\\)|\\(?unassigned\\)?|not assigned|tbc|tba|tbd|unknown|not known|not (?:set|recorded|stated|agreed)|\\[illegible\\]|-+'

export const VAGUE_PHRASES: readonly string[] = [
  'asap',
  'a\\.s\\.a\\.p\\.?',
  'as soon as (?:possible|practicable|practical|able)',
  'as a matter of (?:urgency|priority)',
  // "Contact to be increased if things go well": when it suits, with no date to check.
  'if (?:things|it|all) (?:go|goes) (?:well|to plan)',
  // "share call-outs as they happen", "more time out as his trust builds": as things go, no date.
  'as (?:they|it|things|issues|problems) (?:happens?|arises?|occurs?|comes? up)',
  'as (?:his|her|their|the) [\\w-]+ (?:builds?|grows?|improves?|develops?)',
  'urgently',
  'imm?ediate?ly',
  'immediatley',
  // "Immediate" as a By-when cell or at the end of an action; not "his immediate family".
  'immediate(?=\\s*(?:$|[.;,)]))',
  'without (?:any )?(?:further )?delay',
  'ongoing',
  'on-going',
  'on an? (?:ongoing|on-going|as-needed|as needed|needs-led|ad hoc|ad-hoc) basis',
  'on going',
  'going forward',
  'moving forward',
  'from now(?: on)?',
  'in due (?:course|time)',
  'as (?:things|matters) (?:progress|develop|move on)',
  'when appropriate',
  'where appropriate',
  'as appropriate',
  'if appropriate',
  'as needed',
  'as\\s*(?:and|&)\\s*when(?: (?:needed|required|necessary|appropriate))?',
  'when needed',
  'where needed',
  'if needed',
  'as required',
  'when required',
  'where required',
  'if required',
  'as necessary',
  'when necessary',
  'where necessary',
  'if necessary',
  'when possible',
  'where possible',
  'if possible',
  'as often as (?:possible|needed|required)',
  'until further notice',
  'at the earliest opportunity',
  'at the first opportunity',
  'as early as possible',
  'in the near future',
  'in the (?:longer|long|short|medium) term',
  'in the (?:long|longer) run',
  'later in the (?:year|term|month|spring|summer|autumn)',
  'in a few (?:days|weeks|months)',
  'after a (?:few|couple of) (?:visits|sessions|meetings|weeks)',
  'at a (?:time|day) (?:that )?suits (?:him|her|them|you|me|us|the family)',
  'as an? (?:urgent |top )?priority',
  // "to be increased in time", "for Lucas in time.": at some point, not by a checkable date.
  'in time(?=\\s*(?:$|[.;,)])|\\s+so\\b)',
  'in the future',
  'at some (?:point|stage)',
  'at a later (?:date|stage)',
  'over time',
  'some ?time soon',
  'before long',
  'soon',
  'shortly',
  'imminently',
  'right away',
  'regularly',
  'regular(?= (?:contact|visits?|sessions?|checks?|meetings?|support|updates?|reviews?|phone calls|calls|breaks|(?:[\\w-]+ )?tests|testing))',
  'on a regular basis',
  'at regular intervals',
  'periodically',
  'frequently',
  'routinely',
  'occasionally',
  'from time to time',
  'every so often',
  '(?:every )?now and (?:then|again)',
  'every (?:few|several) (?:days|weeks|months)',
  'continually',
  'continuously',
  'constantly',
  'at all (?:reasonable )?times',
  'at (?:short|very short|no) notice',
  '(?:kept|keep|keeps|keeping) under (?:review|regular review|close review)',
  'at any time',
  'all the time',
  // Not "Amber's 24/7 worry line": a service that is always open names no timing.
  '24/7(?!\\s+(?:[\\w-]+\\s+)?(?:line|helpline|number|service|phone|team))',
  'throughout the (?:plan|placement|year|period)',
  'timely',
  'in a timely (?:manner|way|fashion)',
  'promptly',
  'date to be (?:set|agreed|confirmed)',
  'when (?:he|she|they|i|the young person|the child) (?:is|are|am|feels?) ready',
  'when ready',
  // "When I'm ready", "when she's ready": the same, written short.
  "when (?:i['’]m|(?:he|she|it)['’]s|(?:they|you|we)['’]re) ready",
  'for the foreseeable future',
  'for now',
  // "when the waiting list allows": whenever someone else can, which the plan cannot check.
  'when (?:the )?(?:waiting list|time|capacity|funding|resources?|availability) allows?',
  'as per (?:the )?statutory (?:requirements|timescales|guidance|regulations)',
  'in line with statutory (?:requirements|timescales|guidance|regulations)',
  'within statutory (?:requirements|timescales)',
  'as per (?:procedures|policy|guidance|requirements)',
  'as per (?:[\\w-]+\\s+){1,2}(?:procedures|policy|guidance|requirements|timescales|regs|regulations)',
  'in the (?:coming|next few|following) (?:days|weeks|months)',
  'over the (?:coming|next few|following) (?:days|weeks|months)',
  'within (?:the next |a )?few (?:days|weeks|months)',
  'as agreed',
  'as arranged',
  // "Next available course", "at the next available appointment": whenever a place comes up.
  'next available (?:course|group|programme|appointment|slot|session|place|date|intake)',
  // "In line with the court timetable": the court's dates, which the plan does not give.
  '(?:in line with|as per|according to) the (?:court|proceedings|legal) (?:timetable|timescales?|directions)',
  // Whenever it suits, said in many ways: "further down the line", "in the fullness of time",
  // "one of these days", "when things quieten down", "when she can manage it".
  '(?:further )?down the (?:line|road)',
  'in the fullness of time',
  'forthwith',
  'one of these days',
  'when things (?:(?:quieten|calm|settle|quiet) down|settle)',
  'when (?:he|she|they|i|we|mum|dad) (?:feels?|is|are|am) up to it',
  'when (?:he|she|they|i|we|mum|dad) can manage(?: it)?',
  'sooner rather than later',
  'in short order',
  'whenever it suits(?: (?:her|him|them|me|us|the family))?',
  // "when she gets a minute": when it suits, with no date.
  'when (?:he|she|they|i|we) gets? (?:a|the) (?:chance|minute|moment|second)',
  // "when a room frees up", "when a place comes up": when one is free, which nobody can say.
  'when (?:a|the) (?:room|place|bed|space|flat|vacancy|slot) (?:frees|comes|becomes) (?:up|free|available)',
  // "Contact with Mum: when released": on an event whose date nobody knows. "Bedding from the
  // community store when in stock", "Corinne to pick everything up when back".
  'when released',
  // "whenever Mum has a hospital appointment", "when he can afford it": as things allow.
  'whenever (?:\\S+\\s+){1,2}(?:has|have|gets?) (?:an? )?(?:\\S+\\s+)?(?:appointment|shift|day off)',
  'when (?:he|she|they|i|we) can afford (?:it|to)',
  'when (?:back )?in stock',
  "when (?:(?:she|he|they|i|we)(?:[’']s| is| are| am| gets?)? )?back(?: from (?:leave|holiday|annual leave))?(?=\\s*[.,;]|$)",
  'on (?:her|his|their) release',
  'for the time being',
  // "ring school the now": straight away, in Scottish and Northern English.
  'the now',
  'strai(?:gh)?te? ?away',
  // "stop the session at once": straight away, not one time.
  'at once',
  'as often as (?:is |it is )?(?:possible|needed|necessary|required|appropriate)',
  'wherever (?:possible|appropriate|needed|necessary)',
  // "cut down on energy drinks where I can": whenever it suits, like "where possible".
  'where (?:i|we|he|she|they|you) can',
  'whenever (?:possible|appropriate|needed|necessary|required)',
  // "as directed", "as reqd": whenever someone else says, which the plan does not.
  "as (?:directed|instructed|advised|requested|reqd|req['’]d|req\\.|req)",
  // "for as long as the family need it", "for as long as needed": open-ended.
  "for as long as (?:(?:[\\w'’]+\\s+){0,3}?(?:needs?|needed|wants?|necessary|required|appropriate|possible)|it takes)(?:\\s+(?:it|them|this|support|help))?",
  'in good time',
  'sooner or later',
  'for the duration of (?:the|this) (?:plan|placement|order)',
  'on receipt of',
  // "as capacity allows", "pending panel", "at the first available opportunity".
  'as (?:the situation|capacity|resources|funds|money|the budget|time|circumstances) (?:dictates?|allows?|permits?)',
  // "pending the outcome of the police investigation": the wait runs to what it waits for.
  'pending (?:panel|funding|approval|a decision|the outcome(?: of (?:the|an?|his|her|their) (?:[\\w-]+ ){0,2}(?:investigation|assessment|appeal|hearing|review|enquiry|inquiry|trial|case|application))?|the assessment)',
  // "pending the police investigation": the same wait, without "the outcome of".
  'pending (?:the|an?|his|her|their) (?:[\\w-]+ ){0,2}(?:investigation|appeal|hearing|enquiry|inquiry|trial)',
  'on a (?:long|longer|short|shorter)[\\s-]term basis',
  'at any (?:point|stage)',
  'depending on (?:the )?(?:waiting list|availability|funding|resources|capacity)',
  'at the (?:first|earliest) (?:available|availble|possible) opportunity',
  // "as it comes in": whenever there is news.
  'as (?:and when )?(?:it|they|information|news) comes? in',
  // "before the application deadline": a deadline that the plan does not give.
  '(?:by|before) the (?:[\\w-]+ )?deadline',
  'continu(?:e|es|ing) (?:to|with)',
  '(?:with|w\\/) immediate effect',
  '(?:with|w\\/) effect from now',
  '(?:date\\s+)?(?:tbc|tba|t\\.b\\.[ca]\\.?)',
  // Whenever it fits, said plainly: "as time allows", "at her own pace", "in his own time", "when
  // the time is right for me", "before too long", "as the need arises".
  '(?:as (?:and when )?|when )time (?:allows|permits)',
  '(?:at|in) (?:her|his|their|my|your|our) own (?:pace|time)',
  // "as his college timetable allows", "when her shifts allow": whenever someone's week has room.
  '(?:as|when) (?:his|her|their|my|your|our|the) (?:[\\w-]+ )?(?:timetable|schedule|diary|shifts?|rota) allows?',
  // "time permitting", "in the weeks ahead", "as she wishes", "at the earliest convenience",
  // "somewhere down the road", "when numbers allow", "as per schedule".
  'time permitting',
  'in the (?:days|weeks|months) ahead',
  'as (?:he|she|they|I|we|you) wish(?:es)?',
  'at (?:the|your|his|her|their|our|my) earliest convenience',
  'somewhere down the (?:line|road)',
  'when numbers allow',
  'as per (?:the )?(?:schedule|timetable|rota)',
  // "in the interim", "when they get round to it": for now, or whenever.
  'in the (?:interim|meantime)',
  'when (?:he|she|they|I|we|you|mum|dad) gets? (?:a)?round to it',
  'when the time is right(?: for (?:me|him|her|them|us|the family))?',
  'before (?:too|very) long',
  'as (?:the )?needs? arises?',
  // "without fail", "for good", "in principle", "bit by bit": how firmly or how slowly, not when.
  'without fail',
  'for good(?=\\s*(?:$|[.;,)]))',
  'in principle',
  '(?:bit by bit|little by little)',
  // "when back from leave", "when Kirsty is back from leave": whenever someone returns.
  "when (?:[\\w'’-]+ )?(?:is |are |['’]s )?back from (?:(?:annual|sick|maternity|paternity) )?(?:leave|holiday)",
  // "as per the package": on whatever terms were agreed before, which the plan does not give.
  'as per (?:the|her|his|their) (?:care )?(?:package|agreement)',
  // "before enrolment closes": a deadline the plan does not give.
  '(?:by|before) (?:the )?(?:enrolment|registration|applications?) (?:closes?|ends?)',
  // "eventually", "as things stand", "on return": some day, or whenever someone is back.
  'eventually',
  // "at a suitable time", "most days": when it suits, or not every time.
  'at (?:a|the) (?:suitable|convenient|good|right) (?:time|moment)',
  'most days',
  // "nearer the time": later, when someone judges it near enough.
  'nearer (?:the|to the) time',
  // "as they see fit", "for as long as it helps": whenever, or for as long as, someone judges.
  'as (?:they|he|she|you|we|I) (?:see|think) fit',
  'for as long as (?:it|this|that) (?:helps|works|is needed|lasts)',
  'as (?:things|it) stands?',
  'on (?:(?:his|her|their|my) )?return(?=\\s*(?:$|[.;,)]|from (?:leave|holiday)\\b))'
]

/**
 * What makes a "when", "once", "whenever" or "as often as" clause a vague timing rather than a
 * trigger: readiness or availability ("when able", "once Jade is settled", "when one becomes
 * available") or someone's wish ("whenever Kai asks", "as often as he wants to"). A trigger ("when
 * Dad turns up", "when he is upset") names an event, not a time, and is no timescale at all.
 */
export const CONDITION_READINESS: readonly string[] = [
  'able',
  'ready',
  'under control',
  'passing',
  // "when she is next in clinic", "when she next comes into the office", "whenever he next picks
  // up the phone": the next time, whenever that is.
  'next in',
  // "when back from the lab": results, or someone, returning.
  'back from',
  '(?<!\\bthe\\s)next\\s+[a-z]+s',
  // "when the timing feels right", "when the time is right".
  '(?:is|feels?|seems?) right',
  'settled',
  'settled in',
  'available',
  'well enough',
  // "when things are calmer": when the family's situation allows, with no date.
  'calmer',
  'quieter',
  'comfortable',
  'confident',
  'allocated',
  'agreed',
  'confirmed',
  'arranged',
  'identified',
  'found',
  'in place',
  'offered',
  'discharged',
  'released',
  'free',
  'appropriate',
  'possible',
  'practicable',
  // "when it can be managed", "when it can be fitted in", "when there is time": whenever there
  // is room for it.
  'it can be (?:managed|fitted in|arranged|done)',
  'there is (?:time|room|space)',
  'complete',
  'completed',
  'finished',
  'over',
  'done',
  'ha(?:s|ve) (?:a )?(?:space|place|capacity|slot|vacancy)',
  // "when he gets paid".
  'gets? paid',
  'wants?',
  // "when she can", "when dad can": whenever the owner manages, with no date.
  "(?:he|she|they|i|we|you|mum|dad|mom|nan|carers?)\\s+can(?!['’]?t\\b|not\\b)(?=\\s*$)",
  'wish(?:es)?',
  'would like',
  // Not "when the older boys ask him for money": someone asking the owner is a trigger.
  'asks?(?!\\s+(?:him|her|them|me|you|us)\\b)',
  'asked',
  'requests?',
  'requested',
  'chooses?',
  'likes?',
  'feels like',
  // "when she's feeling up to it": whenever the parent feels able.
  'up to it',
  // "when his back allows", "when work permits".
  'allows?',
  'permits?',
  'needs?',
  'prefers?',
  'granted',
  'issued',
  'approved',
  'received',
  'decided',
  'sorted',
  'rehoused',
  'saved',
  'saved up',
  // Getting something the action waits on: "when I get a place on the course".
  'gets? (?:a|an|my|his|her|their|the) (?:place|offer|flat|tenancy|house|home|job|date|bed|room)'
]

/** Events that set a vague time when something other than a person starts: "when the next one starts". */
export const CONDITION_THING_STARTS: readonly string[] = [
  'starts?',
  'begins?',
  'opens?',
  'restarts?',
  'reopens?',
  'comes? up',
  'comes? (?:through|back|in)',
  'comes',
  'arrives?',
  'runs?',
  'is running',
  'is set up'
]

/** "meeting" and "review" as case notes write them: "CIN mtg", "LAC rev". */
const MTG = '(?:meeting|mtg)'
const REV = '(?:review|rev(?!\\.\\s*[A-Z]))'

/**
 * Meetings a deadline can be tied to. Specific ones stand alone after "by", "before", "at" and the
 * like; generic ones ("the next meeting", "the review") need a word such as "next" or "first".
 */
export const SPECIFIC_MEETINGS: readonly string[] = [
  `(?:${REV} |initial )?child protection (?:case )?conference`,
  `(?:${REV}|initial|case|child protection) conference`,
  'icpcc?',
  'rcpcc?',
  // "ahead of core group two": a plan's numbered core groups, in figures or words.
  `core group(?: ${MTG})?(?: (?:[1-9]|one|two|three|four|five|six)\\b(?! (?:weeks?|days?|months?)\\b))?`,
  // "by CG2": the second core group, numbered as a plan's key line numbers them.
  `cg[1-9]?(?: ${MTG})?`,
  `cin (?:${REV} )?(?:${MTG}|${REV})`,
  `child in need (?:${REV} )?(?:${MTG}|${REV})`,
  `(?:lac|cla|cic) ${REV}(?: ${MTG})?`,
  `looked[ -]after (?:child(?:ren)? )?${REV}`,
  `children in care ${REV}`,
  `statutory ${REV}`,
  `iro ${REV}`,
  `pathway (?:plan )?${REV}(?: ${MTG})?`,
  `pp ${REV}(?: ${MTG})?`,
  `(?:taf|tac|tafm)(?: (?:${MTG}|${REV}))?`,
  `team around the (?:family|child)(?: (?:${MTG}|${REV}))?`,
  `early help (?:${REV}|${MTG})`,
  `eha ${REV}`,
  `pep(?: (?:${MTG}|${REV}))?`,
  `ehcp (?:annual )?${REV}`,
  `strategy (?:${MTG}|discussion)`,
  `professionals(?:’|')? ${MTG}`,
  `(?:family )?network ${MTG}`,
  'family group conference',
  'fgc',
  `legal (?:planning |gateway )?${MTG}`,
  'lpm',
  // "before the next MARAC": the multi-agency risk meeting; "by the next CETR", a Care,
  // Education and Treatment Review.
  'marac',
  'c?etr',
  // "at next month's meeting", "by next week's core group".
  "(?:next|this) (?:week|month)['’]s (?:[\\w-]+ )?(?:meeting|mtg|review|panel|core group)",
  `plo ${MTG}`,
  `pre-proceedings ${MTG}`,
  `(?:permanence|placement|care|discharge) planning ${MTG}`,
  '(?:final|court|issues resolution|case management) hearing',
  'irh',
  '(?:fostering|adoption|matching|resource|gateway) panel',
  `${REV} (?:${MTG}|conference)`,
  `pre-birth (?:${REV} |planning )?(?:${MTG}|conference)`,
  // "at the 9-month check", "by her two-year development check": the health visitor's reviews.
  // Not "taken for his 2-year development check": there the check is what is done.
  "(?<!\\bfor (?:[\\w'’-]+ )?)(?:\\d{1,2}|six|nine|twelve|one|two|three)[- ](?:months?|years?|weeks?)(?:-old)? (?:health |development(?:al)? )?check"
]

/** Seasons as named periods ("by the summer", "before winter"): spring starts in March. */
export const SEASON_START_MONTHS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12
}

/** "at his next clinic appointment": an appointment is a review point once it is the next one. */
export const APPOINTMENT = '(?:clinic |hospital |outpatient |dental |gp )?(?:appointment|appt)'

export const GENERIC_MEETINGS: readonly string[] = [
  // "by next CIN", "at the next LAC": a plan's own meeting named by its plan type alone.
  'cin',
  'lac',
  'cla',
  'cic',
  'pp',
  'meeting',
  'mtg',
  'review',
  'rev(?!\\.\\s*[A-Z])',
  'hearing',
  'panel',
  // "by next supervision": the social worker's next supervision with their manager.
  'supervision',
  'conference',
  'visit',
  'home visit',
  // "by her next PA catch-up": a young person's regular meeting with their adviser.
  'catch[\\s-]?up',
  // "at the next key work session": a hostel key worker's regular meeting.
  'key\\s?work(?:er)? session'
]

// ---------------------------------------------------------------------------------------------
// Document structure

/** Headings of sections whose lines are actions. */
export const ACTION_HEADINGS: readonly RegExp[] = [
  /what (?:needs|has|have) to (?:happen|change)/i,
  /\bactions?\b/i,
  /^(?:the |our |my |agreed |child'?s |family )?plan\s*:?$/i,
  // "OUR PLAN WHILE WE WAIT", "The plan until the review".
  /^(?:the |our |my |agreed |family )?plan\s+(?:while|until|for now|from now)\b/i,
  /\bplan of (?:action|work)\b/i,
  /what (?:will|is going to|are we going to) (?:happen|do)/i,
  /what (?:we|i|they) (?:will|are going to) do/i,
  /who (?:will|does) (?:do )?what/i,
  /\bnext steps\b/i,
  /\btasks?\b/i,
  // "Bucket": a task board's columns, each a list of the plan's tasks.
  /^(?:bucket|board column|swimlane)$/i,
  // "TM directions", "Management directions": a manager's instructions on the case.
  /^(?:(?:tm|team manager(?:['’]s)?|manager(?:['’]s)?|management|practice manager(?:['’]s)?|service manager(?:['’]s)?)\s+)?directions?\s*:?$/i,
  // "Recommendations of the review (these form the care plan until the next review)".
  /\brecommendations?\b/i,
  /what will be different/i,
  // "Voluntary intervention plan": a youth justice team's plan for an out of court disposal.
  /\b(?:support|safety|family|care|intervention|cin|child in need|child protection|cp|pathway|early help|taf|tac|pre-birth|team around the family) plan\b/i,
  /\bhow (?:we|will we|will you) (?:help|support)\b/i,
  /\bwhat help\b/i,
  /\bagreed (?:plan|steps)\b/i,
  // "6. Added at the looked after review (Wednesday 29/03/2079)": steps a later meeting added.
  /^(?:added|additions?) (?:at|by|after) (?:the )?[\w'’-]+/i,
  // "Part 1 - Victim support (VLO)", "Family support": the support a service will give.
  /^(?:victim|family|parenting|practical|emotional|housing|money|extra|additional|ongoing|our)\s+support$/i,
  // "Things to do", "Jobs to sort": a to-do list.
  /^(?:things|jobs|stuff) (?:to (?:do|sort|get done)|we (?:need|have) to do)\b/i,
  // "Schedule of works (to go with the improvement notice)": the repairs a landlord must do.
  /^schedule of (?:works|repairs)\b|^(?:works|repairs) (?:required|needed|to be done)\b/i,
  // "Control measures": a risk assessment's steps to reduce the risk.
  /^(?:control|safety) measures\b/i,
  // "How the children will still be seen", "How Mia will be kept safe": the steps that follow.
  /^how (?:[\w'’]+\s+){1,3}will (?:still )?be (?:seen|kept safe|supported|helped|protected|visited)\b/i,
  // "How best to support me": a one-page profile's asks of the adults around the child.
  /^how (?:best )?(?:to|you can|we can) (?:support|help) (?:me|him|her|them)$/i,
  // "Agreed points", "Points agreed at the visit".
  /^(?:the )?(?:agreed points|points agreed)\b/i,
  // "Checklist agreed at the TAF", "Action checklist": steps to be done (a bare "Checklist" may
  // list papers on file).
  /\b(?:actions?|to-?do|tasks?)\s+checklist\b|\bchecklist\s+(?:agreed|of\s+(?:actions|tasks|steps))\b/i,
  // "PART 3 - CORE GROUP ADDITIONS", "Additions to the plan": steps added to it.
  /\badditions\b/i,
  // "Follow-up" over a visit record's coded steps ("FU1 - Crew to return ..."); "Clinic plan".
  /^follow[\s-]?ups?$/i,
  /^(?:clinic|nursing|treatment|therapy|quit) plan$/i,
  // "Plan discussed with Mum and Jayden": the plan, and who made it.
  /^(?:the )?plan (?:discussed|agreed|made|written) (?:with|at)\b/i,
  // "What we agreed": a restorative meeting's or a family meeting's agreement, step by step.
  /^what (?:we|everyone|you and \w+|the family) (?:have |has )?agreed$/i,
  // "It was agreed that:" over "1. the social worker would visit ...": a conference's outcome
  // summary lists its plan in reported speech.
  /^(?:it (?:was|has been|is) agreed|(?:the )?(?:conference|meeting|core group|panel|review|group|family|we|everyone) (?:have |has )?agreed)(?: that)?$/i
]

export const CONTINGENCY_HEADING =
  /\bcontingenc|\bwhat if\b|\bplan b\b|\bparallel plan|what (?:will )?happens? if\b|if (?:things|the plan|this plan|it|this) (?:go(?:es)? wrong|(?:is|are)(?:n'?t| not) (?:working|improving|changing)|(?:does not|doesn't|do not|don't) (?:work|improve|change|get better|go (?:to plan|well|as planned)))|if (?:things|it|this) (?:go(?:es)?|(?:is|are)) (?:off track|badly)|^if (?:things|anything) changes?$|if (?:things|it|this|the situation) (?:gets?|become|becomes) (?:worse|harder|(?:more )?difficult)|if (?:the |this |her |his )?placement (?:is (?:at risk|breaking down)|breaks down|ends)|if (?:the |this )?(?:safety )?(?:plan|rules?|agreement)s? (?:is|are) (?:broken|not (?:kept|followed|working))|^if (?:[A-Z][\w'’-]*|he|she|they|the (?:child|young person)) (?:goes|go|is|are) missing\b|^if (?:a|an|the|this|that|any) [\w'’-]+ (?:does not|doesn't|do not|don't|is not|isn't) work(?:ing)?(?: out)?$|^if there (?:are|is) (?:any )?(?:more|further|another|new|other)\b/i

export const OUTCOME_HEADINGS: readonly RegExp[] = [
  /^(?:the |our |desired |intended |expected |agreed )?outcomes?\b/i,
  /\boutcomes? (?:we want|wanted|for|to achieve)\b/i,
  /what (?:we|do we|does \S+) want to (?:achieve|see|change|happen|be different)/i,
  /\b(?:safety|wellbeing|well-being|family|smart|plan) goals?\b/i,
  /^goals?\b/i,
  /what (?:does|would) (?:good|success) look like/i,
  /\b(?:aims?|objectives?) of (?:the|this) plan\b/i,
  /what we are aiming for/i,
  /^what (?:we|i|you) (?:want|hope)(?:\s+(?:for|by|at)\b|$)/i,
  // "Overarching goals", "Therapy targets for Kit": what the work is for, not its steps.
  /\b(?:overarching|overall|long[\s-]term|therapy|treatment)\s+(?:goals?|targets?)\b/i,
  // "Home standards agreed at conference": how the home must be, not who does what.
  /^(?:the |our |agreed )?(?:home |house )?standards\b/i
]

/** Headings of sections that hold the child's own views. */
export const VOICE_HEADING =
  /\b(?:views?|voice|wishes|feelings|said|says|say|told us|showed us|shows us|own words|['’]s words|life is like|a day in (?:the|my|his|her) life|lived experience|what i (?:think|said|want|would like)|in my words|in [A-Z][\w-]*['’]s words|my story|what matters to me|about me|three houses|house of (?:worries|good things|dreams)|wizards?|fairy|fairies|my world)\b/i

/** Views headings that belong to someone other than the child. */
export const NOT_CHILDS_VOICE_HEADING =
  /\b(?:parents?|parent's|parents'|mum|mother|dad|father|carers?'?s?|professionals?'?s?|agency|agencies|family's|families'|school's|others?|social worker's|mr|mrs|ms|miss)\b/i

/** What a views section says when the child's views were not gathered. */
export const NO_VIEWS =
  /^(?:n\/?a\b|none\b|not (?:gathered|applicable|obtained|available|recorded|seen|known|sought|possible|yet|discussed|spoken|agreed|completed)|no (?:views|comment|information)|unborn|too young|declined|did not (?:want|wish|attend)|refer(?:red)? to\b|see (?:the )?(?:\w+ )?(?:review )?minutes|was not seen|could not be seen|to be gathered|tbc\b|-+$)/i

/** A line in a views section that says the views were not gathered ("L. is too young to say"). */
export const NO_VIEWS_STATED =
  /\b(?:too young (?:to|for)|not (?:been )?(?:seen|gathered|obtained|sought|possible|applicable|asked)|unable to (?:give|share|express|communicate|say)|pre-?verbal|non-?verbal|declined to|did not want to (?:talk|speak|share|say)|(?:would|did) not (?:speak|talk) to|to be gathered|unborn|was (?:at school|at nursery|asleep|out|not (?:at home|in|there|present|available))(?: (?:at|during|when|for) the (?:time of the )?(?:home )?visit\b|(?=\s*(?:[.,;]|and\b|$))))/i

/** Key-value lines that state an outcome or goal, not an action ("Outcome: Tia will ..."). */
export const OUTCOME_KEYS =
  /^(?:(?:desired |intended |expected )?outcomes?|goals?|aims?|objectives?|safety goal|wellbeing goal|what we want to achieve|what good looks like|what (?:we|i) (?:want|would like|need) to see)\s*\d*$/i

/** Header fields that name an adult: a first name given here is not the child's. */
export const ADULT_ROLE_KEYS =
  /\b(?:social worker|allocated worker|personal adviser|pa|key ?worker|lead (?:professional|practitioner)|iro|independent reviewing officer|team manager|manager|chair|foster carers?|carers?|placement|supervising social worker|family support worker|health visitor|teacher|dsl|author|completed by|mother|father|mum|dad|parents?)\b/i

/** Headings of narrative sections: their lines are never actions. */
/**
 * "Taken out of the plan at this conference", "Actions completed": a list of what is done with,
 * not to be done, whatever else the heading says.
 */
export const DONE_HEADING =
  /\b(?:taken out of|removed from|dropped from) (?:the|this) plan\b|^(?:actions?|tasks?) (?:completed|closed|achieved|done)\b|^(?:completed|closed|achieved) (?:actions?|tasks?)\b/i

export const NARRATIVE_HEADINGS: readonly RegExp[] = [
  // "What is hard", "What helps Harley (from his one-page profile)": how things are, and what
  // already helps the child, before the plan.
  /^what(?:['’]s| is) (?:hard|difficult|not (?:going|working) (?:so )?well)\b|^what helps\b/i,
  // A meeting's agenda: "1. Welcome and purpose", "Apologies", "Date of next meeting".
  /^(?:welcome|apologies|introductions?|minutes of (?:the )?(?:last|previous) meeting|matters arising|any other business|aob|date of (?:the )?next meeting)\b/i,
  // "SOCIAL PRESCRIPTION (what is on near you)": a list of local groups, not the plan.
  /\bwhat(?:['’]s| is) on (?:near you|locally|in the area|nearby)\b/i,
  // "Why we are involved", "Why the conference met", "Why Mia and Kian need a child protection
  // plan": the reasons for the plan, not the plan.
  // "1. Why Anya was referred to the MNES", "3. How Anya is now": the story so far.
  /^why there (?:is|was) (?:a|an) (?:[\w-]+ ){0,4}plan\b|^why (?:[A-Z][\w'’-]*|he|she|they|the (?:child|children|baby|family)) (?:was|were) referred\b|^how (?:[A-Z][\w'’-]*|he|she|they|things|the (?:child|children|baby|family)) (?:is|are) (?:now|doing)\b/i,
  /^why (?:we are|we're|are we|is (?:the|children's) services?) (?:working|involved)\b|^why (?:we|the (?:conference|meeting|core group)) (?:met|(?:is|are) meeting|(?:was|were) called)\b|^why (?:the|this) (?:[\w-]+ ){0,2}plan (?:ended|is ending|was made|is needed|changed)\b|^why (?:[A-Z][\w'’-]*|he|she|they|the (?:child|children|baby|family))(?: and [A-Z][\w'’-]*)? (?:needs?|has|have|is on|are on) (?:a|an|this) (?:[\w-]+ ){0,3}plan\b/i,
  /\breasons?\b/i,
  /\bbackground\b/i,
  // "Technician's notes", "Officer's findings": what someone saw, before the plan.
  /^[\w'’-]+['’]s\s+(?:notes|observations|findings)$/i,
  // "Section A. What happened", "Part 1. Why Clemency is looked after": the incident and the
  // reasons, before the plan.
  /^what happened\b|^why (?:[A-Z][\w'’-]*|he|she|they|the (?:child|children|baby)) (?:is|are) (?:looked after|in care)\b/i,
  /\bhistory\b/i,
  /\bworr/i,
  /\bconcerns?\b/i,
  /\bstrengths?\b/i,
  /\bworking well\b/i,
  /\bgoing well\b/i,
  /\bnot going well\b/i,
  /\bcurrent (?:situation|circumstances)\b/i,
  /\bsummary\b/i,
  /\banalysis\b/i,
  /\bassessment\b/i,
  // Not "Risk reduction plan", "Risk management plan": the steps taken against the risks.
  /\brisks?\b(?!\s+(?:reduction|management)\s+plan)/i,
  /\bprotective factors\b/i,
  /\bcomplicating factors\b/i,
  /\bdanger statements?\b/i,
  /\bfamily (?:composition|members|tree|details)\b/i,
  /\bhousehold\b/i,
  /\babout (?:me|the child|the family|us)\b/i,
  /\bagreement\b/i,
  /\bsignatures?\b/i,
  /\bsign(?:ed)?[\s-]?off\b/i,
  // "Updates from agencies", "Agency updates": what has happened, before what will.
  /^(?:agency |agencies['’]? |professionals['’]? )?updates?\b/i,
  /\bsigned\b/i,
  /\bdistribution\b/i,
  /\bcirculation\b/i,
  /\bpermanence\b/i,
  /\blegal (?:status|position|context)\b/i,
  /\bchronology\b/i,
  /\bprofessionals? (?:involved|network)\b/i,
  /\bcontact details\b/i,
  /\bconsent\b/i,
  /\bscaling\b/i,
  /\bbottom lines?\b/i,
  /\bcategory\b/i,
  /\bpresenting\b/i,
  /\bprogress (?:since|made)\b/i,

  /\bdecisions?\b/i,
  /^(?:next\s+|date\s+of\s+(?:the\s+)?(?:next\s+)?)?(?:plan\s+)?review(?:s|\s+(?:date|arrangements?|of\s+(?:the|this)\s+plan))?$/i
]

/** Key-value header lines of a plan template: "Date of plan: 14/09/2026". */
export const METADATA_KEYS =
  /^(?:child(?:'s|’s)? name|child\/young person|young person|child|name|names?|d\.?o\.?b\.?|date of birth|age|gender|sex|ethnicity|religion|language|address|plan type|type of plan|date of plan|plan date|date|date of [\w ]{2,40}|review date|date of review|next review|next (?:cin|lac|cla|core group|taf|review|pathway|pep|ehcp|tac)[\w ]*|lead social worker|social worker|allocated worker|team manager|manager|iro|independent reviewing officer|conference chair|chair|category(?: of harm)?|legal status|personal adviser(?: \(pa\))?|pa|other children[\w ]*|siblings|signed|signature|[\w' ]*signature|distribution|circulation|ne?hs number|lcs id|case (?:ref(?:erence)?|number)|id|team|service|author|completed by|agreed by|present|attendees|apologies|edd|expected date of delivery|placement address|page|consent(?: (?:given|obtained|to share information|to share(?: with)? [\w ]{2,30}))?)$/i

/** Lines that are page furniture rather than content. */
export const PAGE_FURNITURE =
  /^(?:page \d+(?: of \d+)?|\d+\s*(?:\/|of)\s*\d+|official(?:[\s-]+sensitive)?|protect(?:\s*-.*)?|restricted|confidential|[-=_*~.]{3,})$/i

/**
 * Words that make up domain subheadings inside an action section ("Health", "Parenting and
 * safety", "Money and practical skills"). A short line made only of these is a subheading.
 */
export const DOMAIN_HEADING_WORDS: readonly string[] = [
  'health',
  'housing',
  'accommodation',
  'education',
  'training',
  'work',
  'job',
  'jobs',
  'college',
  'friends',
  'employment',
  'eet',
  'ete',
  'parenting',
  'safety',
  'support',
  'network',
  'family',
  'relationships',
  'money',
  'finance',
  'finances',
  'budgeting',
  'practical',
  'skills',
  'life',
  'emotional',
  'wellbeing',
  'well-being',
  'behaviour',
  'behavioural',
  'development',
  'contact',
  'identity',
  'leisure',
  'independence',
  'independent',
  'living',
  'legal',
  'mental',
  'physical',
  'school',
  'learning',
  'social',
  'presentation',
  'self-care',
  'care',
  'home',
  'conditions',
  'substance',
  'misuse',
  'alcohol',
  'drugs',
  'domestic',
  'abuse',
  'violence',
  'safeguarding',
  'neglect',
  'attendance',
  'friendships',
  'hobbies',
  'activities',
  'basic',
  'stability',
  'guidance',
  'boundaries',
  'routines',
  'hygiene',
  'and',
  '&',
  'the',
  'of',
  'for',
  'needs',
  'area',
  'areas',
  'domain',
  'stage',
  'being',
  'healthy',
  'staying',
  'keeping',
  'safe',
  'enjoying',
  'achieving',
  'making',
  'positive',
  'contribution',
  'economic',
  'feeling',
  'growing',
  'up',
  'my',
  'me',
  'myself',
  'i',
  'where',
  'who',
  'live',
  'getting',
  'on',
  'with',
  'others',
  'future',
  'plans',
  'looking',
  'after',
  'personal',
  'profile',
  'faith',
  'culture',
  'religion',
  'communication',
  'disability',
  'dental',
  'medical',
  'sexual',
  'sleep',
  'diet',
  'pets',
  'transport',
  'travel',
  'court',
  'immigration',
  'status',
  'youth',
  'offending',
  'risk-taking',
  'exploitation',
  'missing',
  'episodes'
]
