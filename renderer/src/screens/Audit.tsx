import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { analysePlan, analyserPrompts } from '../../../shared/analysis'
import { incompleteItems, overallCap } from '../../../shared/audit-rules'
import type { GradeValue } from '../../../shared/domain'
import { AnalyserPromptList } from '../components/audit/AnalyserPromptList'
import { CriterionCard } from '../components/audit/CriterionCard'
import {
  ActionsCard,
  OverallCard,
  SafeguardingCard,
  SubmitCard
} from '../components/audit/FinalSteps'
import { PlanPanel } from '../components/audit/PlanPanel'
import { SaveIndicator } from '../components/audit/SaveIndicator'
import { ShortcutsDialog } from '../components/audit/ShortcutsDialog'
import { Notice } from '../components/Notice'
import { ReasonDialog } from '../components/ReasonDialog'
import { planTypeLabel } from '../format'
import { FINAL_STEPS, hasActionDraft, targetKey, useAudit } from '../state/audit'
import type { AuditTarget } from '../state/audit'
import { useLeaveGuard } from '../state/leave-guard'
import { useNavigation } from '../state/navigation'

const FINAL_LABELS: Record<string, string> = {
  overall: 'Overall judgement',
  actions: 'Actions arising',
  safeguarding: 'Safeguarding',
  submit: 'Check and submit'
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  if (!element) return false
  const tag = element.tagName
  return (
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' &&
      !['radio', 'checkbox', 'button'].includes((element as HTMLInputElement).type)) ||
    element.isContentEditable
  )
}

