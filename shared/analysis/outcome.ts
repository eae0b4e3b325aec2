import {
  classifyNounPhrase,
  isParticiple,
  mainClauseEnd,
  mentionsChild,
  parseClause,
  type Clause,
  type NounKind
} from './grammar'
import {
  AGENT_ABBREVIATIONS,
  BARE_CHILD_ATTRIBUTES,
  BASIC_NEEDS,
  CARE_FOR_CHILD,
  CARE_VERBS,
  CHILD_WORDS,
  CEASE_VERBS,
  CHILD_STATE_VERBS,
  CHILD_TASK_VERBS,
  CONTACT_VERBS,
  EMPTY_BENEFIT,
  FAMILY_WORDS,
  NON_AGENT_NOUNS,
  NOT_CHILD_ATTRIBUTES,
  PROCESS_NOUNS,
  PROCESS_PARTICIPLES,
  PROCESS_VERBS,
  PROVISION_VERBS,
  REMEDY_PARTICIPLES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SAFETY_CHANGE,
  SAFETY_CHANGE_MORE,
  SAFETY_CHANGE_MORE_HINT,
  STATE_VERBS,
  TITLES
} from './lexicon'
import { mapPacked, matchesOf } from './matches'

const childTaskVerbs = new Set(CHILD_TASK_VERBS)
const contactVerbs = new Set(CONTACT_VERBS)
const processVerbs = new Set(PROCESS_VERBS)
const processParticiples = new Set(PROCESS_PARTICIPLES)
const processNouns = new Set(PROCESS_NOUNS)
const nonAgentNouns = new Set(NON_AGENT_NOUNS)
const notChildAttributes = new Set(NOT_CHILD_ATTRIBUTES)
const provisionVerbs = new Set(PROVISION_VERBS)
// "a breakfast club place", "food bank vouchers": a service named after a need is not the need.
const BASIC_NEED = new RegExp(
  `\\b(?:${BASIC_NEEDS.join('|')})\\b(?!\\s+(?:club|place|voucher|vouchers|bank|group|session|sessions|provision|support|course|programme|scheme|service|services|officer|register|application|team|worker|options|visit|visits|visiting|office|check|checks|conditions))`,
  'i'
)
const stateVerbs = new Set([...STATE_VERBS, ...CHILD_STATE_VERBS])
const HOUSEHOLD = /\b(?:family|household)$/i
const CARE = CARE_VERBS.join('|')
const LEARN_TO_CARE = new RegExp(`^\\s+(?:how\\s+)?to\\s+(?:${CARE})\\b`, 'i')
/** "she can set boundaries for Ruby", "Mum is able to settle the baby": a parent able to care. */
const ABLE_TO_CARE = new RegExp(
  `^\\s*(?:can|could|will\\s+be\\s+able\\s+to|is\\s+able\\s+to|are\\s+able\\s+to|knows\\s+how\\s+to|know\\s+how\\s+to|learns?\\s+(?:how\\s+)?to)\\s+(?:better\\s+)?(?:${CARE})\\b`,
  'i'
)
const REMEDY = new RegExp(
  `\\b(?:is|are|be|been|being|gets?|got)\\s+(?:\\w+ly\\s+)?(?:${REMEDY_PARTICIPLES.join('|')})\\b`,
  'i'
)
/**
 * "Dad no longer hits or frightens them", "Mr T. will not shout at the children": an adult who
 * stops harming the child. Not a state or a need of the adult ("Mum does not have to worry").
 */
