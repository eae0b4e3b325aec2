import { memo, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { AnalysedAction, PlanAnalysis } from '../../../../shared/analysis'
import type { AuditDetail } from '../../../../shared/contract'
import { gradeLabel } from '../../../../shared/domain'
import { formatDate, planTypeLabel } from '../../format'
import { findMatches, planLines } from './plan-segments'

const FLAG_LABELS: Record<string, string> = {
  'no-timescale': 'No timescale',
  'vague-timescale': 'Vague timescale',
  'no-owner': 'No owner',
  'process-not-outcome': 'Process, not outcome',
  'past-due': 'Past due'
}

export function actionDomId(index: number): string {
  return `plan-action-${index}`
}

/**
 * Centres an element of the plan text in the plan's own scroll area. Not scrollIntoView, which
 * would also scroll the screen's fixed frame around it.
 */
export function scrollPlanTo(element: HTMLElement): void {
  const scroller = element.closest<HTMLElement>('.plan-panel__text')
  if (!scroller) return
  const top =
    element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
  scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 2)
}

interface PlanPanelProps {
  detail: AuditDetail
  analysis: PlanAnalysis | null
  initialScroll: number
  onScroll: (scrollTop: number) => void
}

/** The plan under audit: its details, a find box, and the text with the analyser's marks. */
export function PlanPanel({ detail, analysis, initialScroll, onScroll }: PlanPanelProps) {
  const { plan, caseRecord, previousAudits } = detail
  const id = useId()
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(0)
  const scroller = useRef<HTMLDivElement>(null)
  const matches = useMemo(() => (plan ? findMatches(plan.text, query) : []), [plan, query])

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = initialScroll
    // Only when the plan first appears: later scrolling is the auditor's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan?.id])

  useEffect(() => {
    if (matches.length === 0) return
    const match = document.getElementById(`${id}-match-${current}`)
    if (match) scrollPlanTo(match)
  }, [current, matches, id])

  function onFindKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || matches.length === 0) return
    event.preventDefault()
    setCurrent((current + (event.shiftKey ? matches.length - 1 : 1)) % matches.length)
  }

  return (
    <section className="plan-panel" aria-labelledby={`${id}-title`}>
      <header className="plan-panel__header">
        <h2 id={`${id}-title`} className="plan-panel__title">
          Plan{plan ? `, version ${plan.version}` : ''}
        </h2>
        <p className="plan-panel__meta">
          {planTypeLabel(caseRecord.planType)} · {caseRecord.team}
          {caseRecord.socialWorker ? ` · ${caseRecord.socialWorker}` : ''}
          {plan?.planDate ? ` · dated ${formatDate(plan.planDate)}` : ''}
          {plan ? ` · ${plan.sourceName}` : ''}
        </p>
        {previousAudits.length > 0 && (
          <p className="plan-panel__meta">
            Audited before:{' '}
            {previousAudits
              .map(
                (audit) =>
                  `${audit.cycleName} (${audit.overallGrade ? gradeLabel(audit.overallGrade) : 'no grade'}${audit.safeguardingFlag ? ', safeguarding concern' : ''})`
              )
              .join('; ')}
          </p>
        )}
        {plan && (
          <div className="plan-find">
            <label htmlFor={`${id}-find`} className="visually-hidden">
              Find in plan
            </label>
            <input
              id={`${id}-find`}
              type="search"
              className="input plan-find__input"
              placeholder="Find in plan"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value)
                setCurrent(0)
              }}
              onKeyDown={onFindKey}
            />
            <span className="plan-find__count" aria-live="polite">
              {query.trim().length >= 2
                ? matches.length === 0
                  ? 'No matches'
                  : `${current + 1} of ${matches.length}`
                : ''}
            </span>
          </div>
        )}
        {analysis && (
          <p className="plan-panel__summary">
            {analysis.summary.actions} actions found: {analysis.summary.withTimescale} with a clear
            timescale, {analysis.summary.withOwner} with an owner, {analysis.summary.outcomeFocused}{' '}
            stating an outcome for the child.
          </p>
        )}
      </header>
      <div
        ref={scroller}
        className="plan-panel__text"
        tabIndex={0}
        role="region"
        aria-label="Plan text"
        onScroll={(event) => onScroll(event.currentTarget.scrollTop)}
      >
        {plan ? (
          <PlanText
            text={plan.text}
            actions={analysis?.actions ?? []}
            matches={matches}
            current={current}
            matchIdPrefix={`${id}-match-`}
          />
        ) : (
          <p className="plan-panel__empty">
            No plan is attached to this case yet. Attach it from Plans (or paste it there), then
            open this audit again.
          </p>
        )}
      </div>
    </section>
  )
}

interface PlanTextProps {
  text: string
  actions: readonly AnalysedAction[]
  matches: readonly [number, number][]
  current: number
  matchIdPrefix: string
}

/** The plan's lines with a margin that names what each flagged action lacks, in words. */
const PlanText = memo(function PlanText({
  text,
  actions,
  matches,
  current,
  matchIdPrefix
}: PlanTextProps) {
  const lines = useMemo(() => planLines(text, actions, matches), [text, actions, matches])
  return (
    <div className="plan-text">
      {lines.map((line) => (
        <div className="plan-line" key={line.number}>
          <div className="plan-line__margin" aria-hidden={line.startsActions.length === 0}>
            {line.startsActions.map((index) => {
              const flags = actions[index]!.flags
              return (
                <span
                  key={index}
                  className={`plan-flag${flags.length === 0 ? ' plan-flag--ok' : ''}`}
                >
                  {flags.length === 0
                    ? 'Action'
                    : flags.map((flag) => FLAG_LABELS[flag] ?? flag).join(' · ')}
                </span>
              )
            })}
          </div>
          <div className="plan-line__text">
            {line.segments.length === 0
              ? '\u00a0'
              : line.segments.map((segment) => {
                  const flagged =
                    segment.action !== null && actions[segment.action]!.flags.length > 0
                  const isFirst =
                    segment.action !== null && actions[segment.action]!.start === segment.start
                  const content =
                    segment.match !== null ? (
                      <mark
                        id={`${matchIdPrefix}${segment.match}`}
                        className={
                          segment.match === current
                            ? 'find-match find-match--current'
                            : 'find-match'
                        }
                      >
                        {segment.text}
                      </mark>
                    ) : (
                      segment.text
                    )
                  if (segment.action === null) return <span key={segment.start}>{content}</span>
                  return (
                    <span
                      key={segment.start}
                      id={isFirst ? actionDomId(segment.action) : undefined}
                      tabIndex={isFirst ? -1 : undefined}
                      className={`plan-action${flagged ? ' plan-action--flagged' : ''}`}
                      data-action={segment.action}
                    >
                      {content}
                    </span>
                  )
                })}
          </div>
        </div>
      ))}
    </div>
  )
})
