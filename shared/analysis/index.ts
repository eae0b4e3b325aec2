import { asDirective, inUsualOrder } from './recommendation'
// The plan analyser: pure and synchronous, so the renderer can highlight a plan as it is read and
// the CLI can batch thousands. Nothing here reads the clock, the file system or the network.

import { parseIsoDate, type CalendarDate } from './dates'
import { MAX_FOCUSED_ACTIONS } from './types'
import type { Clause } from './grammar'
import { findOwner, ownerForClause, ownerFromCell } from './owner'
import { isOutcomeFocused } from './outcome'
import { segmentPlan, type Segment } from './segment'
import {
  findTimescale,
  isBefore,
  readTimescales,
  type TimescaleContext,
  type TimescaleMatch
} from './timescale'
import {
  CLEAR_TIMESCALE_KINDS,
  type ActionFlag,
  type AnalysedAction,
  type AnalyseOptions,
  type FileAnalysis,
  type PlanAnalysis,
  type PlanSummary,
  type Timescale
} from './types'

export type {
  AcademicYearTerms,
  ActionFlag,
  AnalysedAction,
  AnalyseOptions,
  FileAnalysis,
  PlanAnalysis,
  PlanSummary,
  SchoolTerm,
  TermDates,
  Timescale,
  TimescaleKind
} from './types'
export { CLEAR_TIMESCALE_KINDS } from './types'
export { englandTermDates } from './terms'

export { MAX_FOCUSED_ACTIONS } from './types'
export { analyserPrompts } from './prompts'
export type { AnalyserPrompt } from './prompts'

const NO_TIMESCALE: Timescale = { kind: 'none', text: null, due: null }

/**
 * Finds the actions in a plan's text and says, for each, its timescale, its owner and whether it
 * is outcome-focused, with the plan-level summary. With `lines`, every non-empty line is one
 * action. Without a `planDate` (or with one that is not a real YYYY-MM-DD date), relative and
 * yearless timescales get no `due` date and nothing is flagged past-due.
 */
export function analysePlan(text: string, options: AnalyseOptions = {}): PlanAnalysis {
  const planDate = options.planDate ? parseIsoDate(options.planDate) : null
  const context: TimescaleContext = { planDate, termDates: options.termDates }
  const structure = segmentPlan(text, options.lines === true)
  const names: KnownNames = {
    adults: new Set(structure.adultNames),
    children: new Set(structure.childNames)
  }
  const actions = structure.segments.map((segment) => analyseSegment(segment, context, names))
  return {
    actions,
    summary: summarise(actions, structure.contingency, structure.childsVoice)
  }
}

/** analysePlan for one file, labelled with its name: one element of the CLI's JSON array. */
export function analyseFile(
  file: string,
  text: string,
  options: AnalyseOptions = {}
): FileAnalysis {
  return { file, ...analysePlan(text, options) }
}

/** The people the plan's header names: adults' first names, and the child's names and initials. */
interface KnownNames {
  adults: ReadonlySet<string>
  children: ReadonlySet<string>
}

