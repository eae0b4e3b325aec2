// A small, rule-based reading of plan sentences: who the subject is, which modal introduces the
// action ("to", "will", "must") and what form the verb takes (active, passive, a state). Plans are
// written in a handful of patterns ("X to do Y by Z", "X will ...", "Y to be done by X"), so a
// few careful rules go further here than a general parser would, and stay fast enough to run on
// every keystroke.

import {
  AGENT_ABBREVIATIONS,
  CHILD_WORDS,
  FAMILY_WORDS,
  IRREGULAR_PARTICIPLES,
  MONTH_NUMBERS,
  NON_AGENT_NOUNS,
  NOT_CHILD_ATTRIBUTES,
  NOT_A_CHILD_MENTION,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_PHRASES,
  TITLES,
  WEEKDAY_NUMBERS
} from './lexicon'
import { matchesOf } from './matches'

const titles = new Set(TITLES)
const family = new Set(FAMILY_WORDS)
const roleHeads = new Set(ROLE_HEADS)
const agentAbbreviations = new Set(AGENT_ABBREVIATIONS)
const childWords = new Set(CHILD_WORDS)
const nonAgentNouns = new Set(NON_AGENT_NOUNS)
const notChildAttributes = new Set(NOT_CHILD_ATTRIBUTES)
const participles = new Set(IRREGULAR_PARTICIPLES)
const roleModifiers = new Set(ROLE_MODIFIERS)
const calendarWords = new Set([...Object.keys(MONTH_NUMBERS), ...Object.keys(WEEKDAY_NUMBERS)])

/** Abbreviations that name documents, meetings or conditions, never someone who acts. */
const NON_AGENT_ABBREVIATIONS = new Set([
  'pep',
  'ehcp',
  'icpc',
  'rcpc',
  'cin',
  'lac',
  'cla',
  'cp',
  'dv',
  'da',
  'fgc',
  'taf',
  'tac',
  'eha',
  'plo',
  'dash',
  'cse',
  'cce',
  'adhd',
  'asd',
  'iha',
  'rha',
  'dbs',
  'sgo',
  'uasc',
  'ehc',
  'sen',
  'send',
  'ucas',
  'id',
  'gcse',
  'gcses',
  'pe',
  'it',
  'ok',
  'nb',
  'n/a',
  'tbc'
])

/** What a noun phrase refers to, as far as who can act goes. */
export type NounKind =
  | 'adult'
  | 'child'
  | 'pronoun'
  | 'first-person'
  | 'child-attribute'
  | 'pronoun-attribute'
  | 'thing'
  | 'none'

export type VerbForm =
  'active' | 'passive' | 'progressive' | 'ability' | 'perfect' | 'state' | 'possession'

export interface Span {
  text: string
  start: number
  end: number
}

export interface Clause {
  /** The subject as it appears in the text (offsets into the text given to parseClause). */
  subject: Span | null
  subjectKind: NounKind
  /** True when the subject is a bare capitalised word we took to be a name by elimination. */
  subjectGuessed: boolean
  modal: string | null
  strongModal: boolean
  negated: boolean
  verb: string | null
  form: VerbForm | null
  /** The words after the verb. */
  rest: string
  restStart: number
}

// ---------------------------------------------------------------------------------------------
// Noun phrases

const DETERMINERS =
  /^(?:the|a|an|all|both|each|any|every|our|my|your|some|either|neither|one|two|three)\s+/i
const PARENTHETICAL = /\s*\([^)]*\)/g
const PREPOSITION_CUT =
  /\s+(?:of|for|between|on|from|to|in|at|about|regarding|that|who|which|under|into|by|around|re)\b.*$/i
// "C&F", "A&E": an ampersand between two capitals joins one name, not two people.
const CONJUNCTION_SPLIT =
  /\s*(?:,|\band\b|\bor\b|(?<![A-Z])&|&(?![A-Z])|\+|\bwith\b|\bplus\b|\/|\bnot\b)\s*/i
