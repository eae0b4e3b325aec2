import type { PlanContext } from './context'

/** A piece of plan text written from the plan's context. */
export type Text = (x: PlanContext) => string

/**
 * One SMART action as a good plan writes it: who, what, by when, and how everyone will know it
 * has made a difference for the child. Poorer plans are made by taking parts of it away.
 */
export interface ActionTemplate {
  who: Text
  /** What they will do, as it follows "to": "see her GP about her low mood". */
  task: Text
  /** The timescale as it reads in a sentence: "by 28/09/2026", "every 4 weeks". */
  when: Text
  /** The "How will we know it is working?" cell: a change for the child. */
  measure: Text
  /** The benefit for the child, for list plans: what follows "so that". */
  so?: Text
  /** The same action with nobody named, for a plan that forgets to say who. */
  passive?: Text
}

/** One assessed need: how the plan describes it, what should change, and what will be done. */
export interface Theme {
  key: string
  /** The subheading a plan grouped by domain files it under ("Health", "Education"). */
  domain: string
  /** Ages the need makes sense for. */
  ages?: readonly [number, number]
  worry: Text
  outcome: Text
  actions: readonly ActionTemplate[]
  /** Process-only lines a poor plan writes for this need instead. */
  poor: readonly Text[]
}

/** A contingency line; one that answers a particular need is used only when the plan has it. */
export type ContingencyLine = Text | { theme: string; text: Text }

/** What every plan of one type is built from. */
export interface PlanTypeContent {
  title: readonly string[]
  planTypeLine: string
  reasonHeading: readonly string[]
  reason: Text
  strengths: readonly Text[]
  themes: readonly Theme[]
  /** Visits and meetings a good plan of this type always sets out. */
  standing: readonly ActionTemplate[]
  /** The child's own words. */
  quotes: readonly Text[]
  /** What happens if the plan does not work, specific and owned. */
  contingency: readonly ContingencyLine[]
  /** Process lines that belong to no particular need ("SW to monitor"). */
  genericPoor: readonly Text[]
  actionsHeading: readonly string[]
}

export const VAGUE_TIMESCALES = [
  'ongoing',
  'ASAP',
  'as soon as possible',
  'TBC',
  'when appropriate',
  'in due course',
  'as and when'
] as const

export const PROCESS_MEASURES = [
  'Attendance at sessions',
  'Engagement with the service',
  'Progress to be reviewed',
  'Feedback from professionals',
  'Sessions attended'
] as const

export const GENERIC_CONTINGENCY = [
  'If concerns increase, the case will be escalated to the team manager.',
  'Escalate to management if the plan is not working.',
  'If things do not improve, consideration will be given to other options.',
  'Any new concerns will be dealt with under the relevant procedures.'
] as const

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