function analyseSegment(
  segment: Segment,
  context: TimescaleContext,
  names: KnownNames
): AnalysedAction {
  const cells = segment.cells
  const actionText = cells ? cells.action.text : segment.text
  const whenText = cells?.when?.text ?? ''
  const inAction = readTimescales(actionText, context)
  const reviewText = cells?.review?.text ?? ''
  const startText = cells?.start?.text ?? ''
  const whenMatch = whenText
    ? findCellTimescale(whenText, context)
    : (inlineWhen(actionText, context) ??
      inAction.best ??
      (reviewText ? findCellTimescale(reviewText, context) : null))
  // "How often: 2 nights a month | Start date: From 07/05/2027": the start date, a date, beats
  // the cadence; "Start date: Already in place" leaves the cadence.
  const startMatch = startText ? findCellTimescale(startText, context) : null
  const match =
    startMatch && DEADLINES.has(startMatch.kind) && !DEADLINES.has(whenMatch?.kind ?? 'none')
      ? startMatch
      : whenMatch
  // "MUM TO ATTEND ALL APPTS": a line in capitals is read in lower case, which keeps every offset.
  // "That the SW presents the match to panel": a recommendation, read as "the SW will present".
  const sentence = isShouted(actionText)
    ? actionText.toLowerCase()
    : (asDirective(actionText) ?? actionText)
  // "Under no circumstances should Mr T. collect ...": who is restricted, read in the usual order.
  const ordered = inUsualOrder(sentence) ?? sentence
  const reading = findOwner(ordered, inAction.phrases)
  const whoText = cells?.who?.text ?? ''
  // A name the header gives to an adult wins over one it gives to the child.
  const clause = withKnownAdults(withKnownChild(reading.clause, names.children), names.adults)
  // "jayden to go to school": a child the header names, written in lower case, acts too.
  const span =
    reading.owner ??
    (clause !== reading.clause && (clause.subjectKind === 'child' || clause.subjectKind === 'adult')
      ? ownerForClause(ordered, clause, inAction.phrases)
      : null)
  // A shouted line was read in lower case, with the same offsets: take its owner as written. A
  // recommendation was read reworded, and keeps its words: take its owner from the rewording.
  const found = span
    ? (ordered.length === actionText.length ? actionText : ordered).slice(span.start, span.end)
    : null
  // "Who: ______": a form's box left blank names nobody, so the sentence's subject stands.
  const owner = whoText && !BLANK_BOX.test(whoText) ? ownerFromCell(whoText) : found
  // A prohibition put first names nobody's progress: its outcome is read as it was written.
  const outcomeClause =
    ordered === sentence
      ? clause
      : withKnownAdults(
          withKnownChild(findOwner(sentence, inAction.phrases).clause, names.children),
          names.adults
        )
  const outcomeFocused = isOutcomeFocused(
    sentence,
    outcomeClause,
    cells?.how?.text ?? null,
    names.children,
    names.adults
  )

  const timescale: Timescale = match
    ? { kind: match.kind, text: match.text, due: match.due }
    : { ...NO_TIMESCALE }
  return {
    line: segment.line,
    text: segment.text,
    start: segment.start,
    end: segment.end,
    owner,
    timescale,
    outcomeFocused,
    flags: flagsFor(timescale, match, owner, outcomeFocused, context.planDate)
  }
}

/** Written all in capitals: at least two words and no lower-case letter. */
function isShouted(text: string): boolean {
  return !/[a-z]/.test(text) && /[A-Z]{2,}\s+[A-Z]{2,}/.test(text)
}

/** A first name the plan's header gives to an adult ("Personal Adviser: Sam Ortiz") is not the child. */
function withKnownAdults(clause: Clause, adultNames: ReadonlySet<string>): Clause {
  const first = clause.subject?.text.split(/\s+/)[0] ?? ''
  if (clause.subjectKind !== 'child' || !adultNames.has(first)) return clause
  return { ...clause, subjectKind: 'adult', subjectGuessed: false }
}

/** "Child: Jayden M." in the header: "jayden" in an action is the child, whatever its case. */
function withKnownChild(clause: Clause, children: ReadonlySet<string>): Clause {
  const subject = clause.subject?.text.toLowerCase()
  if (!subject || !children.has(subject)) return clause
  // "Ashton will start at the boxing club": a name taken for the child's only by a guess is
  // known for certain, and acts, though its verb could be a thing's ("Therapy to start in May").
  if (clause.subjectKind === 'child' && !clause.subjectGuessed) return clause
  return { ...clause, subjectKind: 'child', subjectGuessed: false }
}

/**
 * A By-when cell is often terse: "Next core group", "6 weeks". Read it as written first, then as
 * if "by" or "within" stood in front, keeping only the words that are really in the cell.
 */
function findCellTimescale(cell: string, context: TimescaleContext): TimescaleMatch | null {
  // "Done 10/03/2038": when the step was done, so nothing is still due.
  // Not "completed by 17/01/2039": a deadline still to come.
  if (/^\s*(?:done|completed|achieved|finished|closed)\b(?!\s+by\b)/i.test(cell)) return null
  // "Timescale: 3/12", "When: 6/52": a cell holding only clinical shorthand is a duration (three
  // months, six weeks), where "by 4/12" in a sentence is a date.
  if (CLINICAL_CELL.test(cell)) {
    const found = findTimescale(`within ${cell.trim()}`, context)
    if (found) {
      const start = cell.indexOf(cell.trim())
      return { ...found, text: cell.trim(), start, end: start + cell.trim().length }
    }
  }
  const direct = findTimescale(cell, context)
  if (direct) return direct
  // "Wednesdays": a cadence read as "on Wednesdays".
  for (const prefix of ['by ', 'within ', 'on ']) {
    const found = findTimescale(prefix + cell, context)
    if (!found) continue
    const start = Math.max(0, found.start - prefix.length)
    const end = found.end - prefix.length
    if (end <= start) continue
    return { ...found, text: cell.slice(start, end), start, end }
  }
  // "When Mum agrees", "Once the tenancy starts": a condition in the When cell, standing where a
  // deadline should be, sets none that can be checked. In a sentence a condition is no timescale.
  const condition =
    CONDITION_CELL.exec(cell) ?? TERM_CELL.exec(cell) ?? NOW_CELL.exec(cell) ?? OPEN_CELL.exec(cell)
  if (condition) {
    const text = cell.trim().replace(/[.;]+$/, '')
    const start = cell.indexOf(text)
    return { kind: 'vague', text, due: null, start, end: start + text.length, isStart: false }
  }
  return null
}

