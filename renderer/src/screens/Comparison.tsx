import { useEffect, useMemo } from 'react'
import { PLAN_TYPE_LABELS } from '../../../shared/domain'
import { ErrorSummary } from '../components/ErrorSummary'
import type { FieldProblem } from '../components/ErrorSummary'
import { ComparisonTable } from '../components/moderation/ComparisonTable'
import { REASON_LABELS, STAGE_LABELS } from '../components/moderation/labels'
import { controlId, ResolutionForm } from '../components/moderation/ResolutionForm'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { formatDateTime } from '../format'
import { useLeaveGuard } from '../state/leave-guard'
import { useComparison } from '../state/moderation'
import { useNavigation } from '../state/navigation'

/** Field errors in the order the form shows them, each linking to its control. */
function problemsFrom(errors: Record<string, string>, order: string[]): FieldProblem[] {
  const rank = (field: string) => {
    const index = order.indexOf(field)
    return index === -1 ? order.length : index
  }
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, message]) => ({
      fieldId: field === 'form' ? 'agreed-result' : controlId(field),
      message
    }))
}

/** One moderation: the two audits side by side, and the result the two auditors agree. */
export function Comparison({ moderationId }: { moderationId: number }) {
  const state = useComparison()
  const go = useNavigation((s) => s.go)
  const { load, comparison } = state
  useLeaveGuard(() =>
    useComparison.getState().unsaved()
      ? {
          title: 'Leave without recording the agreed result?',
          description:
            'The grades and notes you have entered here are not recorded yet and will be lost.',
          confirmLabel: 'Discard them',
          cancelLabel: 'Stay and record them'
        }
      : null
  )

  useEffect(() => {
    void load(moderationId)
  }, [moderationId, load])

  const order = useMemo(
    () =>
      comparison
        ? [
            ...comparison.rows.flatMap((row) => [`agreed.${row.key}`, `discussion.${row.key}`]),
            'agreedOverall',
            'discussion.overall',
            'agreedRationale'
          ]
        : [],
    [comparison]
  )
  const problems = useMemo(() => problemsFrom(state.fieldErrors, order), [state.fieldErrors, order])

  const back = (
    <button type="button" className="link-button" onClick={() => go({ screen: 'moderation' })}>
      Back to moderation
    </button>
  )
  if (state.error) {
    return (
      <>
        <Notice kind="error">{state.error.message}</Notice>
        <p>{back}</p>
      </>
    )
  }
  if (!comparison || comparison.moderation.id !== moderationId) {
    return <p role="status">Opening the comparison…</p>
  }
  const { moderation, agreed } = comparison
  return (
    <>
      <p className="caption">{back}</p>
      <ScreenHeading>Compare {moderation.caseRef}</ScreenHeading>
      <dl className="summary-list summary-list--compact comparison-summary">
        <div className="summary-list__row">
          <dt>Cycle</dt>
          <dd>
            {moderation.cycleName} · {PLAN_TYPE_LABELS[moderation.planType]}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Auditors</dt>
          <dd>
            {moderation.firstAuditorName} (first auditor), {moderation.moderatorName} (moderator)
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Why chosen</dt>
          <dd>{moderation.reason ? REASON_LABELS[moderation.reason] : ''}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Status</dt>
          <dd>
            {STAGE_LABELS[moderation.stage]}
            {agreed ? `, recorded ${formatDateTime(agreed.resolvedAt)}` : ''}
          </dd>
        </div>
      </dl>

      <ComparisonTable comparison={comparison} />

      <section className="section section--full" aria-labelledby="agreed-result">
        <h2 className="section-title" id="agreed-result" tabIndex={-1}>
          Agreed result
        </h2>
        <p className="section-intro">
          Discuss the differences, then record the grades you both agree. The two original audits
          stay as they were; reports can show both.
        </p>
        {state.savedAt && (
          <Notice kind="success">
            Agreed result recorded {formatDateTime(state.savedAt)}. Either of you can change it
            here; every change is recorded.
          </Notice>
        )}
        <ErrorSummary problems={problems} />
        <ResolutionForm
          comparison={comparison}
          form={state.form}
          errors={state.fieldErrors}
          saving={state.saving}
          onAgreed={state.setAgreed}
          onOverall={state.setOverall}
          onRationale={state.setRationale}
          onDiscussion={state.setDiscussion}
          onSubmit={() => void state.resolve()}
        />
      </section>
    </>
  )
}
