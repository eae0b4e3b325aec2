import {
  classifyNounPhrase,
  findByAgent,
  hasMoreWordsThan,
  isAgentKind,
  mainClauseEnd,
  parseClause,
  type Clause,
  type Span
} from './grammar'
import { CHILD_STATE_VERBS, NON_AGENTIVE_VERBS, NOT_GIVEN, STATE_VERBS } from './lexicon'
import { matchesOf } from './matches'

const stateVerbs = new Set(STATE_VERBS)
const childStateVerbs = new Set(CHILD_STATE_VERBS)
const nonAgentiveVerbs = new Set(NON_AGENTIVE_VERBS)

/** The names a When field goes by, where a Who field's value stops before one. */
const WHEN_FIELD = String.raw`(?:when|by when|timescales?|time ?scale|deadline|target(?: date)?|due(?: date| by)?)`

/** "Who: SW", "(Lead: Mum)", "[Lead: SW (Ola)]", "Responsible - Housing" written inside an action. */
const INLINE_OWNER = new RegExp(
  `\\b(?:who|lead|by whom|responsible|resp|owner|action by|person responsible|assigned(?: to)?)\\s*[:–-]\\s*(?![A-Za-z][A-Za-z ]{0,20}:)((?:(?!\\s\\/\\s|\\s[–—-]\\s|\\s--\\s|\\s{2,}|\\t|\\s+${WHEN_FIELD}\\s*:)(?:[^;|,.()[\\]]|(?<=\\b[A-Z])\\.))+(?:\\s*\\([^()]{1,30}\\))?)`,
  'i'
)
const TIME_WORD =
  /\d{1,2}[/.]\d{1,2}|\b\d+\s*(?:days?|weeks?|wks?|months?|mths?|hours?|hrs?)\b|\b(?:weekly|daily|monthly|fortnightly|asap|ongoing|tbc|by|within|every|each|before|after|from|until|when|today|tomorrow)\b/i
/**
 * "Who: me, Shauna to help. When: ...", "Person responsible: Dominic (SW) and Kai's carers.
 * Timescale: ...": a Who sentence of its own, up to the next field or the end of the line.
 */
const WHO_SENTENCE = new RegExp(
  `(?:^|[.;]\\s+|\\s{2,})(?:who|lead|person responsible|responsible|assigned(?: to)?)\\s*:\\s*((?:[^;|:]|(?<=\\b[A-Z])\\.)+?)\\s*(?=(?<!\\s[A-Z])[.;]?\\s+${WHEN_FIELD}\\s*:|\\s+${WHEN_FIELD}\\s*:|\\.?\\s*$)`,
  'i'
)
/**
 * "Who: School nurse.", "Owner: SW (Dean Fairley).": a field of its own names the owner whatever
 * else the line says.
 */
