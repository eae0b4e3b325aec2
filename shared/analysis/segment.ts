import { asDirective, baseForm, inUsualOrder, isKnownVerb } from './recommendation'
import {
  classifyNounPhrase,
  findByAgent,
  hasMoreWordsThan,
  isAgentKind,
  isParticiple,
  parseClause,
  type Span
} from './grammar'
import {
  ACTION_HEADINGS,
  ADULT_ROLE_KEYS,
  CONTINGENCY_HEADING,
  DONE_HEADING,
  DOMAIN_HEADING_WORDS,
  METADATA_KEYS,
  NARRATIVE_HEADINGS,
  NOT_CHILDS_VOICE_HEADING,
  NO_VIEWS,
  NO_VIEWS_STATED,
  NOT_GIVEN,
  OUTCOME_HEADINGS,
  OUTCOME_KEYS,
  PAGE_FURNITURE,
  SPECIFIC_MEETINGS,
  VOICE_HEADING,
  CARE_VERBS,
  CHILD_TASK_VERBS,
  PROCESS_VERBS
} from './lexicon'
import { findOwner } from './owner'
import { findTimescale, readTimescales } from './timescale'
import { mapPacked, matchesOf } from './matches'

/** What kind of section a line sits in, from the heading above it. */
export type Section =
  'header' | 'actions' | 'contingency' | 'outcomes' | 'voice' | 'narrative' | 'unknown'

export interface TableCells {
  action: Span
  who: Span | null
  when: Span | null
  how: Span | null
  /** A table's Review date cell: the timescale only when the row gives none of its own. */
  review?: Span | null
  /**
   * A Start date cell beside a When cell ("How often | Start date"): a start date is a date,
   * which beats the When cell's cadence, as a deadline beats a frequency.
   */
  start?: Span | null
}

/** One action found in the text: where it is, and its table cells when it is a table row. */
export interface Segment {
  line: number
  start: number
  end: number
  text: string
  cells: TableCells | null
  section: Section
}

export interface PlanStructure {
  segments: Segment[]
  contingency: boolean
  childsVoice: boolean
  /** First names the header gives to adults ("Personal Adviser: Sam Ortiz"). */
  adultNames: string[]
  /** The child's names and initials as the header gives them ("Child: J.M.", "Children: Aisha"). */
  childNames: string[]
}

interface Line {
  number: number
  /** Offset of the first non-blank character. */
  start: number
  /** How many blank characters the line starts with. */
  indent: number
  /** The line without its leading and trailing blanks. */
  content: string
}

/** What a column holds; "unnamed" is one whose header the analyser does not know. */
type ColumnRole =
  'action' | 'who' | 'when' | 'start' | 'review' | 'how' | 'keep' | 'whoWhen' | 'other' | 'unnamed'

interface Cell extends Span {
  role: ColumnRole
}

// Case matters: "a) " and "iv. " are list markers, but "D. to attend school" starts with a name.
// "PR3. ", "PV1. ", "C3. ": an action's code in a plan that numbers its actions by heading ("Q7."
// numbers a form's question).
const BULLET =
  /^(?:(?:>>|-+>|=>|[-–—•·*▪◦○●►➢✓✔>§»›→⇒➔➜]|\+(?=\s))(?:\s*\[[ xX✓✔]?\])?\s*(?:@(?=[A-Z]))?|o\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s+|\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-Z(])|\d{1,3}\s+(?=[A-Z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|\(?[a-z][.)]\s+|[A-Z]{2,3}\d{1,2}[.):]\s+|[A-Z]{2,3}\d{1,2}\s{2,}(?=[A-Z])|[A-PR-Z]\d{1,2}[.)]\s+|\[[A-Z]?\d{1,3}\]\s+|\((?:CSC|[A-Z][a-z]+(?:\s+[A-Za-z]+){0,2})\)\s+(?=[A-Z])|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)[.)]\s+|(?:[Aa]ction|[Ss]tep|[Tt]ask|[Rr]ec(?:ommendation)?\.?)\s*(?:\d{1,3}\.\d{1,3}\s+|\d{1,3}\s*[:.)–-]\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s*(?::|\s+colon)\s+))(?:\[(?:[RAGB]|[Rr]ed|[Aa]mber|[Gg]reen|[Bb]lue|[Dd]one|[Oo]pen|[Cc]losed|[Cc]ompleted?|NEW|New|REVISED|Revised|AMENDED|Amended|UPDATED|Updated|CONTINUES|Continues|CONTINUING|Continuing|ONGOING|Ongoing|OVERDUE|Overdue|NOT STARTED|Not started|IN PROGRESS|In progress|TO DO|To do|ON HOLD|On hold|WAITING|Waiting)\]\s+)?/
