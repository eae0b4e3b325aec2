import type { AnalyserGroup } from '../domain'
import { MAX_FOCUSED_ACTIONS } from './types'
import type { ActionFlag, PlanAnalysis } from './types'

/** One thing the analyser points out, beside the criterion it bears on. It never scores. */
export interface AnalyserPrompt {
  /** Stable across re-analysis of the same plan, so a dismissal sticks. */
  key: string
  group: AnalyserGroup
  message: string
  /** Indexes into analysis.actions of the actions it is about (empty for plan-level prompts). */
  actions: number[]
}

function withFlag(analysis: PlanAnalysis, flags: readonly ActionFlag[]): number[] {
  return analysis.actions.flatMap((action, index) =>
    action.flags.some((f) => flags.includes(f)) ? [index] : []
  )
}

/** "1 of 5 actions has no timescale", "2 of 5 actions have no timescale". */
function ofActions(count: number, total: number, one: string, many: string): string {
  return `${count} of ${total} action${total === 1 ? '' : 's'} ${count === 1 ? one : many}`
}

/**
 * The prompts the stepper shows beside the rubric, grouped by the criterion they inform:
 * timescales, outcome focus, robustness and the child's voice.
 */
export function analyserPrompts(analysis: PlanAnalysis): AnalyserPrompt[] {
  const total = analysis.actions.length
  const prompts: AnalyserPrompt[] = []
  const add = (
    key: string,
    group: AnalyserGroup,
    message: string,
    actions: number[] = []
  ): void => {
    prompts.push({ key, group, message, actions })
  }
  if (total === 0) {
    add('robustness:no-actions', 'robustness', 'No actions were found in the plan text.')
  } else {
    const untimed = withFlag(analysis, ['no-timescale'])
    const vague = withFlag(analysis, ['vague-timescale'])
    const pastDue = withFlag(analysis, ['past-due'])
    const process = withFlag(analysis, ['process-not-outcome'])
    const ownerless = withFlag(analysis, ['no-owner'])
    if (untimed.length > 0)
      add(
        'timescales:no-timescale',
        'timescales',
        ofActions(untimed.length, total, 'has no timescale.', 'have no timescale.'),
        untimed
      )
    if (vague.length > 0)
      add(
        'timescales:vague',
        'timescales',
        ofActions(
          vague.length,
          total,
          'has only a vague timescale ("ongoing", "ASAP").',
          'have only a vague timescale ("ongoing", "ASAP").'
        ),
        vague
      )
    if (pastDue.length > 0)
      add(
        'timescales:past-due',
        'timescales',
        ofActions(
          pastDue.length,
          total,
          'was due before the plan’s date.',
          'were due before the plan’s date.'
        ),
        pastDue
      )
    if (process.length > 0) {
      add(
        'outcome-focus:process',
        'outcome-focus',
        ofActions(
          process.length,
          total,
          'describes a process (attend, refer, monitor) rather than a change for the child.',
          'describe a process (attend, refer, monitor) rather than a change for the child.'
        ),
        process
      )
    }
    if (ownerless.length > 0)
      add(
        'robustness:no-owner',
        'robustness',
        ofActions(
          ownerless.length,
          total,
          'does not say who will do it.',
          'do not say who will do them.'
        ),
        ownerless
      )
    if (total > MAX_FOCUSED_ACTIONS) {
      add(
        'robustness:too-many',
        'robustness',
        `The plan has ${total} actions: more than about ${MAX_FOCUSED_ACTIONS} is hard to deliver and review.`
      )
    }
  }
  if (!analysis.summary.contingency)
    add('robustness:no-contingency', 'robustness', 'No contingency plan was found.')
  if (!analysis.summary.childsVoice)
    add('childs-voice:not-found', 'childs-voice', 'The child’s views were not found in the plan.')
  return prompts
}