const WHO_FIELD =
  /(?:^|[.;|([]\s*|\s)(?:who|lead|owner|by whom|responsible|resp|person responsible|action by|assigned(?: to)?)\s*:\s*\S/i
/** "TM asked SW to ...", "The chair asked the IRO to ...": the one asked, at the start. */
const ASKED_TO =
  /^(?:[A-Z][\w.'’()-]*(?:\s+[\w.'’()-]+){0,3})\s+(?:asked|told|instructed|reminded|requested)\s+((?:the\s+)?[A-Z][\w.'’()-]*(?:\s+\([^()]{1,30}\))?)\s+to\s+[a-z]/
const ASKED = /\s(?:asked|told|instructed|reminded|requested)\s/
/** "be seen", "be given": what follows an agreed subject's modal when it is done to them. */
const PASSIVE_AFTER = /^[a-z]?\s*be\s+[a-z]+(?:ed|en|n|t)\b/i
/** "Agreed that SW will ...", "It was agreed that Mum would ...": the one who agreed to act. */
const AGREED_THAT =
  /^(?:it\s+was\s+)?agreed\s+that\s+((?:the\s+)?[A-Z][\w.'’()-]*(?:\s+\([^()]{1,30}\))?)\s+(?:will|would|is to|should)\s+[a-z]/i
/** "Mum: to attend all appointments": a person named before a colon. */
const KEY_OWNER = /^([^:]{1,40}):\s*\S/
/**
 * KEY_OWNER before an instruction: not a ratio ("1:1") or a clock ("9:30"), nor a clause. Long
 * enough for a role with its holder in brackets ("IDVA (Thrallby Domestic Abuse Service, Ruth
 * Ingram):").
 */
const KEY_NAMING_OWNER =
  /^((?:(?!\s(?:to|will|shall|should|must|can|is|are)\s)[^:]){1,70}?)(?<!\d):(?!\d)\s*\S/i
/** "To attend all health appointments (Mum)": a person named in brackets at the end. */
const TRAILING_OWNER = /\(([^()]{1,40})\)\s*[.;]?\s*$/
/** "Family network meeting (SW to arrange, before the conference)": Who first in a bracket of fields. */
const TRAILING_FIELDS = /\(([^(),]{1,30}),[^()]{1,80}\)\s*[.;]?\s*$/
/**
 * "Home visits (HV) - weekly", "Meeting to be held (SW to arrange) - within 24 hours": the Who in
 * brackets before a timescale set off by a dash.
 */
const BRACKET_BEFORE_DASH = /\(([^()]{1,40})\)\s*[-–—]\s*(?=\S)/g
/** "Referral to SALT - HV - within 10 working days": the middle field of a dash fragment. */
const DASH_FIELD = /\s[-–—]\s+([^-–—()]{1,40}?)\s+[-–—]\s+(?=\S)/g
/** "SW to arrange": a bracketed agent with the verb it will do. */
const AGENT_WITH_VERB = /^(.+?)\s+to\s+[a-z]+(?:\s+[a-z]+)?$/
/** ", and the social worker will ...": a further clause with a subject of its own. */
const JOINED = /(?:,\s*|\s+)and\s+(?=\S)/g

const RECEIVE_VERBS = /^(?:get|gets|receive|receives|access)$/
/** A meeting that decides: "RCPC to consider whether the plan is still needed". */
const DECIDING_MEETING =
  /^(?:the\s+)?(?:icpc|rcpc|(?:initial\s+|review\s+)?(?:child\s+protection\s+)?conference|(?:fostering|adoption|matching|resource|gateway)?\s*panel|fgc|family\s+group\s+conference|legal\s+(?:planning\s+|gateway\s+)?meeting)$/i
const DECIDING_VERBS = /^(?:consider|decide|agree|approve|recommend|endorse|ratify|determine)$/
/** "SW statutory visits every 10 wkng days", "HV home visits weekly": who visits, as a modifier. */
const VISITING_ROLE = /^([A-Z]{2,5})\s+(?:[a-z]+\s+){0,2}?visits?\b/
const RECEIVED_HELP =
  /^\s*(?:some\s+|more\s+|extra\s+|further\s+|regular\s+|ongoing\s+)?(?:help|support|advice|counselling|treatment|therapy|input)\b/i

/** Values of a Who cell that name nobody. */
const NO_ONE_NAMED = new RegExp(`^(?:${NOT_GIVEN}|–|\\?+)$`, 'i')
/** Nobody, or a subject too general to be an owner when a sentence starts with it. */
const NOBODY = new RegExp(`^(?:${NOT_GIVEN}|–|\\?+|all|everyone)$`, 'i')

export interface OwnerReading {
  owner: Span | null
  clause: Clause
}

/**
 * Who performs the action, as the exact words of the text, or null when nobody is named.
 * "X to ..." and "X will ..." give X; a passive gives its by-agent ("PEP to be updated by the
 * Virtual School"); agentless passives, nominalisations ("Referral to Early Help") and a child who
 * is only the subject of a state ("Grace will feel happier") give null; "I will ..." gives "I".
 */
/**
 * "Aliyu, who is 19 and has leave to remain until 2043, to apply ...", "Skye, 12, to phone ...": an
 * aside about the subject, before what the subject is to do. It is read as spaces, which keeps
 * every offset.
 */
const SUBJECT_ASIDE =
  /^([^,]{1,40})(,\s*(?:(?:who|whose)\b[^,]{1,80}|(?:aged\s+)?\d{1,2}(?:\s*(?:years?\s+old|yrs?))?),)(?=\s*(?:not to|to|will|must|should|is to|are to)\s)/i

const APPOSITIVE =
  /^[A-Z][a-z'’-]+,\s+((?:the|her|his|their|our|my|a)\s+[^,]{2,40}),(?=\s*(?:will|to|must|should|is to|are to)\s)/

/** "his application sent off", "the deposit paid": an object, then what is done to it. */
const CAUSATIVE =
  /^\s+(?:his|her|their|my|the)\s+(?:[\w'’-]+\s+){0,5}?(?:sent|paid|done|fixed|checked|made|cleared|repaired|replaced|signed|sorted|booked|completed|cleaned|fitted|changed|renewed|registered|updated|taken|filled in|handed in)(?:\s+(?:off|in|out|up))?\b(?=\s+(?:by|within|before|in|on|at|so|and)\b|\s*[.,;]|\s*$)/i

export function findOwner(
  written: string,
  timescales: readonly { start: number; end: number }[]
): OwnerReading {
  const text = /,\s*(?:who|whose|aged|\d)/i.test(written)
    ? written.replace(
        SUBJECT_ASIDE,
        (_, subject: string, aside: string) => subject + ' '.repeat(aside.length)
      )
    : written
  const end = mainClauseEnd(text)
  const clause = actionClause(text, end, parseClause(text, 0, end, timescales), timescales)
  // "TM asked SW to complete a chronology", "Agreed that SW will ...": a record of what someone
  // was asked or agreed to do; the one asked acts.
  // A cheap look for the verb first: few lines have one.
  const asked = (ASKED.test(text) ? ASKED_TO.exec(text) : null) ?? AGREED_THAT.exec(text)
  if (asked?.[1] && isAgentKind(classifyNounPhrase(asked[1]))) {
    // "It was agreed that Chloe should be seen by the school nurse": the one agreed on is seen;
    // who acts is the passive's agent.
    const passive = PASSIVE_AFTER.exec(text.slice(asked.index + asked[0].length - 1))
    const agent = passive ? findByAgent(text, asked.index + asked[0].length, end, timescales) : null
    if (agent) return { owner: agent, clause }
    const start = asked.index + asked[0].indexOf(asked[1])
    return { owner: { text: asked[1], start, end: start + asked[1].length }, clause }
  }
  // "Lisa, the family support worker, will cook ...": a name and the role that says who she is.
  const appositive = APPOSITIVE.exec(text)
  if (appositive && classifyNounPhrase(appositive[1]!) === 'adult') {
    const named = appositive[0].replace(/,\s*$/, '')
    return { owner: { text: named, start: 0, end: named.length }, clause }
  }
  if (text.includes(':') && WHO_FIELD.test(text)) {
    const field = inlineOwner(text)
    if (field) return { owner: field, clause }
  }
  const keyed = keyOwner(text, timescales) ?? fragmentOwner(text, timescales)
  if (keyed) return { owner: keyed, clause }
  // "D wants to join the choir, so Mrs K will speak to the school": the wish, then who acts.
  if (clause.modal !== null && !clause.strongModal) {
    const result = resultOwner(text, timescales)
    if (result) return result
  }
  // "Ring Kieran's mum to let her know", "Ask the school nurse to see Mason": an instruction to
  // whoever reads the plan. The one named is asked, not the one the plan gives the step to.
  if (clause.subject && IMPERATIVE_LEAD.test(clause.subject.text)) return { owner: null, clause }
  const owner = ownerOf(text, end, clause, timescales) ?? joinedOwner(text, end, clause, timescales)
  if (owner || isAgentKind(clause.subjectKind)) return { owner, clause }
  return resultOwner(text, timescales) ?? { owner, clause }
}

const IMPERATIVE_LEAD =
  /^(?:[Aa]sk|[Rr]ing|[Cc]all|[Pp]hone|[Tt]ell|[Rr]emind|[Ee]ncourage|[Ii]nvite|[Cc]ontact|[Cc]hase|[Tt]ext|[Ee]-?mail)\s+(?:the|a|an|his|her|their|[A-Z][\w'’-]*['’]s|Mum|Dad|Nan)\b/

/** ", so the SW will refer her ...": after a narrative lead-in, the clause that acts. */
const RESULT_SO = /,\s+so\s+(?!that\b|as\b)(?=\S)/g

function resultOwner(
  text: string,
  timescales: readonly { start: number; end: number }[]
): OwnerReading | null {
  for (const m of matchesOf(RESULT_SO, text)) {
    const from = m.index + m[0].length
    const end = from + mainClauseEnd(text.slice(from))
    const later = parseClause(text, from, end, timescales)
    if (!later.strongModal || later.subject?.start !== from || later.subjectKind !== 'adult')
      continue
    const owner = ownerOf(text, end, later, timescales)
    if (owner) return { owner, clause: later }
  }
  return null
}

/** Who performs the action of a clause read already (its subject's kind may have been corrected). */
export function ownerForClause(
  text: string,
  clause: Clause,
  timescales: readonly { start: number; end: number }[]
): Span | null {
  return ownerOf(text, mainClauseEnd(text), clause, timescales)
}

/** A dash, a semicolon or a new sentence between a wish or a report and the plan’s action. */
const CLAUSE_BREAK = /\s[-–—]\s+|;\s+|[.!?]\s+(?=[A-Z])/g

/**
 * "I want to see my sister more - SW to arrange ...", "I'd like to learn to drive - PA to look
 * into funding": a wish comes first, then the action that answers it, which is the one to read.
 */
function actionClause(
  text: string,
  end: number,
  clause: Clause,
  timescales: readonly { start: number; end: number }[]
): Clause {
  if (clause.modal === null || clause.strongModal) return clause
  for (const m of matchesOf(CLAUSE_BREAK, text.slice(0, end))) {
    const from = m.index + m[0].length
    if (from <= clause.restStart) continue
    const later = parseClause(text, from, end, timescales)
    if (later.modal !== null && later.strongModal && isAgentKind(later.subjectKind)) return later
  }
  return clause
}

/**
 * "If Mum relapses, the children will stay with Nan and the social worker will convene a
 * strategy meeting": when the first clause names nobody acting, a later one may.
 */
function joinedOwner(
  text: string,
  end: number,
  clause: Clause,
  timescales: readonly { start: number; end: number }[]
): Span | null {
  if (clause.modal === null) return null
  for (const m of matchesOf(JOINED, text.slice(0, end))) {
    const from = m.index + m[0].length
    if (from <= clause.restStart) continue
    const joined = parseClause(text, from, end, timescales)
    if (joined.modal === null || !joined.strongModal || joined.subject?.start !== from) continue
    const owner = ownerOf(text, end, joined, timescales)
    if (owner && owner.start >= from) return owner
  }
  return null
}

function ownerOf(
  text: string,
  end: number,
  clause: Clause,
  timescales: readonly { start: number; end: number }[]
): Span | null {
  if (clause.modal === null) {
    return (
      inlineOwner(text) ??
      fieldOwner(text, timescales) ??
      findByAgent(text, 0, end, timescales) ??
      visitingRole(text)
    )
  }
  const subject = clause.subject
  const kind = clause.subjectKind
  // "I will be supported by my PA to go to the panel": the by-agent acts, even for "I".
  if (subject && kind === 'first-person') {
    if (clause.form !== 'passive') return subject
    return findByAgent(text, clause.restStart - 1, end, timescales) ?? subject
  }
  if (
    subject &&
    clause.form === 'active' &&
    DECIDING_VERBS.test(clause.verb ?? '') &&
    DECIDING_MEETING.test(subject.text)
  ) {
    return subject
  }
  if (clause.form === 'passive') {
    return (
      findByAgent(text, clause.restStart - 1, end, timescales) ??
      fieldOwner(text, timescales) ??
      visitingRole(text)
    )
  }
  if (!subject || !isAgentKind(kind) || doesNothing(clause)) {
    return (
      findByAgent(text, 0, end, timescales) ?? fieldOwner(text, timescales) ?? bracketFields(text)
    )
  }
  const verb = clause.verb ?? ''
  // "Mum will get help with her debts": getting help is being helped.
  if (RECEIVE_VERBS.test(verb) && RECEIVED_HELP.test(clause.rest)) return null
  if (kind === 'adult' && clause.form === 'state' && takesOnRole(clause.rest)) return subject
  if (clause.form === 'state' || stateVerbs.has(verb)) return null
  const childLike = kind === 'child' || kind === 'pronoun'
  // "Amber to have the deposit paid by Leaving Care", "Jordan to have his application sent off":
  // what the child has done is done by its by-agent, or else by the child.
  if (childLike && clause.form === 'possession' && CAUSATIVE.test(clause.rest)) {
    return findByAgent(text, clause.restStart, end, timescales) ?? subject
  }
  if (
    childLike &&
    (clause.form === 'possession' || (childStateVerbs.has(verb) && verb !== 'have'))
  ) {
    return null
  }
  return subject
}

function visitingRole(text: string): Span | null {
  const role = VISITING_ROLE.exec(text)?.[1]
  if (!role || classifyNounPhrase(role) !== 'adult') return null
  return { text: role, start: 0, end: role.length }
}

/**
 * "Aunty Lou to be M.'s safety person", "Nan to be the named carer": an adult taking on a role
 * acts, unlike a state ("Mum to be sober").
 */
function takesOnRole(rest: string): boolean {
  const complement =
    /^\s*((?:a|an|the|his|her|their|[A-Z][\w.'’-]*['’]s)\s+[^,;.]+?)(?=\s+(?:and|so|to|for|if|when|while|until|by|at|on|in|during|every|each|from|with)\b|[,;.]|$)/.exec(
      rest
    )?.[1]
  if (!complement) return false
  if (/\b(?:person|adult|contact|carer|carers)$/i.test(complement)) return true
  return classifyNounPhrase(complement.replace(/^.*?['’]s\s+/, 'the ')) === 'adult'
}

/**
 * An owner written as a field of a fragment rather than as a subject: the bracketed Who before a
 * dash and a timescale ("Home visits (HV) - weekly", "(SW to arrange) - within 24 hours"), or the
 * middle field of "action - who - when".
 */
function fieldOwner(
  text: string,
  timescales: readonly { start: number; end: number }[]
): Span | null {
  const startsTimescale = (at: number): boolean =>
    timescales.some((t) => t.start <= at + 2 && t.end > at)
  for (const pattern of [BRACKET_BEFORE_DASH, DASH_FIELD]) {
    for (const m of matchesOf(pattern, text)) {
      if (!startsTimescale(m.index + m[0].length)) continue
      const raw = (m[1] ?? '').trim()
      const value = AGENT_WITH_VERB.exec(raw)?.[1] ?? raw
      if (NOBODY.test(value) || classifyNounPhrase(value) !== 'adult') continue
      const start = m.index + m[0].indexOf(value)
      return { text: value, start, end: start + value.length }
    }
  }
  return null
}

/**
 * A capitalised word we only guessed was a name, followed by a verb that needs no agent and no
 * object ("Therapy to start in May"), is a thing that happens, not a person acting.
 */
function doesNothing(clause: Clause): boolean {
  if (!clause.subjectGuessed || !clause.verb || !nonAgentiveVerbs.has(clause.verb)) return false
  // "Shannon to continue with her course": a possessive pointing back shows the subject is a person.
  if (/^\s*(?:(?:with|in|at|on|to)\s+)?(?:his|her|their|my)\b/i.test(clause.rest)) return false
  return /^\s*(?:$|[.,;:]|(?:in|on|at|by|from|within|as|until|when|if|with|for|after|before|ongoing|weekly|monthly|daily)\b)/i.test(
    clause.rest
  )
}

/**
 * "[Lead: Class teacher, Brookfield Primary]": a Who field in square brackets, whole; in a bracket
 * of fields ("[Lead: Jo; By: daily]") the Who field up to the next one.
 */
const BRACKETED_OWNER =
  /\[(?:[^\]]*?;)?\s*(?:who|lead|by whom|responsible|resp|owner|action by|person responsible)\s*:\s*([^\];|]*[^\s\];|])\s*(?=[\];|])/i

/**
 * "Responsible: Head of Year 9, Fernhill Academy  Due: 08/03/2030": a Who field in a line of
 * fields set apart by two spaces or a tab runs to the next field's name, commas and all.
 */
const SPACED_FIELD_OWNER =
  /\b(?:who|lead|responsible|resp|owner|person responsible|action by)\s*:\s*(\S(?:(?!\s{2,}|\t)[^;|])*?)(?=(?:\s{2,}|\t)[A-Z][\w ]{0,30}:)/i

/**
 * "- [ ] Chase the check @Joy (HV) due next week": a task list's assignee after an @, up to a
 * due date or the end of the line.
 */
const AT_ASSIGNEE = /(?:^|\s)@([A-Z][^@]*?)(?=\s+(?:due|done)\b|\s+[a-z]+:\S|\s+[+@]\w|\s*$)/

function inlineOwner(text: string): Span | null {
  const assignee = AT_ASSIGNEE.exec(text)
  if (assignee?.[1] && !NOBODY.test(assignee[1]) && isAgentKind(classifyNounPhrase(assignee[1]))) {
    const start = assignee.index + assignee[0].indexOf(assignee[1])
    return { text: assignee[1], start, end: start + assignee[1].length }
  }
  const spaced = SPACED_FIELD_OWNER.exec(text)
  if (spaced?.[1] && !NOBODY.test(spaced[1]) && isAgentKind(classifyNounPhrase(spaced[1]))) {
    const start = spaced.index + spaced[0].indexOf(spaced[1])
    return { text: spaced[1], start, end: start + spaced[1].length }
  }
  const bracketed = BRACKETED_OWNER.exec(text)
  if (bracketed?.[1] && !NO_ONE_NAMED.test(bracketed[1])) {
    const start = bracketed.index + bracketed[0].indexOf(bracketed[1])
    return { text: bracketed[1], start, end: start + bracketed[1].length }
  }
  // "... Who: me, Shauna to help. When: ...": a Who sentence of its own keeps its helpers.
  const sentence = WHO_SENTENCE.exec(text)
  const joined = sentence?.[1] ? /,|\s(?:and|&)\s|\(/.exec(sentence[1]) : null
  if (sentence?.[1] && joined) {
    const value = sentence[1]
    const first = value.slice(0, joined.index).trim()
    // Not "Who: SW, weekly": a time after the comma is the When, written in the wrong field.
    const rest = value.slice(joined.index)
    if (!NOBODY.test(first) && isAgentKind(classifyNounPhrase(first)) && !TIME_WORD.test(rest)) {
      const start = sentence.index + sentence[0].indexOf(value)
      return { text: value, start, end: start + value.length }
    }
  }
  const inline = INLINE_OWNER.exec(text)
  if (inline?.[1]) {
    const value = inline[1].trim()
    if (!NOBODY.test(value) && isAgentKind(classifyNounPhrase(value))) {
      const start = inline.index + inline[0].indexOf(value)
      return { text: value, start, end: start + value.length }
    }
  }
  const trailing = TRAILING_OWNER.exec(text)
  if (trailing?.[1]) {
    // "supervised by Jo (family time worker).": the name before the bracket, with its role.
    const named = /\bby\s+([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s*)$/.exec(text.slice(0, trailing.index))
    if (named?.[1] && classifyNounPhrase(named[1].trim()) === 'child') {
      const start = named.index + named[0].length - named[1].length
      const end = trailing.index + trailing[0].lastIndexOf(')') + 1
      return { text: text.slice(start, end), start, end }
    }
    const value = trailing[1].trim()
    if (!NOBODY.test(value) && isAgentKind(classifyNounPhrase(value))) {
      const start = trailing.index + trailing[0].indexOf(value)
      return { text: value, start, end: start + value.length }
    }
  }
  const fields = bracketFields(text)
  if (fields) return fields
  const key = KEY_OWNER.exec(text)
  if (key?.[1]) {
    const value = key[1].trim()
    if (isAgentKind(classifyNounPhrase(value)) && !hasMoreWordsThan(value, 5)) {
      const start = text.indexOf(value)
      return { text: value, start, end: start + value.length }
    }
  }
  return null
}

/**
 * "HEALTH VISITOR: Do B.'s 2-year check ...", "IDVA: Contact Mum ... to complete a DASH": a person
 * named before a colon owns the instruction after it, unless that names its own subject ("Mum:
 * the SW will visit weekly").
 */
function keyOwner(
  text: string,
  timescales: readonly { start: number; end: number }[]
): Span | null {
  const key = KEY_NAMING_OWNER.exec(text)
  // "[within 5 working days] Lorraine (PA): send ...": a When in brackets before the Who.
  const raw = key?.[1]?.trim().replace(LEADING_WHEN, '')
  if (!raw) return null
  // "ACTION: PA - setting up home grant ...": a label alone, and the owner in what follows.
  const value = withoutActionLabel(raw)
  if (!value && ACTION_LABEL.test(raw)) {
    const from = text.indexOf(':') + 1
    const rest = text.slice(from)
    const lead = rest.length - rest.trimStart().length
    const owner = fragmentOwner(rest.trimStart(), [])
    return owner ? shift(owner, from + lead) : null
  }
  // "Head of Year 8 (Mr Aled Pryce):": a role of up to five words, with its holder's name after.
  const words = value.replace(HOLDER_NAME, '').split(/\s+/).length
  if (!value || words > 5 || NOBODY.test(value)) return null
  if (!isAgentKind(classifyNounPhrase(value))) return null
  const from = text.indexOf(':') + 1
  // "IRO: to be told about the change": what is done to the one named, by someone else.
  if (DONE_TO_KEY.test(text.slice(from))) return null
  const rest = parseClause(text, from, from + mainClauseEnd(text.slice(from)), timescales)
  // "Nan (Bev): I will have them on Fridays": the key says who "I" is.
  if (rest.subject && isAgentKind(rest.subjectKind) && !/^(?:I|we)$/i.test(rest.subject.text)) {
    return null
  }
  const start = text.indexOf(value)
  return { text: value, start, end: start + value.length }
}

/**
 * "(Mr Aled Pryce)", "(PC Tom Bramwell, DVPO officer)": who holds the role, in brackets after it;
 * not "(added 19/09/2045)", a note's date.
 */
const HOLDER_NAME = /\s*\([A-Z][^()]{0,60}\)$/

const DONE_TO_KEY =
  /^\s*to\s+be\s+(?:told|informed|updated|invited|sent|given|asked|consulted|copied in|kept informed)\b/i

const LEADING_WHEN =
  /^\[(?=[^\]]*(?:\d|\b(?:by|within|before|after|every|each|when|until|weekly|daily|monthly|fortnightly|ongoing|asap)\b))[^\]]{1,40}\]\s*/i

/** "Action for Mum:", "ACTION PA:", "ACTION - Housing:", "Action:": minutes' labels for an owner. */
const ACTION_LABEL = /^actions?\b\s*(?:for\b\s*|[-–—:]\s*)?/i

function withoutActionLabel(value: string): string {
  return value.replace(ACTION_LABEL, '').trim()
}

function shift(span: Span, by: number): Span {
  return { text: span.text, start: span.start + by, end: span.end + by }
}

/** "[SW] visit + see Kian alone": the owner in square brackets before the action. */
const BRACKETED_LEAD = /^\[([^\]]{1,30}|[^\]|]{1,60}\|[^\]|]{1,40})\]\s*(?=\S)/
/** "Mum - attend parenting course - tbc": the first field of a dash fragment. */
const DASH_LEAD = /^([^-–—]{1,30}?)\s+[-–—]\s+(?=\S)/
/** A field that reports where things stand rather than what someone will do. */
const STATUS_FIELD =
  /^(?:awaiting|waiting|pending|on hold|on (?:the )?waiting list|closed|completed|done|declined|refused|not)\b/i
/** A field that says something is done, not who does it: "Mum to ring SW", "HV will visit". */
const HAS_VERB = /\s(?:to|will|shall|should|must|can|is|are|has|have)\s/i

/**
 * Case-note fragments that put the owner first as a field of its own: "[HV] 1 yr review - 3 wks",
 * "LAC nurse - RHA overdue - book asap", "Me (Deano) - sort out my NI number", and after a date,
 * "Jan 15th - PA + yp - viewing at Elm Court".
 */
function fragmentOwner(
  text: string,
  timescales: readonly { start: number; end: number }[]
): Span | null {
  const bracketed = BRACKETED_LEAD.exec(text)
  // "[All] Share any concerns with the SW": a tag naming everyone is the owner, as a Who cell is.
  if (bracketed?.[1] && /^\s*(?:all|everyone)\s*$/i.test(bracketed[1])) {
    const value = bracketed[1].trim()
    const start = 1 + bracketed[1].indexOf(value)
    return { text: value, start, end: start + value.length }
  }
  // "[From today | Dani] Dani will not leave ...": a When and a Who in the bracket, either way round.
  if (bracketed?.[1]?.includes('|')) {
    let at = 1
    for (const part of bracketed[1].split('|')) {
      const owner = leadField(part, at)
      if (owner) return owner
      at += part.length + 1
    }
    return null
  }
  if (bracketed?.[1]) return leadField(bracketed[1], 1)
  const first = DASH_LEAD.exec(text)
  if (!first?.[1]) return null
  const rest = text.slice(first[0].length)
  // "CAMHS - awaiting triage": a status, so nobody is acting yet.
  if (STATUS_FIELD.test(rest)) return null
  // "Sleep - HV to give Mum advice": a topic first, then an action with its own subject.
  const clause = parseClause(
    text,
    first[0].length,
    first[0].length + mainClauseEnd(rest),
    timescales
  )
  if (clause.subject?.start === first[0].length && isAgentKind(clause.subjectKind)) return null
  const owner = leadField(first[1], 0)
  if (owner) return owner
  // A leading date or time ("Jan 15th - "): the owner is the field after it.
  const isTime = timescales.some((t) => t.start === 0 && t.end >= first[1]!.trim().length)
  if (!isTime) return null
  const from = first[0].length
  const second = DASH_LEAD.exec(text.slice(from))
  return second?.[1] ? leadField(second[1], from) : null

  function leadField(raw: string, offset: number): Span | null {
    const value = withoutActionLabel(raw.trim())
    if (!value || NOBODY.test(value) || HAS_VERB.test(` ${value} `)) return null
    if (hasMoreWordsThan(value, 4) || !isAgentKind(classifyNounPhrase(value))) return null
    const start = offset + raw.indexOf(value)
    return { text: value, start, end: start + value.length }
  }
}

/** "(SW to arrange, before the conference)": who acts, first among the fields in a closing bracket. */
function bracketFields(text: string): Span | null {
  const fields = TRAILING_FIELDS.exec(text)
  if (!fields?.[1]) return null
  const first = fields[1].trim()
  const value = AGENT_WITH_VERB.exec(first)?.[1] ?? first
  if (NOBODY.test(value) || classifyNounPhrase(value) !== 'adult') return null
  const start = fields.index + fields[0].indexOf(value)
  return { text: value, start, end: start + value.length }
}

/** The owner named in a table's Who cell, or null when the cell names nobody. */
/**
 * The owner a Who cell gives. "All" and "Everyone" there are the owner: every blind set labels a
 * Who cell of "All" so, as plans-dev keeps "All professionals".
 */
export function ownerFromCell(cell: string): string | null {
  // "GP?": a Who the meeting was not sure of is still the one it named.
  const value = cell.trim().replace(/[;,?]+$/, '')
  if (!value || NO_ONE_NAMED.test(value)) return null
  return value
}