/** The stepper: one sampled plan, its text on the left and the rubric on the right. */
export function Audit({ target }: { target: AuditTarget }) {
  const moderating = target.kind === 'moderation'
  const state = useAudit()
  const go = useNavigation((s) => s.go)
  const [dialog, setDialog] = useState<'shortcuts' | 'skip' | 'reopen' | null>(null)
  const rubric = useRef<HTMLDivElement>(null)
  const focusCard = useRef(false)
  const { detail, step } = state

  // After moving to another step, focus its heading before the next key is handled, so the keys
  // and a screen reader follow the auditor (a layout effect runs in the same task as the render).
  useLayoutEffect(() => {
    if (!focusCard.current) return
    focusCard.current = false
    rubric.current?.querySelector<HTMLElement>('.criterion-card__title')?.focus()
  }, [step])

  const key = targetKey(target)
  useEffect(() => {
    void state.load(target)
    // Load once per target; the store's functions are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  // Leaving the screen sends anything still waiting for its debounce.
  useEffect(() => () => void useAudit.getState().flush(), [])

  // The audit's heading takes focus once it has loaded, as a screen's heading does on arrival (the
  // button that opened it is gone); not if the auditor has already moved focus somewhere.
  const heading = useRef<HTMLHeadingElement>(null)
  const loaded = detail !== null && state.loadedFor === key
  useEffect(() => {
    if (loaded && document.activeElement === document.body) heading.current?.focus()
  }, [loaded, key])

  // Scores save themselves; an action typed but not added is the one thing leaving would lose.
  useLeaveGuard(() =>
    hasActionDraft(useAudit.getState().actionDraft)
      ? {
          title: 'Leave without adding the action?',
          description:
            'You have typed an action under "Actions arising" but not added it. It will be lost.',
          confirmLabel: 'Leave without it',
          cancelLabel: 'Stay and add it'
        }
      : null
  )

  // Warn before the window closes with changes not yet saved (browser mode).
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (useAudit.getState().pendingCount() > 0) {
        void useAudit.getState().flush()
        event.preventDefault()
      }
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])

  const analysis = useMemo(
    () =>
      detail?.plan
        ? analysePlan(detail.plan.text, { planDate: detail.plan.planDate ?? undefined })
        : null,
    [detail?.plan]
  )
  const prompts = useMemo(() => (analysis ? analyserPrompts(analysis) : []), [analysis])

  const framework = detail?.framework
  const steps = useMemo(
    () => (framework ? [...framework.criteria.map((c) => c.key), ...FINAL_STEPS] : []),
    [framework]
  )
  const submitted = detail?.audit.status === 'submitted'
  // A closed cycle's audits stay as they are reported, submitted or not, until it is reopened.
  const cycleClosed = detail?.cycleClosed ?? false
  const locked = submitted || cycleClosed
  const auditState = {
    scores: state.scores,
    overallGrade: state.overallGrade,
    overallRationale: state.overallRationale,
    safeguardingFlag: state.safeguardingFlag,
    safeguardingNote: state.safeguardingNote
  }
  const incomplete = framework ? incompleteItems(framework, auditState) : []
  const cap = framework ? overallCap(framework, state.scores) : null

  function labelFor(field: string): string {
    const criterion = framework?.criteria.find((c) => c.key === field)
    if (criterion) return criterion.title
    if (field === 'rationale') return FINAL_LABELS.overall!
    return FINAL_LABELS[field] ?? field
  }

  function stepFor(field: string): string {
    return field === 'rationale' ? 'overall' : field
  }

  function moveStep(delta: number) {
    const index = steps.indexOf(step)
    const next = steps[Math.min(steps.length - 1, Math.max(0, index + delta))]
    if (next && next !== step) openStep(next)
  }

  function openStep(next: string) {
    focusCard.current = true
    state.goStep(next)
  }

  /** Back to where this audit was opened from: the auditor's queue or the moderation queue. */
  function backToQueue() {
    if (moderating) go({ screen: 'moderation' })
    else if (detail) go({ screen: 'queue', cycleId: detail.audit.cycleId })
  }

  async function openCase(nextCaseId: number | null) {
    await state.flush()
    if (nextCaseId === null || moderating || !detail) return backToQueue()
    go({ screen: 'audit', cycleId: detail.audit.cycleId, caseId: nextCaseId })
  }

  async function submit() {
    await state.submit()
    // Either way the last step says what happened: submitted, or what is still missing.
    openStep('submit')
  }

  // The stepper's keys, when the auditor is not typing.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!detail || dialog) return
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        void submit()
        return
      }
      if (event.key === 'Escape' && isTyping(event.target)) {
        ;(event.target as HTMLElement).blur()
        rubric.current?.querySelector<HTMLElement>('.criterion-card__title')?.focus()
        return
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return
      const criterion = framework?.criteria.find((c) => c.key === step)
      if (/^[1-4]$/.test(event.key) && !locked) {
        const grade = Number(event.key) as GradeValue
        if (criterion) state.setGrade(criterion.key, grade)
        else if (step === 'overall' && (cap === null || grade <= cap.grade))
          state.setOverallGrade(grade)
        else return
        event.preventDefault()
      } else if (event.key === '0' && criterion?.allowNotApplicable && !locked) {
        state.setNotApplicable(criterion.key)
        event.preventDefault()
      } else if (event.key === 'j' || event.key === 'J') {
        moveStep(1)
        event.preventDefault()
      } else if (event.key === 'k' || event.key === 'K') {
        moveStep(-1)
        event.preventDefault()
      } else if (event.key === '?') {
        setDialog('shortcuts')
        event.preventDefault()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  if (state.loadError) {
    return (
      <div className="audit-error">
        <Notice kind="error">{state.loadError.message}</Notice>
        <button type="button" className="button button--secondary" onClick={backToQueue}>
          Back to the queue
        </button>
      </div>
    )
  }
  if (!detail || !framework || state.loadedFor !== key)
    return (
      <p role="status" className="audit-loading">
        Opening the audit…
      </p>
    )

  const criterionIndex = framework.criteria.findIndex((c) => c.key === step)
  const criterion = criterionIndex >= 0 ? framework.criteria[criterionIndex] : undefined
  /** A tick only where there is something to be done and it is done; optional steps keep their number. */
  const stepDone = (key: string): boolean => {
    if (key === 'submit') return submitted
    if (key === 'actions') return state.actions.length > 0
    if (key === 'safeguarding')
      return state.safeguardingFlag && state.safeguardingNote.trim() !== ''
    return !incomplete.some((item) => stepFor(item.field) === key)
  }

  return (
    <div className="audit-screen">
      <header className="audit-bar">
        <div className="audit-bar__where">
          <p className="audit-bar__cycle">
            <button type="button" className="link-button" onClick={backToQueue}>
              {detail.cycleName}
            </button>
          </p>
          <h1 className="audit-bar__case" tabIndex={-1} ref={heading}>
            {moderating ? 'Moderating ' : ''}
            {detail.caseRecord.caseRef}
            <span className="audit-bar__type"> · {planTypeLabel(detail.caseRecord.planType)}</span>
            {detail.audit.safeguardingFlag && (
              <span className="tag tag--warning">Safeguarding concern</span>
            )}
            {submitted && <span className="tag tag--quiet">Submitted</span>}
            {cycleClosed && <span className="tag tag--quiet">Cycle closed</span>}
          </h1>
        </div>
        <p className="audit-bar__progress">
          {detail.queue.index} of {detail.queue.total}
        </p>
        <SaveIndicator state={state.saveState} savedAt={state.savedAt} error={state.saveError} />
        <div className="audit-bar__buttons">
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={detail.queue.previousCaseId === null}
            onClick={() => void openCase(detail.queue.previousCaseId)}
          >
            Previous case
          </button>
          {!locked && !moderating && (
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => setDialog('skip')}
            >
              Skip
            </button>
          )}
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => void openCase(detail.queue.nextCaseId)}
          >
            {detail.queue.nextCaseId === null ? 'Back to queue' : 'Next case'}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            aria-label="Keyboard shortcuts"
            onClick={() => setDialog('shortcuts')}
          >
            ?
          </button>
        </div>
      </header>

      <div className="audit-panes">
        <PlanPanel
          detail={detail}
          analysis={analysis}
          initialScroll={detail.audit.position?.planScroll ?? 0}
          onScroll={state.savePlanScroll}
        />

        <div className="rubric" ref={rubric}>
          <nav className="step-nav" aria-label="Steps of this audit">
            <ol>
              {steps.map((key, index) => (
                <li key={key}>
                  <button
                    type="button"
                    className={`step-nav__item${key === step ? ' step-nav__item--current' : ''}`}
                    aria-current={key === step ? 'step' : undefined}
                    onClick={() => openStep(key)}
                  >
                    <span
                      className={`step-nav__state${stepDone(key) ? ' step-nav__state--done' : ''}`}
                      aria-hidden="true"
                    >
                      {stepDone(key) ? '✓' : index + 1}
                    </span>
                    {labelFor(key)}
                    <span className="visually-hidden">
                      {stepDone(key) ? ' (done)' : ' (to do)'}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>

          <div className="rubric__card">
            {criterion && (
              <CriterionCard
                key={criterion.key}
                criterion={criterion}
                position={`Criterion ${criterionIndex + 1} of ${framework.criteria.length}${criterion.limitsOverall ? ' · limits the overall judgement' : ''}`}
                score={
                  state.scores[criterion.key] ?? {
                    grade: null,
                    notApplicable: false,
                    evidence: '',
                    checklist: {}
                  }
                }
                locked={locked}
                error={state.submitErrors[criterion.key]}
                onGrade={(grade) => state.setGrade(criterion.key, grade)}
                onNotApplicable={() => state.setNotApplicable(criterion.key)}
                onEvidence={(text) => state.setEvidence(criterion.key, text)}
                onChecklist={(prompt, answer) => state.setChecklist(criterion.key, prompt, answer)}
              >
                {criterion.analyser && (
                  <AnalyserPromptList
                    prompts={prompts.filter((p) => p.group === criterion.analyser)}
                    actions={analysis?.actions ?? []}
                    dismissed={state.dismissedPrompts}
                    locked={locked}
                    onDismiss={state.dismissPrompt}
                  />
                )}
              </CriterionCard>
            )}
            {step === 'overall' && (
              <OverallCard
                framework={framework}
                grade={state.overallGrade}
                rationale={state.overallRationale}
                cap={cap}
                locked={locked}
                errors={state.submitErrors}
                onGrade={state.setOverallGrade}
                onRationale={state.setRationale}
              />
            )}
            {step === 'actions' && (
              <ActionsCard
                actions={state.actions}
                locked={locked}
                onAdd={async (input) => (await state.addAction(input))?.message ?? null}
                onStatus={(actionId, status) => void state.setActionStatus(actionId, status)}
                onDelete={(actionId) => void state.deleteAction(actionId)}
                draft={state.actionDraft}
                onDraft={state.setActionDraft}
              />
            )}
            {step === 'safeguarding' && (
              <SafeguardingCard
                flag={state.safeguardingFlag}
                note={state.safeguardingNote}
                locked={locked}
                error={state.submitErrors.safeguarding}
                onFlag={state.setSafeguarding}
                onNote={state.setSafeguardingNote}
              />
            )}
            {step === 'submit' && (
              <SubmitCard
                incomplete={incomplete}
                submitted={submitted}
                cycleClosed={cycleClosed}
                submittedAt={detail.audit.submittedAt}
                error={state.submitErrors.submit}
                labelFor={labelFor}
                onGo={(field) => openStep(stepFor(field))}
                onSubmit={() => void submit()}
                onReopen={() => setDialog('reopen')}
              />
            )}
            <div className="rubric__move">
              <button
                type="button"
                className="button button--secondary"
                disabled={steps.indexOf(step) === 0}
                onClick={() => moveStep(-1)}
              >
                Previous<span className="visually-hidden"> step</span>
              </button>
              {step !== 'submit' && (
                <button type="button" className="button" onClick={() => moveStep(1)}>
                  Next: {labelFor(steps[steps.indexOf(step) + 1] ?? 'submit')}
                </button>
              )}
            </div>
          </div>
        </div>
      </div>

      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'skip' && (
        <ReasonDialog
          title={`Skip ${detail.caseRecord.caseRef} for now`}
          description="The case stays in your queue, marked skipped with the reason, until you come back to it."
          confirmLabel="Skip"
          onConfirm={async (reason) => {
            const error = await state.skip(reason)
            if (error) return error.message
            void openCase(detail.queue.nextCaseId)
            return null
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reopen' && (
        <ReasonDialog
          title="Reopen this audit"
          description="The audit becomes editable again. Submit it again when you have finished."
          confirmLabel="Reopen"
          onConfirm={async (reason) => (await state.reopen(reason))?.message ?? null}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  )
}
