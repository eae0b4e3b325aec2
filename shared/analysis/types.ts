/** The six kinds of timescale a plan action can carry (definitions in DESIGN.md). */
export type TimescaleKind = 'date' | 'relative' | 'review-point' | 'frequency' | 'vague' | 'none'

/** The kinds that count as "a clear timescale" in the summary. */
export const CLEAR_TIMESCALE_KINDS: readonly TimescaleKind[] = [
  'date',
  'relative',
  'review-point',
  'frequency'
]

export type ActionFlag =
  'no-timescale' | 'vague-timescale' | 'no-owner' | 'process-not-outcome' | 'past-due'

export interface Timescale {
  kind: TimescaleKind
  /** The exact substring of the action text that carries the timescale, or null for 'none'. */
  text: string | null
  /** The deadline as YYYY-MM-DD where it can be worked out, else null. */
  due: string | null
}

export interface AnalysedAction {
  /** 1-based line number in the file. */
  line: number
  /** The action exactly as it appears in the file, without its bullet or number. */
  text: string
  /** Character offsets of `text` in the file: text === fileText.slice(start, end). */
  start: number
  end: number
  owner: string | null
  timescale: Timescale
  outcomeFocused: boolean
  flags: ActionFlag[]
}

export interface PlanSummary {
  actions: number
  /** Actions with a clear timescale: date, relative, review-point or frequency. */
  withTimescale: number
  withOwner: number
  outcomeFocused: number
  contingency: boolean
  childsVoice: boolean
  /** More than eight actions: a plan an officer would call unfocused. */
  tooManyActions: boolean
}

export interface PlanAnalysis {
  actions: AnalysedAction[]
  summary: PlanSummary
}

export interface FileAnalysis extends PlanAnalysis {
  file: string
}

/** One school term: its first day, its half-term week and its last day (YYYY-MM-DD). */
export interface SchoolTerm {
  start: string
  halfTermStart: string
  halfTermEnd: string
  end: string
}

/** One academic year's terms; `year` is the calendar year the autumn term starts in. */
export interface AcademicYearTerms {
  year: number
  autumn: SchoolTerm
  spring: SchoolTerm
  summer: SchoolTerm
}

/** A council's own term dates. Years not listed fall back to the England default rule. */
export type TermDates = readonly AcademicYearTerms[]

export interface AnalyseOptions {
  /** The plan's date, YYYY-MM-DD: the anchor for relative timescales and yearless dates. */
  planDate?: string
  /** Score mode: every non-empty line is one action. */
  lines?: boolean
  termDates?: TermDates
}

/** More actions than this and a plan is flagged as unfocused. */
export const MAX_FOCUSED_ACTIONS = 8