const BLANK_BOX = /^_+$/

/** "Timescale: to be confirmed", "Timescale: throughout": a When left open, or the plan's whole life. */
const OPEN_CELL =
  /^\s*(?:to be (?:confirmed|agreed|arranged|decided|set)|throughout(?: the plan)?)\s*[.!]?\s*$/i

/** "By when: now": at once, which names no date to check against. */
const NOW_CELL = /^\s*(?:now|right now|immediately|at once)\s*[.!]?\s*$/i
const CONDITION_CELL = /^\s*(?:when|once|if|as soon as|after)\s+\S+(?:\s+\S+){0,6}\s*[.;]?\s*$/i
/**
 * "ST", "Medium term", "Long-term": a When cell that names a rough span, no date or duration. (In
 * a sentence, "long-term" describes a foster placement, not when anything is done.)
 */
const TERM_CELL = /^\s*(?:[SML]T|(?:short|medium|long)[\s-]term)\s*$/i

const CLINICAL_CELL = /^\s*(?:[1-9]|1[0-2])\/12\s*$|^\s*\d{1,2}\/52\s*$/

/**
 * "SW to complete the assessment. Timescale: 6 weeks.", "Who: GP. By when: 4 wks.", "... / When:
 * eom": a When field written into the line says the timescale, read as a By-when cell would be.
 */
const INLINE_WHEN =
  /(?:^|[.;|]\s*|\s[-–/]\s*)(?:by when|by(?=\s*:)|start(?:s|ing)?(?:\s+date)?(?=\s*:)|timescales?|time ?scale|time ?frame|target(?: date)?|deadline|due(?: date| by)?|when)\s*[:–]\s*([^;|]*?[^\s;|])(?=\s*(?:[.;|](?:\s|$)|\s\/\s|$))/i

const DEADLINES: ReadonlySet<string> = new Set(['date', 'relative', 'review-point'])

/** "[Target: by 30/04/2027]", "[When: monthly]": a When field in square brackets. */
const BRACKETED_WHEN =
  /\[\s*(?:by when|when|target(?: date)?|timescales?|time ?scale|time ?frame|deadline|due(?: date| by)?)\s*:\s*([^\]]*[^\s\]])\s*\]/i

function inlineWhen(text: string, context: TimescaleContext): TimescaleMatch | null {
  // Both forms need a colon (INLINE_WHEN also takes a dash, "When – Friday"): most actions have
  // neither, and are not searched.
  if (!text.includes(':') && !text.includes('–')) return null
  const m = BRACKETED_WHEN.exec(text) ?? INLINE_WHEN.exec(text)
  if (!m?.[1]) return null
  const value = m[1].replace(/\.$/, '')
  return findCellTimescale(value, context)
}

function flagsFor(
  timescale: Timescale,
  match: TimescaleMatch | null,
  owner: string | null,
  outcomeFocused: boolean,
  planDate: CalendarDate | null
): ActionFlag[] {
  const flags: ActionFlag[] = []
  if (timescale.kind === 'none') flags.push('no-timescale')
  if (timescale.kind === 'vague') flags.push('vague-timescale')
  if (owner === null) flags.push('no-owner')
  if (!outcomeFocused) flags.push('process-not-outcome')
  // A start date in the past ("from January") is not a missed deadline.
  if (timescale.due && planDate && match && !match.isStart && isBefore(timescale.due, planDate)) {
    flags.push('past-due')
  }
  return flags
}

function summarise(
  actions: AnalysedAction[],
  contingency: boolean,
  childsVoice: boolean
): PlanSummary {
  return {
    actions: actions.length,
    withTimescale: actions.filter((a) => CLEAR_TIMESCALE_KINDS.includes(a.timescale.kind)).length,
    withOwner: actions.filter((a) => a.owner !== null).length,
    outcomeFocused: actions.filter((a) => a.outcomeFocused).length,
    contingency,
    childsVoice,
    tooManyActions: actions.length > MAX_FOCUSED_ACTIONS
  }
}