const SEPARATOR_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/
/** "Date of plan: 14/09/2026", "Goal 1: ..."; "Section 3: The plan" is a heading, not a field. */
const KEY_VALUE =
  /^(?!(?:section|part|step|stage)\s+[\dA-Z]{1,3}\b)([A-Za-z][A-Za-z'’/()&\- ]{0,40}?(?:\s+\d{1,2}[a-z]?)?)\s*:\s*(.*)$/i

const HEADER_CELLS: readonly [ColumnRole, RegExp][] = [
  // "Responsibility and timescale": one column for both, each cell "Dad - by Friday".
  [
    'whoWhen',
    /^(?:who|responsib\w*|lead|person responsible|owner)\s*(?:and|&|\/|\+|,)\s*(?:when|by when|timescales?|time ?scale|deadline|target date)\??$/i
  ],
  [
    'action',
    /^(?:what (?:needs|has) to (?:happen|change)(?: next)?|what (?:must|should) (?:happen|change)(?: next)?|next steps?|actions?(?: required| needed| to be taken| agreed)?(?: at (?:the )?(?:last )?(?:review|meeting|conference|core group))?|we will|we['’]ll|(?:small|next|little|first) steps?|what (?:will|we will|are we going to|is going to) (?:happen|do)|what (?:i|we|you|they|he|she)(?:\/(?:i|we|you))?(?: will|['’]ll| am going to| are going to|['’]m going to| need to) do(?: or [a-z]+)?|will do|what|tasks?|what needs doing|steps?|steps? to [a-z ]{2,30}|agreed actions?|interventions?|measures?|support(?: to be)? (?:offered|provided)|support|services?|provision|support package|actions?\s*(?:\/|&|and|or)\s*(?:recommendations?|interventions?|support|tasks?)|recommendations?|task description|what will we do|what is needed|what will help|will do what|actions? arising|what (?:it|the room|the home|the house) needs? to look like|what (?:will|is going to|needs to|has to) be done|items?|equipment|what (?:i|we) need to (?:buy|get)|(?:[a-z]{2,4} )?plan actions?|what (?:we|i|you|was|has been) (?:have )?agreed|(?:requirements?|conditions?|recommendations?|provisions?|support|services?) (?:or|and|\/|&) actions?)\??$/i
  ],
  [
    'who',
    /^(?:who(?: will do (?:it|this)| by| is responsible| does it| will (?:buy|get|arrange|pay for|sort|provide)(?: or (?:buy|get|arrange|pay for|sort|provide))?(?: it| this)?)?|by whom|by who|responsibility|resp\.?|responsible(?: person| agency| worker| professional)?|person responsible|(?:named )?lead(?: person| professional| agency| practitioner)?|(?:named |lead |allocated )?worker|owner|action by|named person|whose job|agency|provided by|delivered by|provider|who will provide (?:it|this)|assigned(?: to)?|allocated to|who (?:will )?makes? (?:it|this) happen)\??$/i
  ],
  [
    'when',
    /^(?:by when|when(?: by)?|timescales?|time ?scale|target date|due(?: date| by)?|deadline|date(?: due| by)?|by|timeframe|time ?frame|completion date|by what date|how often|frequency|target|how (?:quickly|soon)|complete by|to be completed by|how often (?:or|and|\/) when|when (?:or|and|\/) how often|start(?: date)? (?:or|and|\/|&) (?:deadline|end date|finish)|(?:deadline|end date) (?:or|\/) start)\??$/i
  ],
  // A Start column gives when the action begins, which is its timescale ("From 19/10/2026").
  [
    'start',
    /^(?:start(?:s|ing)?(?: date| by| from)?|date (?:to )?start(?:ed)?|from|commenc\w*(?: date)?|begin(?:s|ning)?)\??$/i
  ],
  // "Carry on under CIN?": a step-down form's yes/no column; a row answered "No" is not carried on.
  [
    'keep',
    /^(?:carry (?:on|over|forward)|carried (?:over|forward)|continue|keep|still (?:needed|open|relevant|in place))\b.*\?$/i
  ],
  // A Review date column is usually the plan's own review, repeated on every row.
  ['review', /^(?:review(?: date| by)?|date of (?:next )?review|next review(?: date)?)\??$/i],
  [
    'how',
    /how (?:will|do|would|can) (?:we|you|they|i) (?:know|tell|check)|how we will (?:know|check)|(?:we|you|i)(?:['’]ll| will) know(?: because| when| this| it)?|outcome|success|measure|what (?:difference|will be (?:different|better|safer)|will it look like|(?:it |this )?will change)|what\s+(?:[\w'’]+\s+){1,3}(?:will\s+)?notice|^(?:[\w'’]+\s+){1,2}will notice$|^what (?:i|we) want$|^what (?:i|we|you|they|he|she) (?:asked for|wanted)$|^so that$|evidence|impact|progress|why|^(?:my |our |your |the )?goals?$|^(?:better|difference)$|^(?:aims?|purpose)$|^what (?:this|it) (?:will )?means? for\b|^signs? (?:that )?(?:it['’]?s|it is) working$/i
  ],
  // "You said | What will happen": the child's words beside the action they led to.
  // "What are we worried about? | What's working well? | What needs to happen next?": a Signs of
  // Safety mapping's worries and strengths, beside the next step.
  [
    'other',
    /^(?:rag|status|comments?|notes?|date completed|completed|done|ref|no\.?|#|update|you said|what you (?:said|told us)|(?:the )?child(?:['’]s)? (?:said|words)|what are we worried about|what(?:['’]s| is) working well|what(?:['’]s| is) going well|worries|strengths)\??$/i
  ]
]

const domainWords = new Set(DOMAIN_HEADING_WORDS)

/** The end of the plan proper: signatures and circulation lists hold no actions. */
const SIGN_OFF_KEYS =
  /^(?:signed|signature|[\w' ]*signature|distribution|circulation|copies to|cc)(?:\s*\([^()]*\))?$/i

const PARKED_KEYS =
  /^(?:still to (?:talk about|discuss|decide|agree)|to (?:be )?(?:discuss(?:ed)?|talk(?:ed)? about) (?:later|next time)|not (?:yet )?agreed|parked|for (?:later|discussion))$/i

/** "K.M. said she would like ...": the child's own words reported anywhere in the plan. */
const CHILD_SAID =
  /^((?:[A-Z]\.){1,3}|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)\s+(?:has\s+|have\s+)?(?:said|says|told|tells|explained|shared|wrote|drew|showed|described|would like|wants|wishes|likes|does not like|doesn't like|asked)\b/

/** "Keeping Safe", "BEING HEALTHY": a line set out as a title rather than written as an action. */
function isTitleLike(content: string): boolean {
  if (content.endsWith(':')) return true
  const words = content.replace(/[:?]+$/, '').split(/\s+/)
  const significant = words.filter((w) => w.length > 3)
  return significant.length > 0 && significant.every((w) => /^[A-Z(]/.test(w))
}

/**
 * Finds the actions in a plan. In `lines` mode every non-empty line is an action. Otherwise
 * actions are the rows of action tables, the items and lines of "what needs to happen" sections,
 * list items that read as actions wherever they are, and contingency lines where someone concrete
 * will do something; headings, header fields, narrative, the child's views and outcome statements
 * are not actions. Also reports whether the plan has a contingency plan and the child's views.
 */
export function segmentPlan(text: string, linesMode: boolean): PlanStructure {
  const lines = splitLines(text)
  const reader = readStructure(text, lines, linesMode)
  if (!linesMode) return reader
  const segments = lines
    .filter((line) => line.content.length > 0)
    .map((line) => lineModeSegment(line))
  return { ...reader, segments }
}

const BOX_SIDES = /^\s*[│┃║]\s?(.*?)\s*[│┃║]?\s*$/
const BOX_RULE = /^\s*[┌┐└┘─━═╔╗╚╝├┤┬┴┼╭╮╯╰╞╡╪╤╧╒╕╘╛╟╢╫╠╣╦╩╬│║]{3,}\s*$/
/** A rule between a drawn table's rows: it starts from a side, not a corner. */
const BOX_INNER_RULE = /^\s*[├╞╟╠]/

const CHAT_STAMP = /^\[\d{1,2}\/\d{1,2}\/\d{2,4}(?:,?\s+\d{1,2}:\d{2})?\]\s*/

/** Splits text into lines, keeping each line's offset into the original text. */
/**
 * "> ", "> > ": the marks an email client puts before each line of a quoted message. Not ">> SW to
 * visit ...": two marks together start an item.
 */
const EMAIL_QUOTE = /^>(?:\s>)*(?:\s+|$)/

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g
  let number = 1
  for (const m of matchesOf(pattern, text)) {
    const raw = m[1] ?? ''
    // "│ OLLIE'S VIEWS ... │": a box drawn round some lines is not part of what they say.
    const boxed = BOX_SIDES.exec(raw)
    // A rule inside a drawn table ("╞═══╪═══╡") is furniture, kept so the table reads on; the
    // top and bottom of a box end what it holds, as a blank line does.
    const inside = BOX_RULE.test(raw)
      ? BOX_INNER_RULE.test(raw)
        ? raw.trim()
        : ''
      : boxed
        ? (boxed[1] ?? '')
        : raw
    const offset = boxed && inside ? raw.indexOf(inside) : 0
    const leading = offset + (inside.length - inside.trimStart().length)
    let content = inside.trim()
    // "> - School nurse to see Jade": an email quoted in a reply or a forward, read as written.
    const quote = content.startsWith('>') ? (EMAIL_QUOTE.exec(content)?.[0].length ?? 0) : 0
    content = content.slice(quote)
    // "[18/03/2038 16:40] Dan (PA): ...": a pasted message's time stamp says when it was sent.
    const stamp = quote + (CHAT_STAMP.exec(content)?.[0].length ?? 0)
    content = content.slice(stamp - quote)
    lines.push({ number, start: m.index + leading + stamp, indent: leading, content })
    number += 1
    if (m[2] === '') break
  }
  return lines
}

function lineModeSegment(line: Line): Segment {
  const item = stripBullet(line)
  const cells = splitCells(item.text, item.start)
  const table = cells && cells.length >= 3 ? assignRoles(cells, null) : null
  return { line: line.number, ...item, cells: table ?? dashCells(item), section: 'actions' }
}

/** "A. Home conditions", "3a. My home": a section's letter or sub-number before its title. */
const LETTERED_TITLE = /^(?:[A-H]|\d{1,2}[a-z])[.)]\s+(?=[A-Z][a-z])/
const GOAL_LINE =
  /^(?:goal|outcome|aim|target)\s*(?:\d{0,2}\s+[-–—]|\d{1,2}(?:\s*\([^()]{1,30}\)|\s+[A-Z][a-z]+)?\s*:)\s+\S/i
/** "Domain 2 - Emotional health": a numbered domain over the rows that follow. */
const DOMAIN_LINE = /^(?:domain|area|dimension)\s*\d{1,2}\s*[-–—:]\s*\S[^.]{0,60}$/i

/** "Responsible:", "Timescale:" in front of a dash-separated field's value. */
const FIELD_LABEL =
  /^(?:who|lead|responsible|resp\.?|owner|by whom|action by|timescales?|time ?scale|when|by when|by|due|date)\s*:\s*(?=\S)/i
/** ". Lead", ". By": the next field's name, after a full stop, at the end of a dash-separated field. */
const NEXT_FIELD_NAME =
  /[.;]\s+(?:who|lead|responsible|owner|by whom|action by|by|when|by when|due|timescale|deadline)$/i
/** "[Within 2 working days] ...": a When in square brackets at the start of a line. */
const BRACKETED_WHEN_FIRST = /^\[([^\]]{2,60})\]\s*/
/** " - ", " – " or " — " between the fields of a line: "Action – Person – Date". */
const DASH_SEPARATOR = /\s+(?:--|[-–—])\s+/g
/** A When field that says there is no timescale: "timescale n/a", "date tbc", "TBC". */
const NO_WHEN = new RegExp(
  `^(?:(?:timescale|time ?scale|date|dates|when|by when|due)\\s*:?\\s*)?(?:${NOT_GIVEN})$`,
  'i'
)

/**
 * "• Ms R to get J to school – Ms R – daily", "food bank voucher – EHW – Fri", "young carers
 * referral for K (9) - SW": an action followed by dash-separated Person and Date fields, which are
 * its Who and When cells. A middle field that names nobody who can act ("awaiting triage", "dates
 * tbc") means the dashes are not fields.
 */
function dashCells(item: { text: string; start: number }): TableCells | null {
  const text = item.text
  if (!/\s(?:--|[-–—])\s/.test(text)) return null
  // "[R1] Debrief the staff -- Owner: Sam; By: Friday": fields named after a double dash are read
  // by the readers of named fields, not cut here.
  const doubled = / -- /.test(text)
  if (doubled && /\s--\s[^]*:/.test(text)) return null
  const spans: Span[] = []
  let from = 0
  for (const m of matchesOf(DASH_SEPARATOR, text)) {
    spans.push(trimmedSpan(text, from, m.index, item.start))
    from = m.index + m[0].length
  }
  spans.push(trimmedSpan(text, from, text.length, item.start))
  // "A2 - Lead: Mum - Action: take Alfie for his MMR - Due: within 4 weeks": when the action's
  // field is named too, every field is read by its name, in whatever order.
  const named = text.includes(':') ? keyedFields(spans) : []
  if (named.length >= 2 && named.some((field) => field.role === 'action')) return keyedCells(spans)
  // "- Responsible: Mum - Timescale: ongoing": the fields' own labels are not their values.
  for (const [index, span] of spans.entries()) {
    const label = FIELD_LABEL.exec(span.text)
    if (index > 0 && label) {
      const cut = label[0].length
      spans[index] = { text: span.text.slice(cut), start: span.start + cut, end: span.end }
    }
    // "Referral to CAMHS. Lead - SW. By - Friday 18/08/2056": a field's name, then a dash, ends
    // the field before it.
    const name = index < spans.length - 1 ? NEXT_FIELD_NAME.exec(spans[index]!.text) : null
    if (name) {
      const kept = spans[index]!.text.slice(0, name.index)
      spans[index] = { text: kept, start: span.start, end: span.start + kept.length }
    }
  }
  if (spans.some((span) => !span.text)) return null
  const last = spans[spans.length - 1]
  if (!last || spans.length < 2) return null
  // A Person field names someone and does nothing: "SW to request ..." is an action of its own.
  const names = (span: Span): boolean =>
    !hasMoreWordsThan(span.text, 6) &&
    // "attend school", "refer L. to the boxing club": what is to be done, not who does it.
    !ACTION_VERBS.has(span.text.split(/\s+/)[0]!.toLowerCase()) &&
    !/\b(?:to|will|must|should|shall|can|is|are)\s+[a-z]/.test(span.text) &&
    (NOBODY_CELL.test(span.text) || isAgentKind(classifyNounPhrase(span.text)))
  const when = (span: Span): boolean =>
    NO_WHEN.test(span.text) ||
    (!hasMoreWordsThan(span.text, 8) &&
      !/\b(?:to|will|must|should|shall|can)\s+[a-z]/.test(span.text) &&
      (findTimescale(span.text, NO_CONTEXT) !== null ||
        findTimescale(`by ${span.text}`, NO_CONTEXT) !== null ||
        findTimescale(`within ${span.text}`, NO_CONTEXT) !== null))
  const actionOf = (upTo: number): Span => {
    const first = spans[0] as Span
    const end = (spans[upTo - 1] as Span).end
    return { text: text.slice(first.start - item.start, end - item.start), start: first.start, end }
  }
  // "[Within 2 working days] PA (Sorcha) - joint visit to the flat - so we know he is safe": the
  // When in square brackets, then who, and what is done and why.
  const opening = BRACKETED_WHEN_FIRST.exec(text)
  if (opening && spans.length >= 2) {
    const first = spans[0] as Span
    const value = opening[1]!
    const when = { text: value, start: item.start + 1, end: item.start + 1 + value.length }
    const who = trimmedSpan(text, opening[0].length, first.end - item.start, item.start)
    if (
      (NO_WHEN.test(value) || findTimescale(value, NO_CONTEXT) !== null) &&
      !hasMoreWordsThan(who.text, 12) &&
      isAgentKind(classifyNounPhrase(who.text))
    ) {
      const from = (spans[1] as Span).start
      const action = { text: text.slice(from - item.start), start: from, end: last.end }
      return { action, who, when, how: null }
    }
  }
  if (spans.length >= 3) {
    // "By 22/12/2027 - Mo (PA) - Book my place on the course": a timeline, When then Who first.
    const opening = spans[0] as Span
    if (
      when(opening) &&
      !NOBODY_CELL.test(opening.text) &&
      names(spans[1] as Span) &&
      !NOBODY_CELL.test((spans[1] as Span).text) &&
      !when(last)
    ) {
      const action = spans[2] as Span
      return {
        action: {
          text: item.text.slice(action.start - item.start),
          start: action.start,
          end: last.end
        },
        who: spans[1] as Span,
        when: opening,
        how: null
      }
    }
    // "L. - attend school - every day", "TBC - CAMHS referral - next TAF": Who first.
    const first = spans[0] as Span
    const middle = (spans[1] as Span).text
    const whoFirst =
      names(first) && !first.text.includes(':') && !names(spans[1] as Span) && !STATUS.test(middle)
    if (whoFirst && when(last)) {
      const action = spans[1] as Span
      const end = (spans[spans.length - 2] as Span).end
      const text = item.text.slice(action.start - item.start, end - item.start)
      return { action: { text, start: action.start, end }, who: first, when: last, how: null }
    }
    const who = spans[spans.length - 2] as Span
    if (!names(who) || !when(last)) return null
    return { action: actionOf(spans.length - 2), who, when: last, how: null }
  }
  const action = spans[0] as Span
  // "Share the notes with the IRO -- SW, within 5 working days": who and when in one field.
  const comma = doubled && spans.length === 2 ? last.text.indexOf(', ') : -1
  if (comma > 0) {
    const who = { text: last.text.slice(0, comma), start: last.start, end: last.start + comma }
    const at = last.start + comma + 2
    const whenPart = { text: last.text.slice(comma + 2), start: at, end: last.end }
    if (names(who) && !NOBODY_CELL.test(who.text) && when(whenPart)) {
      return { action, who, when: whenPart, how: null }
    }
  }
  // "Core grp - meet 4 wkly": the Who first, then the action with its time, read as one line.
  if (names(action) && !NOBODY_CELL.test(action.text)) return null
  // "CIN review - 6 wks": a Date field alone, after an action that has no timescale of its own
  // (and no Who in brackets: "Meeting to be held (SW to arrange) - within 24 hours").
  if (when(last) && !NOBODY_CELL.test(last.text)) {
    if (action.text.endsWith(')') || findTimescale(action.text, NO_CONTEXT) !== null) return null
    return { action, who: null, when: last, how: null }
  }
  // "referral for K (9) - SW": a Person field alone, after an action that names nobody.
  if (NOBODY_CELL.test(last.text) || !names(last)) return null
  if (findOwner(action.text, []).owner !== null) return null
  return { action, who: last, when: null, how: null }
}

const NOBODY_CELL = new RegExp(`^(?:${NOT_GIVEN})$`, 'i')
const NO_CONTEXT = { planDate: null, termDates: undefined }

function trimmedSpan(text: string, from: number, to: number, offset: number): Span {
  const raw = text.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  const value = raw.trim()
  return { text: value, start: offset + from + lead, end: offset + from + lead + value.length }
}

function stripBullet(line: Line): { text: string; start: number; end: number } {
  const bullet = BULLET.exec(line.content)
  const cut = bullet && bullet[0].length < line.content.length ? bullet[0].length : 0
  const text = line.content.slice(cut).trim()
  const start = line.start + line.content.indexOf(text, cut)
  return { text, start, end: start + text.length }
}

// ---------------------------------------------------------------------------------------------
// Tables

/** '"1","12/10/2027","SW to visit","SW","Weekly"': a row of a grid exported as CSV. */
const CSV_ROW = /^"[^"]*"(?:,"[^"]*"){2,}$/

function csvCells(content: string, offset: number): Span[] {
  return [...matchesOf(/"([^"]*)"/g, content)].map((m) => {
    const raw = m[1] ?? ''
    const text = raw.trim()
    const start = offset + m.index + 1 + (raw.length - raw.trimStart().length)
    return { text, start, end: start + text.length }
  })
}

const WORD_PLACEHOLDER =
  /^(?:click or tap here to enter (?:text|a date)|click here to enter (?:text|a date)|choose an item|enter text here)\.?$/i

/** A run of dots that leads the eye across a column: "Task ........ SW ........ by Friday". */
const DOT_LEADER = /\s*\.{4,}\s*/g
/** The lines of a paper form, scanned: "Food bank voucher ________ SW ________ today ______". */
const UNDERLINE = /\s*_{2,}\s*/g
const UNDERLINE_RUN = /_{2,}/

/**
 * "Collect Leon's clothes ..... SW ..... by Friday": a row of a list set out with dot leaders, its
 * cells the text between the runs. Two runs at least: one ("Name ....... Leon") is a header
 * field, not a row. A cell with only spaces between two runs is empty.
 */
function leaderCells(content: string, offset: number, leader = DOT_LEADER): Span[] | null {
  if (!content.includes(leader === DOT_LEADER ? '....' : '__')) return null
  const runs = matchesOf(leader, content)
  if (runs.length < 2) return null
  const cells = cellsBetween(content, offset, runs)
  if (cells[cells.length - 1]?.text === '') cells.pop()
  return cells.filter((c) => c.text.length > 0).length >= 1 ? cells : null
}

/**
 * "1/ Visit Evie / Who: Laura / When: Every Tuesday" under "number / what will happen / Who /
 * When": the number is not set apart by " / ", so the columns are counted from the right.
 */
function rolesFromTheRight(roles: ColumnRole[], count: number): ColumnRole[] {
  return count < roles.length ? roles.slice(roles.length - count) : roles
}

/** "Who: Laura" in a column already named Who: the value without its name. */
/** "We will: look for a holiday activity": a named field holding a value of three words or more. */
const FILLED_FIELD = /^[A-Za-z][A-Za-z'’ ]{0,30}(?:\([^()]{1,20}\))?:\s*\S+\s+\S+\s+\S/

/** "Who: ", "By when: ", "What: ": a cell that opens with its column's name. */
const FIELD_NAME = /^(?:who|when|by when|lead|by|what)\s*:\s*/i

function withoutFieldNames(cells: Span[]): Span[] {
  return cells.map((cell) => {
    const name = FIELD_NAME.exec(cell.text)
    if (!name) return cell
    const start = cell.start + name[0].length
    return { text: cell.text.slice(name[0].length), start, end: cell.end }
  })
}

/**
 * Cells set apart by " / " ("Register Kacey with a GP / Leanne / asap"), a date's own slashes
 * left alone; null unless there are at least two.
 */
function slashCellsOf(content: string, offset: number): Span[] | null {
  const cells = cellsBetween(content, offset, matchesOf(/\s+\/(?:\s+|$)/g, content))
  return cells.filter((c) => c.text).length >= 2 ? cells : null
}

const ROW_FIELD_LABEL =
  /^(?:who|lead|responsible|owner|by whom|action by|timescales?|time ?scale|when|by when|due|deadline|target(?: date)?)\s*:\s*(?=\S)/i
const NOT_APPLICABLE = /^(?:n\/?a|none|not applicable|-+|–|—)\.?$/i

/**
 * A row's cells set apart by dashes, after any code ("A7:"), under a key that named its columns
 * so. More dashes than columns are inside the action ("... - so that ..."), which is rejoined.
 */
function dashRowCells(
  content: string,
  offset: number,
  roles: readonly ColumnRole[]
): Span[] | null {
  const code = /^[A-Z]{0,3}\d{1,3}[a-z]?\s*[:.)]\s+/.exec(content)?.[0].length ?? 0
  const body = content.slice(code)
  const cells = cellsBetween(body, offset + code, matchesOf(DASH_SEPARATOR, body))
  if (cells.length < 2) return null
  const actionAt = roles.indexOf('action')
  while (cells.length > roles.length && actionAt >= 0 && actionAt + 1 < cells.length - 1) {
    const first = cells[actionAt]!
    const next = cells[actionAt + 1]!
    const text = content.slice(first.start - offset, next.end - offset)
    cells.splice(actionAt, 2, { text, start: first.start, end: next.end })
  }
  // "Deadline: n/a": a field's own label is not its value, and a When that gives none leaves the
  // action's own words to say when ("each night").
  return cells.map((cell, index) => {
    const label = index > 0 ? ROW_FIELD_LABEL.exec(cell.text) : null
    const value = label
      ? { ...cell, text: cell.text.slice(label[0].length), start: cell.start + label[0].length }
      : cell
    return roles[index] === 'when' && NOT_APPLICABLE.test(value.text)
      ? { ...value, text: '' }
      : value
  })
}

/** The trimmed text before, between and after the separators found in content, with offsets. */
function cellsBetween(content: string, offset: number, separators: RegExpExecArray[]): Span[] {
  const cells: Span[] = []
  let from = 0
  for (const separator of [...separators, null]) {
    const to = separator ? separator.index : content.length
    const raw = content.slice(from, to)
    const text = raw.trim()
    const start = offset + from + (raw.length - raw.trimStart().length)
    cells.push({ text, start, end: start + text.length })
    if (separator) from = separator.index + separator[0].length
  }
  return cells
}

/** "Each line reads: number / what will happen / Who / When.": a key naming the columns. */
/** "Each line reads: who / what / when", "Format: area (scores): action | who | by when". */
const ROW_NUMBER_CELL = /^\(?[A-Za-z]{0,3}\d{1,3}[a-z]?[.)]?$/
const EACH_LINE_READS = /^(?:each (?:line|row|action) reads|format|layout)\s*:\s*(.+?)\.?$/i
const EACH_LINE_LISTS =
  /^each (?:line|row|action)\s*:\s*([^.|]+?,[^.|]+?)(?:,?\s+with\s+\S+\s+between\s+them)?\.(?:\s|$)/i
const LISTED_COLUMNS = /\s*,\s*(?:and\s+)?|\s+and\s+/g

/** "Actions (No :: Action :: Who :: When)": a title with its columns' names in brackets. */
const COLUMN_KEY = /^(?:\d{1,2}[.)]\s+)?[A-Za-z][\w '’]{0,40}\(([^()]{5,120})\)\s*:?$/

/**
 * Separators of cells typed into a free-text box or exported by an old system or an app:
 * " // ", " ¦ ", " :: ", " ~ ", " >> ", " · ", " ▸ ".
 */
const CELL_MARKS = [
  ' // ',
  ' → ',
  ' -> ',
  ' => ',
  ' ¦ ',
  ' :: ',
  ' ~ ',
  ' >> ',
  ' · ',
  ' ▸ ',
  ' ► ',
  // "* Book dental check-ups -- Leanne -- ASAP": a dash typed as two hyphens.
  ' -- '
]
/** Any of CELL_MARKS, found in one pass before they are counted one by one. */
const CELL_MARK = / (?:\/\/|→|->|=>|¦|::|~|>>|·|▸|►|--) /

/** How many times mark occurs in text, without splitting it. */
function occurrences(text: string, mark: string): number {
  let count = 0
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) count += 1
  return count
}

/**
 * "Family; Visit Jordan; Fiona (SW); Every 2 weeks": a Word table converted to text with a
 * semicolon between the cells. Read as cells only under a header written the same way, since a
 * sentence may hold semicolons too.
 */
function semicolonCells(content: string, offset: number): Span[] | null {
  if (!content.includes(';') || occurrences(content, ';') < 3) return null
  return cellsSplitBy(content, offset, ';')
}

/** A line's cells set apart by commas, each with its offsets. */
function commaCells(content: string, offset: number): Span[] {
  return cellsSplitBy(content, offset, ',')
}

/** A line cut at every separator, each cell trimmed and keeping its offsets. */
function cellsSplitBy(content: string, offset: number, separator: string): Span[] {
  const cells: Span[] = []
  let position = 0
  for (const part of content.split(separator)) {
    const text = part.trim()
    const start = offset + position + (part.length - part.trimStart().length)
    cells.push({ text, start, end: start + text.length })
    position += part.length + separator.length
  }
  return cells
}

/**
 * "1,Move Ollie into another form group, and tell A. when it is done,Mr K. (Head of Year),By Friday
 * 05/11/2038,...": a row of a Word table converted to text with commas, where a cell may hold
 * commas of its own. The Who is the first part after the action that names someone with a time
 * straight after it; the action is everything before it, and the last column takes what is left.
 */
function commaRow(content: string, offset: number, roles: ColumnRole[]): Span[] | null {
  const parts = commaCells(content, offset)
  if (parts.length === roles.length) return parts
  const action = roles.indexOf('action')
  const who = roles.indexOf('who')
  if (parts.length < roles.length || action < 0 || who !== action + 1 || roles[who + 1] !== 'when')
    return null
  const join = (from: number, to: number): Span => ({
    text: content.slice(parts[from]!.start - offset, parts[to]!.end - offset),
    start: parts[from]!.start,
    end: parts[to]!.end
  })
  for (let k = action + 1; k + 1 < parts.length; k += 1) {
    const named = parts[k]!.text
    const when = parts[k + 1]!.text
    if (!isAgentKind(classifyNounPhrase(named))) continue
    if (findTimescale(when, NO_CONTEXT) === null && !NO_WHEN.test(when)) continue
    const rest = parts.length - (k + 2)
    const after = roles.length - (who + 2)
    if (rest < after) return null
    const tail =
      after > 0 ? [...parts.slice(k + 2, k + 1 + after), join(k + 1 + after, parts.length - 1)] : []
    return [...parts.slice(0, action), join(action, k - 1), parts[k]!, parts[k + 1]!, ...tail]
  }
  return null
}

/** "<tr><td>1</td><td>Urine tests</td><td>Dom</td></tr>": a table row left as HTML by a portal. */
const HTML_CELL = /<t([dh])\b[^>]*>([\s\S]*?)<\/t\1>/gi

function htmlCells(content: string, offset: number): Span[] {
  return matchesOf(HTML_CELL, content).map((m) => {
    const raw = m[2] ?? ''
    const text = raw.trim()
    const start = offset + m.index + m[0].indexOf('>') + 1 + (raw.length - raw.trimStart().length)
    return { text, start, end: start + text.length }
  })
}

/**
 * "\\pard\\intbl 1\\cell Give Noor her insulin\\cell Samira (Mum)\\cell From tonight\\cell\\row": a
 * table row of a plan whose rich-text codes were exported unconverted. Each cell ends at \\cell.
 */
function rtfCells(content: string, offset: number): Span[] | null {
  const body = /^(?:\\[a-z]+\d*\s?)*/.exec(content)?.[0].length ?? 0
  const parts = content.slice(body).split(/\\cell\b ?/)
  if (parts.length < 3) return null
  const cells: Span[] = []
  let position = body
  for (const part of parts) {
    const raw = part.replace(/\\row\b.*$/, '')
    const text = raw.trim()
    const start = offset + position + (raw.length - raw.trimStart().length)
    if (text) cells.push({ text, start, end: start + text.length })
    position += part.length + (content.startsWith('\\cell ', position + part.length) ? 6 : 5)
  }
  return cells.length >= 2 ? cells : null
}

/** A role for a field's own name: "lead" is the Who, "how_we_will_know" the How. */
function fieldNameRole(name: string): ColumnRole | null {
  const label = name.replace(/[_-]+/g, ' ').trim()
  return asWhen(HEADER_CELLS.find(([, pattern]) => pattern.test(label))?.[0]) ?? null
}

const JSON_FIELD = /"([A-Za-z][\w -]{0,40})"\s*:\s*"((?:[^"\\]|\\.)*)"/g
/** Field marks an app puts before a value: 👤 who, 📅 when, 💬 what will be better. */
const EMOJI_FIELDS: Readonly<Record<string, ColumnRole>> = {
  '👤': 'who',
  '📅': 'when',
  '💬': 'how'
}
const EMOJI_FIELD = /\s*(👤|📅|💬)\s*/gu

/**
 * A row written as named fields rather than columns: a data export's JSON record ({"action":
 * "...", "lead": "...", "due": "..."}), or an app's line with its fields marked by emoji
 * ("🔴 Refer Ayaan to CAMHS 👤 Mrs D. 📅 This week 💬 Ayaan learns to calm himself").
 */