const ADULT_STOPS =
  /^\s*(?:no\s+longer|never|(?:does|do|did|will|can|should|must)\s*(?:not|n['’]?t)|won['’]?t|stops?|stopped)\s+(?!(?:be|is|are|have|has|feel|feels|need|needs|worry|worries|know|knows|get|gets)\b)([a-z]+)/i
/** "Noah, 3, can play outside": the age set off after the name. */
const AGE_AFTER_NAME =
  /(?<=[A-Z][a-z'’-]+),\s*(?:aged\s+)?\d{1,2}(?:\s+(?:months?|years?)(?:\s+old)?)?,/g
const AGE_BEFORE_NAME =
  /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week)[- ]old\s+(?=[A-Z])/i
const WARM_TO_CHILD =
  /^\s*(?:praises?|comforts?|cuddles?|listens?\s+to|talks?\s+(?:kindly|calmly|gently|nicely)\s+to|plays?\s+with|reads?\s+(?:to|with)|spends?\s+(?:more\s+)?time\s+with)\b/i
const CHILD_OBJECT = /\b(?:them|him|her|me|the\s+(?:child|children|baby|kids|boys|girls))\b/i
const REACHES_LEVEL =
  /^(?:get|gets|reach|reaches|achieve|achieves|hit|hits)\b[^.;]{0,30}?\b\d{1,3}\s?%/i

const TRY_TO = /^\s*(not\s+)?to\s+([a-z]+)\b/i

/** "argue less", "drink less": a habit cut down, unless it is only process ("visit less"). */
function doesLess(verb: string, rest: string): boolean {
  return /^\s*less\b/i.test(rest) && !processVerbs.has(verb)
}

/** "stop drinking", "give up smoking": the habit given up, in the gerund. */
const CEASE = new RegExp(`^(?:${CEASE_VERBS.join('|')})\\s+([a-z]+ing)\\b`, 'i')
/** "go to the Jobcentre", "go back to my GP": going to a service is an appointment. */
const GO_TO =
  /^\s*(?:back\s+)?to\s+((?:the|my|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|[a-z][\w'’-]*)/i
/**
 * "and to know who to call", "and not let Mr T. in": a further infinitive sharing the subject of
 * the first.
 */
const AND_TO =
  /(?:,\s*|\s+)and\s+(?:(not|never)\s+(?:to\s+)?|to\s+|(?=[a-z]+\s+(?:my|his|her|their|the|a|an|its|our|your)\s))([a-z]+)\b/g
/** Words after "and" that do not start a verb phrase ("and then", "and all the"). */
const NOT_A_JOINED_VERB =
  /^(?:then|also|at|in|on|with|for|from|by|of|so|all|both|each|any|every|into|onto|about|after|before|during|until|when|if|as|the|a|an|his|her|their|my|our|your|its|this|that|these|those)$/
const GETS_PROCESS = new RegExp(
  `^\\s+(?:[\\w'’]+\\s+){1,3}?(?:${PROCESS_PARTICIPLES.filter((p) => !/^(?:done|made|sorted|place|ahead|open|active)$/.test(p)).join('|')})\\b`,
  'i'
)
const MORE_OFTEN = /\bmore(?:\s+often)?\s*(?:$|[,.;]|\b(?:than|so|and)\b)/i

/** "to have a GP", "to have a social worker": a service to go to, not a change in itself. */
function isService(rest: string): boolean {
  const object =
    /^\s*(?:a|an|the|my|his|her|their)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:if|when|who|that|to|for|near|at|in|on|so)\b|\s*[,.;]|$)/i.exec(
      rest
    )?.[1]
  return object !== undefined && classifyNounPhrase(object) === 'adult'
}

const KEEP_AWAY = /^keeps?\s+((?:\S+\s+){1,4}?)(?:safely\s+)?away\s+from\b/i

const SAFE_HOME =
  /^(?:the|their|his|her|my|our|a|an)?\s*(?:[\w'’-]+\s+)?(?:home|house|flat|room|bedroom|kitchen|garden|stairs|windows?|bathroom|property)\s+(?:is|are|will\s+be|stays?|remains?|gets?)\s+(?:\w+ly\s+)?(?:safe|safer|clean|cleaner|warm|warmer|dry|tidy|secure|hygienic|free\s+of|not\s+(?:cold|damp|dirty|cluttered))\b/i

/** "let my PA know", "let the school know straight away". */
const LET_KNOW = /^\s+(?:[\w'’]+\s+){1,3}?know\b/i
/** "beds and bedding sorted", "the window fixed": something put right by someone else. */
const HAVE_DONE =
  /\b(?:sorted|fixed|replaced|repaired|mended|cleaned|bought|fitted|delivered|cleared|decorated)\b/i
/** "instead of throwing things", "rather than hitting out": a behaviour given up for another. */
const INSTEAD = /\b(?:instead\s+of|rather\s+than)\s+[a-z]+ing\b/i
/** "keep in touch with my PA": contact, like "see" or "ring". */
const IN_TOUCH = /^\s*in\s+touch\b/i
/**
 * "How will we know: Grace's weight is back ...", "Why: Ollie can sleep safely": a how-will-we-know
 * (or why) field written inline.
 */
const INLINE_HOW =
  /\b(?:how\s+(?:will|do|would|can)\s+(?:we|you|they|i)\s+(?:know|tell|check)|how\s+we\s+will\s+(?:know|check)|why|what\s+will\s+be\s+different|what\s+difference\s+will\s+it\s+make|(?:what\s+)?success\s+(?:looks|will\s+look)\s+like)\s*\??\s*:\s*(\S.*)$/i

/** A clause that states its own purpose: "so that ...", "so the baby ...", "in order that ...". */
const PURPOSE =
  /(?:^|,\s*|\s+)(?:so\s+that|so(?=\s+(?:the|he|she|they|his|her|their|[A-Z]))|in\s+order\s+that|in\s+a\s+way(?:\s+that)?|which\s+will\s+(?:mean|ensure)(?:\s+that)?|meaning\s+that)\s+/gi
/** "make sure K. has ...", "ensure that the children are ...": the complement is a stated change. */
const ENSURE = /\b(?:make|makes|making)\s+sure\s+(?:that\s+)?|\bensur(?:e|es|ing)\s+(?:that\s+)?/gi
/** "to help him understand", "support Zara to see", "teach S. to cook". */
const HELP =
  /\b(?:[Hh]elp|[Hh]elps|[Hh]elping|[Ee]nable|[Ee]nables|[Ee]nabling|[Aa]llow|[Aa]llows|[Ss]upport|[Ss]upports|[Ss]upporting|[Ee]ncourage|[Ee]ncourages|[Ee]ncouraging|[Tt]each|[Tt]eaches|[Tt]eaching)\s+((?:[A-Z]\.){1,3}|[A-HJ-Z](?![\w.'’&/-])|him|her|them|me|the\s+(?:child|children|baby|young\s+person)|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)\s+(?:to\s+)?(?!(?:as|with|within|without|in|into|at|on|for|and|or|by|when|if|so|the|a|an|through|during|until|while|from|where|who|whilst|of|more|better|further|before|after|over|via|about|around|towards|under|every|each|every|daily|weekly)\b)([a-z][a-z'’-]+)/g
/** Clauses joined by "and" that carry a subject and modal of their own. */
const AND_CLAUSE =
  /(?:,\s*|\s+)and\s+(?=(?:he|she|they|(?:[A-Z]\.){1,3}|[A-HJ-Z](?![\w.'’&/-])|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)(?:['’]s\s+\w+(?:\s+\w+)?)?\s+(?:will|to|is|are|can|should|must|would|has|have|no longer)\b)/g
const RELATIVE_CLAUSE = /,\s*(?:who|whose|which)\b[^,]*,/g

interface Context {
  /** Whether he/she/they in this statement most likely means the child. */
  pronounIsChild: boolean
  /** The main clause, where a child written in lower case ("give leo extra phonics") is named. */
  main?: string
  /** Reading a "How will we know" cell, where a bare "Attendance" is the child's. */
  howCell?: boolean
  /** The child's names and initials from the plan's header, in lower case. */
  childNames?: ReadonlySet<string>
  /** Adults the plan names ("Parents: Chantelle Walsh (mother)"), as written. */
  adultNames?: ReadonlySet<string>
  /** Whether the statement goes on to say what it is for ("so ...", "because it helps ..."). */
  givesPurpose?: boolean
}

const NO_NAMES: ReadonlySet<string> = new Set()

/** Whether the text names a child the header gave ("jayden" for "Child: Jayden M."). */
function namesKnownChild(text: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false
  const lower = text.toLowerCase()
  for (const name of names) {
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
      const before = lower[at - 1] ?? ' '
      const after = lower[at + name.length] ?? ' '
      if (!/[a-z'’-]/.test(before) && !/[a-z'’-]/.test(after)) return true
    }
  }
  return false
}

/**
 * Whether an action states a change or benefit for the child. Process alone (attend, engage,
 * monitor, refer, assess, hold a meeting) is not enough, nor is a benefit to a parent, a
 * professional or the process, nor "improve outcomes" without a named change. For a table row,
 * the "how will we know" cell counts too.
 */
export function isOutcomeFocused(
  text: string,
  clause: Clause,
  howWeKnow: string | null,
  childNames: ReadonlySet<string> = NO_NAMES,
  adultNames: ReadonlySet<string> = NO_NAMES
): boolean {
  const how = howWeKnow ?? INLINE_HOW.exec(text)?.[1] ?? null
  if (how && howStatesChange(how, adultNames)) return true
  // "Keep Kai away from the older boy": an action written as an order is somebody's to do. In a
  // young person's own plan ("Buy bedding with my allowance") that somebody is the writer.
  if (
    clause.subject === null &&
    clause.verb === null &&
    /^[A-Z][a-z]+\s/.test(text) &&
    !/\b(?:my|me|I)\b/.test(text)
  ) {
    const sentence = `Staff will ${text[0]!.toLowerCase()}${text.slice(1)}`
    const ordered = parseClause(sentence)
    if (ordered.verb !== null) return isOutcomeFocused(sentence, ordered, null, childNames)
  }
  const end = mainClauseEnd(text)
  const main = text.slice(0, end).replace(RELATIVE_CLAUSE, ',')
  const subjectIsChild = clause.subjectKind === 'child' || clause.subjectKind === 'child-attribute'
  const rest = withoutSubject(main, clause)
  const context: Context = {
    pronounIsChild:
      subjectIsChild ||
      subjectHasChildOwner(clause) ||
      mentionsChild(rest) ||
      namesKnownChild(rest, childNames),
    main: rest,
    childNames,
    givesPurpose: /\b(?:so|to help|in order|because|which helps)\b/i.test(text)
  }
  if (mainClauseIsOutcome(clause, context)) return true
  // "so the boys are not sharing", "so there is food in the house for the kids".
  const purposes = purposeClauses(text)
  if (purposes.some((c) => describesChildChange(c, context) || providesBasicNeed(c))) return true
  const ensured = ensuredClauses(main)
  if (ensured.some((c) => describesChildChange(c, context) || providesBasicNeed(c))) return true
  if (helpsChild(text, context) || keepsChildWell(text, context)) return true
  if (sharedSubjectClauses(main, clause).some((c) => mainClauseIsOutcome(c, context))) return true
  return joinedClauses(main, clause.restStart).some((c) =>
    mainClauseIsOutcome(parseClause(c), context)
  )
}

/**
 * A "How will we know" cell, or a pathway plan's "My goal" written as an infinitive ("To keep my
 * room at Elm Street", "To get my teeth checked"), read as the young person's own "I will ...".
 */
function howStatesChange(how: string, adultNames: ReadonlySet<string>): boolean {
  const goal = /^to\s+(?=[a-z])/i.exec(how)
  if (!goal) return describesChildChange(how, { pronounIsChild: true, howCell: true, adultNames })
  const sentence = `I will ${how.slice(goal[0].length)}`
  return isOutcomeFocused(sentence, parseClause(sentence), null)
}

/**
 * "Mia to have a safety plan agreed with her and to know who to call", "Mum to lock the door and
 * not let Mr T. in", "I will go to college and keep my attendance above 90%": each further verb
 * after "and" is a clause with the same subject.
 */
function sharedSubjectClauses(main: string, clause: Clause): Clause[] {
  if (clause.subject === null || (clause.modal !== 'to' && !clause.strongModal)) return []
  const clauses: Clause[] = []
  for (const m of matchesOf(AND_TO, main)) {
    if (m.index < clause.restStart) continue
    const verb = (m[2] ?? '').toLowerCase()
    if (NOT_A_JOINED_VERB.test(verb)) continue
    const restStart = m.index + m[0].length
    const rest = main.slice(restStart)
    const form = verb === 'be' ? 'state' : verb === 'have' ? 'possession' : 'active'
    clauses.push({ ...clause, verb, form, negated: m[1] !== undefined, rest, restStart })
  }
  return clauses
}

/**
 * The main clause without an adult subject, so that "Mum" is not taken for the child. A child
 * named alongside ("PA and Ryan") stays, and so does a thing's ("Passport application for Amy").
 */
function withoutSubject(main: string, clause: Clause): string {
  const subject = clause.subject
  if (!subject || clause.subjectKind !== 'adult') return main
  const first = FIRST_CONJUNCT.exec(subject.text)?.[1] ?? subject.text
  return main.slice(0, subject.start) + ' ' + main.slice(subject.start + first.length)
}

const FIRST_CONJUNCT = /^(.*?)(?=\s*(?:,|\band\b|&)\s)/

/** "Kai's foster carer": a child who owns the subject is who he/she later on usually means. */
function subjectHasChildOwner(clause: Clause): boolean {
  const possessor = clause.subject ? /^(.+?)['’]s\s/.exec(clause.subject.text)?.[1] : undefined
  return possessor !== undefined && classifyNounPhrase(possessor) === 'child'
}

function resolve(kind: NounKind, context: Context): NounKind {
  if (kind === 'pronoun') return context.pronounIsChild ? 'child' : 'adult'
  if (kind === 'pronoun-attribute') return context.pronounIsChild ? 'child-attribute' : 'thing'
  return kind
}

/** The main clause's own claim: "Reece will be reading ...", "B.'s attendance to improve". */
const WHILE_CLAUSE = /\s(?:while|whilst|until|till)\s/i
const WHILE_HINT = /whil|til/i

function mainClauseIsOutcome(clause: Clause, context: Context): boolean {
  // A young person writing "I will ..." in a pathway plan is the child.
  const firstPerson = clause.subjectKind === 'first-person' && clause.subject?.text === 'I'
  const kind = firstPerson ? 'child' : resolve(clause.subjectKind, context)
  const verb = clause.verb
  // "... while the plan is looked at again": when it is done, not what it is for.
  const own = WHILE_HINT.test(clause.rest) ? clause.rest.split(WHILE_CLAUSE)[0]! : clause.rest
  if (!verb || EMPTY_BENEFIT.test(own)) return false
  // "Mum and Dad to try not to argue ...": what is tried is the change, or the task.
  const tried = verb === 'try' ? TRY_TO.exec(clause.rest) : null
  if (tried) {
    const rest = clause.rest.slice(tried[0].length)
    const inner = tried[2]!.toLowerCase()
    return mainClauseIsOutcome(
      { ...clause, verb: inner, negated: tried[1] !== undefined, rest },
      context
    )
  }
  if (kind === 'child-attribute') {
    if (clause.form === 'passive') return !processParticiples.has(participleIn(clause.rest) ?? '')
    return !processVerbs.has(verb) || verb === 'be'
  }
  if (kind === 'child' && actsForTheYoungPerson(clause)) return false
  if (kind === 'child') {
    // "Charlie to be given his inhaler": care done to the child, unless it is only process
    // ("T.W. to be offered direct work", "children to be seen alone").
    if (clause.form === 'passive') return !processParticiples.has(participleIn(clause.rest) ?? '')
    if (clause.form === 'possession')
      return !objectIsProcess(clause.rest) && !isService(clause.rest)
    // "I will get my teeth checked": a check or an assessment is process, not a change.
    if (verb === 'get' && GETS_PROCESS.test(clause.rest)) return false
    // "To see my nan more": more time with family is a change, not an arrangement.
    if (contactVerbs.has(verb) && MORE_OFTEN.test(clause.rest)) return true
    // "Abdi will have applied for his provisional licence": a task done by then is still a task.
    const done = clause.form === 'perfect' ? participleIn(clause.rest) : null
    if (done && baseForms(done).some((v) => childTaskVerbs.has(v) || contactVerbs.has(v))) {
      return false
    }
    if (clause.form === 'state' || clause.form === 'ability' || stateVerbs.has(verb)) return true
    // "Imogen to get out of the house more": more of something is a change in her days.
    if (MORE_OFTEN.test(clause.rest) && !processVerbs.has(verb) && !childTaskVerbs.has(verb))
      return true
    // "Ellis will tell his carers ... instead of throwing things": a behaviour replaced.
    if (INSTEAD.test(clause.rest) && !clause.negated) return true
    // "Isla to get to 80% attendance by Easter": a level reached is the change itself.
    if (REACHES_LEVEL.test(`${verb} ${clause.rest}`)) return true
    // "Finn to stop fighting at school": a behaviour given up is a change, whoever is asked.
    if (givesUpHabit(verb, clause.rest) || doesLess(verb, clause.rest)) return true
    // "I will let my PA know": telling someone, like "tell".
    if (verb === 'let' && LET_KNOW.test(clause.rest)) return false
    // "Kai to learn to get the number 14 bus on his own": a skill learned is the change itself.
    if (verb === 'learn' && LEARNS_SKILL.test(clause.rest)) return true
    if (clause.modal === 'to' || !clause.strongModal) return false
    if (verb === 'go' && goesToService(clause.rest)) return false
    // "I will go to my college course every day", "I will keep going to the lunch club", "I will
    // start the Level 1 maths course": turning up is the step; a change needs its own words, as
    // "so we both make friends" gives them.
    if (!context.givesPurpose) {
      // "keep going to" is read with "going" as its verb.
      if ((verb === 'go' || verb === 'going') && /^\s*(?:back\s+)?to\b/i.test(clause.rest))
        return false
      if (verb === 'start' && STARTS_COURSE.test(clause.rest)) return false
    }
    if (IN_TOUCH.test(clause.rest)) return false
    return !childTaskVerbs.has(verb) && !contactVerbs.has(verb)
  }
  // "The family will be living in accommodation with working heating": the child's home changes.
  if (kind === 'adult' && clause.form === 'state' && HOUSEHOLD.test(clause.subject?.text ?? '')) {
    return BASIC_NEED.test(clause.rest)
  }
  if (kind === 'adult') {
    // "Dad not to drink alcohol while he is looking after Max": a change in the care itself.
    const acted = clause.form === 'passive' ? (participleIn(clause.rest) ?? verb) : verb
    if (clause.negated && !processVerbs.has(acted) && !processParticiples.has(acted)) return true
    // "Ms A. to stop drinking": giving up a habit, like "Dad not to drink".
    if (givesUpHabit(verb, clause.rest) || doesLess(verb, clause.rest)) return true
    const negation = clause.negated ? 'not ' : ''
    const predicate = `${negation}${verb} ${clause.rest.trim().replace(/\s+/g, ' ')}`
    if (SAFETY_CHANGE.test(predicate)) return true
    if (SAFETY_CHANGE_MORE_HINT.test(predicate) && SAFETY_CHANGE_MORE.test(predicate)) return true
    // "Wes and Ana to have money talks when the children are in bed, not in front of them": what
    // the children no longer see or hear.
    if (/\bin\s+front\s+of\b/i.test(predicate) && CHILD_EXPERIENCE.test(predicate)) return true
    // "Mum to keep R away from Mr B": keeping the child away from someone is the same change.
    const keptAway = KEEP_AWAY.exec(predicate)?.[1]
    if (
      keptAway &&
      (mentionsChild(keptAway) || namesKnownChild(keptAway, context.childNames ?? NO_NAMES))
    )
      return true
    if (CARE_FOR_CHILD.test(predicate) && mentionsChild(clause.rest)) return true
    // "Mum will be able to manage Jack's behaviour": a change in the care the child gets.
    if (clause.form === 'ability' && mentionsChild(clause.rest)) return true
    // "Provider to show Zain how to use the washing machine": the child learns a skill.
    const taught = verb === 'teach' || verb === 'show' ? TAUGHT.exec(clause.rest)?.[1] : undefined
    if (taught && teachesChild(taught, context)) return true
    // "Dad to learn how to make up baby Leo's bottles": learning to care is the same change.
    if (verb === 'learn' && LEARN_TO_CARE.test(clause.rest) && mentionsChild(clause.rest))
      return true
    // "Mum to have the kids' beds sorted": having a basic need put right is providing it.
    const hasDone = (verb === 'have' || verb === 'get') && HAVE_DONE.test(clause.rest)
    // "Housing officer to move the family ... with a separate bedroom for Evie": basic needs met.
    return (
      (provisionVerbs.has(verb) || hasDone) &&
      BASIC_NEED.test(clause.rest) &&
      context.pronounIsChild
    )
  }
  return false
}

const LEARNS_SKILL = /^\s*(?:how\s+)?to\s+[a-z]/i
/** "show Zain how to", "teach me to": who is taught, then what. */
const TAUGHT = /^\s*((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)\s+(?:how\s+)?to\s+[a-z]/i

/** Whom a "teach" or "show" names: "me" in a young person's plan, or a child by word or name. */
function teachesChild(taught: string, context: Context): boolean {
  if (/^me$/i.test(taught)) return true
  return (
    mentionsChild(taught) ||
    namesKnownChild(taught, context.childNames ?? NO_NAMES) ||
    classifyNounPhrase(taught) === 'child'
  )
}

/** "stop drinking", "give up smoking": a habit given up, unless it is only process ("stop attending"). */
function givesUpHabit(verb: string, rest: string): boolean {
  const ceased = CEASE.exec(`${verb} ${rest.trim()}`)?.[1]?.toLowerCase()
  return ceased !== undefined && !processVerbs.has(ceased.replace(/ing$/, ''))
}

const STARTS_COURSE =
  /^\s*(?:the|my|a|an|his|her|their)\s+(?:[\w-]+\s+){0,4}(?:course|apprenticeship|job|training|college|programme|placement)\b/i

/**
 * "Sam will meet me every fortnight": a first name we took for the child, acting on "me" (the
 * young person writing), is an adult working with them.
 */
function actsForTheYoungPerson(clause: Clause): boolean {
  return clause.subjectGuessed && /\b(?:me|my|myself)\b/.test(clause.rest)
}

/** "go to the Jobcentre", "go back to my GP": a service or an appointment, not a change. */
function goesToService(rest: string): boolean {
  const place = GO_TO.exec(rest)?.[1]
  if (!place) return false
  const kind = classifyNounPhrase(place)
  return kind === 'adult' || objectIsProcess(place)
}

function objectIsProcess(rest: string): boolean {
  const words = rest.trim().toLowerCase().split(/\s+/).slice(0, 4)
  return words.some((w) => {
    const word = w.replace(/[^a-z-]/g, '')
    return processNouns.has(word) || (word.endsWith('s') && processNouns.has(word.slice(0, -1)))
  })
}

/** The base forms a regular past participle may come from: "applied" -> "apply", "enrolled" -> "enrol". */
function baseForms(participle: string): string[] {
  return [
    participle.replace(/ied$/, 'y'),
    participle.replace(/ed$/, ''),
    participle.replace(/d$/, ''),
    participle.replace(/(\w)\1ed$/, '$1')
  ]
}

function participleIn(rest: string): string | null {
  const words = rest.trim().toLowerCase().split(/\s+/).slice(0, 4)
  return (
    words
      .map((w) => w.replace(/[^a-z]/g, ''))
      .find((w) => w !== 'been' && w !== 'being' && isParticiple(w)) ?? null
  )
}

function purposeClauses(text: string): string[] {
  return mapPacked(matchesOf(PURPOSE, text), (m) => text.slice(m.index + m[0].length))
}

/** "make sure there is food in the house": a basic need met in the child's home. */
function providesBasicNeed(clause: string): boolean {
  const there = /^there\s+(?:is|are|will\s+be)\s+([^,;.]*)/i.exec(clause)?.[1]
  return there !== undefined && !/^(?:no|not)\b/i.test(there) && BASIC_NEED.test(there)
}

function ensuredClauses(main: string): string[] {
  return mapPacked(matchesOf(ENSURE, main), (m) => main.slice(m.index + m[0].length))
}

/** Clauses after the main verb joined by "and"; an "and" inside the subject joins names. */
function joinedClauses(main: string, after: number): string[] {
  return mapPacked(
    matchesOf(AND_CLAUSE, main).filter((m) => m.index >= after),
    (m) => main.slice(m.index + m[0].length)
  )
}

/** "to keep the children safe", "to make sure he is warm": a stated state for the child. */
const KEEP_WELL =
  /\b(?:[Tt]o|and|so\s+as\s+to|[Ii]n\s+order\s+to)\s+(?:keep|make)\s+((?:[A-Z]\.){1,3}|[A-HJ-Z](?![\w.'’&/-])|him|her|them|(?:the\s+|both\s+|all\s+)?(?:child|children|baby|kids|boys|girls|twins|young\s+person)|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)\s+(?:\w+\s+)?(?:safe|safer|well|healthy|warm|clean|fed|settled|happy|protected)\b/g

function keepsChildWell(text: string, context: Context): boolean {
  for (const m of matchesOf(KEEP_WELL, text)) {
    if (resolve(classifyNounPhrase(m[1] ?? ''), context) === 'child') return true
  }
  return false
}

function helpsChild(text: string, context: Context): boolean {
  for (const m of matchesOf(HELP, text)) {
    // "the Household Support Fund": a capital mid-sentence is part of a name, not the verb.
    if (/^[A-Z]/.test(m[0]) && /[A-Za-z,]\s+$/.test(text.slice(0, m.index))) continue
    const object = m[1] ?? ''
    const verb = m[2] ?? ''
    // "help me manage my anger": "me" is the young person writing.
    const kind = object === 'me' ? 'child' : resolve(classifyNounPhrase(object), context)
    // "enable Leo to have phone contact": getting a process or an arrangement is no change.
    const getsProcess =
      /^(?:have|get|receive|access)$/.test(verb) &&
      objectIsProcess(text.slice((m.index ?? 0) + m[0].length).replace(/^\s*(?:\w+\s+)?/, ''))
    if (kind === 'child' && !getsProcess && !childTaskVerbs.has(verb) && !contactVerbs.has(verb)) {
      return true
    }
  }
  return false
}

/**
 * Whether a finite clause ("K.M.'s attendance goes up", "she keeps in touch with them", "the
 * children no longer witness DV") states a change for the child rather than for an adult or the
 * process ("a family plan is in place", "Ms M. completes all 6 sessions", "views shared").
 */
function describesChildChange(clauseText: string, context: Context): boolean {
  return clauseText
    .split(
      /;|\.\s+(?=[A-Z])|,?\s+and\s+(?=(?:[A-Z]|he\b|she\b|they\b|his\b|her\b|their\b|(?:any|all|the)\s+\w+(?:\s+\w+)?\s+(?:is|are|will|can|gets?)\b))/
    )
    .some((piece) => pieceDescribesChildChange(piece.trim(), context))
}

function pieceDescribesChildChange(raw: string, context: Context): boolean {
  // "Oscar (18 months) cannot fall": a bracket says nothing about the change, nor does the age
  // before a name ("2-year-old Ruby-Jo cannot fall").
  const bare = raw.replace(/\s*\([^()]*\)/g, '').replace(AGE_BEFORE_NAME, '')
  const piece = /,\s*(?:aged\s+)?\d/.test(bare) ? bare.replace(AGE_AFTER_NAME, '') : bare
  if (!piece || EMPTY_BENEFIT.test(piece)) return false
  // "No more falls on the school stairs", "Fewer hitting incidents at nursery": in a How cell,
  // harm that stops is the change.
  if (context.howCell && HARM_ENDS.test(piece)) return true
  const subject = leadingSubject(piece, context)
  const kind = resolve(subject.kind, context)
  // "any problems are treated", "the broken window is repaired": a remedy for the child's life.
  if (kind === 'thing' && REMEDY.test(piece)) {
    // "... so that a smoke alarm is fitted outside the children's bedroom": the piece itself may
    // say whose life is better, but not through a condition ("if a 999 call is made").
    const claim = piece.split(/\b(?:if|when|unless|once|until|whenever)\b/)[0] ?? ''
    if (context.pronounIsChild || (REMEDY.test(claim) && mentionsChild(claim))) return true
  }
  // "so the house is safe for the baby", "so her room is warm": the child's home made right.
  if (kind === 'thing' && !context.howCell && SAFE_HOME.test(piece)) {
    if (context.pronounIsChild || mentionsChild(piece)) return true
  }
  // "so the move to Year 3 is not a worry for him", "so handovers happen without arguments in
  // front of him": how something feels to the child, or what the child no longer sees.
  if (kind === 'thing' && CHILD_EXPERIENCE.test(piece)) {
    if (context.pronounIsChild || mentionsChild(piece)) return true
  }
  if (kind === 'adult') {
    const predicate = piece.slice(subject.length)
    // "Kelly and Gaz do handovers without arguing in front of the children".
    if (CHILD_EXPERIENCE.test(predicate)) return true
    // "Kayla will notice: Mum and Lee praise her": in a How cell, warmth the child is shown.
    if (context.howCell && WARM_TO_CHILD.test(predicate)) {
      if (mentionsChild(predicate) || CHILD_OBJECT.test(predicate)) return true
    }
    if (!ADULT_STOPS.test(predicate) && !ABLE_TO_CARE.test(predicate)) return false
    return mentionsChild(predicate) || (CHILD_OBJECT.test(predicate) && context.pronounIsChild)
  }
  if (kind !== 'child' && kind !== 'child-attribute') return false
  // "her new glasses can be made": done to the child's own things, not a step in the process.
  if (PASSIVE_PROCESS.test(piece) && !(subject.possessive && REMEDY.test(piece))) return false
  if (subject.possessive) return !POSSESSED_PROCESS.test(piece)
  const predicate = piece.slice(subject.length)
  // "A. and B." with nothing after: the subject of the next piece, not a clause of its own.
  if (!predicate.trim()) return false
  // "L can tell us who she would talk to": being able to say it is knowing it.
  if (CAN_SAY.test(predicate)) return true
  // "K.M. tells us she no longer has to ...": what the child reports is the change.
  const reported = REPORTED.exec(predicate)
  if (reported) {
    const words = predicate.slice(reported[0].length)
    if (describesChildChange(words, { pronounIsChild: true })) return true
    // "Callum says the jobs he does at home are fair for a boy of his age": in a How cell, the
    // child's own verdict on their life is the measure, whatever the sentence's subject.
    return context.howCell === true && VERDICT.test(words)
  }
  // A he/she followed by a child's name ("she can manage K.'s behaviour") is not the child.
  if (subject.kind === 'pronoun' && namesOtherChild(predicate)) return false
  return !isProcessPredicate(
    predicate
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean)
  )
}

const HARM_ENDS =
  /^(?:no\s+(?:more|further)|fewer|less)\s+(?:[\w-]+\s+){0,2}?(?:falls|injuries|bruises|burns|scalds|incidents|episodes|exclusions|arguments|rows|fights|fighting|name-calling|bullying|accidents|admissions)\b/i
const CHILD_EXPERIENCE =
  /\b(?:(?:is|are|feels?|will\s+be)\s+(?:not\s+|no\s+longer\s+|less\s+of\s+)?(?:a\s+)?(?:worry|problem|frightening|scary|stressful|upsetting|easier|harder)\s+for\s+(?:him|her|them|the\s+(?:child|children|kids|boys|girls))|(?:without\s+(?:any\s+)?(?:arguments?|arguing|rows?|rowing|shouting|fighting)|,?\s*(?:not|never))\s+in\s+front\s+of\s+(?:him|her|them|the\s+(?:child|children|kids|boys|girls)))\b/i

const PROCESS_PARTICIPLE_WORDS = PROCESS_PARTICIPLES.join('|')
/** "can be assessed", "is seen by", "was referred": the child only goes through a process. */
const PASSIVE_PROCESS = new RegExp(
  `\\b(?:is|are|was|were|be|been|being|gets?|got)\\s+(?:\\w+ly\\s+)?(?:${PROCESS_PARTICIPLE_WORDS})\\b`,
  'i'
)
/** "K.M.'s views shared at each meeting": a possessed thing put through a process. */
const POSSESSED_PROCESS = new RegExp(
  `['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:${PROCESS_PARTICIPLE_WORDS})\\b`,
  'i'
)
const CAN_SAY =
  /^\s*(?:can|could|is\s+able\s+to|will\s+be\s+able\s+to)\s+(?:tell|say|name|explain|describe|show)\s+(?:(?:us|me|staff|someone|her\s+\w+|his\s+\w+|the\s+\w+)\s+)?(?:who|what|why|how|where|when|which|three|two|\d)\b/i
/** "... are fair", "... is better", "... feels safe": a judgement, which the child may give. */
const VERDICT =
  /\b(?:is|are|feels?|seems?)\s+(?:now\s+|much\s+|a\s+lot\s+)?(?:fair|better|ok|okay|fine|good|right|safe|calmer|happier|easier|nicer)\b/i
const REPORTED =
  /^\s*(?:tells?|told|says?|said|reports?|reported|lets?)\s+(?:us|me|them|her|him|staff|the\s+\w+(?:\s+\w+)?)?\s*(?:that\s+)?/i
const OTHER_CHILD_POSSESSIVE =
  /\b((?:[A-Z]\.){1,3}|[A-HJ-Z]|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)['’]s\b/g

/** "K.'s behaviour", "Jack's room", but not "her weekend at Dad's": another child named. */
function namesOtherChild(predicate: string): boolean {
  for (const m of matchesOf(OTHER_CHILD_POSSESSIVE, predicate)) {
    // "left in E.R.'s care": whoever has the care is an adult.
    if (/^\s+care\b/.test(predicate.slice(m.index + m[0].length))) continue
    if (classifyNounPhrase(m[1] ?? '') === 'child') return true
  }
  return false
}
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|can|could|will|would|should|may|might|has|have|had|does|do|did|to|also|then|now|all|fully|not|no|longer|still|always|both)$/

function isProcessPredicate(words: string[]): boolean {
  let index = 0
  while (index < words.length && AUXILIARY.test(words[index] ?? '')) index += 1
  const first = (words[index] ?? '').replace(/[^a-z-]/g, '')
  if (!first) return index === 0
  // "so he is not sent out of class": sent out or home is what happens to him, not a step in the work.
  if (first === 'sent' && /^(?:out|home|off)$/.test(words[index + 1] ?? '')) return false
  if (processParticiples.has(first)) return true
  return childTaskVerbs.has(first) || childTaskVerbs.has(first.replace(/e?s$/, ''))
}

interface LeadingSubject {
  kind: NounKind
  length: number
  possessive: boolean
}

/** "he", "she's", and as case notes write them without the apostrophe, "shes", "hes", "theyre". */
const PRONOUN_START = /^(?:he|she|they)(?:['’]?(?:s|re|ll|d|ve))?\b/i
/** "the 3 of them", "both of them": a group of people, read like "they". */
const GROUP_START =
  /^(?:(?:the|all)\s+(?:(?:\d{1,2}|two|three|four|five|six)\s+)?|both\s+)of\s+them\b/i
const PRONOUN_POSSESSIVE_START = /^(?:his|her|their)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)/i
const POSSESSIVE_START =
  /^(?:[Tt]he\s+)?((?:[A-Z]\.){1,3}|(?!Ms\s)[A-HJ-Z](?=['’]?s\s)|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|children|child|baby|young person)(?:['’]s?|(?<=\b[A-HJ-Z])s)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)/
const TITLED_START =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:(?:[A-Z]\.){1,3}|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)/
const INITIALS_START = /^(?:(?:[A-Z]\.){1,3}|[A-HJ-Z](?![\w.'’&/+-]))(?=[\s,]|$)/
const CHILD_WORDS_START = new RegExp(
  `^(?:[Tt]he\\s+|[Bb]oth\\s+|[Aa]ll\\s+|[Hh]er\\s+|[Hh]is\\s+|[Tt]heir\\s+)?(?:(?:\\d{1,2}|two|three|four|five|six)\\s+)?(?:${CHILD_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`
)
/** A word that can follow a subject: a finite verb ("feels", "moved"), an auxiliary or an adverb. */
const VERB_LIKE =
  /^(?:[a-z]+(?:s|ed|n['’]?t)|cannot|is|are|was|were|be|can|could|will|would|should|may|might|must|has|have|had|do|did|no|not|never|now|always|still|only|also|already|then|to|gets|got|goes|went|says|said|feels|felt|knows|knew|sleeps|slept|eats|ate|keeps|kept|tells|told)$/
const CAPITALISED_START =
  /^[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s+(?:and|&)\s+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)?/

/**
 * The subject at the start of a finite clause, read just far enough to say what it is: a pronoun,
 * "his weight", "K.M.'s bedroom", "Jack and Lily", "the children", "a family plan".
 */
function leadingSubject(piece: string, context: Context): LeadingSubject {
  const pronoun = PRONOUN_START.exec(piece) ?? GROUP_START.exec(piece)
  if (pronoun) return { kind: 'pronoun', length: pronoun[0].length, possessive: false }
  // In a plan, "I" is the young person writing: "so I stay close to them", "so Im not tired",
  // and "so i can ..." in notes written in lower case.
  const firstPerson = /^[Ii](?:['’]?(?:m|ve|ll|d))?\b(?!\.)(?=\s+[a-z])/.exec(piece)
  if (firstPerson) return { kind: 'child', length: firstPerson[0].length, possessive: false }
  // A plan written to the child: "so you can calm down", "so your bursary is paid to you".
  const secondPerson = /^[Yy]ou(?:['’]?(?:re|ll|ve|d))?\b(?=\s+[a-z])/.exec(piece)
  if (secondPerson) return { kind: 'child', length: secondPerson[0].length, possessive: false }
  const myAttribute = /^(?:[Mm]y|[Yy]our)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)/.exec(piece)
  if (myAttribute) {
    const attribute = namesAttribute(myAttribute[1] ?? '')
    return {
      kind: attribute ? 'child-attribute' : 'thing',
      length: myAttribute[0].length,
      possessive: true
    }
  }
  const pronounPossessive = PRONOUN_POSSESSIVE_START.exec(piece)
  if (pronounPossessive) {
    const attribute = namesAttribute(pronounPossessive[1] ?? '')
    return {
      kind: attribute ? 'pronoun-attribute' : 'thing',
      length: pronounPossessive[0].length,
      possessive: true
    }
  }
  const possessive = POSSESSIVE_START.exec(piece)
  if (possessive) {
    const name = possessive[1] ?? ''
    const owner = context.adultNames?.has(name) ? 'adult' : classifyNounPhrase(name)
    const attribute = namesAttribute(possessive[2] ?? '')
    const kind: NounKind =
      owner === 'child' && attribute ? 'child-attribute' : owner === 'adult' ? 'adult' : 'thing'
    return { kind, length: possessive[0].length, possessive: true }
  }
  for (const [pattern, kind] of [
    [TITLED_START, 'adult'],
    [INITIALS_START, 'child'],
    [CHILD_WORDS_START, 'child']
  ] as const) {
    const m = pattern.exec(piece)
    if (m) return { kind, length: m[0].length, possessive: false }
  }
  const bare = context.howCell ? BARE_ATTRIBUTE_START.exec(piece) : null
  if (bare) return { kind: 'child-attribute', length: bare[0].length, possessive: false }
  const capitalised = CAPITALISED_START.exec(piece)
  if (capitalised) {
    // "Arrears plan in place": a capital that starts a noun phrase is no name.
    const nextWord = /^\s+([a-z][a-z'’-]*)/.exec(piece.slice(capitalised[0].length))?.[1]
    if (
      nextWord &&
      !capitalised[0].includes(' ') &&
      !VERB_LIKE.test(nextWord) &&
      (processNouns.has(nextWord) ||
        notChildAttributes.has(nextWord) ||
        nonAgentNouns.has(nextWord))
    ) {
      return { kind: 'thing', length: 0, possessive: false }
    }
    // "Chantelle has a written safety plan": a parent the plan names is no child.
    const known = context.adultNames?.has(capitalised[0].split(/\s/)[0]!) === true
    return {
      kind: known ? 'adult' : classifyNounPhrase(capitalised[0]),
      length: capitalised[0].length,
      possessive: false
    }
  }
  const firstWord = /^[a-z][a-z'’-]+(?=\s)/.exec(piece)?.[0]
  if (firstWord && context.childNames?.has(firstWord)) {
    return { kind: 'child', length: firstWord.length, possessive: false }
  }
  if (context.main && lowerCaseName(piece, context.main)) {
    return { kind: 'child', length: piece.indexOf(' '), possessive: false }
  }
  return { kind: 'thing', length: 0, possessive: false }
}

const BARE_ATTRIBUTE_START = new RegExp(
  `^(?:school\\s+)?(?:${BARE_CHILD_ATTRIBUTES.join('|')})\\b(?!['’])`,
  'i'
)

const knownWords = new Set(
  [
    ...FAMILY_WORDS,
    ...ROLE_HEADS,
    ...ROLE_MODIFIERS,
    ...AGENT_ABBREVIATIONS,
    ...TITLES,
    ...CHILD_WORDS,
    ...NOT_CHILD_ATTRIBUTES,
    ...PROCESS_NOUNS,
    ...NON_AGENT_NOUNS,
    ...BASIC_NEEDS
  ].map((w) => w.toLowerCase())
)
const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|those|it|there|things?|everyone|everything|nobody|nothing|someone|something|everybody|anyone|anything|all|both|each|any|some|no|more|less|they|he|she|we|you|i|me|him|her|them|us|his|their|our|my|your|its|who|what|which|so|as|far|long|much|many|too|very|now|then)$/

/**
 * "give leo extra phonics so leo catches up": a child written in lower case is a word the main
 * clause acts on and the purpose clause starts with, before its verb, and no word we know.
 */
function lowerCaseName(piece: string, main: string): boolean {
  const m = /^([a-z][a-z'’-]{1,15})\s+([a-z'’]+)/.exec(piece)
  const word = m?.[1]
  if (!word || !VERB_LIKE.test(m?.[2] ?? '')) return false
  if (FUNCTION_WORD.test(word) || knownWords.has(word) || knownWords.has(word.replace(/s$/, ''))) {
    return false
  }
  for (let at = main.indexOf(word); at !== -1; at = main.indexOf(word, at + 1)) {
    const before = main[at - 1] ?? ' '
    const after = main[at + word.length] ?? ' '
    if (!/[\w'’-]/.test(before) && !/[\w'’-]/.test(after)) return true
  }
  return false
}

/** Whether what follows "K.M.'s" is part of the child's life rather than a document or service. */
function namesAttribute(words: string): boolean {
  // The head noun decides: "his hearing aids" are part of his life, "his court hearing" is not.
  const nounPhrase: string[] = []
  for (const raw of words.toLowerCase().split(/\s+/)) {
    const w = raw.replace(/[^a-z-]/g, '')
    if (
      nounPhrase.length > 0 &&
      (AUXILIARY.test(w) || NOUN_PHRASE_END.test(w) || isParticiple(w))
    ) {
      break
    }
    nounPhrase.push(w)
  }
  const head = nounPhrase[nounPhrase.length - 1] ?? ''
  return !notChildAttributes.has(head)
}

const NOUN_PHRASE_END =
  /^(?:of|for|with|at|in|on|to|from|by|and|or|so|that|which|who|gets?|goes|stops?)$/