const INITIALS = /^(?:[A-Z]\.\s?){1,3}(?:['’]s)?$/
/** A capitalised name, hyphenated ones included: "Keira", "Lily-Mae", "O'Neill". */
const NAME_WORD = /^[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*$/
const TITLE_START = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev)\.?(?:\s|$)/i
const POSSESSIVE = /^(.+?)['’]s?\s+(.+)$/
const PRONOUN_POSSESSIVE = /^(his|her|their|its)\s+(.+)$/i
const NOUN_SUFFIX = /(?:ment|tion|sion|ance|ence|ing|ity|ness|ure|ship|ism|ogy|ery|age)$/i
/** Everyday words that start a sentence with a capital but are never names: "No further call-outs". */
const NOT_NAME_WORDS = new Set([
  'no',
  'not',
  'none',
  'nobody',
  'nothing',
  'any',
  'some',
  'each',
  'every',
  'further',
  'more',
  'most',
  'less',
  'fewer',
  'better',
  'worse',
  'good',
  'bad',
  'other',
  'another',
  'such',
  'same',
  'new',
  'there',
  'here',
  'yes',
  'first',
  'next',
  'last',
  'to'
])
/** Capitalised words that are not names: "Improved engagement", "Weekly", "Regular". */
const NOT_A_NAME_SUFFIX = /(?:ed|ly|ful|less|ous|ive|able|ible|ing)$/i
/** First names with such an ending: "Aisling to see Brodie on his own". */
const NAMES_WITH_SUCH_ENDINGS = /^(?:aisling|ashling|channing|sterling)$/

function singular(word: string): string {
  if (word.endsWith('ives')) return word.slice(0, -3) + 'fe'
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y'
  if (word.endsWith('ses')) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

function isRoleWord(word: string): boolean {
  const w = word.toLowerCase()
  return roleHeads.has(w) || roleHeads.has(singular(w))
}

function isFamilyWord(word: string): boolean {
  const w = word.toLowerCase()
  return family.has(w) || family.has(singular(w))
}

function endsWithRolePhrase(phrase: string): boolean {
  const p = phrase.toLowerCase()
  return ROLE_PHRASES.some((r) => p === r || p.endsWith(' ' + r))
}

/**
 * What one noun phrase refers to. The first conjunct decides ("Ms M. and SW" is an adult,
 * "Contact with mum" is a thing), except that "Mr and Mrs G." starts with a bare title.
 */
export function classifyNounPhrase(phrase: string): NounKind {
  const known = nounKinds.get(phrase)
  if (known !== undefined) return known
  // The same phrases come up again and again ("Mum", "the SW"): remember a bounded number.
  if (nounKinds.size >= NOUN_KIND_CACHE_SIZE) nounKinds.clear()
  const kind = classifyUncached(phrase)
  nounKinds.set(phrase, kind)
  return kind
}

const NOUN_KIND_CACHE_SIZE = 4000
const nounKinds = new Map<string, NounKind>()

const NAME_AND_INITIAL = /^(\s*[A-Z][a-z'’-]+)\s+[A-Z]\.(?=\s*(?:\(|$))/
const PRACTICE =
  /^(?:gp|gp['’]?s|doctors?['’]?|doctor['’]s|dental|dentist['’]?s?|health centre)\s+(?:surgery|practice)$/

function classifyUncached(phrase: string): NounKind {
  // "Priya M. (SW)", "Tom B.": a first name with a surname's initial is read as the first name.
  const initialled = phrase.replace(NAME_AND_INITIAL, '$1')
  if (initialled !== phrase) return classifyUncached(initialled)
  const stripped = phrase.replace(PARENTHETICAL, '').trim()
  if (!stripped) return 'none'
  // "F/C", "the FCs": an abbreviation written with a slash is one word, not two people.
  const whole = stripped.replace(DETERMINERS, '').toLowerCase()
  if (whole.includes('/') && agentAbbreviations.has(whole)) return 'adult'
  // "The GP surgery will send Kerry a text": a practice acts, where "his surgery" is an operation.
  if (PRACTICE.test(whole)) return 'adult'
  const parts = stripped.split(CONJUNCTION_SPLIT).filter((p) => p.trim().length > 0)
  const first = parts[0]?.trim() ?? ''
  if (titles.has(first.toLowerCase().replace(/\.$/, ''))) return 'adult'
  const kind = classifySimple(first)
  // "Speech and language therapy": a capitalised first word we could only guess was a name,
  // joined to a plain noun, is one compound noun.
  const last = parts[parts.length - 1]?.trim() ?? ''
  if (
    parts.length > 1 &&
    kind === 'child' &&
    NAME_WORD.test(first) &&
    /^[a-z]/.test(last) &&
    classifySimple(last) === 'thing'
  ) {
    return 'thing'
  }
  // "The drug and alcohol worker", "speech and language therapist": a compound's first noun,
  // then a role that heads the whole phrase; "the YJS speech and language therapist", with the
  // service's initials first.
  if (
    parts.length === 2 &&
    (kind === 'thing' || kind === 'child-attribute') &&
    /\s(?:and|&)\s/.test(stripped) &&
    /^(?:[A-Z]{2,6}\s+)?[A-Za-z][a-z]*$/.test(
      first.replace(DETERMINERS, '').replace(/^.*['’]s\s+/, '')
    ) &&
    /^[a-z]+\s+[a-z]+$/.test(last) &&
    classifySimple(last) === 'adult'
  ) {
    return 'adult'
  }
  if (kind === 'child' && parts.length === 1) {
    // "Sarah (FSW)": a name followed by a role in brackets is an adult, not the child.
    const bracket = /\(([^)]*)\)/.exec(phrase)?.[1]
    if (bracket && classifySimple(bracket) === 'adult') return 'adult'
  }
  // "EDUCATION (Sadlerby Academy)", "HEALTH (GP)": an agency's area, then who in it acts.
  if (kind === 'thing' && parts.length === 1 && AREA_AND_AGENT.test(phrase)) {
    const bracket = AREA_AND_AGENT.exec(phrase)![1]!
    if (classifySimple(bracket) === 'adult') return 'adult'
  }
  // "Ember Care (agency)": an organisation's name, and what it is in brackets.
  if (
    kind === 'thing' &&
    parts.length === 1 &&
    /^(?:[A-Z][\w'’&-]*\s+){1,3}[A-Z][\w'’&-]*$/.test(stripped) &&
    /\((?:an?\s+)?(?:agency|service|charity|provider|project|trust|organisation)\)/i.test(phrase)
  ) {
    return 'adult'
  }
  return kind
}

const AREA_AND_AGENT =
  /^(?:EDUCATION|HEALTH|HOUSING|POLICE|PROBATION|CSC|YOUTH JUSTICE|EARLY HELP|MENTAL HEALTH|SUBSTANCE MISUSE|ADULT SERVICES|Education|Health|Housing)\s*\((?!(?:with|via|through|by|for|and)\b)([^()]{2,40})\)$/

function classifySimple(raw: string): NounKind {
  let np = raw.trim()
  if (!/(?:^|\s)(?:[A-Z]\.)+$/.test(np)) np = np.replace(/[.,;:]+$/, '')
  np = np.replace(DETERMINERS, '').trim()
  if (!np) return 'none'
  const lower = np.toLowerCase()
  if (lower === 'i' || lower === 'we' || lower === 'me' || lower === 'us') return 'first-person'
  if (/^(?:he|she|they|him|her|them)$/.test(lower)) return 'pronoun'
  // "Someone to look into Brownies": nobody in particular is named.
  if (
    /^(?:it|this|that|there|these|those|which|what|who|whom|how|when|where|why|someone|somebody|anyone|anybody|no one|nobody)$/.test(
      lower
    )
  ) {
    return 'thing'
  }
  // "Mr Hale's flat", "Mr Gallo's time": what a titled adult owns is read as the possessive below.
  if (TITLE_START.test(np) && !/['’]s\s/.test(np)) return 'adult'
  if (INITIALS.test(np)) return 'child'
  // "Children’s home", "the local authority": a service named with a possessive or a phrase.
  if (endsWithRolePhrase(lower)) return 'adult'

  const pronounPossessive = PRONOUN_POSSESSIVE.exec(np)
  if (pronounPossessive) {
    const owned = classifyHead(pronounPossessive[2] ?? '')
    if (owned === 'adult' || owned === 'child') return owned
    return isChildAttribute(pronounPossessive[2] ?? '') ? 'pronoun-attribute' : 'thing'
  }
  // "Outreach from Women's Aid for Mum": the head comes before any preposition, so a possessive
  // after one says nothing about what the phrase is.
  const possessive = /['’]/.test(np) ? POSSESSIVE.exec(np.replace(PREPOSITION_CUT, '')) : null
  if (possessive && /['’]/.test(possessive[0])) {
    const owner = classifySimple(possessive[1] ?? '')
    const owned = classifyHead(possessive[2] ?? '')
    if (owned === 'adult' || owned === 'child') return owned
    if ((owner === 'child' || owner === 'pronoun') && isChildAttribute(possessive[2] ?? '')) {
      return 'child-attribute'
    }
    return 'thing'
  }
  return classifyHead(np)
}

/** Whether something a child owns is part of the child's life, not a document or a service. */
function isChildAttribute(phrase: string): boolean {
  const head = headWord(phrase)
  if (head === null || !/^[a-z-]+$/.test(head)) return false
  return !notChildAttributes.has(head) && !notChildAttributes.has(singular(head))
}

/** The last word of a noun phrase before any preposition or relative clause. */
function headWord(phrase: string): string | null {
  const core = phrase.replace(PARENTHETICAL, '').replace(PREPOSITION_CUT, '').trim()
  const words = core.split(/\s+/)
  const last = words[words.length - 1]
  return last ? last.toLowerCase().replace(/[.,;:]+$/, '') : null
}

function classifyHead(phrase: string): NounKind {
  const core = phrase.replace(PARENTHETICAL, '').replace(PREPOSITION_CUT, '').trim()
  if (!core) return 'none'
  const lower = core.toLowerCase()
  if (endsWithRolePhrase(lower)) return 'adult'
  if (/\byoung (?:person|people)$/.test(lower)) return 'child'
  const words = core.split(/\s+/)
  const head = words[words.length - 1] ?? ''
  const headLower = head.toLowerCase().replace(/[.,;:]+$/, '')
  if (headLower === 'yp' || headLower === 'cyp') return 'child'
  // "K to attend school": an initial written without its full stop.
  if (words.length === 1 && /^[A-Z]$/.test(head)) return 'child'
  // "Mum's new partner Mr X": a title inside the phrase names an adult.
  if (
    words.length > 1 &&
    words.slice(0, -1).some((w) => titles.has(w.toLowerCase().replace(/\.$/, '')))
  ) {
    return 'adult'
  }
  if (agentAbbreviations.has(headLower) && head === head.toUpperCase()) return 'adult'
  // "CAMHS LAC", "SW CIN": a run of abbreviations led by a service that acts is that service.
  if (
    words.length > 1 &&
    words.every((w) => /^[A-Z]{2,6}s?$/.test(w)) &&
    agentAbbreviations.has((words[0] ?? '').toLowerCase())
  ) {
    return 'adult'
  }
  if (agentAbbreviations.has(headLower) && words.length > 1) return 'adult'
  if (NON_AGENT_ABBREVIATIONS.has(headLower)) return 'thing'
  if (childWords.has(headLower) || childWords.has(singular(headLower))) return 'child'
  if (isFamilyWord(headLower)) return 'adult'
  if (isRoleWord(headLower)) return 'adult'
  if (nonAgentNouns.has(headLower) || nonAgentNouns.has(lower)) return 'thing'
  if (agentAbbreviations.has(headLower)) return 'adult'
  // An unknown abbreviation in capitals is most often a service ("NSPCC", "SCARF").
  if (/^[A-Z]{2,6}s?$/.test(head)) return 'adult'
  // "Jan to take Bella to the dentist", "April and Phil": months that are first names too, as
  // the subject of a phrase on their own (a date is never read through here).
  if (words.length === 1 && /^(?:Jan|April|May|June|August)$/.test(head)) return 'child'
  if (NAME_WORD.test(head)) {
    // "Aunt Kerry", "Nanny Pat", "Social Worker Jane": a family word or role before a name.
    if (words.slice(0, -1).some((w) => isFamilyWord(w) || isRoleWord(w))) return 'adult'
    const allCapitalised = words.every((w) => /^[A-Z]/.test(w))
    if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return 'thing'
    if (allCapitalised && words.length <= 3 && !calendarWords.has(headLower)) {
      const notName =
        words.length === 1 &&
        !NAMES_WITH_SUCH_ENDINGS.test(headLower) &&
        (NOUN_SUFFIX.test(headLower) || (headLower.length > 5 && NOT_A_NAME_SUFFIX.test(headLower)))
      return notName ? 'thing' : 'child'
    }
  }
  return 'thing'
}

/** Whether a noun-phrase kind can be the one who acts. */
export function isAgentKind(kind: NounKind): boolean {
  return kind === 'adult' || kind === 'child' || kind === 'pronoun' || kind === 'first-person'
}

// ---------------------------------------------------------------------------------------------
// Clauses

const MODAL =
  /\b(?:(?:is|are|am)\s+(?=not\s+to\b))?(?:(not)\s+)?(to|will|must|should|shall|would|can|could|may|might|needs?\s+to|has\s+to|have\s+to|(?:is|are|am)\s+(?:going\s+|expected\s+|required\s+|asked\s+|due\s+)?to|(?:has|have)\s+agreed\s+to|agreed\s+to|agrees?\s+to|commits?\s+to|(?:has|have)\s+committed\s+to|(?:is|are)\s+responsible\s+for|wants?\s+to|would\s+like\s+to|hopes?\s+to|plans?\s+to|intends?\s+to|aims?\s+to|wish(?:es)?\s+to|(?:is|are|am)\s+keen\s+to|['’](?:m|re|s)\s+going\s+to|['’]d\s+(?:like|love|prefer)\s+to|['’]ll)(?=\s)/gi
const WEAK_MODALS = new Set([
  'would',
  'can',
  'could',
  'may',
  'might',
  'want to',
  'wants to',
  'would like to',
  "'d like to",
  '’d like to',
  "'d love to",
  '’d love to',
  "'d prefer to",
  '’d prefer to',
  'hope to',
  'hopes to',
  'plan to',
  'plans to',
  'intend to',
  'intends to',
  'aim to',
  'aims to',
  'wish to',
  'wishes to',
  'is keen to',
  'are keen to',
  'am keen to'
])
const ADVERBS = new Set([
  'not',
  'no',
  'longer',
  'never',
  'also',
  'still',
  'then',
  'both',
  'jointly',
  'each',
  'always',
  'now',
  'immediately',
  'further',
  'again',
  'only',
  'regularly',
  'actively',
  'fully',
  'urgently',
  'promptly',
  'personally'
])
/** Words after "to" that show it is a preposition, not the start of a verb. */
const NOT_A_VERB = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'my',
  'our',
  'your',
  'its',
  'this',
  'that',
  'these',
  'those',
  'any',
  'all',
  'some',
  'every',
  'each',
  'school',
  'nursery',
  'college',
  'hospital',
  'court',
  'bed',
  'home',
  'church',
  'mum',
  'dad',
  'nan',
  'him',
  'them',
  'me',
  'us',
  'it',
  'date',
  'one',
  'two',
  'no',
  'what',
  'where',
  'whom',
  'and',
  'or',
  'people',
  'family',
  'services',
  'parenting',
  'early',
  'adult',
  'adults',
  'children',
  'child',
  'baby'
])
const PRECEDES_PREPOSITION_TO = new Set([
  'up',
  'due',
  'next',
  'according',
  'addition',
  'prior',
  'regard',
  'relation',
  'close',
  'back',
  'access',
  'referral',
  'referrals',
  'transport',
  'travel',
  'trip',
  'visit',
  'visits',
  'route',
  'way',
  'letter',
  'move',
  'return',
  'introduction'
])
/**
 * A condition, reason, concession or purpose set before the main clause, up to its comma, with any
 * aside that follows it: "If Ms M. becomes too unwell ...,", "Although Mum says ...,", "So that
 * Tyler feels safe at night,", "Once his DLA moves to PIP, which the DWP says ...,".
 */
const LEADING_CONDITION =
  /^(?:if|when|whenever|where|should|unless|once|until|till|in the event(?: that)?|in case|while|whilst|as soon as|although|though|even though|even if|given(?: that)?|because|since|despite|following|so that|so as to|in order (?:for|to|that))\b[^,]{0,160},\s*(?:(?:which|who|whose)\b[^,]{0,120},\s*)?/i
const LEADING_FILLER =
  /^(?:also|then|and|additionally|in addition|meanwhile|together|jointly)\b,?\s*/i

const STATE_PROGRESSIVES = new Set([
  'living',
  'staying',
  'remaining',
  'feeling',
  'having',
  'knowing',
  'residing',
  'settling'
])

/** "... and paying her rent": a second progressive verb in the same clause. */
const JOINED_PROGRESSIVE = /^[^,;.]*?\s(?:and|&)\s+([a-z]{2,}ing)\b/

const NEEDS_DOING = /^\s+to\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne)\b/i

/** Objects that make "have" a verb of doing: "have a go", "have a chat", "have a think". */
const LIGHT_HAVE =
  /^\s+a\s+(?:go|try|look|chat|talk|think|word|conversation|practice|practise|turn)\b/i

/**
 * A label in front of the subject ("Sibling contact: Ellis", "Area of need: Accommodation. Action:
 * PA", "Ongoing - DSL"): the subject is what follows the last colon, spaced dash or full stop.
 */
const LABEL_SEPARATOR = /:\s+|;\s+|\s[-–—]\s+|^[-–—]\s+|(?<=[a-z]{3}|\d)\.\s+(?=[A-Z])/g
/** "Jess (15)", "Oscar (aged 3)": an age in brackets is not part of who acts. */
const AGE_BRACKET =
  /\s*\((?:aged?\s*)?\d{1,2}(?:\.\d)?\s*(?:yrs?|years?(?:\s+old)?|y\/o|months?|mths?|weeks?)?\)$/i

/**
 * Whether the text has more than `count` words, counted as split(/\s+/) counts them. The split
 * stops once it has one piece more than that: splitting a long paragraph through, only to
 * compare its length with a small number, took longer than most of the tests run on a line.
 */
export function hasMoreWordsThan(text: string, count: number): boolean {
  return text.split(/\s+/, count + 1).length > count
}

export function isParticiple(word: string): boolean {
  const w = word.toLowerCase()
  return (w.length > 3 && w.endsWith('ed')) || participles.has(w)
}

/**
 * Cuts a sentence at its first purpose or reason clause ("so that", "in order to", "because"),
 * which have subjects of their own that must not be mistaken for the action's.
 */
export function mainClauseEnd(text: string): number {
  // The same sentence is asked about by the owner, outcome and timescale readers in turn.
  if (text === lastClauseText) return lastClauseEnd
  // "If Jaden is bullied because of his colour, Kemi will ...": a reason inside the leading
  // condition is the condition's, not the main clause's end.
  const lead = LEADING_CONDITION.exec(text)?.[0].length ?? 0
  const match = PURPOSE_OR_REASON.exec(text.slice(lead))
  lastClauseText = text
  lastClauseEnd = match ? lead + match.index : text.length
  return lastClauseEnd
}

let lastClauseText = ''
let lastClauseEnd = 0

const PURPOSE_OR_REASON =
  /(?:,\s*|\s+)(?:so\s+that|so\s+as\s+to|so(?=\s+(?:the|he|she|they|it|his|her|their|[A-Z]))|in\s+order\s+(?:that|to)|because|as\s+this\s+will|which\s+will|meaning\s+that)\b/i

/**
 * Reads the subject, modal and verb of the clause text[from, to). `skip` lists spans (timescale
 * phrases) that may stand in front of the subject: "Within three months Reece will ...".
 */
export function parseClause(
  text: string,
  clauseStart = 0,
  to = text.length,
  skip: readonly { start: number; end: number }[] = []
): Clause {
  // Segmenting a line and then analysing it reads the same clause several times over.
  if (skip.length > 0) return readClause(text, clauseStart, to, skip)
  const key = `${clauseStart}:${to}:${text}`
  const known = recentClauses.get(key)
  if (known) return known
  const clause = readClause(text, clauseStart, to, skip)
  if (recentClauses.size >= RECENT_CLAUSES) recentClauses.clear()
  recentClauses.set(key, clause)
  return clause
}

const RECENT_CLAUSES = 64
const recentClauses = new Map<string, Clause>()

function readClause(
  text: string,
  clauseStart: number,
  to: number,
  skip: readonly { start: number; end: number }[]
): Clause {
  let from = clauseStart
  const empty: Clause = {
    subject: null,
    subjectKind: 'none',
    subjectGuessed: false,
    modal: null,
    strongModal: false,
    negated: false,
    verb: null,
    form: null,
    rest: text.slice(from, to),
    restStart: from
  }
  const clause = text.slice(0, to)
  // A leading condition has verbs of its own: "If Ms M. becomes too unwell to look after ...,".
  const condition = LEADING_CONDITION.exec(clause.slice(from))
  if (condition) from += condition[0].length
  for (const m of matchesOf(MODAL, clause.slice(from))) {
    let index = from + m.index
    let modalText = m[0]
    let modalWord = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ')
    // "Plan to be reviewed", "Aims to be agreed": a noun that looks like "plans to" at the start
    // is the subject, and its "to" the modal.
    if (index === from && /\sto$/i.test(modalText) && m[1] === undefined) {
      index += modalText.length - 2
      modalText = 'to'
      modalWord = 'to'
    }
    if (index === from) continue
    if (m[2] === 'May' || m[2] === 'Will') continue
    // "Within 3 months of his leave to remain coming through, Abdi will ...": a modal inside the
    // timescale phrase the clause opens with is the phrase's own.
    const opening = (span: { start: number; end: number }): boolean =>
      span.start >= from && !clause.slice(from, span.start).trim() && index < span.end
    if (skip.some(opening)) continue
    const before = clause.slice(from, index)
    if (before.length > 140 || !/[A-Za-z]/.test(before)) continue
    // "Core group (Nadia to arrange) will meet": a modal in brackets belongs to the aside, when
    // the sentence goes on to a modal of its own.
    const open = before.lastIndexOf('(')
    const aside = open > before.lastIndexOf(')') ? /^[^()]*\)/.exec(clause.slice(index)) : null
    if (aside && hasModal(clause.slice(index + aside[0].length))) continue
    const previousWord = /([A-Za-z'’]+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? ''
    if (
      modalWord === 'to' &&
      PRECEDES_PREPOSITION_TO.has(previousWord) &&
      !/^\s+be\s/i.test(clause.slice(index + modalText.length))
    ) {
      continue
    }
    const after = readVerb(clause, index + modalText.length)
    if (!after) continue
    if (modalWord === 'to' || /going to$/.test(modalWord)) {
      // "to school" is a place; "to keep encouraging" and "not to drink" are actions.
      const checked = ADVERBS.has(after.first) ? after.verb : after.first
      if (!isVerbAfterTo(checked)) continue
    }
    const subject = findSubject(text, from, index, skip)
    const named = subject !== null && isLowerCaseName(text, clauseStart, subject)
    const kind = named ? 'child' : subject ? classifyNounPhrase(subject.text) : 'none'
    return {
      subject,
      subjectKind: kind,
      subjectGuessed: named || (subject !== null && kind === 'child' && isBareName(subject.text)),
      modal: modalWord,
      strongModal: !WEAK_MODALS.has(modalWord),
      negated: m[1] !== undefined || after.negated,
      verb: after.verb,
      form: verbForm(clause, after),
      rest: clause.slice(after.end, to),
      restStart: after.end
    }
  }
  return empty
}

function isBareName(text: string): boolean {
  return NAME_WORD.test(text.trim())
}

/** One lower-case word that could be a first name: no noun ending, not in the lexicon. */
const LOWER_NAME_WORD = /^[a-z][a-z'’-]{1,11}$/

/**
 * "tia to fill in her worry diary", "kyle to look for pt work": case notes written in lower case
 * start with the child's name uncapitalised. A single word that opens the line, is in none of the
 * lexicon's lists and has no noun or adjective ending is read as a name we could only guess at
 * (so "therapy to start in May" and the like are still told apart by what the verb does).
 */
function isLowerCaseName(text: string, clauseStart: number, subject: Span): boolean {
  const word = subject.text
  if (!LOWER_NAME_WORD.test(word)) return false
  if (!/^[\s•*–-]*$/.test(text.slice(clauseStart, subject.start))) return false
  if (NOT_NAMES.has(word) || agentAbbreviations.has(word) || nonAgentNouns.has(word)) return false
  if (NOT_NAME_WORDS.has(word) || calendarWords.has(word)) return false
  if (NOUN_SUFFIX.test(word) || (word.length > 5 && NOT_A_NAME_SUFFIX.test(word))) return false
  // "re-refer to fire service": a verb done again, not a name.
  if (/^(?:re|co|pre|de)-[a-z]/.test(word)) return false
  return !/(?:[^s]s|al|ic|ary|ory)$/.test(word)
}

function isVerbAfterTo(verb: string): boolean {
  if (NOT_A_VERB.has(verb)) return false
  // "to parenting", "to accommodation": a noun; "to bring", "to ring" are short verbs in -ing.
  if (verb.length > 5 && /(?:ing|tion|ness|ity)$/.test(verb) && verb !== 'string') return false
  return true
}

interface VerbAt {
  verb: string
  /** The first word after the modal, before any adverb was skipped. */
  first: string
  start: number
  end: number
  negated: boolean
}

/**
 * The first word after a modal that is not an adverb ("not", "also") or a verb of carrying on
 * ("continue to", "keep ...ing"), lower-cased; null when no lowercase word follows.
 */
function readVerb(text: string, from: number): VerbAt | null {
  const word = /\s*([A-Za-z][A-Za-z'’-]*)/y
  let position = from
  let negated = false
  let first: string | null = null
  for (let guard = 0; guard < 6; guard += 1) {
    word.lastIndex = position
    const m = word.exec(text)
    if (!m || !m[1]) return null
    const w = m[1]
    const lower = w.toLowerCase()
    first ??= lower
    const following = nextWord(text, word.lastIndex)
    const carriesOn =
      (lower === 'keep' && following?.word.endsWith('ing') === true) ||
      ((lower === 'continue' || lower === 'try') &&
        (following?.word === 'to' || following?.word.endsWith('ing') === true))
    if (ADVERBS.has(lower) || carriesOn) {
      if (lower === 'not' || lower === 'never' || lower === 'no') negated = true
      position = word.lastIndex
      if (carriesOn && following?.word === 'to') position = following.end
      continue
    }
    if (w !== lower) return null
    const start = position + (m[0].length - w.length)
    return { verb: lower, first, start, end: start + w.length, negated }
  }
  return null
}

function nextWord(text: string, from: number): { word: string; end: number } | null {
  const m = /\s*([A-Za-z][A-Za-z'’-]*)/y
  m.lastIndex = from
  const found = m.exec(text)
  return found?.[1] ? { word: found[1].toLowerCase(), end: m.lastIndex } : null
}

function verbForm(text: string, verb: VerbAt): VerbForm {
  const next = nextWord(text, verb.end)
  // "she will need to be assessed": needing something done to you is a passive.
  if (/^needs?$/.test(verb.verb) && NEEDS_DOING.test(text.slice(verb.end))) return 'passive'
  if (verb.verb === 'be') {
    if (!next) return 'state'
    if (next.word === 'able') return 'ability'
    // "will be living", "will be staying": a state, however it is put; "will be reading" acts,
    // and so does "will be living in her own flat and paying her rent".
    if (STATE_PROGRESSIVES.has(next.word)) {
      const joined = JOINED_PROGRESSIVE.exec(text.slice(next.end))?.[1] ?? ''
      const acts = joined !== '' && joined !== 'being' && !STATE_PROGRESSIVES.has(joined)
      return acts ? 'progressive' : 'state'
    }
    if (next.word.endsWith('ing') && next.word !== 'being') return 'progressive'
    if (next.word === 'being') return 'passive'
    if (isParticiple(next.word)) return 'passive'
    return 'state'
  }
  if (verb.verb === 'have' || verb.verb === 'has') {
    if (next?.word === 'been') return 'passive'
    // "to have a go at", "to have a look at": doing something, not owning it.
    if (LIGHT_HAVE.test(text.slice(verb.end))) return 'active'
    // "to have the children every Friday", "has agreed to have Maya and Ben to live with him",
    // "will have me round for Sunday dinner": taking someone in is caring, not owning.
    if (HOSTING_HAVE.test(text.slice(verb.end))) return 'active'
    if (next && isParticiple(next.word) && next.word !== 'used') return 'perfect'
    return 'possession'
  }
  if (verb.verb === 'get' && next && isParticiple(next.word)) {
    // "to get updated parenting reports on file": the participle describes what is got.
    const after = nextWord(text, next.end)?.word ?? ''
    return /^[a-z]{3,}$/.test(after) && !GET_DONE_FOLLOWERS.has(after) ? 'active' : 'passive'
  }
  return 'active'
}

/** Whether a modal stands anywhere in the text. MODAL is global: its search starts afresh. */
function hasModal(text: string): boolean {
  MODAL.lastIndex = 0
  const found = MODAL.test(text)
  MODAL.lastIndex = 0
  return found
}

/** "Mum, Nan and Jo (CPN)": names listed with commas, then "and", are one subject. */
function listsPeople(segment: string, lastComma: number): boolean {
  const last = segment.slice(lastComma + 1).trim()
  if (!/\s(?:and|&)\s/.test(last) || !isAgentKind(classifyNounPhrase(last))) return false
  const earlier = segment.slice(0, lastComma).split(',')
  return earlier.every((part) => {
    const phrase = part.trim()
    return !hasMoreWordsThan(phrase, 4) && isAgentKind(classifyNounPhrase(phrase))
  })
}

const HOSTING_HAVE =
  /^\s+(?:(?:me|him|her|them|us)\s+(?:round|over)\b|(?:the|both|all)\s+(?:\w+\s+)?(?:children|kids|girls|boys|twins|siblings)\b|[^,;.]{1,40}?\s+to\s+(?:stay|live|sleep\s+over)\b(?!\s+in\b))/i

/** Words that may follow "get checked", "get vaccinated": the passive's own continuation. */
const GET_DONE_FOLLOWERS = new Set([
  'by',
  'at',
  'in',
  'on',
  'for',
  'to',
  'with',
  'before',
  'after',
  'and',
  'so',
  'again',
  'every',
  'each',
  'within',
  'from',
  'when',
  'once',
  'if',
  'as',
  'this',
  'next',
  'soon',
  'asap',
  'regularly',
  'properly',
  'straight',
  'today',
  'tomorrow'
])

/**
 * The subject in front of a modal: after any leading condition ("If ..., "), timescale phrase
 * ("In 2 weeks' time") or comma-led adverbial, and without a relative clause (", who is 24, ").
 */
function findSubject(
  text: string,
  from: number,
  modalIndex: number,
  skip: readonly { start: number; end: number }[]
): Span | null {
  let start = from
  let end = modalIndex
  let segment = text.slice(start, end)
  // "Mum, who is 24,", "Ms Khan, the class teacher,", "Mum, with support from the FSW,": an
  // aside between commas after the subject.
  const relative =
    /^(.*?)\s*,\s*(?:who|whose|which|aged|age|as|now|currently|with|without|the|a|an|his|her|their|our|supported|helped|assisted|together|alongside|along|if|when|where|once)\b.*,\s*$/s.exec(
      segment
    )
  if (relative?.[1]) {
    end = start + relative[1].length
  } else {
    // "The safety network (Mum, Dean, Nan and Aunty Jo) will meet": commas in brackets list names.
    const lastComma = !segment.includes(',')
      ? -1
      : segment.replace(/\([^()]*\)/g, (inside) => ' '.repeat(inside.length)).lastIndexOf(',')
    if (
      lastComma >= 0 &&
      !/^\s*$/.test(segment.slice(lastComma + 1)) &&
      !listsPeople(segment, lastComma)
    ) {
      start += lastComma + 1
    }
  }

  // Leading timescale phrases and fillers, repeatedly: "By the next review, then Ethan will ...".
  for (let guard = 0; guard < 4; guard += 1) {
    while (start < end && /\s/.test(text[start] ?? '')) start += 1
    const span = skip.find((s) => s.start <= start && s.end > start && s.end <= end)
    if (span) {
      start = span.end
      while (start < end && /[\s,]/.test(text[start] ?? '')) start += 1
      continue
    }
    const filler = LEADING_FILLER.exec(text.slice(start, end))
    if (filler && filler[0].length > 0) {
      start += filler[0].length
      continue
    }
    // "[Within 48 hours of conference] Pendlow Fire and Rescue will ...": a When in square
    // brackets set before the sentence.
    const tag = /^\[[^\]]{1,80}\][\s,:-]*/.exec(text.slice(start, end))
    if (tag) {
      start += tag[0].length
      continue
    }
    break
  }
  // "It was agreed that Dad will ...": the subject is the one after "that".
  const reported =
    /^\s*(?:it\s+(?:is|was|has\s+been)\s+\w+(?:\s+\w+)?(?:\s+(?:at|in|by|during|on)\s+[^,;.]{1,50}?)?|\w+(?:\s+\w+){0,2}\s+(?:agreed|decided|recommended|asked|expects?|expected))\s+that\s+/i.exec(
      text.slice(start, end)
    )
  if (reported) start += reported[0].length
  // "We ask Kerry and Dean to take Tyler to every appointment": the one asked acts.
  const asked = /^\s*we\s+(?:would\s+)?(?:also\s+)?(?:ask|are asking|expect|want)\s+(?=\S)/i.exec(
    text.slice(start, end)
  )
  if (asked) start += asked[0].length
  let labelEnd = -1
  for (const m of matchesOf(LABEL_SEPARATOR, text.slice(start, end))) {
    labelEnd = start + m.index + m[0].length
  }
  if (labelEnd > start && /[A-Za-z]/.test(text.slice(labelEnd, end))) start = labelEnd
  segment = text.slice(start, end).trimEnd().replace(AGE_BRACKET, '')
  const trimmedEnd = segment.replace(/[\s,;:–—-]+$/, '').length
  const leadingSpace = segment.length - segment.trimStart().length
  const spanText = segment.slice(leadingSpace, trimmedEnd)
  if (!spanText || !/[A-Za-z]/.test(spanText)) return null
  if (hasMoreWordsThan(spanText, 14)) return null
  const subjectStart = start + leadingSpace
  // "If Mr H turns up mum is to ring 999", "By her review at the flat N will be ...": a condition
  // or a place written without a comma runs straight into the subject, which is the noun phrase
  // at its end.
  if (LEADS_INTO_SUBJECT.test(spanText)) {
    const tail = trailingNounPhrase(spanText)
    if (tail !== null) {
      const at = subjectStart + spanText.length - tail.length
      return { text: tail, start: at, end: at + tail.length }
    }
  }
  return { text: spanText, start: subjectStart, end: start + trimmedEnd }
}

const LEADS_INTO_SUBJECT =
  /^(?:if|when|whenever|once|unless|should|in\s+case|as\s+soon\s+as|at|in|on|from|after|during|until|till|before|by|over)\s/i
const NP_DETERMINER = /^(?:the|a|an|his|her|their|my|our|both|all|any|each)$/i

/**
 * The longest run of words at the end of `phrase` that can make up a noun phrase naming someone
 * ("mum", "the social worker", "Mr H", "her sister Ms J"), when it names someone who can act.
 */
function trailingNounPhrase(phrase: string): string | null {
  const words = phrase.split(/\s+/)
  let best: string | null = null
  for (let n = 1; n < words.length && n <= 6; n += 1) {
    const word = words[words.length - n] ?? ''
    const bare = word.replace(/[(),.'’]+/g, '').toLowerCase()
    const fits =
      /^[A-Z]/.test(word) ||
      /^\(.*\)?$/.test(word) ||
      NP_DETERMINER.test(bare) ||
      family.has(bare) ||
      family.has(singular(bare)) ||
      isRoleWord(bare) ||
      childWords.has(bare) ||
      agentAbbreviations.has(bare) ||
      titles.has(bare) ||
      roleModifiers.has(bare)
    if (!fits) break
    const candidate = words.slice(words.length - n).join(' ')
    // "the social worker": a determiner joins the noun phrase after it.
    if (NP_DETERMINER.test(bare)) {
      if (best !== null && best === words.slice(words.length - n + 1).join(' ')) best = candidate
      continue
    }
    if (isAgentKind(classifyNounPhrase(candidate))) best = candidate
  }
  return best
}

// ---------------------------------------------------------------------------------------------
// Agents after "by", and children mentioned anywhere

const BY_AGENT = /\bby\s+/gi
const AGENT_STOP =
  /^(?:with|to|at|in|on|for|from|as|so|before|after|within|every|each|if|when|until|during|by|who|which|that|why|what|how|where|whether|while|about|over|under|around|through|because|via|once|twice|weekly|daily|monthly|fortnightly|regularly|asap|and then|then|is|are|was|were|will|to|this|next|last|today|tomorrow|tonight|soon|now|immediately|please|no|not|regarding|re|concerning|following)$/i

const OF_WHAT =
  /^\s+(?:any|all|every|each|his|her|their|its|this|these|those|what|how|whether|when|where|why|changes?|progress|updates?|decisions?|concerns?)\b/i

function isAbbreviation(phrase: string): boolean {
  return /^\s*(?:the\s+)?[A-Z]{2,6}s?\s*$/.test(phrase)
}

/** The noun phrase that starts at `from`: words up to a preposition, verb-like word or comma. */
export function readNounPhrase(
  text: string,
  from: number,
  stops: readonly { start: number; end: number }[] = []
): Span | null {
  const token = /\s*(\([^)]{0,40}\)|(?:[A-Z]\.){1,3}(?:['’]s)?|[A-Za-z0-9][A-Za-z0-9'’-]*\.?|&)/y
  const comma = /\s*,\s*/y
  let position = from
  let end = from
  let count = 0
  for (;;) {
    // "by Kai, his carers and the fostering team": a list of people runs on through commas.
    comma.lastIndex = position
    if (count > 0 && comma.exec(text) && LIST_GOES_ON.test(text.slice(comma.lastIndex))) {
      if (!followingIsAgent(text, comma.lastIndex)) break
      position = comma.lastIndex
    }
    token.lastIndex = position
    const m = token.exec(text)
    if (!m || !m[1]) break
    let word = m[1]
    const wordStart = position + (m[0].length - m[1].length)
    if (AGENT_STOP.test(word.replace(/\.$/, ''))) break
    // "by SW of any change", "by the IRO of all decisions": "of" starts what the agent tells.
    if (
      /^of$/i.test(word) &&
      (OF_WHAT.test(text.slice(token.lastIndex)) || isAbbreviation(text.slice(from, position)))
    ) {
      break
    }
    if (stops.some((s) => s.start <= wordStart && s.end > wordStart)) break
    if (/^(?:and|or|&)$/i.test(word)) {
      // Carry on through "and" only when another person follows ("by Mum and Dad", "by the SSW
      // and foster carers").
      if (!followingIsAgent(text, token.lastIndex)) break
    }
    const sentenceEnd =
      word.endsWith('.') && !/^(?:[A-Z]\.){1,3}$/.test(word) && !TITLE_START.test(word)
    if (sentenceEnd) word = word.slice(0, -1)
    count += 1
    end = position + (m[0].length - m[1].length) + word.length
    position = token.lastIndex
    if (sentenceEnd || count > 8) break
  }
  if (end === from) return null
  const raw = text.slice(from, end)
  const lead = raw.length - raw.trimStart().length
  return { text: raw.trim(), start: from + lead, end }
}

/** After a comma in a list of people: one more item, then a comma or "and" ("his carers and"). */
const LIST_GOES_ON =
  /^(?:(?!(?:to|will|must|should|is|are|by|so|for|at|in|on|if|when|then|with)\b)[\w'’.()-]+\s+){0,3}?(?!(?:to|will|must|should|is|are|by|so|for|at|in|on|if|when|then|with)\b)[\w'’.()-]+\s*(?:,|\band\b|&)/i

/** Whether the next one to three words name someone who can act ("Dad", "foster carers"). */
function followingIsAgent(text: string, from: number): boolean {
  const words: string[] = []
  let position = from
  for (let i = 0; i < 3; i += 1) {
    const next = /\s*((?:[A-Z]\.){1,3}|[A-Za-z][A-Za-z'’-]*)/y
    next.lastIndex = position
    const m = next.exec(text)
    if (!m?.[1] || AGENT_STOP.test(m[1])) break
    words.push(m[1])
    position = next.lastIndex
    const kind = classifyNounPhrase(words.join(' '))
    if (kind !== 'thing' && kind !== 'none') return true
  }
  return false
}

/**
 * A passive's agent: "to be updated by the Virtual School" gives "the Virtual School". Phrases
 * inside a timescale ("by the next core group", "by 30/06/2026") are not agents.
 */
/** "by the optician and she will be able to ...": a pronoun that starts the next clause. */
const NEXT_SUBJECT = /\s+and\s+(?:he|she|they|we|I)$/
const NEXT_VERB =
  /^\s+(?:will|would|can|could|should|must|may|might|is|are|was|were|has|have|had)\b/

function withoutNextSubject(text: string, phrase: Span): Span {
  const tail = NEXT_SUBJECT.exec(phrase.text)
  if (!tail || !NEXT_VERB.test(text.slice(phrase.end))) return phrase
  return { ...phrase, text: phrase.text.slice(0, tail.index), end: phrase.end - tail[0].length }
}

export function findByAgent(
  text: string,
  from: number,
  to: number,
  timescales: readonly { start: number; end: number }[]
): Span | null {
  for (const m of matchesOf(BY_AGENT, text.slice(from, to))) {
    const at = from + m.index
    if (timescales.some((t) => t.start <= at && t.end > at)) continue
    const read = readNounPhrase(text, at + m[0].length, timescales)
    if (!read || read.end > to) continue
    const phrase = withoutNextSubject(text, read)
    const kind = classifyNounPhrase(phrase.text)
    if (kind === 'adult' || kind === 'child' || kind === 'first-person') return phrase
  }
  return null
}

const CHILD_WORD_PATTERN = new RegExp(
  `\\b(?:${CHILD_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`,
  'i'
)
const CAPITALISED = /\b([A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)/g
const INITIALS_ANYWHERE = /(?<![A-Za-z.])((?:[A-Z]\.){1,3})(?=['’\s,;:)]|$)/g
/**
 * "take J to the GP", "help M with her hair", "so K gets in on time": case notes write a child as
 * one capital letter. Not "I", not "C&F" or "A&E", and not a letter that labels something ("Plan
 * B", "Vitamin D", "Year 6 class C").
 */
export const SINGLE_INITIAL = /\b[A-HJ-Z](?:['’]?s)?\b(?![.'’&/+-])/g
const LABELLED_LETTER =
  /\b(?:plan|vitamin|hep|hepatitis|tier|part|grade|grades|category|class|block|room|flat|unit|ward|type|option|appendix|schedule|form|section|stage|step|level|key|list|site|wing|house|court|floor|zone|group|team|set|band|pathway|route|hall)\s+$/i
/** "the 3 of them", "all four of them": a counted group, in a plan most often the children. */
const COUNTED_GROUP = /\b(?:the|all)\s+(?:\d|two|three|four|five|six)\s+of\s+them\b/i

/** Whether a single capital letter at `index` stands for a child rather than an article or a label. */
export function isSingleInitial(text: string, index: number): boolean {
  // "Ms", and a letter joined to another by "." "&" "/" "+" "-" or "'" ("C&F", "A/E", "T-shirt").
  if (text[index] === 'M' && text[index + 1] === 's') return false
  if (/[.'’&/+-]/.test(text[index - 1] ?? '')) return false
  const before = text.slice(Math.max(0, index - 12), index)
  if (LABELLED_LETTER.test(before)) return false
  if (/\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+(?:and\s+(?:mr|mrs|ms)\.?\s+)?$/i.test(before)) return false
  // "A referral", "A new bed": at the start of a sentence "A" is the article.
  if (text[index] === 'A' && /(?:^|[.!?:;]\s*|^\s*[-–•*]\s*)$/.test(before)) {
    return /^A\s+(?:to|will|and|&|is|has|can|must|should|['’]s)\b/.test(text.slice(index))
  }
  return true
}
const NOT_NAMES = new Set([
  ...TITLES,
  ...FAMILY_WORDS,
  ...ROLE_HEADS,
  ...CHILD_WORDS,
  ...NON_AGENT_NOUNS,
  ...Object.keys(MONTH_NUMBERS),
  ...Object.keys(WEEKDAY_NUMBERS),
  'year',
  'years',
  'primary',
  'secondary',
  'high',
  'road',
  'street',
  'english',
  'maths',
  'science',
  'christmas',
  'easter',
  'i',
  'if',
  'when',
  'within',
  'by',
  'in',
  'the',
  'a',
  'an',
  'on',
  'at',
  'after',
  'before',
  'from',
  'during',
  'ongoing',
  'daily',
  'weekly',
  'monthly',
  'virtual',
  'young',
  'social',
  'family',
  'children',
  'room',
  'level'
])

/**
 * Whether the text mentions a child: a child word ("the baby", "the children"), initials with no
 * title in front ("K.M."), or a single capitalised name that is not a role, a month or a place.
 */
export function mentionsChild(text: string): boolean {
  const cleaned = text.replace(NOT_A_CHILD_MENTION, ' ')
  if (CHILD_WORD_PATTERN.test(cleaned)) return true
  // In a plan, "I", "me" and "my" are the young person's own words.
  if (/\b(?:I|me|my|myself)\b/.test(cleaned)) return true
  for (const m of matchesOf(INITIALS_ANYWHERE, cleaned)) {
    const before = cleaned.slice(Math.max(0, m.index - 6), m.index)
    if (!/\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+$/i.test(before)) return true
  }
  for (const m of matchesOf(CAPITALISED, cleaned)) {
    if (isLikelyName(cleaned, m.index, m[1] ?? '')) return true
  }
  for (const m of matchesOf(SINGLE_INITIAL, cleaned)) {
    if (isSingleInitial(cleaned, m.index)) return true
  }
  // "sibling contact", "the 3 of them": brothers and sisters of the child are children too.
  return /\bsiblings?\b/i.test(cleaned) || COUNTED_GROUP.test(cleaned)
}

function isLikelyName(text: string, index: number, word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '')
  if (NOT_NAMES.has(lower) || agentAbbreviations.has(lower)) return false
  if (NOUN_SUFFIX.test(lower)) return false
  const before = text.slice(0, index)
  if (/^\s*[-–•*]?\s*$/.test(before)) return false
  if (/[.!?]\s+$/.test(before) && !/\b[A-Z]\.\s+$/.test(before)) return false
  if (/\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+$/i.test(before)) return false
  // Part of a run of capitalised words ("Oakfield Primary", "Safer Futures"): a place or service.
  const after = text.slice(index + word.length)
  if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:and|or)\b/.test(after)) return false
  if (/[A-Z][a-z'’-]+\s+$/.test(before) && !/\b(?:and|or)\s+$/.test(before)) return false
  return true
}