function fieldRecord(content: string, offset: number): TableCells | null {
  const fields: Cell[] = []
  if (content.startsWith('{"') && content.endsWith('}')) {
    for (const m of matchesOf(JSON_FIELD, content)) {
      const role = fieldNameRole(m[1] ?? '')
      const value = m[2] ?? ''
      if (!role || !value.trim()) continue
      const start = offset + m.index + m[0].length - 1 - value.length
      fields.push({ text: value, start, end: start + value.length, role })
    }
  } else if (/[👤📅]/u.test(content)) {
    const marks = matchesOf(EMOJI_FIELD, content)
    // What comes before the first mark is the action, after any status mark ("🔴", "✅").
    const lead = /^[^\p{L}\p{N}"“(]*/u.exec(content)?.[0].length ?? 0
    const first = marks[0]?.index ?? content.length
    // Each field runs from its mark (or the line's start) to the next mark, trimmed.
    const field = (from: number, to: number, role: ColumnRole): void => {
      const raw = content.slice(from, to)
      const text = raw.trim()
      const start = offset + from + (raw.length - raw.trimStart().length)
      if (text) fields.push({ text, start, end: start + text.length, role })
    }
    field(lead, first, 'action')
    marks.forEach((m, i) => {
      const role = EMOJI_FIELDS[m[1] ?? ''] ?? 'other'
      field(m.index + m[0].length, marks[i + 1]?.index ?? content.length, role)
    })
  } else if (/[◉▾]/u.test(content)) {
    fields.push(...formFields(content, offset))
  } else if (content.includes(': ') && /[.;]\s+[A-Z][A-Za-z' ]{0,20}:\s/.test(content)) {
    fields.push(...sentenceFields(content, offset))
  } else {
    return null
  }
  const pick = (role: ColumnRole): Span | null => fields.find((c) => c.role === role) ?? null
  const action = pick('action')
  if (!action || fields.length < 2) return null
  return { action, who: pick('who'), when: pick('when'), how: pick('how') }
}

/** ". When:", "; Who:": a full stop or semicolon, then the next field's name. */
const SENTENCE_FIELD_BREAK = /[.;]\s+(?=[A-Z][A-Za-z' ]{0,20}:\s)/g

/**
 * "Who: GP. What: review the medication. When: in January.", "Service: School nurse (Kerensa).
 * Will: see Nell for two more sessions. When: before half-term.": one record a line, every field
 * named and ended by a full stop. "Will:" names what is done; beside it, the first field names
 * who does it, whatever its name ("Service:", "Agency:").
 */
function sentenceFields(content: string, offset: number): Cell[] {
  if (!/^[A-Z][A-Za-z' ]{0,20}:\s/.test(content)) return []
  const spans: Span[] = []
  let from = 0
  for (const m of matchesOf(SENTENCE_FIELD_BREAK, content)) {
    spans.push(trimmedSpan(content, from, m.index, offset))
    from = m.index + m[0].length
  }
  spans.push(trimmedSpan(content, from, content.replace(/\.$/, '').length, offset))
  if (spans.length < 3) return []
  const fields = keyedFields(spans)
  const will = spans.findIndex((span) => /^will\s*:/i.test(span.text))
  if (will > 0) {
    const value = spans[will]!.text.replace(/^will\s*:\s*/i, '')
    const start = spans[will]!.end - value.length
    for (const field of fields) if (field.role === 'action') field.role = 'who'
    fields.push({ text: value, start, end: start + value.length, role: 'action' })
  }
  return fields.length >= 3 ? fields : []
}

/**
 * A todo.txt task: done mark, priority or dates first, then the task with a +project or @context
 * tag or a due: key ("2032-10-19 Contact w Mum +Tommy @FC").
 */
const TODO_TASK =
  /^(?:x\s+\d{4}-\d{2}-\d{2}\s+|\([A-Z]\)\s+|\d{4}-\d{2}-\d{2}\s+)+(?=\S).*(?:\s[+@][A-Za-z]\w*|\sdue:\S+)(?:\s|$)|^[A-Z][^+@:]{2,80}\s\+[A-Z]\w*(?:\s+@\w+)?(?:\s+due:\S+)?$/

/** A cheap first look for TODO_TASK, which cannot match without a "+", an "@" or a "due:". */
function mayBeTodoTask(content: string): boolean {
  return content.includes('+') || content.includes('@') || content.includes('due:')
}

/** "Action 1:", "  Owner:", "  Timescale:": a web form's field labels, two spaces apart. */
const FORM_LABEL = /(?:^|\s{2,})([A-Z][A-Za-z /]{0,24}?)(?:\s+\d{1,3})?:\s+/g

/**
 * A web form printed from the browser: "Action 3:  Mum to engage with the Hub.  Owner: [Parent/
 * carer ▾]  Timescale: ◉ Immediately ○ 1 week ○ Other: ____". A drop-down's choice is the text in
 * its brackets ("-- Select --" chooses nobody); of a row of radio buttons only the one marked ◉
 * is chosen, and "Other:" gives its own words.
 */
function formFields(content: string, offset: number): Cell[] {
  const labels = matchesOf(FORM_LABEL, content)
  const fields: Cell[] = []
  labels.forEach((m, i) => {
    const role = fieldNameRole(m[1] ?? '')
    if (!role) return
    const from = m.index + m[0].length
    const to = labels[i + 1]?.index ?? content.length
    let value = content.slice(from, to)
    let at = from
    const dropDown = /^\[\s*([^\]▾]*?)\s*▾?\s*\]/u.exec(value)
    if (dropDown) {
      if (/^-*\s*select\s*-*$/i.test(dropDown[1] ?? '')) return
      at += value.indexOf(dropDown[1] ?? '')
      value = dropDown[1] ?? ''
    } else if (/[◉○]/u.test(value)) {
      const chosen = /◉\s*(?:other\s*:\s*)?([^◉○]*)/iu.exec(value)
      if (!chosen) return
      at += chosen.index + chosen[0].length - (chosen[1] ?? '').length
      value = chosen[1] ?? ''
    }
    const text = value.trim().replace(/\.$/, '')
    if (!text || /^_+$/.test(text)) return
    const start = offset + at + (value.length - value.trimStart().length)
    fields.push({ text, start, end: start + text.length, role })
  })
  return fields
}

function splitCells(content: string, offset: number): Span[] | null {
  if (CSV_ROW.test(content)) return csvCells(content, offset)
  if (/^<tr\b/i.test(content)) {
    const cells = htmlCells(content, offset)
    return cells.filter((c) => c.text).length >= 2 ? cells : null
  }
  if (content.includes('\\cell')) {
    const cells = rtfCells(content, offset)
    if (cells) return cells
  }
  const leaders = leaderCells(content, offset)
  if (leaders) return leaders
  // "A1 │ Kerry to meet Dev │ Kerry": a table drawn with box lines, its columns split by │.
  // "Health // dental check // carers // tbc", "Move Kyle → Tom (Housing) → by 18/10", "Step 2 =>
  // Pay ... => Owner: NRPF team => Target: every Monday": cells
  // typed into a free-text box, set apart by slashes or arrows.
  // "1^Apply to the prison visits scheme^Amira (SW)^By 16/07/2032": a grid exported with a caret
  // between its fields.
  const separator = content.includes('|')
    ? '|'
    : content.includes('│')
      ? '│'
      : content.includes('\t')
        ? '\t'
        : CELL_MARK.test(content)
          ? (CELL_MARKS.find((mark) => occurrences(content, mark) >= 2) ?? null)
          : occurrences(content, '^') >= 2
            ? '^'
            : null
  if (!separator) return null
  // "[From today | Dani] Dani will ...": a pipe inside a leading bracket is no column.
  if (separator === '|' && content.startsWith('[')) {
    const rest = content.replace(/^\[[^\]]*\]/, '')
    if (rest !== content && !rest.includes('|')) return null
  }
  const cells: Span[] = []
  let position = 0
  for (const part of content.split(separator)) {
    const leading = part.length - part.trimStart().length
    // "Click or tap here to enter text.": a Word form's empty field, not a value.
    const value = WORD_PLACEHOLDER.test(part.trim()) ? '' : part.trim()
    cells.push({
      text: value,
      start: offset + position + leading,
      end: offset + position + leading + value.length
    })
    position += part.length + separator.length
  }
  // A leading or trailing pipe ("| a | b |") makes empty edge cells that are not columns.
  if (separator === '|') {
    if (cells[0]?.text === '') cells.shift()
    if (cells[cells.length - 1]?.text === '') cells.pop()
  }
  if (cells.filter((c) => c.text.length > 0).length < 2) return null
  return cells
}

/** The runs of text in a line set apart by three or more spaces, with where each starts. */
function alignedParts(content: string): { text: string; start: number }[] {
  return [...matchesOf(/\S+(?: {1,2}\S+)*/g, content)].map((m) => ({ text: m[0], start: m.index }))
}

function spansOf(parts: { text: string; start: number }[], offset: number): Span[] {
  return parts.map((part) => ({
    text: part.text,
    start: offset + part.start,
    end: offset + part.start + part.text.length
  }))
}

/**
 * A row of a table set out in spaces, cut where the header's columns start; null when the row
 * does not fit them (text runs across a column's start) or holds fewer than two cells.
 */
function cutAtColumns(content: string, starts: number[], offset: number): Span[] | null {
  const fits = starts.every(
    (start, i) => i === 0 || start >= content.length || /\s/.test(content[start - 1] ?? ' ')
  )
  if (!fits) return null
  const cells = starts.map((start, i) => {
    const raw = content.slice(start, starts[i + 1] ?? content.length)
    const text = raw.trim()
    const at = offset + start + (raw.length - raw.trimStart().length)
    return { text, start: at, end: at + text.length }
  })
  return cells.filter((c) => c.text).length >= 2 ? cells : null
}

const SMART_PREFIX =
  /^(?:(?:specific|measurable|achievable|realistic|relevant|timely|time[- ]bound)\b\s*[-–:]?\s*|[SMART]\s*[-–:]\s+)/i

/**
 * A header cell's words as a column's name. "Achievable - who?", "Timely - by when?", "Specific
 * action": a SMART grid's headings. "Action (who)": a note in brackets after a column's name says
 * what goes in it, alongside. Most cells read here are a row's sentences, not a header's, so a
 * step whose expression needs a colon, a bracket or a full stop runs only where there is one.
 */
function columnLabel(text: string): string {
  let label = text
  // "Each line reads: what needs to happen": a lead-in before the first column's name.
  if (label.includes(':')) label = label.replace(/^[^:]{1,60}:\s*(?=\S)/, '')
  if (label.includes(':') || label.includes('*')) label = label.replace(/[*:]/g, '')
  label = label
    .replace(SMART_PREFIX, '')
    // "No.  ACTION": the numbers' column, not set apart from the first, on a scanned form.
    .replace(/^no\.?\s+(?=\S)/i, '')
  if (label.endsWith(')')) label = label.replace(/\s*\([^()]*\)$/, '')
  // "(Each line: Ref ~ Who ~ By when)": a key in brackets leaves a bracket on its edge cells.
  label = label.replace(/^\((?=[^)]*$)/, '')
  if (label.endsWith(')')) label = label.replace(/^([^(]*)\)$/, '$1')
  // "Who now", "How often now": a step-down form's columns for the plan from here on.
  label = label.replace(/\s+now\??$/i, '')
  // "NEED -- action -- lead -- by.": a key written as a sentence ends with a full stop.
  if (label.endsWith('.')) label = label.replace(/\.$/, '')
  return label.trim()
}

function headerRoles(cells: Span[]): ColumnRole[] | null {
  // "We will: look for a holiday activity | Who: | When:": a row of named fields, some left
  // blank, is no header, though its blank ones read like one.
  if (
    cells.some((cell) => cell.text.includes(':') && FILLED_FIELD.test(cell.text)) &&
    cells.some((cell) => /^[A-Za-z][A-Za-z'’ ]{0,20}:$/.test(cell.text))
  )
    return null
  const roles = mapPacked(cells, (cell) => {
    const label = columnLabel(cell.text)
    // "Task ID | Subject | Assigned to | Due": in a task list's header the Subject is the task
    // (as a field, "Subject: Leon T." names the child, so only a header reads it so).
    if (/^subject$/i.test(label)) return 'action'
    // "Who's on the pitch": a column whose name asks who.
    if (/^who(?:['’]s|\s+is|\s+are)\s/i.test(label)) return 'who'
    const role = HEADER_CELLS.find(([, pattern]) => pattern.test(label))?.[0] ?? null
    // "Full-time score (how we'll know)": a themed name, explained in brackets.
    const note =
      role || !cell.text.endsWith(')') ? null : /\(([^()]+)\)\s*$/.exec(cell.text)?.[1]?.trim()
    return note ? (HEADER_CELLS.find(([, pattern]) => pattern.test(note))?.[0] ?? null) : role
  })
  // "Who's on the pitch | The play | Kick-off | ...": with a Who column and no named action, the
  // first unnamed column is what is done and the next one when.
  const named = (role: ColumnRole): boolean => roles.includes(role)
  const fieldLike = cells.some((c) => c.text.includes(':'))
  if (named('who') && !named('action') && !named('when') && !named('start') && !fieldLike) {
    const first = roles.indexOf(null)
    const next = roles.indexOf(null, first + 1)
    if (first >= 0 && next >= 0) {
      roles[first] = 'action'
      roles[next] = 'when'
    }
  }
  const known = roles.filter((r) => r !== null).length
  const filled = cells.filter((c) => c.text).length
  const meaningful =
    roles.includes('action') ||
    roles.includes('who') ||
    roles.includes('when') ||
    roles.includes('start') ||
    roles.includes('whoWhen')
  if (known < 2 || known * 2 < filled || !meaningful) return null
  // "Date | Source | What happened | Action arising | Who | By when": a chronology's Date is when
  // something happened; with another When column beside it, that one says when to act.
  const when = roles.flatMap((role, i) => (role === 'when' ? [i] : []))
  // "Date | ... | By when", "Target | Action | Who | By when": beside a column that can only say
  // when, a Date or Target column says something else (when it was written, which goal).
  const loose = /^(?:date|targets?)$/i
  if (when.length > 1 && when.some((i) => !loose.test(cells[i]!.text.trim()))) {
    for (const i of when) if (loose.test(cells[i]!.text.trim())) roles[i] = 'other'
  }
  // "Goal | Action | Who | When | How we will know": beside a column saying how the change will
  // show, a Goal column names the area the row belongs to.
  const how = roles.flatMap((role, i) => (role === 'how' ? [i] : []))
  const goal = /^(?:my |our |your |the )?goals?$/i
  if (how.length > 1 && how.some((i) => !goal.test(cells[i]!.text.trim()))) {
    for (const i of how) if (goal.test(cells[i]!.text.trim())) roles[i] = 'other'
  }
  // "Agency | Named lead": with two Who columns, the one naming a person says who acts.
  const who = roles.flatMap((role, i) => (role === 'who' ? [i] : []))
  if (who.length > 1) {
    const isAgency = (i: number) =>
      /\b(?:agency|service|organisation|provider)\b/i.test(cells[i]!.text)
    if (who.some((i) => !isAgency(i))) for (const i of who) if (isAgency(i)) roles[i] = 'other'
  }
  return mapPacked(roles, (r) => r ?? 'unnamed')
}

/** "Child in Need", "CP plan", "see below": what a header's "Plan:" field holds when it is no step. */
const PLAN_KIND_VALUE =
  /^(?:child in need|child protection|cin|cp|cla|lac|looked after|pathway|early help|eh|taf|tac|see (?:below|above|attached))\b/i
/** A field that names no step: "none for now", "n/a", "no further action". */
const NO_STEP = /^(?:none|nil|n\/?a|nfa|no (?:further )?action|not (?:needed|required))\b/i
const NOT_NEEDED = /\bnot (?:needed|required|necessary)\.?$/i

/** An action cell that says there is none: "-", "n/a", "None", "Noted", "NFA", "(not discussed)". */
const NO_ACTION_CELL =
  /^(?:[-–—]+|n\/?a|none|nil|noted|nfa|no (?:further )?action|\(?not (?:yet )?(?:discussed|agreed)\b[^)]*\)?)\.?$/i

/** A short cell that starts with a timescale: "By Friday 01/11/2058", "Within 7 days of ...". */
function isTimescaleCell(text: string): boolean {
  return !hasMoreWordsThan(text, 8) && findTimescale(text, NO_CONTEXT)?.start === 0
}

function assignRoles(cells: Span[], roles: ColumnRole[] | null): TableCells | null {
  const keyed = roles ? null : keyedCells(cells)
  if (keyed) return keyed
  const typed: Cell[] = mapPacked(cells, (cell, i) => ({
    text: cell.text,
    start: cell.start,
    end: cell.end,
    role: roles?.[i] ?? 'other'
  }))
  if (!roles) inferRoles(typed)
  else if (!roles.some((role) => role === 'when' || role === 'whoWhen' || role === 'start')) {
    // "| Wk | What we will do | Worker | Done by | ... |": with no column the analyser knows for
    // when, a column it does not know whose cell is a short timescale says when.
    const when = typed.find((cell) => cell.role === 'unnamed' && isTimescaleCell(cell.text))
    if (when) when.role = 'when'
  }
  // A cell holding only a dash ("-") is empty: "Keeping your children safe | - | - | -"; so is
  // one saying there is no action ("None", "Noted", "NFA").
  const action =
    typed.find((c) => c.role === 'action' && c.text && !NO_ACTION_CELL.test(c.text)) ?? null
  if (!action) return null
  // "| Core group to meet every 4 weeks | No - CIN meetings instead |": not carried on; nor is
  // "| CP13 | Done | Mum to fit a smoke alarm | ...": a row whose status says it is done.
  if (typed.some((c) => c.role === 'keep' && /^no\b/i.test(c.text))) return null
  if (typed.some((c) => c !== action && /^(?:done|completed?|closed)$/i.test(c.text))) return null
  const pick = (role: ColumnRole): Span | null => typed.find((c) => c.role === role) ?? null
  // "| - | 06/11/2026 |": an empty Start cell leaves the row to its own words, then the review.
  const filled = (role: ColumnRole): Span | null =>
    typed.find((c) => c.role === role && c.text && !/^[-–—]+$/.test(c.text)) ?? null
  // "| - | Weekly | ...": with two When columns (When, How often), the one filled in says when.
  const both = filled('whoWhen')
  const split = both ? splitWhoWhen(both) : { who: null, when: null }
  const when = filled('when') ?? pick('when') ?? filled('start') ?? split.when
  const start = pick('when') ? filled('start') : null
  const who = pick('who') ?? split.who
  return { action, who, when, how: pick('how'), review: filled('review'), start }
}

/**
 * "FSW (Kessingham Family Hub) - 2 sessions a week" under "Responsibility and timescale": who,
 * then when after the last dash; without a dash, a time alone is the When, anything else the Who.
 */
function splitWhoWhen(cell: Span): { who: Span | null; when: Span | null } {
  const dash = /\s[-–—]\s+(?!.*\s[-–—]\s)/.exec(cell.text)
  if (dash) {
    return {
      who: trimmedSpan(cell.text, 0, dash.index, cell.start),
      when: trimmedSpan(cell.text, dash.index + dash[0].length, cell.text.length, cell.start)
    }
  }
  return findTimescale(cell.text, NO_CONTEXT)
    ? { who: null, when: cell }
    : { who: cell, when: null }
}

/** Start and Review date as field names ("Start: 3 May") say when, as By when does. */
function asWhen(role: ColumnRole | undefined): ColumnRole | undefined {
  return role === 'start' || role === 'review' ? 'when' : role
}

/**
 * "Who: foster carer | What: apply the cream | When: daily | Outcome: ...": cells that carry their
 * own column names. Each value keeps its offsets; the action is the What cell.
 */
function keyedCells(cells: Span[]): TableCells | null {
  const typed = keyedFields(cells)
  const action = typed.find((c) => c.role === 'action') ?? unnamedFirst(cells, typed)
  if (!action || typed.length < 2) return null
  const pick = (role: ColumnRole): Span | null => typed.find((c) => c.role === role) ?? null
  return { action, who: pick('who'), when: pick('when'), how: pick('how') }
}

/** A row whose cells all carry their own names, three or more, one of them the action's. */
function keyedRow(cells: Span[]): TableCells | null {
  const filled = cells.filter((cell) => cell.text)
  const fields = keyedFields(filled)
  if (fields.length < 3 || fields.length < filled.length - 1) return null
  const table = keyedCells(filled)
  return table && (table.who || table.when) && fields.some((f) => f.role === 'action')
    ? table
    : null
}

/** "(person: action)", "(who: what)": a heading's note that each line names who, then what. */
const PERSON_ACTION = /\((?:person|who|name|agency|worker)\s*:\s*(?:action|what|task)s?\)/i

/**
 * "[ ] Online safety session | Assigned to: School (DSL) | Due: Summer term": with the other
 * fields named, the first cell, named by none, is what is done (after any tick box).
 */
function unnamedFirst(cells: Span[], typed: Cell[]): Span | null {
  const first = cells[0]
  if (!first?.text || typed.length < 2 || /^[A-Za-z][\w' ]{0,30}:/.test(first.text)) return null
  if (typed.some((c) => c.start >= first.start && c.end <= first.end)) return null
  const box = /^\[[\sxX✓✔]?\]\s*/.exec(first.text)?.[0].length ?? 0
  return { text: first.text.slice(box), start: first.start + box, end: first.end }
}

/** The cells that carry a column name the analyser knows, with their values and roles. */
function keyedFields(cells: Span[]): Cell[] {
  const typed: (Cell & { key: string })[] = []
  for (const cell of cells) {
    // "Action 1: FireSafe sessions with Kai": a numbered field is still the action.
    const m = /^([A-Za-z][A-Za-z'’ ?]{0,30}?)(?:\s+\d{1,3})?\s*:\s*(\S.*)$/.exec(cell.text)
    const role = m
      ? asWhen(HEADER_CELLS.find(([, pattern]) => pattern.test((m[1] ?? '').trim()))?.[0])
      : undefined
    if (!m || !role) continue
    const value = m[2] ?? ''
    const start = cell.start + cell.text.length - value.length
    typed.push({ text: value, start, end: start + value.length, role, key: (m[1] ?? '').trim() })
  }
  // "By: Lou (Safe Home Project)   When: when she is ready": beside a When field, "By" names who.
  if (cells.some((c) => /^when\s*:/i.test(c.text))) {
    for (const cell of typed) {
      if (
        /^by$/i.test(cell.key) &&
        (cell.text === '?' || isAgentKind(classifyNounPhrase(cell.text)))
      )
        cell.role = 'who'
    }
  }
  return typed
}

/** Without a header row: the first cell is the action, then a short name, a date, the rest. */
function inferRoles(cells: Cell[]): void {
  let first = cells.findIndex((c) => c.text)
  // "Worried about: money | Apply for ...", "Health<tab>I will book ...": a label before the action.
  if (first >= 0 && isRowLabel(cells[first]!.text) && cells.slice(first + 1).some((c) => c.text)) {
    first = cells.findIndex((c, i) => i > first && c.text)
  }
  cells.forEach((cell, i) => {
    if (i === first) cell.role = 'action'
  })
  const hasRole = (role: ColumnRole): boolean => cells.some((c) => c.role === role)
  const rest = cells.slice(first + 1).filter((c) => c.text && !hasMoreWordsThan(c.text, 8))
  const holdsTimescale = (cell: Span): boolean =>
    !isAgentKind(classifyNounPhrase(cell.text)) && findTimescale(cell.text, NO_CONTEXT) !== null
  // "Placement | Placement to be reviewed | SW / IRO | At LAC review": the cell that holds a
  // timescale is the When, before one that only has a word of timing about it ("reviewed").
  const whenCell = rest.find(holdsTimescale) ?? rest.find((cell) => looksLikeWhen(cell.text))
  for (const cell of cells.slice(first + 1)) {
    if (!cell.text) continue
    const words = cell.text.split(/\s+/).length
    if (cell === whenCell) cell.role = 'when'
    else if (!hasRole('who') && words <= 8 && isAgentKind(classifyNounPhrase(cell.text))) {
      cell.role = 'who'
    } else if (!hasRole('how')) cell.role = 'how'
  }
}

/** A first cell that labels the row rather than saying what will be done. */
const ROW_LABEL =
  /^(?:worried about|worries|worry|concerns?|needs?|issues?|areas?|domains?|dimensions?|themes?)\s*[:–-]/i

function isRowLabel(text: string): boolean {
  if (ROW_LABEL.test(text)) return true
  const words = text
    .toLowerCase()
    .split(/[\s,/&]+/)
    .filter(Boolean)
  return words.length <= 4 && words.every((w) => domainWords.has(w) || w === 'and')
}

/**
 * Adds the cells of a wrapped line to the row above, column by column. The Action and "How will we
 * know" cells are read whole; a wrapped Who or When cell keeps its first line, which names the
 * owner and the timescale ("Fortnightly, then" / "monthly once settled").
 */
/**
 * The cells of a line that carries on a table row: tab-separated with a leading tab, or
 * "|      | clinic at ... |" with the first column empty. Null for any other line.
 */
function wrappedRow(raw: string): string[] | null {
  if (raw.startsWith('\t')) return raw.split('\t')
  if (!/^\s*\|/.test(raw)) return null
  const parts = raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|')
  return parts.length > 1 && parts[0]?.trim() === '' ? parts : null
}

function wrapCells(cells: TableCells, parts: string[], roles: ColumnRole[]): void {
  parts.forEach((part, i) => {
    const value = part.trim()
    const role = roles[i]
    if (!value || (role !== 'action' && role !== 'how')) return
    const cell = cells[role]
    if (cell) cells[role] = { ...cell, text: `${cell.text} ${value}` }
  })
}

function looksLikeWhen(text: string): boolean {
  return /\d|\b(?:week|month|day|term|review|meeting|conference|core group|asap|ongoing|daily|weekly|monthly|fortnightly|immediately|tbc|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)/i.test(
    text
  )
}

// ---------------------------------------------------------------------------------------------
// Headings and sections

type HeadingKind = Section | 'subheading'

/**
 * What a scanner or a printed form adds to the page: "End of scanned document. 2 pages. Text
 * recognition may contain errors.", "----- end of recognised text, page 1 of 2 -----", "form CN3
 * (rev. 2019) - please press firmly, 2 copies".
 */
const SCAN_NOTE =
  /\b(?:end|start) of (?:the )?(?:recogni[sz]ed|scanned|ocr) (?:text|document|page)\b|\btext recognition may contain errors\b|\bplease press firmly\b|^(?:end|start) of (?:the )?export\b|^minutes (?:circulated|taken|approved)\b|\bend of (?:the )?(?:copied |pasted )?messages\b/i

/**
 * A key to the plan's layout: "The Contact column gives the number to ring.", "Each row is one
 * worry, ...", "Each action starts with WHO will do it", "Key: S = safe at home, H = health". It
 * explains the plan; nobody acts on it.
 */
const LAYOUT_NOTE =
  /^key\s*:\s+[A-Z]{1,3}\s*=|(?:^|[.!?]\s+)(?:each (?:row|line|column|action|entry|bullet|item|step) (?:is|has|starts|says|gives|shows|holds|sets out)\b|the [\w'’ ]{1,25} column (?:says|gives|shows|is|holds|tells|lists)\b|this (?:plan|table|review) is (?:set out|written|laid out)\b)/i

/** A cheap first look for LAYOUT_NOTE's words, before the expression itself. */
function layoutHint(content: string): boolean {
  return (
    content.includes('olumn') ||
    content.includes('ach ') ||
    content.includes('his ') ||
    /^key/i.test(content)
  )
}

/**
 * A line whose own layout makes it an action, whatever section it stands in:
 * - "Who? Stacey. What? ... When? Every night.": each field asked and answered;
 * - "Chase GP re any health concerns / RH": a meeting's action closed by its owner's initials
 *   (not a table's "Nursery / HV");
 * - "Step 3 (Virtual School; within 20 school days): find Zach a school place": Who and When in
 *   brackets;
 * - "1.1 One-to-one reading tutoring – Lead: Mrs J. – By: from 31/01/2028": a numbered item with
 *   its own Lead and By fields, whatever other fields follow ("– Cost: none").
 */
function laidOutAsAction(content: string, section: Section): boolean {
  return (
    (content.includes('What?') && QUESTION_FIELDS.test(content)) ||
    (section !== 'narrative' &&
      content.includes('/') &&
      !/[|\t]/.test(content) &&
      TRAILING_INITIALS.test(content)) ||
    STEP_FIELDS.test(content) ||
    (/^\d{1,2}(?:\.\d{1,2})*[.)]?\s/.test(content) &&
      LEAD_FIELD.test(content) &&
      BY_FIELD.test(content))
  )
}

/** A cheap first look for SCAN_NOTE's words. */
const SCAN_HINT = /(?:end|start) of|recogni|firmly|^minutes/i

function isFurniture(content: string): boolean {
  return (
    PAGE_FURNITURE.test(content) ||
    (SCAN_HINT.test(content) && SCAN_NOTE.test(content)) ||
    BOX_RULE.test(content) ||
    /^_{3,}/.test(content) ||
    /^[_\s]+$/.test(content) ||
    TABLE_BORDER.test(content) ||
    isRunningHeader(content)
  )
}

/** "Ongoing - Kim (PA) - Ring me if my rent is late": fields of who and when, set off by dashes. */
function hasWhoAndWhen(content: string): boolean {
  if (!/\s[-–—]\s/.test(content)) return false
  const dash = dashCells({ text: content, start: 0 })
  return dash?.who != null && dash.when != null
}

/** A Who field and a By-when field written inside an item: "– Lead: Mrs J. – By: half term". */
const LEAD_FIELD = /(?:^|[\s(;|–—-])(?:lead|who|responsible|person responsible|owner)\s*:\s*\S/i
const BY_FIELD = /(?:^|[\s(;|–—-])(?:by|by when|when|timescale|target date|deadline)\s*:\s*\S/i

/**
 * "ACTION:" (in capitals), "Action needed:", "Agreed action:": the mark of an action in minutes.
 * Every form holds "ction" or "CTION", which is looked for first.
 */
const ACTION_MARK =
  /(?:^|[.!?]\s+)(?:ACTIONS?|(?:Action|ACTION)s?\s+(?:needed|required|agreed|point)|Agreed\s+actions?)(\s*\[[^\]]{1,60}\])?\s*[:–-]\s*(?=\S)/

/** A table's drawn border: "+----+-------+", "+====+=======+", "|----|-------|". */
const TABLE_BORDER = /^[+|](?:[-=:]{2,}[+|])+$/

/**
 * A page's running header or footer: "Thistleby BC - CLA Care Plan - Ruby - Page 1 of 2", "Page
 * 2 of 3 · Eastcombe City Council · My Pathway Plan", "Printed from the case record system on
 * 15/02/2027 at 11:42". A page number in a line that does not end as a sentence, or a printing
 * stamp.
 */
function isRunningHeader(content: string): boolean {
  if (/^printed\s+(?:from|on|by|at)\b/i.test(content)) return true
  // "Kestrel Council - Emergency placement plan - printed 07/04/2027": a print footer's fields.
  if (
    /printed/i.test(content) &&
    /\s[-–—|]\s+printed\s+(?:on\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b[^.!?]*$/i.test(content)
  ) {
    return true
  }
  return (
    content.length <= 300 &&
    !/[.!?]$/.test(content) &&
    /\bpage\s+\d+\s*(?:of|\/)\s*\d+\b/i.test(content)
  )
}

/** A short line with no sentence ending that is not itself an action: a heading. */
function looksLikeHeading(content: string): boolean {
  // "Where I will live", "How we will know": a question set out as a heading, not a sentence.
  if (isQuestionHeading(content)) return true
  // "F. What will happen if the plan does not keep the children safe (contingency)": a
  // contingency heading says so, at length; it is no sentence, so it has no full stop.
  if (/\(contingency(?: plan)?\)$/i.test(content) && content.length <= 120) return true
  // "Recommendations of the review (these form the care plan until the next review)": a note in
  // brackets after a heading does not make it a sentence.
  const core = content.endsWith(')') ? content.replace(/\s*\([^()]*\)$/, '') : content
  if (core.length > 90 || hasMoreWordsThan(core, 12)) return false
  // A quotation is someone's words, never a heading.
  if (/^["“‘']|["”’']$/.test(content)) return false
  const endsWithInitials = /\b(?:[A-Z]\.){1,3}$/.test(content)
  if (/[.;,]$/.test(content) && !endsWithInitials) return false
  // "4. Referral for a trauma assessment. (Target - October 2045.)": a sentence, then its fields.
  if (core !== content && /[a-z]\.$/.test(core)) return false
  if (BULLET.test(content) && !/^\d/.test(content)) return false
  // "6. If things do not go to plan": read as a clause, "to plan" looks like an action.
  const contingency = CONTINGENCY_HEADING.exec(content.replace(SECTION_NUMBER, ''))
  if (contingency && contingency.index === 0 && !hasMoreWordsThan(content, 8)) return true
  // "3. Kian's needs and what will be done to meet them": it reads as a clause, but it names
  // the section of actions that follows.
  if (NEEDS_MET_HEADING.test(content) && !/[.!]$/.test(content)) return true
  // "Tasks we are asking Ouselby to do": the tasks a clause describes, set out as a heading.
  // "Schedule of works (to go with the improvement notice)": "schedule" is no order here.
  // "Things to do": a to-do list's heading, though it reads as an order.
  if (
    TASKS_TO_DO.test(content) ||
    /^schedule of (?:works|repairs)\b|^(?:things|jobs|stuff) to (?:do|sort|get done)$/i.test(
      content
    )
  ) {
    return true
  }
  // "Referral to the parenting course (Mum) - tbc", "Contact dad (SW) - when address found": a
  // step with its When after a dash, however short.
  const tail = / [-–—] ([^-–—()=]{2,40})$/.exec(content)?.[1]
  if (tail && (NO_WHEN.test(tail) || /^(?:when|once|as soon as|asap)\b/i.test(tail))) return false
  // "[SO] Add Marley's support to his care plan (by the next review)": an owner's initials first.
  if (content.startsWith('[') && INITIALS_FIRST.test(content)) return false
  // "Section E. How the children will still be seen": a form's lettered section, however it reads.
  if (/^(?:section|part)\s+[\dA-Z]{1,2}[.:)]\s+\S/i.test(content) && !/[.!;,]$/.test(content)) {
    return true
  }
  // "E. How professionals will check": the letter is a section's, not a child's initial.
  const titled = notedCapitalsTitle(content) ?? content
  const lettered = LETTERED_TITLE.exec(titled)
  if (readsAsAction(lettered ? titled.slice(lettered[0].length) : titled)) return false
  // "Ongoing - Kim (PA) - Ring me if my rent is late": a Who and a When make it an action.
  return !hasWhoAndWhen(content)
}

const TASKS_TO_DO =
  /^(?:the\s+)?(?:tasks|actions|things|steps|jobs|requests)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,5}?(?:to do|will do|to carry out)\s*:?$/i

/** "REVIEW (to be completed at the review meeting)": a title in capitals, then how to fill it in. */
function notedCapitalsTitle(content: string): string | null {
  if (!content.endsWith(')')) return null
  const core = content.replace(/\s*\([^()]*\)$/, '')
  return core !== content && /[A-Z]/.test(core) && core === core.toUpperCase() ? core : null
}

/** "Where I will live", "How I will manage my money": a short question with no stop. */
function isQuestionHeading(content: string): boolean {
  return (
    /^(?:what|where|how|who|when|why)\b/i.test(content) &&
    !hasMoreWordsThan(content, 6) &&
    !/[.!,;]$/.test(content)
  )
}

/** "Section 5:", "Part C -", "2.1": numbering in front of a heading says nothing about it. */
const SECTION_NUMBER =
  /^(?:(?:section|part|step|stage)\s+[\dA-Z]{1,3}\s*[.):–-]?\s*|\d{1,2}[a-z][.)]\s+|\d{1,2}(?:\.\d{1,2})*\s*[.):–-]?\s+|[A-Z][.)]\s+)/i

function classifyHeading(content: string): HeadingKind {
  const heading = content
    .replace(SECTION_NUMBER, '')
    .replace(/[:?]+$/, '')
    .trim()
  if (CONTINGENCY_HEADING.test(heading)) return 'contingency'
  if (DONE_HEADING.test(heading)) return 'narrative'
  // "Police disruption so far (these are police measures, not actions in this plan)", "My
  // apprenticeship agreement (these are the terms, not my actions)"; but "My agreement (my part
  // of the plan)" is the plan.
  if (
    /\(.*\bnot (?:(?:my|our|the) )?(?:actions?|part of (?:the|this|our) plan)\b[^()]*\)$/i.test(
      heading
    )
  ) {
    return 'narrative'
  }
  if (/\((?:[^()]*\s)?(?:my|our) part of (?:the|this) plan\)$/i.test(heading)) return 'actions'
  // "Desired outcomes (what will be different for J.R.)": the heading names the section; the
  // note in brackets only explains it.
  const named = heading.endsWith(')') ? heading.replace(/\s*\([^()]*\)$/, '') : heading
  if (named !== heading && named && OUTCOME_HEADINGS.some((p) => p.test(named))) return 'outcomes'
  if (isStrongActionHeading(heading)) return 'actions'
  // "Review", "6. Review": how the plan will be reviewed is itself an action ("Care plan to be
  // reviewed at the next LAC review"); a "Review date: ..." field is never one.
  if (REVIEW_SUBHEADING.test(heading)) return 'actions'
  // "Review of the plan agreed at the ICPC", "Progress against the actions": a core group goes
  // through the plan's actions one by one.
  if (
    /^(?:review of|progress (?:on|against|with)) (?:the )?(?:[\w-]+ )?(?:plan|actions?)\b/i.test(
      heading
    )
  )
    return 'actions'
  // "PLAN (what we want by the review)": on an APDR form the note says the section holds targets.
  const note = /\(([^()]+)\)$/.exec(heading)?.[1] ?? ''
  // "Push factors (tick all that apply)": a form's question, answered by ticking boxes; but "SUPPORT
  // MENU (tick the help agreed - only ticked items are part of the plan)" ticks the plan itself.
  if (/^(?:please\s+)?(?:tick|circle|select|choose|delete)\b/i.test(note)) {
    return /\b(?:agreed|plan|actions?)\b/i.test(note) ? 'actions' : 'narrative'
  }
  if (OUTCOME_HEADINGS.some((p) => p.test(heading) || p.test(note))) return 'outcomes'
  // "Health and feelings", "Feelings and behaviour": a domain of the plan, not the child's words.
  if (/\bfeelings\b/i.test(heading)) {
    const rest = heading
      .toLowerCase()
      .split(/[\s,/&]+/)
      .filter((w) => w && w !== 'and' && w !== 'feelings')
    if (rest.length > 0 && rest.every((w) => domainWords.has(w))) return 'subheading'
  }
  if (VOICE_HEADING.test(heading)) {
    return NOT_CHILDS_VOICE_HEADING.test(heading) ? 'narrative' : 'voice'
  }
  if (NARRATIVE_HEADINGS.some((p) => p.test(heading))) return 'narrative'
  // "Plan (timescales in brackets)": a note in brackets after a heading says nothing about it.
  const unbracketed = heading.endsWith(')') ? heading.replace(/\s*\([^()]*\)$/, '') : heading
  if (
    ACTION_HEADINGS.some((p) => p.test(heading) || (unbracketed !== heading && p.test(unbracketed)))
  ) {
    // "CHILD IN NEED PLAN" in capitals is the document's title, not a section; "THE PLAN" is one,
    // and so is a numbered one ("SECTION 10: RECOMMENDATIONS / INITIAL CHILD IN NEED PLAN").
    const outsideBrackets = heading.replace(/\([^)]*\)/g, '')
    const isTitle =
      !SECTION_NUMBER.test(content.trim()) &&
      outsideBrackets === outsideBrackets.toUpperCase() &&
      PLAN_TITLE.test(heading)
    return isTitle ? 'header' : 'actions'
  }
  const words = heading
    .toLowerCase()
    .split(/[\s,/]+/)
    .filter(Boolean)
  if (words.length > 0 && words.every((w) => domainWords.has(w))) return 'subheading'
  return 'unknown'
}

/** "Kian's needs and what will be done to meet them", "How Amy's needs will be met". */
const NEEDS_MET_HEADING =
  /\bwhat (?:will|is going to|needs to|has to) be done\b|\bhow (?:[\w'’]+\s+){0,3}needs? (?:will|are to|are going to) be met\b/i

const STRONG_ACTION_HEADING =
  /what (?:needs|has|have) to (?:happen|change)|^(?:the\s+)?(?:things|steps|jobs)\s+(?:[\w'’-]+\s+){1,5}?(?:would|will|are going to) do$|\bactions?\b|\bnext steps\b|\btasks?\b|who (?:will|does) (?:do )?what|what (?:will|is going to|are we going to) (?:happen|do)|what\s+(?:[\w'’]+\s+){0,3}(?:will|is going to|are going to|needs? to|should)\s+do\b|what will be different|\bplan of (?:action|work)\b/i

/** A heading naming a kind of plan ("Child in Need Plan"): at the top of a page it is a title. */
const PLAN_TITLE =
  /\b(?:child in need|cin|child protection|cp|care|pathway|early help|pre-birth|looked after|family|support|safety|taf|tac)\b.*\bplan\b|\bplan\b.*\b(?:child in need|looked after|child protection)\b/i

function isStrongActionHeading(heading: string): boolean {
  return STRONG_ACTION_HEADING.test(heading) || NEEDS_MET_HEADING.test(heading)
}

/** Whether a line is a heading such as "What needs to happen:" or "What I will do:". */
function headsActions(line: Line | undefined): boolean {
  if (!line?.content || line.content.length > 60) return false
  // "Action - Mum to ring the school.": an item marked as an action, not a heading over them.
  if (/^actions?\s+[-–—]\s+\S/i.test(line.content)) return false
  return isStrongActionHeading(
    line.content
      .replace(SECTION_NUMBER, '')
      .replace(/[:?]+$/, '')
      .trim()
  )
}

function isNoContent(text: string): boolean {
  // "Needed?  ◉ Not required at this time  ○ Yes": of a form's radio buttons, the one chosen.
  const chosen = text.includes('◉') ? (/◉\s*([^◉○]*)/u.exec(text)?.[1] ?? '') : text
  // "Contingency: ---": dashes alone fill a field with nothing.
  const rest = chosen.replace(/^[\s\-–:]+/, '')
  // "Contingency: as per previous plan.", "See CIN plan 16/09/2037.": a pointer to another
  // document, not a plan.
  return (
    rest === '' ||
    NO_VIEWS.test(rest) ||
    /^(?:no\b|not (?:required|needed)|(?:as per|see|as in|same as) (?:the )?(?:[\w-]+ ){0,2}plan\b(?!\s+(?:below|above|attached|overleaf)))/i.test(
      rest
    )
  )
}

// ---------------------------------------------------------------------------------------------
// Reading lines

/** Whether a line reads as an action: a subject and a modal such as "to", "will" or "must". */
function readsAsAction(text: string): boolean {
  const clause = parseClause(asDirective(text) ?? inUsualOrder(text) ?? text)
  if (clause.modal === null || !clause.strongModal || clause.subject === null) return false
  // "Mum has said she will try harder": what someone said they would do is reported, not planned.
  if (REPORTED_SPEECH.test(clause.subject.text)) return false
  // "Commissioned by Stonemere Council to carry out ...": a participle's phrase, not a subject.
  if (/^[A-Z][a-z]+ed\s+by\b/.test(clause.subject.text)) return false
  // "What needs to happen", "Who will do what": a question heading, not an action.
  return !/^(?:what|who|how|where|when|why|which)\b/i.test(clause.subject.text)
}

const REPORTED_SPEECH =
  /\b(?:has|have|had)?\s*(?:said|says|stated|states|reported|reports|told\s+(?:us|me|the\s+\w+))\s+(?:that\s+)?\S+$/i

/** Someone concrete will do something: "SW will request ...", "Ms W. to call the police". */
function namesSomeoneActing(text: string, adults: readonly string[] = []): boolean {
  const { owner, clause } = findOwner(text, [])
  if (clause.modal === null || !clause.strongModal) return false
  if (owner !== null) return true
  // "Denise has agreed to stay at the flat", where the plan calls her "Denise (Nan)": a name the
  // analyser would take for the child's is an adult's, so she acts.
  const first = clause.subject?.text.split(/\s+/)[0] ?? ''
  const oneSentence = !/[.!?]\s+[A-Z]/.test(text.trim())
  return oneSentence && clause.subjectKind === 'child' && adults.includes(first)
}

/** "Denise (Nan, Shannon's mum)", "Abi (SW)": first names the plan gives an adult's role. */
function namedAdults(text: string): string[] {
  const names: string[] = []
  // Both bracketed forms need a "(": a plan without one is not searched for them.
  const bracketed = text.includes('(')
  for (const m of bracketed ? matchesOf(NAME_AND_ROLE, text) : []) {
    const name = m[1] ?? ''
    const role = (m[2] ?? '').split(',')[0]?.trim() ?? ''
    // Not "Tia (with Sam, her advocate)": who is with her is not what she is; nor "Yonas
    // (through interpreter)", "Amy (via her advocate)": how she took part.
    if (/^(?:with|and|aged?|year|yr|through|via|by|using)\b/i.test(role)) continue
    if (!names.includes(name) && classifyNounPhrase(role) === 'adult') names.push(name)
  }
  // "Mia's mum Lisa", "his grandad Tom": a family word and then the name; "Family: Gail Tranter
  // and children Summer (8), ...": the name before the children.
  for (const m of matchesOf(FAMILY_AND_NAME, text)) {
    // The expression starts at the last letter of "'s", "her", "my" ...: a character class is
    // far quicker to look for than the words; the words are checked here.
    const owner = text.slice(Math.max(0, m.index - 5), m.index + 1)
    if (FAMILY_OWNER.test(owner) && !names.includes(m[1]!)) names.push(m[1]!)
  }
  // "Family: Mum (Kerry), Josh (13)": a family role, then the adult's name in brackets. Found
  // from the bracketed name, the rarer part, then the role before it.
  for (const m of bracketed ? matchesOf(BRACKETED_NAME, text) : []) {
    const role = text.slice(Math.max(0, m.index - 12), m.index + 1)
    if (ROLE_BEFORE.test(role) && !names.includes(m[1]!)) names.push(m[1]!)
  }
  // Found from "and children", the rarer part, then the name before it: much the quicker way.
  for (const m of matchesOf(AND_CHILDREN, text)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1]
    if (name && !names.includes(name)) names.push(name)
  }
  return names
}

const BRACKETED_NAME = /\s\(([A-Z][a-z'’-]+)\)/g
const ROLE_BEFORE =
  /\b(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Ss]tep-?(?:dad|mum)|[Nn]ana?|[Gg]ran|[Gg]randma|[Gg]randad|[Aa]unt(?:ie)?|[Uu]ncle)\s+$/
const AND_CHILDREN =
  /\s(?:and|&|with)\s+(?:her\s+|his\s+|their\s+)?(?:children|kids|sons|daughters)\b/g
const NAME_BEFORE = /\b([A-Z][a-z'’]+)(?:\s+[A-Z][a-z'’-]+)?$/
const FAMILY_OWNER = /(?:['’]s|\b(?:her|his|their|my|our))$/
const FAMILY_AND_NAME =
  /[sry]\s+(?:mum|mother|dad|father|stepdad|stepmum|nan|nana|gran|grandma|grandmother|grandad|grandfather|aunt|auntie|aunty|uncle|partner|boyfriend|girlfriend)\s+([A-Z][a-z'’]+)\b(?!\s*\()/g

const NAME_AND_ROLE = /\b([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+\(([^()]{1,40})\)/g

/**
 * "Referral to be made to CAMHS.", "Plan to be reviewed at next CIN meeting.": the plan's own
 * agentless passive ("X to be done"), unlike a report or a forecast ("will be considered").
 */
function isDirectivePassive(text: string): boolean {
  if (!/\bto\s+be\s/i.test(text)) return false
  const clause = parseClause(text)
  if (clause.modal !== 'to' || clause.form !== 'passive' || clause.subject === null) return false
  if (clause.subject.start !== 0 || /^(?:what|who|how|where|when|why|which)\b/i.test(text))
    return false
  return !hasMoreWordsThan(clause.subject.text, 8)
}

/**
 * "A decision on whether K goes home will be made at the next LAC review", "Contact with mum will
 * continue twice a week and will be looked at again at the next LAC review": in a plan written as
 * prose, an arrangement it ties to a named meeting, though nobody is named. One sentence, about a
 * thing rather than a person, and not the plan's own review ("This plan will be reviewed ...");
 * a forecast with a date ("The case will be considered for closure in the new year") is not one.
 */
function isPlannedArrangement(text: string): boolean {
  if (/[.!?]\s+[A-Z]/.test(text.replace(/[.!?]\s*$/, ''))) return false
  const m = PLANNED.exec(text)
  if (!m) return false
  const subject = text.slice(0, m.index).trim()
  if (!subject || /[,;]/.test(subject) || isAgentKind(classifyNounPhrase(subject))) return false
  if (
    /^(?:the\s+|this\s+|her\s+|his\s+|their\s+)?(?:next\s+)?(?:plan|review|meeting|conference|core group|taf)\b/i.test(
      subject
    )
  ) {
    return false
  }
  return findTimescale(text, NO_CONTEXT)?.kind === 'review-point'
}

const PLANNED =
  /\s+will\s+(?:be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne|de)\b|continue|take\s+place|start|begin|resume|go\s+up|increase|reduce|move)\b/

/**
 * "K has asked to talk to someone, so the SW will refer her ...", "K would like to see her brother.
 * The SW will ask T's dad by the end of February ...": the story first, then who will do what.
 */
function leadsIntoAction(text: string): boolean {
  for (const m of matchesOf(RESULT_BREAK, text)) {
    const later = text.slice(m.index + m[0].length)
    if (isPlannedArrangement(later)) return true
    // Someone named acts: "the SW will", "Mrs K will"; not "He will be moving schools".
    const { owner, clause } = findOwner(later, [])
    if (owner === null || !clause.strongModal || clause.modal === null) continue
    if (clause.subjectKind === 'adult' && !looksNarrative(later)) return true
  }
  return false
}

const RESULT_BREAK = /,\s+so\s+(?!that\b|as\b)|[.!?]\s+(?=[A-Z])/g

/** A narrative sentence: past or present tense reporting, with no action in it. */
function looksNarrative(text: string): boolean {
  if (hasMoreWordsThan(text, 60)) return true
  // "I have written who will do each thing and when": the writer's note on the plan.
  if (/^I\s+have\s+(?:written|set\s+out|listed|noted)\b/.test(text)) return true
  if (readsAsAction(text)) return false
  return /\b(?:was|were|is|are|has been|have been|had|has|said|says|told|lives|attends|feels|reported|did|does|agreed|came|went)\b/.test(
    text
  )
}

const CHILDS_WORDS = /\b(?:own words|[A-Z][a-z'’-]+['’]s words|in (?:my|his|her|their) words)\b/
const OBSERVED =
  /\b(?:she|he|they)\s+(?:is|was|are|were|seems?|seemed|looks?|looked)?\s*(?:alert|content|happy|settled|calm|smiles?|smiled|settles|settled|laughs?|laughed|babbles?|babbled|reaches|reached|watches|watched|plays?|played|cries|cried|clings?|clung|flinch(?:es|ed))\b/i
const QUOTED_WORDS = /["“][^"“”]{3,}["”]/
const DEAR_ADULT = /^Dear\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s|(?:Mum|Dad|parents?|carers?)\b)/i
const YOU = /\b(?:you|your)\b/i

/** "Recommendation 2: Safeguarding while the police investigate." over "2.1 ...": a title. */
const NUMBERED_GROUP =
  /^(?:recommendation|rec\.?|area|goal|outcome|need|domain|theme)\s*(\d{1,2})\s*[:.–—-]\s*\S/i

function headsNumberedItems(content: string, next: Line | undefined): boolean {
  const number = NUMBERED_GROUP.exec(content)?.[1]
  return number !== undefined && next !== undefined && next.content.startsWith(`${number}.1 `)
}

const CAPITALISED_WORD = /\b[A-Z][a-z'’-]+/g

/** Whether a heading names only the plan's adults: "What Chantelle said", "Gail's goals". */
function namesAnAdult(heading: string, adults: readonly string[]): boolean {
  // Not "OLLIE'S VIEWS (with Nadia)": who helped the child say it is in brackets.
  const whose = heading.replace(/\s*\([^()]*\)?/g, ' ')
  // "What Kayla and Dean say" is still the young mother's; "What Kerry and Sam said" is not.
  const names = matchesOf(CAPITALISED_WORD, whose)
    .map((m) => m[0].replace(/['’]s$/, ''))
    .filter((name) => !/^(?:What|How|My|Our|The|In|Views|Words)$/.test(name))
  return names.length > 0 && names.every((name) => adults.includes(name))
}

/** "Shared with the core group under the protocol. Do not forward.": who may read the document. */
const SHARING_NOTE =
  /^(?:shared with|circulated to|copied to)\b|\bdo not (?:forward|copy|circulate|share|pass)(?: (?:this|it|on))?(?: (?:outside|beyond|without|to anyone)\b|\s*\.?$)/i

/** "Mum agreed to the plan below.": a record of consent, not a step in the plan. */
const AGREED_TO_PLAN =
  /^(?:[A-Z][\w'’]*(?:\s+(?:and|&)\s+[A-Z][\w'’]*)?)\s+(?:(?:has|have|both|all)\s+)*agreed\s+to\s+(?:the|this|her|his|their|our|my)\s+(?:[\w-]+\s+)?plan\b(?:\s+below|\s+above)?[^,;]*$/

/** "17/06/2039: collected 4.35pm by neighbour": a dated record of what happened. */
/** A cheap look for a dd/mm date before the bullet is stripped on every line. */
const LOG_DATE_HINT = /\d[/.-]\d/
/** "23:10 Police suggested Kieran's aunt.": a call log's entry, a time and what happened. */
const CLOCK_LOG =
  /^\d{1,2}[:.]\d{2}\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+ed|rang|rung|said|took|went|came|told|saw|spoke|found|left|gave|got|made|sent|met)\b/
/**
 * A line that records what happened rather than what is to be done: a call log's timed entry,
 * when the record was written or sent on, a step said not to be needed, a referral marked done
 * ("Referral to MASH made 16/07 at 12:40 by Becca (done).") or a decision ("MASH decision 19/07:
 * no strategy discussion", "TM decision (Bryony, Friday 04/05/2063): agreed points to stand").
 * Cheap looks at the line come before each expression.
 */
function isRecordNote(content: string): boolean {
  const first = content.charCodeAt(0)
  const digitFirst = first >= 48 && first <= 57
  return (
    (digitFirst && CLOCK_LOG.test(content)) ||
    RECORD_STAMP.test(content) ||
    (/^no\s/i.test(content) && NOTHING_NEEDED.test(content)) ||
    (content.endsWith(')') || content.endsWith(').')
      ? /\((?:done|completed)\)\.?$/i.test(content)
      : false) ||
    (content.includes(':') && DECISION_RECORD.test(content)) ||
    (/subject/i.test(content) && STATUS_DECISION.test(content))
  )
}

/**
 * "I recommend that Ebony-Mae and Harley remain subject to child protection plans": a decision
 * on the children's legal or plan status, which no one carries out as a step.
 */
const STATUS_DECISION =
  /\b(?:remains?|be|becomes?|be made|continue to be|cease to be|no longer be)\s+subject\s+to\s+(?:an?\s+)?(?:child protection|child in need|cin|cp|care|supervision|interim care)\s+(?:plans?|orders?)\b/i

const DECISION_RECORD =
  /^(?:[\w-]+\s+){0,2}decision(?:\s+(?:on\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\s*\([^()]{0,80}\))?\s*:/i

/**
 * "Tuesday 05/05/2054, duty family worker: Clive Ramsbottom", "Sent to Family Hub 30/04/2054.":
 * when a record was written or sent on, not a step.
 */
const RECORD_STAMP =
  /^(?:(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\/\d{1,2}\/\d{2,4},\s+[^:]{2,40}:\s+[A-Z][^.]*$|(?:sent|emailed|passed|faxed|copied)\s+to\s+[^.]{2,60}?\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\.?$)/i
/** "No strategy discussion needed at this stage.": a step the plan says is not needed. */
const NOTHING_NEEDED = /^no\s+(?:[\w-]+\s+){1,4}(?:is\s+|are\s+)?(?:needed|required|necessary)\b/i
const DONE_BY_WRITER =
  /^I\s+have\s+(?:already\s+)?(?:[a-z]+ed|sent|written|spoken|made|given|told)\b/
const DUTY_NOTE = /^[\w'’ ]{0,40}\bduty\s+(?:[\w'’]+\s+){0,2}note\b/i
const DATED_NOTE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b(?:\s*\([^()]*\))?\s*$/
const DATED_TITLE =
  /\([^()]*\b\d{1,2}\/\d{1,2}\/\d{2,4}\b[^()]*\)$|\bnote\s+[-–]\s+(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\/\d{1,2}\/\d{2,4}$/
const LOG_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*(?::|[-–—])\s+([a-z]+)\b/
/**
 * "Core group 1, Wednesday 26/08/2065 (...)", "CIN meeting - 12/03/2031": the title of a
 * meeting's record, named and dated, over the steps it agreed.
 */
const MEETING_TITLE = new RegExp(
  `^(?:the\\s+)?(?:${SPECIFIC_MEETINGS.join('|')})\\s*(?:,|[-–—:(])?\\s*(?:[A-Z][a-z]+day,?\\s+)?\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
  'i'
)

/**
 * A log of events ("- 29/06/2039: collected 3.55pm by mum.") is what happened, in the past tense:
 * a day-by-day plan writes who does what that day ("Sat 30/05: Ben visits").
 */
function isLogEntry(text: string): boolean {
  const verb = LOG_DATE.exec(text)?.[1]
  return verb !== undefined && isParticiple(verb)
}

/** "Mon 18/05: ", "Sat 30/05 (move day): ", "Day 3: ": the day a line of a day-by-day plan is for. */
const DAY_LINE =
  /^(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|day\s+\d{1,2})(?:\s*\([^()]{1,30}\))?\s*:\s*(?=\S)/i

/**
 * "Mondays and Wednesdays: Nan (Jean) takes Finn and Isla to school", "Every other Saturday: Dad
 * has all three children", "On each chemotherapy day: Nan stays overnight": a week's rota, its key
 * the cadence and its value who does what.
 */
const CADENCE_LINE =
  /^(?:(?:mornings?|afternoons?|evenings?|nights?|bedtimes?)\s*\([^()]{1,30}\)|(?:every\s+(?:other\s+)?|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*(?:,|and|&)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*|(?:on\s+)?(?:each|every)\s+(?:[\w-]+\s+){0,2}?(?:day|night|evening|morning|weekend)|weekdays|weekends|school days)\s*:\s*(?=\S)/i

/**
 * A day-by-day plan's line: its value is the action, the key (its day) says when, and the words
 * before the value's first verb say who ("Sarah and Mike visit ...", "Ben takes ..."), when they
 * name someone. A line naming nobody ("first overnight stay at Sarah's") is still that day's step.
 */
function dayPlanCells(line: Line, valueAt: number): TableCells {
  const content = line.content
  const value = content.slice(valueAt)
  const keyText = content.slice(0, content.lastIndexOf(':', valueAt)).trim()
  const when = { text: keyText, start: line.start, end: line.start + keyText.length }
  const action = {
    text: value,
    start: line.start + valueAt,
    end: line.start + valueAt + value.length
  }
  const words = [...matchesOf(/[A-Za-z'’()-]+/g, value)]
  for (let i = 1; i < Math.min(words.length, 7); i += 1) {
    const word = words[i]![0]
    // "Colin (paternal grandfather) will do the night feeds": the subject before its modal.
    const modal = /^(?:will|must|should|shall|can)$/.test(word)
    if (!modal && (!/^[a-z]+$/.test(word) || !isKnownVerb(baseForm(word)))) continue
    const subject = value.slice(0, words[i - 1]!.index + words[i - 1]![0].length)
    if (!isAgentKind(classifyNounPhrase(subject))) break
    const who = { text: subject, start: action.start, end: action.start + subject.length }
    return { action, who, when, how: null }
  }
  return { action, who: null, when, how: null }
}

/** A promise in the first person: "I will ...", "we'll ...", "I am going to ...". */
const FIRST_PERSON_PROMISE = /^(?:I|we)\s*(?:will|['’]ll|am going to|are going to|promise to)\s/i

/** "GOAL 2 · Money   [█████░░░░░] 5 of 10 steps", "MY SUPPORT": a short line naming a group. */
function isGroupHeading(content: string): boolean {
  return !/[.!?]$/.test(content) && !hasMoreWordsThan(content, 12)
}

function readStructure(text: string, lines: Line[], linesMode = false): PlanStructure {
  const segments: Segment[] = []
  // Each line of a list of single statements stands alone: no line names another's people.
  const adultNames: string[] = linesMode ? [] : namedAdults(text)
  let section: Section = 'unknown'
  let tableRoles: ColumnRole[] | null = null
  // Whether the table's header was written with semicolons between its cells.
  let semicolonTable = false
  // Whether the table's header was written with commas between its cells (a Word table
  // converted to text), whose rows' cells may hold commas of their own.
  let commaTable = false
  // Whether the table's header was ruled with underscores, as a paper form is.
  let ruledTable = false
  // Whether the columns were named with " / " between them ("ACTIONS (action / who / when)").
  let slashTable = false
  // Whether the columns were named with " - " between them ("Actions (owner - action - due)").
  let dashTable = false
  // A header's columns, kept past blank lines and group headings ("GOAL 2 · Money"): rows of
  // the same width below them are laid out as it said, until a line of prose.
  let carriedRoles: ColumnRole[] | null = null
  // Where the columns of a table set out in spaces start, from its header row.
  let alignedColumns: number[] | null = null
  let lastRow: { lastLine: number; segment: Segment | null } | null = null
  let contingency = false
  let childsVoice = false
  // Until the first header field or sentence, a heading naming a plan is the document's title.
  let atTop = true
  // A plan written as field blocks ("Action: ..." then "Who: ...", "By when: ..." on their own
  // lines): the fields seen since the last blank line, and the action they belong to.
  let block: {
    fields: Partial<Record<'who' | 'when' | 'how', Span>>
    action: Segment | null
  } | null = null

  // A plain action opens a block: "Who:" and "By when:" lines straight after it are its cells.
  // "Kai said ...": a child speaking; not "Stacey said" where the header names her as Mum.
  const saidByChild = (content: string): boolean => {
    const speaker = CHILD_SAID.exec(content)?.[1] ?? ''
    return !adultNames.includes(speaker) && classifyNounPhrase(speaker) === 'child'
  }
  const pushPlain = (line: Line): void => {
    const segment = plainSegment(line, section)
    segments.push(segment)
    block = { fields: {}, action: segment }
  }

  // "Dear Ms Holroyd,": a letter to a parent, in which "you" is that parent.
  let toAnAdult = false
  let inChildsWords = false
  let personActionLines = false
  const sectionAfter = (
    content: string,
    current: Section,
    kind: HeadingKind = classifyHeading(content)
  ): Section => {
    let heading = kind
    if (heading === 'actions' && atTop && !isStrongActionHeading(content)) {
      if (PLAN_TITLE.test(content)) heading = 'header'
    }
    // "What Chantelle said" under "Mother: Chantelle Price", or "You told us that:" in a letter
    // to her: an adult's views, not the child's.
    if (
      heading === 'voice' &&
      (namesAnAdult(content, adultNames) || (toAnAdult && YOU.test(content)))
    )
      heading = 'narrative'
    if (heading !== 'unknown')
      personActionLines = heading === 'actions' && PERSON_ACTION.test(content)
    // "What I want (Jordan's words, typed by his advocate)": goals in the child's own words are
    // the child's views too.
    inChildsWords =
      heading === 'outcomes' && CHILDS_WORDS.test(content) && !namesAnAdult(content, adultNames)
    return nextSection(current, heading)
  }

  for (const [index, line] of lines.entries()) {
    const content = line.content
    if (!content) {
      tableRoles = null
      block = null
      personActionLines = false
      continue
    }
    if (isFurniture(content) || (layoutHint(content) && LAYOUT_NOTE.test(content))) continue
    if (DEAR_ADULT.test(content)) toAnAdult = true
    // "Dear Ms Drury,": a letter's greeting, never a step; nor "Thank you for bringing Nell to
    // clinic. I am writing to set out what we agreed.", its opening.
    if (content.startsWith('Dear ') && /^Dear\s[^.!?:]{1,60},?$/.test(content)) continue
    if (content.startsWith('Thank') && LETTER_OPENING.test(content)) continue
    // "[ ] Parenting course - -": a choice on a menu that was not ticked (a task board's open
    // card, "[ ] Referral ... | Assigned to: ... | Due: ...", is still to do).
    // A list of boxes none of which is ticked is a to-do list, though: every box is still to do.
    if (
      /^\[\s?\]\s/.test(content) &&
      !/[|\t]/.test(content) &&
      !readsAsAction(content.replace(/^\[\s?\]\s*/, '')) &&
      blockHasTickedBox(lines, index)
    ) {
      continue
    }
    // "Action 14: Food bank voucher  Assigned: Gemma  Target: done 10/06/2038  Status: Closed": an
    // exported action already done.
    if (content.includes(':') && /\bstatus\s*:\s*(?:done|completed?|closed)\s*$/i.test(content))
      continue
    // "[x] Videos taken down | Assigned to: Lee | Completed 18/01/2038": a card already done.
    if (/^\[[xX✓✔]\]\s.*\|\s*(?:completed|done|closed)\b/i.test(content)) continue
    // "| AREA 1: DRUG AND ALCOHOL USE |": a row of one cell across a drawn table names the group
    // of rows below it, as a subheading does.
    if (/^\|[^|]+\|$/.test(content)) continue
    // "13. What will happen: ______  Who: ______  By when: ______": a form's row left blank.
    if (content.includes('__') && BLANK_FORM_ROW.test(stripBullet(line).text)) continue
    // "Format used by the conference: Who? What? When? on one line each": a key, no action.
    if (content.includes('Who?') && /\bWho\?\s+What\?\s+When\?/.test(content)) continue
    // "CG2-05 (Priya, FSW) Arrange handovers ... Due: within 2 weeks": an action's code, then its
    // owner in brackets; one marked done is not still to do.
    if (section !== 'contingency' && CODED_OWNER.test(content)) {
      atTop = false
      if (!DONE_MARK.test(content)) pushPlain(line)
      continue
    }
    if (section !== 'contingency' && laidOutAsAction(content, section)) {
      atTop = false
      pushPlain(line)
      continue
    }
    // "ACTION: SW to write to Dad.", "Action needed: PA to help Shay ...": minutes and review forms
    // mark their actions, wherever they stand, even after a paragraph on the same line.
    const marked =
      content.includes('ction') || content.includes('CTION') ? ACTION_MARK.exec(content) : null
    if (marked && section !== 'contingency') {
      const rest = content.slice(marked.index + marked[0].length)
      // "Action needed: None at present - ...": the form's answer that nothing is needed.
      if (/^(?:none|nil|n\/?a|no (?:further )?action|not (?:applicable|needed))\b/i.test(rest))
        continue
      // "ACTION [Ros, key worker]: Life story work - when Jordan is settled": marked and owned,
      // an action whatever its grammar.
      if (marked[1] !== undefined || readsAsAction(rest) || isDirectivePassive(rest)) {
        atTop = false
        pushPlain(line)
        continue
      }
    }
    // "Section G: Contingency (what will happen if things do not get better?)": a form's lettered
    // section, its name first; what follows the name says what goes in the box.
    const formSection = FORM_SECTION.exec(content)
    if (formSection && classifyHeading(formSection[1]!) !== 'unknown') {
      tableRoles = null
      block = null
      section = sectionAfter(formSection[1]!, section)
      continue
    }
    // "## Actions", "### Family time": a Markdown heading is a heading, whatever it says.
    const markdown = MARKDOWN_HEADING.exec(content)
    if (markdown) {
      tableRoles = null
      block = null
      section = sectionAfter(content.slice(markdown[0].length), section)
      continue
    }
    // "Right, I'll put this down as your pathway plan review. Plan is:": the list below is the plan;
    // so is the list below a manager's "Read and agreed. ... Added:", or "... with these additions:",
    // or a reply's "Thank you for your form. Summary of what we will do:".
    if (content.endsWith(':') && PLAN_IS.test(content)) {
      section = 'actions'
      continue
    }
    // "Decision: Open as Child in Need ... with the points below added.", "Decision: Agreed, with
    // the changes below, until ...": a manager's decision adding the numbered steps under it.
    if (
      (content.includes('below') || content.includes('Below')) &&
      (POINTS_BELOW.test(content) ||
        SET_OUT_BELOW.test(content) ||
        (BELOW_DECIDED.test(content) &&
          (DECIDED_BELOW_KEY.test(content) || STAND_AS_PLAN.test(content))))
    ) {
      section = 'actions'
      continue
    }
    // "Family Hub duty note - Friday 13/12/2052", "Duty SW note (Tuesday 18/06/2047, Sam Okoro)",
    // "Duty social worker's note (Wednesday 28/06/2056)": a duty worker's note, dated, over the
    // steps it adds to the plan.
    if (
      /uty/i.test(content) &&
      DUTY_NOTE.test(content) &&
      (DATED_NOTE.test(content) || DATED_TITLE.test(content))
    ) {
      tableRoles = null
      block = null
      section = 'actions'
      continue
    }
    // "Many thanks,", "-----Original Message-----": the end of an emailed plan, or a quoted one.
    if (EMAIL_SIGN_OFF.test(content)) {
      section = 'narrative'
      continue
    }
    // "If things don't get better I'll talk to my manager ...": a contingency said in passing.
    if (CONTINGENCY_SENTENCE.test(content)) contingency = true
    // "Contingency - if things get worse we will ...": the field written with a dash, not a colon.
    const dashed = /^contingency(?:\s+plan)?\s+[-–—]\s+(?=\S)/i.exec(content)
    if (dashed) {
      const value = content.slice(dashed[0].length)
      if (!isNoContent(value)) contingency = true
      if (namesSomeoneActing(value)) segments.push(valueSegment(line, value, 'contingency'))
      continue
    }
    const previous = segments[segments.length - 1]
    // "phone so she can listen to it again.": the end of a wrapped paragraph, not a new line.
    const above = lines[index - 1]
    // Not "o Homework club ...": a sub-bullet in the letter o starts a line of its own.
    if (
      /^[a-z]/.test(content) &&
      !/^o\s/.test(content) &&
      above &&
      above.content.length >= 60 &&
      !/[.!?:;]$/.test(above.content) &&
      previous?.line !== above.number
    ) {
      continue
    }
    if (previous && continues(previous, line)) {
      // A list item wrapped onto the next line is still one action.
      previous.end = line.start + content.length
      previous.text = text.slice(previous.start, previous.end)
      continue
    }

    // A row whose first cell is empty carries on the row above: an exported grid ("Eclipse")
    // wraps a long Action or "How will we know" cell onto a line of its own, tab-separated or
    // drawn with pipes.
    if (tableRoles && lastRow && lastRow.lastLine === line.number - 1) {
      const raw = text.slice(line.start - line.indent, line.start + content.length)
      const parts = wrappedRow(raw)
      // "|  | SW to visit | SW (Priya) | Fortnightly |": a first column merged down the rows, not
      // a wrapped cell, when the row has its own Who and When.
      const filled = (role: ColumnRole): boolean => {
        const at = tableRoles!.indexOf(role)
        return at >= 0 && Boolean(parts?.[at]?.trim())
      }
      if (parts && !(filled('who') && filled('when'))) {
        if (lastRow.segment?.cells) wrapCells(lastRow.segment.cells, parts, tableRoles)
        lastRow.lastLine = line.number
        continue
      }
    }
    // "Contingency plan:<tab>If ...", "Social worker signature:<tab>R.K.": a field, not a row.
    // "Actions (No :: Action :: Who :: When)": a heading that names the columns of the rows below.
    // "Each line: the area code, what will happen, who, and when.": the columns listed in words,
    // over rows set apart by slashes.
    const next = lines[index + 1]?.content ?? ''
    const listed =
      /^each\b/i.test(content) && / \/\/? /.test(next) ? EACH_LINE_LISTS.exec(content) : null
    const key =
      (content.includes('(') ? COLUMN_KEY.exec(content) : null) ??
      (/^(?:each|format|layout)\b/i.test(content) ? EACH_LINE_READS.exec(content) : null) ??
      listed
    if (key?.[1]) {
      const at = line.start + content.indexOf(key[1])
      const slashed = splitCells(key[1], at) === null
      // "Actions (owner - action - due)": the columns named with dashes between them.
      const dashed = slashed && !/ \/ /.test(key[1]) && / [-–—] /.test(key[1])
      const named =
        key === listed
          ? cellsBetween(key[1], at, matchesOf(LISTED_COLUMNS, key[1]))
          : dashed
            ? cellsBetween(key[1], at, matchesOf(DASH_SEPARATOR, key[1]))
            : slashed
              ? slashCellsOf(key[1], at)
              : splitCells(key[1], at)
      const roles = named ? headerRoles(named) : null
      if (roles) {
        tableRoles = roles
        carriedRoles = roles
        semicolonTable = false
        commaTable = false
        slashTable = key === listed ? / \/ /.test(next) : slashed && !dashed
        dashTable = dashed
        ruledTable = false
        alignedColumns = null
        lastRow = null
        section = 'actions'
        continue
      }
    }
    // "(B) 2032-10-19 Life story work +Tommy @SW due:tbc": a task pasted from a todo.txt list.
    if (section !== 'contingency' && mayBeTodoTask(content) && TODO_TASK.test(content)) {
      atTop = false
      pushPlain(line)
      continue
    }
    // "Mon 18/05: Sarah and Mike visit Jayden for tea": a day-by-day plan, its key the day and its
    // value who does what, in the present tense as such plans are written.
    const dayLine = section !== 'contingency' ? DAY_LINE.exec(content) : null
    if (dayLine) {
      atTop = false
      segments.push(tableSegment(line, dayPlanCells(line, dayLine[0].length), section))
      continue
    }
    const cadence =
      section !== 'contingency' && content.includes(':') ? CADENCE_LINE.exec(content) : null
    const rota = cadence ? dayPlanCells(line, cadence[0].length) : null
    // "Morning (7am to 1pm): Sue will be in the room ..., every day": a part of the day names no
    // timescale; the action's own words may.
    if (rota?.when && findTimescale(rota.when.text, NO_CONTEXT) === null) rota.when = null
    if (rota?.who) {
      atTop = false
      segments.push(tableSegment(line, rota, section))
      continue
    }
    const record = fieldRecord(content, line.start)
    if (record) {
      atTop = false
      if (section === 'contingency') contingency = true
      else segments.push(tableSegment(line, record, section))
      continue
    }
    let cells = isTabbedField(content) ? null : splitCells(content, line.start)
    if (!cells) {
      const semicolons = semicolonCells(content, line.start)
      if (semicolons && ((tableRoles && semicolonTable) || headerRoles(semicolons))) {
        cells = semicolons
      }
    }
    if (!cells && content.includes(',')) {
      if (tableRoles && commaTable) cells = commaRow(content, line.start, tableRoles)
      else {
        const commas = commaCells(content, line.start)
        if (commas.length >= 3 && commas.every((c) => c.text.length <= 40) && headerRoles(commas)) {
          cells = commas
        }
      }
    }
    // "Food bank voucher ______ SW ______ today ______": a scanned paper form's rows, read as
    // cells only under a header ruled the same way, since a signature line has its rules too.
    if (!cells) {
      const ruled = leaderCells(content, line.start, UNDERLINE)
      if (ruled && ((tableRoles && ruledTable) || headerRoles(ruled))) cells = ruled
    }
    // "Register Kacey with a GP / Leanne / asap" under "ACTIONS (action / who / when)".
    let slashRow = false
    if (!cells && tableRoles && slashTable) {
      cells = slashCellsOf(content, line.start)
      slashRow = cells !== null
    }
    // "A7: Key worker (Gemma) - agree a time out plan - within 2 weeks" under "Actions (owner -
    // action - due)".
    if (!cells && tableRoles && dashTable) {
      cells = dashRowCells(content, line.start, tableRoles)
      slashRow = cells !== null
    }
    // A table set out in columns of spaces (a PDF or a report printed to text): the header's
    // column positions cut each row below it.
    let alignedHeader: number[] | null = null
    if (!cells && content.includes('   ')) {
      const parts = alignedParts(content)
      // A numbered line is a row ("5. Action: ...   By:   When:"), never the header.
      if (parts.length >= 3 && !BULLET.test(content) && headerRoles(spansOf(parts, line.start))) {
        alignedHeader = parts.map((part) => part.start)
        cells = spansOf(parts, line.start)
      } else if (tableRoles && alignedColumns) {
        cells = cutAtColumns(content, alignedColumns, line.start)
      }
    }
    if (cells) {
      atTop = false
      if (SEPARATOR_ROW.test(content)) continue
      const roles = headerRoles(cells)
      if (roles) {
        tableRoles = roles
        carriedRoles = roles
        semicolonTable = !content.includes('\t') && !content.includes('|') && content.includes(';')
        commaTable =
          !semicolonTable &&
          !content.includes('\t') &&
          !content.includes('|') &&
          content.includes(',')
        ruledTable = UNDERLINE_RUN.test(content)
        slashTable = false
        dashTable = false
        alignedColumns = alignedHeader
        lastRow = null
        continue
      }
      // "(name / role) | (date or review)": a second header row explaining the columns.
      if (cells.every((c) => !c.text || /^\(.*\)$/.test(c.text))) continue
      if (!tableRoles && carriedRoles?.length === cells.length) tableRoles = carriedRoles
      const inActionTable = tableRoles !== null || section === 'actions'
      // "What: ... | Who: Bev (PA) | When: ..." under "Each line: What | Who | When": cells that
      // also carry their column's name are read without it.
      const named = slashRow || (tableRoles !== null && cells.some((c) => FIELD_NAME.test(c.text)))
      // "1 // Register with the dentist // Me // By Friday" under a key naming three columns: the
      // row's number is a column of its own.
      const numbered =
        tableRoles !== null &&
        cells.length === tableRoles.length + 1 &&
        ROW_NUMBER_CELL.test(cells[0]!.text)
      // "H1.1 Need: Sleep; Provision: ...; Provided by: ...; When: ..." under a key with a Code
      // column the row does not set apart: every field named, so read by name, not by place.
      const keyed = named && !slashRow ? keyedRow(cells) : null
      const table =
        keyed ??
        assignRoles(
          named ? withoutFieldNames(cells) : cells,
          numbered
            ? ['other', ...tableRoles!]
            : slashRow && tableRoles
              ? rolesFromTheRight(tableRoles, cells.length)
              : tableRoles
        )
      lastRow = { lastLine: line.number, segment: null }
      if (section === 'contingency' && table) {
        contingency = true
        if (namesSomeoneActing(table.action.text)) {
          lastRow.segment = tableSegment(line, table, section)
          segments.push(lastRow.segment)
        }
        continue
      }
      if (table && (inActionTable || readsAsAction(table.action.text))) {
        lastRow.segment = tableSegment(line, table, section)
        segments.push(lastRow.segment)
      }
      continue
    }
    // "Before baby is born" between rows of a table: a sub-heading that groups its rows, not the
    // table's end, when the next line is a row as wide as the header.
    if (tableRoles && isRowGroupHeading(content, lines[index + 1], tableRoles.length)) continue
    // "OUTCOME 1: ..." over "1.1 ...", "1.2 ...": the group's numbered steps are the plan's, even
    // under "About me" in an adult's support plan.
    if (headsNumberedItems(content, lines[index + 1])) {
      if (section !== 'contingency') section = 'actions'
      continue
    }
    tableRoles = null
    lastRow = null
    // A field is read once: it needs a colon, which most lines of prose lack.
    const keyValue = content.includes(':') ? KEY_VALUE.exec(content) : null
    // A field under a group heading ("Goal: I finish my A levels.") does not end the table either.
    if (!isGroupHeading(content) && !keyValue) carriedRoles = null

    if (keyValue && !BULLET.test(content)) {
      const key = (keyValue[1] ?? '').trim()
      const value = (keyValue[2] ?? '').trim()
      // "Q: What do you want to happen?" then "A: I want to stay ...": an interview's questions
      // and the answers given, someone's words rather than the plan. (A plan written as
      // questions answered on one line, "Q: ... A: Mrs P. will ...", answers with its actions.)
      const question = key === 'Q' && !/\sA:\s/.test(value)
      if (question || (key === 'A' && lines[index - 1]?.content.startsWith('Q:'))) {
        if (section === 'voice' && key === 'A' && !isNoContent(value)) childsVoice = true
        continue
      }
      // 'Ask 3: "Can Jayden get some help?" Response: Jayden to be referred to the youth service.':
      // what was asked, then the step the reply agrees.
      const response = ASKED_KEY.test(key) ? RESPONSE_FIELD.exec(value) : null
      if (response && section !== 'narrative' && section !== 'contingency') {
        const answer = response[1]!
        if (
          !NO_STEP.test(answer) &&
          (readsAsAction(answer) || isDirectivePassive(answer) || namesSomeoneActing(answer))
        ) {
          atTop = false
          segments.push(valueSegment(line, answer, 'actions'))
        }
        continue
      }
      // "Bucket: NOT STARTED": a task board's column, named by its status, heads its tasks.
      if (/^(?:bucket|board column|swimlane)$/i.test(key)) {
        section = sectionAfter(key, section)
        continue
      }
      if (value === '' && !hasMoreWordsThan(key, 8)) {
        section = sectionAfter(key, section)
        continue
      }
      atTop = false
      if (CONTINGENCY_HEADING.test(key)) {
        if (!isNoContent(value)) contingency = true
        if (namesSomeoneActing(value)) segments.push(valueSegment(line, value, 'contingency'))
        continue
      }
      if (VOICE_HEADING.test(key) && !NOT_CHILDS_VOICE_HEADING.test(key)) {
        if (!isNoContent(value) && !NO_VIEWS_STATED.test(value)) childsVoice = true
        continue
      }
      // "Still to talk about: a trip to Jamaica": ideas the meeting parked, not yet the plan.
      if (PARKED_KEYS.test(key)) continue
      if (SIGN_OFF_KEYS.test(key)) {
        section = 'narrative'
        continue
      }
      // Header fields ("Date:", "Review date:") are never an action's cells. "Plan: Weigh Noah at
      // baby clinic fortnightly.": a health visitor's care plan gives each step as a Plan field,
      // where "Plan: Child in Need" names the kind of plan.
      const planStep =
        /^plan$/i.test(key) && !PLAN_KIND_VALUE.test(value) && hasMoreWordsThan(value, 2)
      const field = METADATA_KEYS.test(key) ? null : planStep ? 'action' : fieldRole(key)
      if (field && section !== 'narrative' && section !== 'voice') {
        const span = valueSegment(line, value, section)
        block ??= { fields: {}, action: null }
        // "Next step: none for now - Sara wants to see how she gets on first.": no step; nor is
        // "Agreed: Part-time timetable not needed.".
        if (field === 'action' && (NO_STEP.test(value) || NOT_NEEDED.test(value))) continue
        if (field === 'action') {
          const cells: TableCells = {
            action: span,
            who: null,
            when: null,
            how: null,
            // A care plan's Goal above several Plan steps is the problem's aim, not each step's.
            ...(planStep ? {} : block.fields)
          }
          block.action = { ...span, cells }
          segments.push(block.action)
          continue
        }
        // A field the current action already has starts the next block ("Outcome:" again).
        if (block.action?.cells?.[field]) block = { fields: {}, action: null }
        if (block.action) {
          const { text: actionText, start, end } = block.action
          block.action.cells ??= {
            action: { text: actionText, start, end },
            who: null,
            when: null,
            how: null
          }
          block.action.cells[field] = span
          continue
        }
        block.fields[field] = span
      }
      // "Nan (Bev): I will have the children every Friday night": a family network's own line,
      // its author's name first and their promise in the first person.
      if (
        section !== 'contingency' &&
        FIRST_PERSON_PROMISE.test(value) &&
        isAgentKind(classifyNounPhrase(key))
      ) {
        pushPlain(line)
        continue
      }
      if (ADULT_ROLE_KEYS.test(key)) adultNames.push(...firstNames(value))
      // 'T: "I hate bedtime"' under the child's views: the child's words, set out as a field.
      // 'Mum: "I know I need some help"' under Views: a parent's words, not the child's.
      const views =
        !isNoContent(value) &&
        !NO_VIEWS_STATED.test(value) &&
        !METADATA_KEYS.test(key) &&
        classifyNounPhrase(key) !== 'adult'
      if (section === 'voice' && views) {
        childsVoice = true
      }
      // 'Frankie told me: "My brain is like a bouncy ball."': the child's words, wherever they
      // stand.
      if (views && section !== 'outcomes' && CHILD_SAID.test(key) && saidByChild(key)) {
        childsVoice = true
      }
      // Under "Actions from this visit (person: action)" every "who: what" line is an action,
      // whatever its words ("SW: next statutory visit within 6 weeks"), unless it says there is
      // none ("Dad: no action").
      if (personActionLines && section === 'actions') {
        if (!NO_STEP.test(value)) pushPlain(line)
        continue
      }
      // "Me: put my phone on charge at 11pm" under "MY GOALS": a goal's steps, each who first.
      if (
        (section === 'outcomes' || section === 'unknown') &&
        !/\b(?:of|from|for|to|in|at|on|with|by)\b/i.test(key.replace(/\([^()]*\)/g, '')) &&
        isWhoAndOrder(key, value)
      ) {
        pushPlain(line)
        continue
      }
      if (isInformationField(key, value)) continue
    }

    const bullet = BULLET.exec(content)
    const isListItem = bullet !== null && bullet[0].length < content.length
    // "G. What will happen if this plan does not keep Rosie safe (contingency)": a lettered
    // section heading for the contingency plan, however long, where a list item would be.
    if (isListItem && /^[A-Z][.)]\s/.test(content) && !/[.!;,]$/.test(content)) {
      const heading = stripBullet(line).text
      if (
        CONTINGENCY_HEADING.exec(heading)?.index === 0 ||
        /\(contingency(?: plan)?\)$/i.test(heading)
      ) {
        section = 'contingency'
        continue
      }
    }
    if (
      isListItem &&
      /^\(?\d/.test(content) &&
      isNumberedHeading(stripBullet(line).text, content, lines[index + 1])
    ) {
      // "7. Placement and permanence" between "(xi) ..." and "(xii) ...": a group heading.
      const groupHeading =
        (section === 'actions' || section === 'unknown') &&
        classifyHeading(stripBullet(line).text) !== 'contingency' &&
        sameListAround(lines, index)
      if (!groupHeading) section = sectionAfter(stripBullet(line).text, section)
      continue
    }
    // "Goal 1 - Frankie and Ivy will always have a sober adult": an outcome, set out as a goal.
    if (GOAL_LINE.test(content) || (isListItem && GOAL_LINE.test(stripBullet(line).text))) continue
    if (DOMAIN_LINE.test(content)) {
      tableRoles = null
      continue
    }
    if (!isListItem && looksLikeHeading(content)) {
      // "Core group 1, Wednesday 26/08/2065 (...)" under "Core group additions": the record of the
      // meeting that agreed the steps below, which are still the plan's.
      if (section === 'actions' && MEETING_TITLE.test(content)) continue
      // In an action list, a short line without a full stop that is no known heading is most
      // often a terse action ("Referral to Early Help"), unless it is set out like a title.
      // Not "Family Hub duty note (Tuesday 18/06/2047, Sam Okoro)", "Duty SW note - Wednesday
      // 20/07/2050": a record's title, dated.
      // The heading's kind is read once here, for the tests below and the section it starts.
      const kind = classifyHeading(content)
      const terseAction =
        section === 'actions' &&
        kind === 'unknown' &&
        isTerseAction(content) &&
        !DATED_TITLE.test(content) &&
        !introducesList(lines[index + 1]) &&
        !headsActions(lines[index + 1])
      // "Review" over "• Core group to meet – ... – every 4 wks": in an action list, a heading
      // for reviewing the plan introduces more actions, not the plan's review arrangements.
      const reviewItems =
        section === 'actions' && REVIEW_SUBHEADING.test(content) && introducesList(lines[index + 1])
      // "School, nursery and the children's worries" between two "o ..." items of one action
      // list: a group heading inside the list, whatever its words suggest.
      const groupHeading =
        section === 'actions' && kind !== 'contingency' && sameListAround(lines, index)
      if (reviewItems || groupHeading) continue
      if (!terseAction) {
        section = sectionAfter(content, section, kind)
        continue
      }
    }
    atTop = false

    if (section === 'contingency') {
      if (!isNoContent(content)) contingency = true
      if (namesSomeoneActing(stripBullet(line).text, adultNames)) pushPlain(line)
      continue
    }
    // "S1  Dean to report to probation ... (Lead: Dean; When: each Monday)" after the views with
    // no heading of its own: a line naming who and when is an action, not something said.
    if (section === 'voice' && LEAD_FIELD.test(content) && BY_FIELD.test(content)) {
      pushPlain(line)
      continue
    }
    if (section === 'voice') {
      // "The children were not seen before conference. The duty worker visited ...": the first
      // sentence says there are no views; what follows says why, or what others said.
      const first = content.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? content
      // 'K told staff "Tata squeezed me hard" and did not want to say more': quoted words count.
      const notGathered =
        NO_VIEWS_STATED.test(first) && !hasMoreWordsThan(first, 24) && !QUOTED_WORDS.test(first)
      // "L.: not spoken to.": a label the field pattern does not take, then no views.
      const said = content.replace(/^[A-Z][\w.'’ ]{0,20}:\s*/, '')
      if (!isNoContent(said) && !notGathered) childsVoice = true
      // "Ellie-Mae is too young to give her views. On visits she is alert, smiles at Kayla and
      // settles quickly": a baby's views are what is seen of her.
      if (notGathered && OBSERVED.test(content.slice(first.length))) childsVoice = true
      continue
    }
    // '1. "I want to get out of the house more."': someone's words, numbered, are not an action.
    if (isListItem && /^["“][^"“”]*["”]\.?$/.test(content.slice(bullet[0].length))) continue
    if (
      (LOG_DATE_HINT.test(content) && isLogEntry(stripBullet(line).text)) ||
      isRecordNote(content) ||
      AGREED_TO_PLAN.test(content) ||
      (/^(?:shared|circulated|copied)\b|\bdo not\b/i.test(content) && SHARING_NOTE.test(content)) ||
      (content.includes(':') && DATE_FIELD.test(content))
    )
      continue
    if (section === 'actions') {
      // "1) I have referred you to the ADHD nurse-led parent group": done already, in a letter.
      if (isListItem && DONE_BY_WRITER.test(stripBullet(line).text)) continue
      // "J. sees his dad most Sundays and enjoys it." above "What needs to happen:": the
      // situation a domain's actions answer, not one of them.
      const introducesActions =
        !isListItem && headsActions(lines[index + 1]) && !readsAsAction(content)
      if (introducesActions) continue
      const keyValue = isListItem || !content.includes(':') ? null : KEY_VALUE.exec(content)
      if (
        isListItem ||
        !looksNarrative(content) ||
        leadsIntoAction(content) ||
        hasWhoAndWhen(content) ||
        (content.startsWith('[') &&
          (INITIALS_FIRST.test(content) ||
            bracketedWhenFirst({ text: content, start: 0 }) !== null)) ||
        (keyValue !== null && isWhoAndOrder(keyValue[1]!.trim(), keyValue[2]!.trim()))
      ) {
        pushPlain(line)
      }
      continue
    }
    if (section !== 'outcomes' && CHILD_SAID.test(content) && saidByChild(content)) {
      childsVoice = true
    }
    const item = stripBullet(line).text
    // "2.1 SW to complete the assessment by 30/04/2026" under "Permanence": items numbered the
    // way a care plan numbers its actions are actions even in a section that tells the story.
    if (section === 'narrative' && DECIMAL_ITEM.test(content) && namesSomeoneActing(item)) {
      pushPlain(line)
      continue
    }
    if (section === 'outcomes' && inChildsWords && !isNoContent(content)) childsVoice = true
    if (section === 'outcomes' || section === 'narrative') continue
    // Outside any known section (or under the title): list items that read as actions, and plain
    // sentences that name who will do what.
    if (
      isListItem
        ? readsAsAction(item) || isNominalAction(item) || hasActionFields(line)
        : (namesSomeoneActing(item) && !looksNarrative(item)) ||
          hasActionFields(line) ||
          // "[ ] GP to be told about the visit": a to-do box before a step in the passive.
          isDirectivePassive(item.startsWith('[') ? item.replace(/^\[\s?\]\s+/, '') : item) ||
          isPlannedArrangement(item) ||
          leadsIntoAction(item)
    ) {
      pushPlain(line)
    }
  }
  return { segments, contingency, childsVoice, adultNames, childNames: headerChildNames(lines) }
}

/** Whether the run of lines around `index`, up to blank lines, holds a ticked box ("[x] ..."). */
function blockHasTickedBox(lines: Line[], index: number): boolean {
  const ticked = (line: Line | undefined) => /^\[[xX✓✔]\]/.test(line?.content ?? '')
  for (let i = index; i >= 0 && lines[i]!.content; i -= 1) if (ticked(lines[i])) return true
  for (let i = index + 1; i < lines.length && lines[i]!.content; i += 1) {
    if (ticked(lines[i])) return true
  }
  return false
}

const REVIEW_SUBHEADING =
  /^(?:reviews?|reviewing(?: the plan)?|review(?:ing)? (?:of )?(?:the )?plan|monitoring(?: and review)?)\s*:?$/i

/**
 * "Review child protection conference and date of this plan: Monday 10/07/2056": a field that
 * says it holds a date, and holds only that date, however long its name.
 */
const DATE_FIELD =
  /^[^:]{0,80}\bdate(?:\s+of\s+[\w' ]{2,40})?\s*:\s*(?:[A-Z][a-z]+day,?\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\.?$/i

/** "2.1 ", "3.3 ": the numbering of a care plan's actions. */
const DECIMAL_ITEM = /^\d{1,2}\.\d{1,2}\.?\s+\S/

/**
 * "Statutory visits by the SW every 6 weeks", "Family time with Mum: twice a week, supervised by a
 * family time worker": an action written as a noun phrase, with who does it and when.
 */
function isNominalAction(text: string): boolean {
  if (looksNarrative(text)) return false
  const reading = readTimescales(text, { planDate: null, termDates: undefined })
  const time = reading.best
  if (!time || time.kind === 'vague') return false
  return findByAgent(text, 0, text.length, reading.phrases) !== null
}

/** A line straight after a short line that is a list item: the short line is the list's heading. */
// Not "# | What will happen | Lead": a table whose first column is headed "#".
/** "... Plan is:", "The actions are:": a sentence that ends by introducing the plan. */
const PLAN_IS =
  /\b(?:(?:the )?(?:plan|actions|next steps)\s+(?:is|are)|added|(?:these|the following) additions|what (?:we|i) (?:will|['’]ll|are going to|am going to) do)\s*:$/i

const POINTS_BELOW =
  /\b(?:with\s+)?the\s+(?:points|actions|steps|tasks)\s+below\s+(?:are\s+)?(?:added|agreed)\.?$/i
const BELOW_DECIDED =
  /\bthe\s+(?:(?:two|three|four|five|six|[2-9])\s+)?(?:points|actions|steps|tasks|changes|additions)\s+below\b/i
/** "... and what we will do, are set out below.": a letter's line that introduces its plan. */
const SET_OUT_BELOW = /\b(?:are|is)\s+(?:set\s+out|listed)\s+below\.?$/i
const LETTER_OPENING =
  /^thank(?:s| you) for [^.!?]*[.!]\s*(?:(?:i|we) am writing|(?:i|we)(?:['’]m| are) writing|this letter)\b[^.!?]*[.!]?$/i
/** "Ask 1:", "Question 2:", "Request:": what someone asked, answered on the same line. */
const ASKED_KEY = /^(?:ask|question|request|query|concern|point|issue)s?(?:\s+\d{1,2})?$/i
/** " Response: ...", " Our reply: ...": the answer to what was asked, closing the line. */
const RESPONSE_FIELD = /\s(?:(?:our\s+)?(?:response|reply|answer)|what we will do)\s*:\s*(\S.*)$/i

/** "This form and the points below to stand as the plan until ...". */
const STAND_AS_PLAN =
  /\b(?:(?:to\s+)?(?:stand|stands|form|forms)\s+as|are|is)\s+the\s+(?:[\w-]+\s+)?plan\b/i
const DECIDED_BELOW_KEY = /^(?:[\w'’-]+\s+){0,2}(?:decision|recommendation)s?\s*:/i

const MARKDOWN_HEADING = /^#{1,6}\s+(?=[^\s|])/
const FORM_SECTION = /^(?:section|part)\s+[\dA-Z]{1,2}\s*[:.)–-]\s*([^()]{3,60}?)\s*\([^()]*\)\s*$/i
const EMAIL_SIGN_OFF =
  /^(?:(?:many\s+)?thanks|thank\s+you|(?:kind(?:est)?|best|warm)\s+regards|regards|best\s+wishes|yours\s+(?:sincerely|faithfully)|cheers)\b[\s,.!]*$|^(?:many\s+)?thanks\s+(?:all|everyone|again)\b|^-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}$/i
/** A sentence that says what happens if the plan does not work, wherever it stands. */
const CONTINGENCY_SENTENCE =
  /^(?:if|should)\s+(?:things|the\s+plan|this\s+plan|it|this|the\s+situation|(?:the\s+)?(?:safety\s+)?(?:plan|rules?|agreement)s?)\s+(?:(?:do|does|did)\s*(?:n['’]t|not)|(?:is|are)\s*(?:n['’]t|not))\s+(?:get\s+better|improve|work|change|kept|followed)\b/i

/** "Key:<tab>value": a field set out with a tab, unlike a header row whose cells all end in ":". */
/** A short title line inside a table, followed by a row with as many cells as the header. */
function isRowGroupHeading(content: string, next: Line | undefined, width: number): boolean {
  if (!next || hasMoreWordsThan(content, 8) || /[.;:]$/.test(content)) return false
  if (readsAsAction(content)) return false
  return splitCells(next.content, next.start)?.length === width
}

function isTabbedField(content: string): boolean {
  if (!content.includes(':\t') && !content.includes(': \t')) return false
  const parts = content.split('\t').filter((part) => part.trim())
  return parts.length >= 2 && /:$/.test(parts[0]!.trim()) && !/:$/.test(parts[1]!.trim())
}

/**
 * Verbs that start a Who-less action field ("attend school", "refer L. to ..."), leaving out
 * those that also name a role ("contact worker", "support worker", "review officer").
 */
const ROLE_MODIFYING_VERBS = new Set([
  'contact',
  'support',
  'review',
  'visit',
  'care',
  'play',
  'key'
])
const ACTION_VERBS = new Set(
  [...PROCESS_VERBS, ...CHILD_TASK_VERBS, ...CARE_VERBS].filter((v) => !ROLE_MODIFYING_VERBS.has(v))
)

/** "awaiting triage", "on hold": where a piece of work stands, not something to do. */
const STATUS =
  /^(?:awaiting|waiting|pending|on hold|on (?:the )?waiting list|closed|done|declined)\b/i

/** "▪ Dental check-up – carers – asap": a Who and a When set out after the action. */
function hasActionFields(line: Line): boolean {
  // "Step 2. Get Ellis's red book from the archive. Who: SW. When: within 4 weeks."
  const content = line.content
  if (content.includes(':') && LEAD_FIELD.test(content) && BY_FIELD.test(content)) return true
  const cells = dashCells(stripBullet(line))
  return cells !== null && cells.who !== null && cells.when !== null
}

/** Whether the lines either side are items of one list, with the same bullet. */
function sameListAround(lines: readonly Line[], index: number): boolean {
  // Blank lines around a group heading do not end the list.
  let b = index - 1
  while (b >= 0 && !lines[b]?.content) b -= 1
  let a = index + 1
  while (a < lines.length && !lines[a]?.content) a += 1
  const before = lines[b]
  const after = lines[a]
  if (!before?.content || !after?.content) return false
  const first = markerKind(before)
  return first !== null && introducesList(after) && first === markerKind(after)
}

/** A bullet's kind, so "(xi)" and "(xii)", or "7)" and "8)", count as one list's markers. */
function markerKind(line: Line): string | null {
  const marker = BULLET.exec(line.content)?.[0].trim()
  if (!marker) return null
  if (/^\(?(?:[ivx]+)[.)]$/.test(marker)) return 'roman' + marker.slice(-1)
  // "7)" and "8)" are one list; "3.2" and "4.1" belong to sections 3 and 4.
  const section = /^\(?(\d+)\.\d/.exec(marker)?.[1] ?? ''
  if (/^\(?\d/.test(marker)) return 'number' + section + marker.replace(/[\d.]/g, '')
  if (/^\(?[a-z][.)]$/.test(marker)) return 'letter' + marker.slice(-1)
  return marker
}

function introducesList(next: Line | undefined): boolean {
  if (!next?.content) return false
  const bullet = BULLET.exec(next.content)
  return bullet !== null && bullet[0].length < next.content.length
}

/**
 * "Referral to Early Help", "Help with routines": a short action written without a full stop. Not
 * a title ("Keeping Safe"), a question, a lone name ("Mum"), a table label ("By when") or a date.
 */
function isTerseAction(content: string): boolean {
  if (isTitleLike(content) || notedCapitalsTitle(content) || content.endsWith('?')) return false
  // "A. Home conditions" above "A1 Ms H. to ...", "3a. My home": a lettered section title.
  const lettered = LETTERED_TITLE.exec(content)
  if (lettered && !readsAsAction(content.slice(lettered[0].length))) return false
  if (/^(?:what|who|how|when|where|why|which)\b/i.test(content)) return false
  // "If Kofi gets worse", "If the family runs out of credit": a condition over what then happens.
  if (/^if\s/i.test(content)) return false
  if (!hasMoreWordsThan(content, 1)) return false
  if (HEADER_CELLS.some(([, pattern]) => pattern.test(content))) return false
  const time = findTimescale(content, { planDate: null, termDates: undefined })
  if (time && time.end - time.start >= content.length * 0.8) return false
  return !(isAgentKind(classifyNounPhrase(content)) && !hasMoreWordsThan(content, 4))
}

/**
 * Whether a line carries on the action above it: it follows straight on, is not a new item, and
 * starts in lower case or is indented under an item that has not finished its sentence.
 */
function continues(previous: Segment, line: Line): boolean {
  if (previous.cells || previous.line + countLines(previous.text) !== line.number) return false
  if (BULLET.test(line.content) || line.content.includes('|') || line.content.includes('\t')) {
    return false
  }
  if (/^[a-z]/.test(line.content)) return true
  return line.indent > 0 && !/[.!?]["”’']?$/.test(previous.text)
}

function countLines(text: string): number {
  return text.split(/\r\n|\n|\r/).length
}

/** "2. Plan", "3. Contingency": a numbered line that is a known section heading. */
function isNumberedHeading(text: string, content: string, next: Line | undefined): boolean {
  if (!looksLikeHeading(text)) return false
  // "5. Action: CSE screening tool to be completed   By:   When:": a field holding the action.
  if (/^(?:action|task)\s*:\s*\S/i.test(text)) return false
  // "8) Young carers assessment - Responsible: SW - Timescale: TBC": a Who and a When make it an
  // action, whatever its first words would head.
  const cells = dashCells({ text, start: 0 })
  if (cells?.who && cells.when) return false
  // "4. What will you do? (write each thing on its own line)": a form's question, with a note.
  const question = isQuestionHeading(text.replace(/\s*\([^()]*\)$/, ''))
  if (classifyHeading(text) !== 'unknown' || question) return true
  // "2. MY EDUCATION, TRAINING AND WORK": a numbered line in capitals is a section heading.
  if (/[A-Z]{3}/.test(text) && text === text.toUpperCase()) return true
  // "3.3 Family time" above "3.3.1 Contact with Mum ...": the items are numbered under it.
  const number = /^(\d{1,2}(?:\.\d{1,2})*)/.exec(content)?.[1]
  return number !== undefined && next !== undefined && next.content.startsWith(`${number}.`)
}

/**
 * A header field ("Placement: Mr and Mrs Evans", "Date of RCPC: 19/10/2026", "Outcome: Tia will
 * ...") rather than an action; "Mum: to attend all appointments" is still an action.
 */
function isInformationField(key: string, value: string): boolean {
  if (OUTCOME_KEYS.test(key) || METADATA_KEYS.test(key)) return true
  // "Update: KP will keep sending the Friday email.": progress on an action, not a new one.
  if (
    /^(?:note|notes|nb|please note|needs?|issues?|strengths?|worry|worries|concerns?|updates?|progress(?: update)?|comments?|anything else|diagnos[ie]s)(?:\s*\d{1,2})?$/i.test(
      key
    )
  )
    return true
  if (/^["“‘']/.test(value)) return true
  if (isAgentKind(classifyNounPhrase(key)) && /^(?:to|will|must|should|not to)\b/i.test(value)) {
    return false
  }
  // "SW: see Reuben at home at least weekly", "Dad: book onto the course - by the first core
  // group": WHO: action, the action in the imperative.
  if (isWhoAndOrder(key, value)) return false
  return !hasMoreWordsThan(key, 4) && !readsAsAction(value)
}

/**
 * "SW: see Reuben at home at least weekly", "MUM (KERRY): put a lock on Evie's door": WHO: action,
 * the action in the imperative. What follows the verb may read like a statement ("check Evie is
 * safe"); the order before it makes the line an action.
 */
function isWhoAndOrder(key: string, value: string): boolean {
  const firstWord = /^([a-z]+)\b/.exec(value)?.[1]
  if (!firstWord || !(isKnownVerb(firstWord) || ORDER_VERBS.has(firstWord))) return false
  return isAgentKind(classifyNounPhrase(key))
}

/** Verbs an order starts with that the lexicon has no list for. */
const ORDER_VERBS = new Set(['put', 'have', 'fit', 'get', 'stay', 'come', 'go'])

/** "Child: J.M.", "Children: J.R. (6) and A.R. (3)", "Name: Kayden": in the plan's first lines. */
const CHILD_FIELD =
  /^\s*(?:child(?:ren)?(?:['’]s)?(?:\s+names?)?|names?(?:\s+of\s+(?:child|young\s+person))?|young\s+person|yp)\s*:\s*(\S.*)$/i
const HEADER_LINES = 25

/** The names and initials the header gives to the child or children, in lower case. */
function headerChildNames(lines: readonly Line[]): string[] {
  const names: string[] = []
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (!line.content.includes(':')) continue
    // A field starts its line or a cell: "Child: L.B.\tGender: F", not "Date of child's birth:".
    for (const cell of line.content.split(/[\t|]/)) {
      const value = CHILD_FIELD.exec(cell)?.[1]
      if (value) names.push(...namesIn(value))
    }
  }
  return names.map((n) => n.toLowerCase())
}

/** "J.R. (6) and A.R. (3)", "Aisha (10), Zain (6)": initials and first names in a header field. */
function namesIn(value: string): string[] {
  const names: string[] = []
  for (const initials of matchesOf(/\b((?:[A-Z]\.){1,3})/g, value)) names.push(initials[1] ?? '')
  for (const word of matchesOf(/\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\b/g, value)) {
    if (classifyNounPhrase(word[0]) === 'child') names.push(word[0])
  }
  return names
}

function firstNames(value: string): string[] {
  const names = [...matchesOf(/\b([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+[A-Z][a-z'’]+/g, value)].map(
    (m) => m[1] ?? ''
  )
  // "Lee (Leaving Care Service)", "Sam, Early Help Worker", "Stacey (Mum), Dean (Dad)": first
  // names on their own, at the start or after a comma.
  const ALONE = /(?:^|[,;]\s*|\band\s+)([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?=\s*(?:[(,;]|$|and\b))/g
  for (const m of matchesOf(ALONE, value)) {
    const alone = m[1] ?? ''
    if (classifyNounPhrase(alone) === 'child' && !names.includes(alone)) names.push(alone)
  }
  return names
}

/** The column a field's name stands for: "Action" and "What", "Who", "By when", "Outcome". */
function fieldRole(key: string): 'action' | 'who' | 'when' | 'how' | null {
  const label = key.replace(/\s*\d+$/, '').trim()
  // "Agreed: Referral to the school counsellor.": a meeting's record, one agreed step a line.
  if (/^agreed$/i.test(label)) return 'action'
  const role = asWhen(HEADER_CELLS.find(([, pattern]) => pattern.test(label))?.[0])
  return role === 'action' || role === 'who' || role === 'when' || role === 'how' ? role : null
}

/** Domain subheadings ("Health") keep an action section going; other headings start their own. */
function nextSection(current: Section, heading: HeadingKind): Section {
  if (heading === 'subheading') return current === 'actions' ? 'actions' : 'unknown'
  if (heading === 'unknown') return current === 'actions' ? 'actions' : 'unknown'
  return heading
}

function valueSegment(line: Line, value: string, section: Section): Segment {
  const start = line.start + line.content.lastIndexOf(value)
  return { line: line.number, text: value, start, end: start + value.length, cells: null, section }
}

function plainSegment(line: Line, section: Section): Segment {
  const item = stripBullet(line)
  return {
    line: line.number,
    ...item,
    cells:
      stepCells(item) ??
      markedOwnerCells(item) ??
      codedOwnerCells(item) ??
      questionCells(item) ??
      initialsOwnerCells(item) ??
      bracketFields(item) ??
      bracketedWhenFirst(item) ??
      spacedFields(item) ??
      slashCells(item) ??
      markedCells(item) ??
      namedFieldsInBrackets(dashedFieldNames(item)) ??
      dashCells(item) ??
      namedFieldsInBrackets(item) ??
      trailingFields(item) ??
      slashBracketFields(item),
    section
  }
}

/** "Who? Nathan (SW). What? Refer the family ... When? Within 10 working days.": each field asked. */
const QUESTION_FIELDS = /^Who\?\s*(.+?)\.?\s+What\?\s*(.+?)\s+When\?\s*(.*?)\.?$/

function questionCells(item: { text: string; start: number }): TableCells | null {
  const m = QUESTION_FIELDS.exec(item.text)
  if (!m) return null
  const span = (value: string, from: number): Span => {
    const at = item.text.indexOf(value, from)
    return trimmedSpan(item.text, at, at + value.length, item.start)
  }
  const who = span(m[1]!, 0)
  const action = span(m[2]!, who.end - item.start)
  return { action, who, when: m[3] ? span(m[3], action.end - item.start) : null, how: null }
}

/** " / RH", " / RH & TW", " / ??", " / RH to arrange": an owner's initials closing a noted action. */
const TRAILING_INITIALS =
  /\s\/\s*((?:[A-Z]{2,3}|\?\?)(?:\s*(?:&|and|,|\/)\s*(?:[A-Z]{2,3}|\?\?))*)(?:\s+to\s+[a-z]+)?\s*$/

function initialsOwnerCells(item: { text: string; start: number }): TableCells | null {
  const m = TRAILING_INITIALS.exec(item.text)
  if (!m || m.index === 0) return null
  const at = m.index + m[0].indexOf(m[1]!)
  return {
    action: trimmedSpan(item.text, 0, m.index, item.start),
    who: /^\?+$/.test(m[1]!) ? null : trimmedSpan(item.text, at, at + m[1]!.length, item.start),
    when: null,
    how: null
  }
}

/** "CG2-05 (Priya, FSW) ...", "AP3 (Owner: TBC) ...": an action's code and its owner in brackets. */
const CODED_OWNER =
  /^[A-Z]{1,4}\d{0,2}[-.]\d{1,3}[a-z]?\s+\((?:owner\s*:\s*)?([^()]{1,40})\)\s+(?=\S)/i
/** "- done 28/05/2038", "(completed)", "Status: Closed": an item already done. */
const DONE_MARK = /[-–—(]\s*(?:done|completed|closed)\b|\bstatus\s*:\s*(?:done|completed|closed)\b/i

function codedOwnerCells(item: { text: string; start: number }): TableCells | null {
  const m = CODED_OWNER.exec(item.text)
  if (!m) return null
  const at = item.text.indexOf(m[1]!, item.text.indexOf('('))
  return {
    action: trimmedSpan(item.text, m[0].length, item.text.length, item.start),
    who: trimmedSpan(item.text, at, at + m[1]!.length, item.start),
    when: null,
    how: null
  }
}

/**
 * "ACTION [Femi, SW]: Arrange contact with Mum - first one by 17/04/2038": the owner in square
 * brackets after the mark, then the action, and its When after the last dash if it names a time.
 */
const MARKED_OWNER = /^ACTIONS?\s*\[([^\]]{1,60})\]\s*:\s*(?=\S)/i

/**
 * "[SO] Add Marley's bereavement support to his care plan (by the next looked after review)":
 * minutes that start each action with its owner's initials in square brackets.
 */
const INITIALS_FIRST =
  /^\[((?:[A-Z]{2,3}|All)(?:\s*(?:,|&|and|\/)\s*[A-Z]{2,3})*)\]\s+(?=[A-Z][a-z])/

function markedOwnerCells(item: { text: string; start: number }): TableCells | null {
  const m = MARKED_OWNER.exec(item.text)
  if (!m) return null
  const open = item.text.indexOf('[')
  const who = trimmedSpan(item.text, open + 1, open + 1 + m[1]!.length, item.start)
  const dash = /\s[-–]\s+(?!.*\s[-–]\s)(.+)$/.exec(item.text.slice(m[0].length))
  const when =
    dash && (findTimescale(dash[1]!, NO_CONTEXT) !== null || NO_WHEN.test(dash[1]!.trim()))
      ? m[0].length + dash.index
      : item.text.length
  return {
    action: trimmedSpan(item.text, m[0].length, when, item.start),
    who,
    when:
      when < item.text.length
        ? trimmedSpan(item.text, when + dash![0].indexOf(dash![1]!), item.text.length, item.start)
        : null,
    how: null
  }
}

/**
 * "[From today | Dani] Dani will not leave ...": a When and a Who in a bracket before the action,
 * either way round; the part that names someone is the Who.
 */
function bracketFields(item: { text: string; start: number }): TableCells | null {
  const m = /^\[([^\]|]{1,60})\|([^\]|]{1,60})\]\s*(?=\S)/.exec(item.text)
  if (!m) return null
  const span = (value: string, at: number): Span => {
    const text = value.trim()
    const start = item.start + at + value.indexOf(text)
    return { text, start, end: start + text.length }
  }
  const first = span(m[1]!, 1)
  const second = span(m[2]!, 2 + m[1]!.length)
  const names = (cell: Span): boolean => isAgentKind(classifyNounPhrase(cell.text))
  const [who, when] = names(second) || !names(first) ? [second, first] : [first, second]
  const action = span(item.text.slice(m[0].length), m[0].length)
  return { action, who, when, how: null }
}

/**
 * "[by Friday 01/07/2044] Jaden: apply for the cookery course", "[fortnightly] Lorraine (PA):
 * meet Jaden at the cafe": the When in square brackets, then who, a colon and what.
 */
function bracketedWhenFirst(item: { text: string; start: number }): TableCells | null {
  const m = /^\[([^\]]{2,60})\]\s*([^:[\]]{1,90}?)\s*:\s+(?=\S)/.exec(item.text)
  if (!m) return null
  const value = m[1]!
  if (!NO_WHEN.test(value) && findTimescale(value, NO_CONTEXT) === null) return null
  const whoAt = m[0].indexOf(m[2]!, value.length + 2)
  const who = trimmedSpan(item.text, whoAt, whoAt + m[2]!.length, item.start)
  if (hasMoreWordsThan(who.text, 12) || !isAgentKind(classifyNounPhrase(who.text))) return null
  return {
    action: trimmedSpan(item.text, m[0].length, item.text.length, item.start),
    who,
    when: { text: value, start: item.start + 1, end: item.start + 1 + value.length },
    how: null
  }
}

/**
 * "Action: Offer Jodie a second interview   By: Lou   When: when she is ready": named fields on
 * one line, three or more spaces apart (two before a field's name), the first of them the action.
 */
function spacedFields(item: { text: string; start: number }): TableCells | null {
  if (!/\s{2,}\S/.test(item.text)) return null
  // "Action:", "What will happen:", "Next step:": any name the analyser knows for the action.
  const first = /^([A-Za-z][A-Za-z' ]{0,30}?)\s*:/.exec(item.text)?.[1]
  if (!first || fieldRole(first) !== 'action') return null
  const spans: Span[] = []
  // Two spaces are enough before a field's name ("  Owner: Mrs B.  Deadline: By Friday").
  for (const m of matchesOf(/\S(?:.*?\S)?(?=\s{3,}|\s{2,}[A-Z][A-Za-z ]{1,20}:|$)/g, item.text)) {
    spans.push({ text: m[0], start: item.start + m.index, end: item.start + m.index + m[0].length })
  }
  return spans.length >= 2 ? keyedCells(spans) : null
}

/**
 * "Shannon to take Kayden to the dentist / Lead: Shannon / Target: by 17/10/2028 / Evidence:
 * Kayden has a treatment plan": the action, then named fields set off by " / ".
 */
function slashCells(item: { text: string; start: number }): TableCells | null {
  if ((item.text.match(/\s\/\s+[A-Za-z][\w ]{0,20}:/g) ?? []).length < 2) return null
  const spans: Span[] = []
  let from = 0
  for (const m of matchesOf(/\s\/\s+(?=[A-Za-z][\w ]{0,20}:)/g, item.text)) {
    spans.push(trimmedSpan(item.text, from, m.index, item.start))
    from = m.index + m[0].length
  }
  spans.push(trimmedSpan(item.text, from, item.text.length, item.start))
  // "Who: OT / What: fit a sensor mat / When: by 05/03/2038": every part named, the action too.
  const fields = keyedFields(spans)
  const first = spans[0]
  const pick = (role: ColumnRole): Span | null => fields.find((c) => c.role === role) ?? null
  const action =
    pick('action') ??
    (fields.some((c) => c.start >= (first?.start ?? 0) && c.end <= (first?.end ?? 0))
      ? null
      : first)
  if (!action?.text || !pick('who') || !pick('when')) return null
  return { action, who: pick('who'), when: pick('when'), how: pick('how') }
}

/**
 * "I will finish my maths (Who: me, with the education team) (When: by my release date)", "...
 * [Lead: Leon (PA)] [Deadline: before the next review]", "... {Lead: Deputy manager} {Target:
 * asap}": named fields in brackets closing the line, one to a bracket or several set apart by
 * semicolons.
 */
const NAMED_BRACKETS =
  /(?:\s*(?:\([A-Za-z][A-Za-z' ]{0,20}:[^()]*(?:\([^()]*\)[^()]*)*\)|\[[A-Za-z][A-Za-z' ]{0,20}:[^[\]]*\]|\{[A-Za-z][A-Za-z' ]{0,20}:[^{}]*\}))+\.?$/
const NAMED_BRACKET =
  /[([{]([A-Za-z][A-Za-z' ]{0,20}:\s*(?:[^()[\]{}]|\([^()]*\))*?)\s*[)\]}](?=\s*[([{]|\.?$)/g

function namedFieldsInBrackets(item: { text: string; start: number }): TableCells | null {
  if (!/[)\]}]\.?$/.test(item.text)) return null
  const run = NAMED_BRACKETS.exec(item.text)
  if (!run || run.index === 0) return null
  const spans: Span[] = []
  const unnamed: Span[] = []
  for (const m of matchesOf(NAMED_BRACKET, item.text.slice(run.index))) {
    // "(Lead: Ms H.; timescale: from 12/01/2026)", "(Lead: Carl; every 4 weeks)": two fields in
    // one bracket, the second named or not.
    let from = 0
    // "(Responsible: Rachel (PA). Target date: 01/07/2039.)": fields set apart by a full stop too.
    for (const [index, part] of m[1]!
      .split(/;\s*|(?<![\s(][A-Z])\.\s+(?=[A-Z][A-Za-z' ]{0,20}:)/)
      .entries()) {
      const at = m[1]!.indexOf(part, from)
      const start = item.start + run.index + m.index + 1 + at
      const span = { text: part.trim(), start, end: start + part.trim().length }
      if (index > 0 && !/^[A-Za-z][A-Za-z' ]{0,20}:/.test(span.text)) unnamed.push(span)
      else spans.push(span)
      from = at + part.length
    }
  }
  const fields = keyedFields(spans)
  const pick = (role: ColumnRole): Span | null =>
    fields.find((c) => c.role === role) ??
    (role === 'when' ? (unnamed.find((c) => findTimescale(c.text, NO_CONTEXT)) ?? null) : null)
  if (!pick('who') && !pick('when')) return null
  return {
    action: trimmedSpan(item.text, 0, run.index, item.start),
    who: pick('who'),
    when: pick('when'),
    how: pick('how')
  }
}

/**
 * "(Owner - Family finding team. Target - By 31/10/2045.)": fields named with a dash in the
 * closing bracket, read as if named with a colon. The dash and its spaces become a colon and two
 * spaces, so every offset stays where it was.
 */
function dashedFieldNames(item: { text: string; start: number }): { text: string; start: number } {
  const open = item.text.lastIndexOf('(')
  if (open < 0 || !DASHED_FIELD.test(item.text.slice(open))) return item
  const fields = item.text.slice(open).replace(DASHED_FIELDS, '$1:  ')
  return { ...item, text: item.text.slice(0, open) + fields }
}

const DASHED_NAMES =
  '(?:owner|lead|who|responsible|person responsible|target(?: date)?|when|by when|timescale|deadline|due)'
const DASHED_FIELD = new RegExp(`^\\(${DASHED_NAMES} [-–] `, 'i')
const DASHED_FIELDS = new RegExp(`((?:^\\(|\\.\\s|;\\s)${DASHED_NAMES}) [-–] `, 'gi')

/**
 * "Isla to use the side entrance (learning mentor, from Monday 25/01/2038).": the Who and the When
 * in a bracket at the end, the Who first, as a plan written in sentences sets its fields out.
 */
const TRAILING_FIELDS = /\s*\(([^(),]{2,40}),\s*([^()]{2,60})\)\.?$/

function trailingFields(item: { text: string; start: number }): TableCells | null {
  if (!/\)\.?$/.test(item.text)) return null
  const m = TRAILING_FIELDS.exec(item.text)
  if (!m || !isAgentKind(classifyNounPhrase(m[1]!.trim()))) return null
  if (findTimescale(m[2]!, NO_CONTEXT) === null) return null
  const open = m.index + m[0].indexOf('(')
  const comma = open + 1 + m[1]!.length
  const when = item.text.indexOf(m[2]!, comma)
  return {
    action: trimmedSpan(item.text, 0, m.index, item.start),
    who: trimmedSpan(item.text, open + 1, comma, item.start),
    when: trimmedSpan(item.text, when, when + m[2]!.length, item.start),
    how: null
  }
}

/** "What will happen: ______  Who: ______": a paper form's boxes, every one of them blank. */
const BLANK_FORM_ROW = /^(?:[A-Za-z][A-Za-z' ]{0,30}:\s*_{2,}\s*)+$/

/**
 * "Life story work [SW / -]", "Initial health assessment [LAC nurse / within 20 working days]":
 * the Who and the When in square brackets closing a bullet, set apart by a slash.
 */
const SLASH_BRACKET = /\s*\[([^\]/|]{1,60}?)\s*[/|]\s*([^\]|]{1,60}?)\s*\]\.?$/

function slashBracketFields(item: { text: string; start: number }): TableCells | null {
  if (!/\]\.?$/.test(item.text)) return null
  const m = SLASH_BRACKET.exec(item.text)
  if (!m || m.index === 0) return null
  const who = m[1]!.trim()
  const when = m[2]!.trim()
  // "[SW to set up / ...]": the Who place names someone, with what they do to it.
  if (!isAgentKind(classifyNounPhrase(who.split(/\s+to\s+/)[0]!))) return null
  if (!NO_WHEN.test(when) && findTimescale(when, NO_CONTEXT) === null && !CONDITION_WORD.test(when))
    return null
  const open = m.index + m[0].indexOf('[')
  const whoAt = item.text.indexOf(who, open)
  const whenAt = item.text.indexOf(when, whoAt + who.length)
  return {
    action: trimmedSpan(item.text, 0, m.index, item.start),
    who: trimmedSpan(item.text, whoAt, whoAt + who.length, item.start),
    when: trimmedSpan(item.text, whenAt, whenAt + when.length, item.start),
    how: null
  }
}

/** "when the prison agrees": a When that waits on something, which a When cell may hold. */
const CONDITION_WORD = /^(?:when|once|if|after|as soon as)\s/i

/**
 * "1. Lee to take the lock off the gate // Lead: Lee // When: Within 48 hours // Kayla will
 * notice: ...": an item whose fields are set apart by a mark ("//", "~", "->") and named.
 */
function markedCells(item: { text: string; start: number }): TableCells | null {
  if (!CELL_MARK.test(item.text)) return null
  const cells = splitCells(item.text, item.start)
  return cells ? keyedCells(cells) : null
}

/**
 * "Step 3 (Virtual School; within 20 school days): find Zach a school place", "Rule 12 (Health
 * visitor, Jess; within 4 weeks): Jess will ...", "Action CP3 (SW - Joel Adeyemi; weekly): visit
 * ...": Who; When, then what.
 */
const STEP_FIELDS =
  /^(?:step|action|task|rule)\s*(?:[A-Z]{1,3}\s*)?\d{1,3}\s*\(([^;()]{1,60});\s*([^()]{1,80})\)\s*:\s*(\S.*)$/i

function stepCells(item: { text: string; start: number }): TableCells | null {
  const m = STEP_FIELDS.exec(item.text)
  if (!m) return null
  const span = (value: string, from: number): Span => {
    const at = item.text.indexOf(value, from)
    return {
      text: value.trim(),
      start: item.start + at,
      end: item.start + at + value.trim().length
    }
  }
  const who = span(m[1]!, 0)
  const when = span(m[2]!, who.end - item.start)
  const action = span(m[3]!, when.end - item.start)
  return { action, who, when, how: null }
}

function tableSegment(line: Line, cells: TableCells, section: Section): Segment {
  // Only a row that ends in a pipe is looked at for one: the expression scans the whole row.
  const unpiped = line.content.replace(/^\|\s*/, '')
  const text = unpiped.endsWith('|') ? unpiped.replace(/\s*\|$/, '') : unpiped
  const start = line.start + line.content.indexOf(text)
  return { line: line.number, text, start, end: start + text.length, cells, section }
}
