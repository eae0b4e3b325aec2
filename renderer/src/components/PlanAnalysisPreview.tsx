import { useDeferredValue, useMemo } from 'react'
import { analysePlan } from '../../../shared/analysis'

const FLAG_WORDS: Record<string, string> = {
  'no-timescale': 'no timescale',
  'vague-timescale': 'vague timescale',
  'no-owner': 'no owner',
  'process-not-outcome': 'process, not an outcome',
  'past-due': 'past due'
}

/**
 * What the analyser makes of plan text as it is typed or pasted: how many actions, and which lack
 * a timescale, an owner or an outcome. It runs on every change (well under a frame for a typical
 * plan); useDeferredValue keeps typing smooth for a very long one.
 */
export default function PlanAnalysisPreview({
  text,
  planDate
}: {
  text: string
  planDate?: string
}) {
  const deferred = useDeferredValue(text)
  const analysis = useMemo(
    () => (deferred.trim() ? analysePlan(deferred, { planDate: planDate || undefined }) : null),
    [deferred, planDate]
  )
  if (!analysis) return null
  const { summary } = analysis
  const flagged = analysis.actions.filter((action) => action.flags.length > 0)
  return (
    <div className="analysis-preview" aria-live="polite">
      <p className="analysis-preview__summary">
        The analyser found {summary.actions} action{summary.actions === 1 ? '' : 's'}:{' '}
        {summary.withTimescale} with a clear timescale, {summary.withOwner} with an owner,{' '}
        {summary.outcomeFocused} stating an outcome for the child.
        {summary.contingency ? '' : ' No contingency plan found.'}
        {summary.childsVoice ? '' : ' The child’s views were not found.'}
      </p>
      {flagged.length > 0 && (
        <ul className="analysis-preview__list">
          {flagged.slice(0, 12).map((action) => (
            <li key={action.start}>
              Line {action.line}: {action.flags.map((flag) => FLAG_WORDS[flag] ?? flag).join(', ')}
            </li>
          ))}
          {flagged.length > 12 && <li>and {flagged.length - 12} more</li>}
        </ul>
      )}
    </div>
  )
}
