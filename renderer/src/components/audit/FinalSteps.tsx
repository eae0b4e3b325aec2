import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { ActionPriority, AuditAction } from '../../../../shared/contract'
import { describeCap } from '../../../../shared/audit-rules'
import type { Incomplete, OverallCap } from '../../../../shared/audit-rules'
import type { Framework, GradeValue } from '../../../../shared/domain'
import { gradeLabel } from '../../../../shared/domain'
import { formatDate } from '../../format'
import { EMPTY_ACTION_DRAFT } from '../../state/audit'
import type { ActionDraft } from '../../state/audit'
import { DATE_HINT, DateInput, readDateField } from '../DateInput'
import { describedBy, Field } from '../Field'
import { GradeChoice } from './GradeChoice'

export function OverallCard(props: {
  framework: Framework
  grade: GradeValue | null
  rationale: string
  cap: OverallCap | null
  locked: boolean
  errors: Record<string, string>
  onGrade: (grade: GradeValue) => void
  onRationale: (text: string) => void
}) {
  const id = useId()
  const { overall } = props.framework
  const overCap = props.cap !== null && props.grade !== null && props.grade > props.cap.grade
  return (
    <article className="criterion-card" aria-labelledby={`${id}-title`}>
      <p className="criterion-card__position">After the criteria</p>
      <h2 id={`${id}-title`} className="criterion-card__title" tabIndex={-1}>
        {overall.title}
      </h2>
      <p className="criterion-card__question">{overall.question}</p>
      {props.cap && (
        <p
          className={`cap-note${overCap ? ' cap-note--breached' : ''}`}
          role={overCap ? 'alert' : undefined}
        >
          {describeCap(props.cap)}
          {overCap ? ` Choose ${gradeLabel(props.cap.grade)} or lower.` : ''}
        </p>
      )}
      {props.errors.overall && !overCap && <p className="field__error">{props.errors.overall}</p>}
      <GradeChoice
        name={`${id}-grade`}
        legend={`Grade for ${overall.title}`}
        descriptors={overall.descriptors}
        value={props.grade}
        maxGrade={props.cap?.grade ?? null}
        disabled={props.locked}
        onChange={props.onGrade}
      />
      <Field
        id={`${id}-rationale`}
        label={`Rationale${overall.rationaleRequired ? ' (required)' : ''}`}
        hint="Why this judgement: the strengths and the gaps that decided it."
        error={props.errors.rationale}
      >
        <textarea
          id={`${id}-rationale`}
          className="textarea"
          rows={5}
          value={props.rationale}
          readOnly={props.locked}
          aria-describedby={describedBy(`${id}-rationale`, 'hint', props.errors.rationale)}
          onChange={(event) => props.onRationale(event.target.value)}
        />
      </Field>
    </article>
  )
}

const PRIORITY_LABELS: Record<ActionPriority, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low'
}

export function ActionsCard(props: {
  actions: AuditAction[]
  locked: boolean
  onAdd: (input: {
    description: string
    owner?: string
    dueDate?: string
    priority: ActionPriority
  }) => Promise<string | null>
  onStatus: (actionId: number, status: 'open' | 'done') => void
  onDelete: (actionId: number) => void
  /** The action being typed, kept by the stepper so moving between steps does not lose it. */
  draft: ActionDraft
  onDraft: (draft: ActionDraft) => void
}) {
  const id = useId()
  const { description, owner, dueDate, priority } = props.draft
  const change = (part: Partial<ActionDraft>) => props.onDraft({ ...props.draft, ...part })
  const setDescription = (value: string) => change({ description: value })
  const setOwner = (value: string) => change({ owner: value })
  const setDueDate = (value: string) => change({ dueDate: value })
  const setPriority = (value: ActionPriority) => change({ priority: value })
  const [error, setError] = useState<{ field: 'description' | 'due'; message: string }>()
  const errorFor = (field: 'description' | 'due') =>
    error?.field === field ? error.message : undefined
  const [confirming, setConfirming] = useState<number | null>(null)

  async function add(event: FormEvent) {
    event.preventDefault()
    if (!description.trim())
      return setError({ field: 'description', message: 'Describe the action' })
    const due = readDateField(dueDate, 'The due date')
    if ('error' in due) return setError({ field: 'due', message: due.error })
    const problem = await props.onAdd({
      description,
      owner: owner.trim() || undefined,
      dueDate: due.date,
      priority
    })
    if (problem) return setError({ field: 'description', message: problem })
    setError(undefined)
    props.onDraft(EMPTY_ACTION_DRAFT)
    document.getElementById(`${id}-description`)?.focus()
  }

  return (
    <article className="criterion-card" aria-labelledby={`${id}-title`}>
      <p className="criterion-card__position">After the criteria</p>
      <h2 id={`${id}-title`} className="criterion-card__title" tabIndex={-1}>
        Actions arising
      </h2>
      <p className="criterion-card__question">
        What must happen to improve this plan, who will do it and by when. Actions are followed up
        in the reports.
      </p>
      {props.actions.length === 0 ? (
        <p className="secondary">No actions yet.</p>
      ) : (
        <ul className="action-list">
          {props.actions.map((action) => (
            <li key={action.id} className="action-item">
              <p className="action-item__text">{action.description}</p>
              <p className="action-item__meta">
                {action.owner ?? 'No owner'} ·{' '}
                {action.dueDate ? `by ${formatDate(action.dueDate)}` : 'no date'} ·{' '}
                {PRIORITY_LABELS[action.priority]} priority ·{' '}
                {action.status === 'done' ? 'Done' : 'Open'}
              </p>
              <div className="action-item__buttons">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() =>
                    props.onStatus(action.id, action.status === 'done' ? 'open' : 'done')
                  }
                >
                  {action.status === 'done' ? 'Mark open' : 'Mark done'}
                  <span className="visually-hidden">: {action.description}</span>
                </button>
                {!props.locked &&
                  (confirming === action.id ? (
                    <>
                      <span className="secondary">Delete this action?</span>
                      <button
                        type="button"
                        className="button button--small button--warning"
                        onClick={() => props.onDelete(action.id)}
                      >
                        Yes, delete
                      </button>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => setConfirming(null)}
                      >
                        Keep it
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => setConfirming(action.id)}
                    >
                      Delete<span className="visually-hidden">: {action.description}</span>
                    </button>
                  ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {!props.locked && (
        <form className="action-form" onSubmit={add} noValidate>
          <h3 className="section-title">Add an action</h3>
          <Field id={`${id}-description`} label="Action" error={errorFor('description')}>
            <textarea
              id={`${id}-description`}
              className="textarea"
              rows={2}
              value={description}
              aria-describedby={describedBy(
                `${id}-description`,
                undefined,
                errorFor('description')
              )}
              onChange={(event) => setDescription(event.target.value)}
            />
          </Field>
          <div className="form__row">
            <Field id={`${id}-owner`} label="Who (role or name)">
              <input
                id={`${id}-owner`}
                className="input input--medium"
                value={owner}
                onChange={(e) => setOwner(e.target.value)}
              />
            </Field>
            <Field id={`${id}-due`} label="Due date" hint={DATE_HINT} error={errorFor('due')}>
              <DateInput
                id={`${id}-due`}
                value={dueDate}
                onChange={setDueDate}
                describedBy={describedBy(`${id}-due`, DATE_HINT, errorFor('due'))}
                invalid={errorFor('due') !== undefined}
              />
            </Field>
            <Field id={`${id}-priority`} label="Priority">
              <select
                id={`${id}-priority`}
                className="select select--auto"
                value={priority}
                onChange={(e) => setPriority(e.target.value as ActionPriority)}
              >
                <option value="high">High</option>
                <option value="medium">Medium</option>
                <option value="low">Low</option>
              </select>
            </Field>
          </div>
          <button type="submit" className="button button--secondary">
            Add action
          </button>
        </form>
      )}
    </article>
  )
}

export function SafeguardingCard(props: {
  flag: boolean
  note: string
  locked: boolean
  error?: string
  onFlag: (flag: boolean) => void
  onNote: (text: string) => void
}) {
  const id = useId()
  return (
    <article className="criterion-card" aria-labelledby={`${id}-title`}>
      <p className="criterion-card__position">After the criteria</p>
      <h2 id={`${id}-title`} className="criterion-card__title" tabIndex={-1}>
        Safeguarding concern
      </h2>
      <p className="criterion-card__question">
        Did reading this plan raise a concern that a child may be at risk of harm now? If so, act on
        it the way your council requires first, then record it here.
      </p>
      <div className="checkbox checkbox--large">
        <input
          id={`${id}-flag`}
          type="checkbox"
          checked={props.flag}
          disabled={props.locked}
          onChange={(e) => props.onFlag(e.target.checked)}
        />
        <label htmlFor={`${id}-flag`}>This audit raised a safeguarding concern</label>
      </div>
      {props.flag && (
        <Field
          id={`${id}-note`}
          label="Escalation (required)"
          hint="Who was told, when and how; what they agreed to do."
          error={props.error}
        >
          <textarea
            id={`${id}-note`}
            className="textarea"
            rows={4}
            value={props.note}
            readOnly={props.locked}
            aria-describedby={describedBy(`${id}-note`, 'hint', props.error)}
            onChange={(event) => props.onNote(event.target.value)}
          />
        </Field>
      )}
    </article>
  )
}

export function SubmitCard(props: {
  incomplete: Incomplete[]
  submitted: boolean
  /** The cycle is closed: nothing changes, and the audit cannot be reopened, until it is reopened. */
  cycleClosed: boolean
  submittedAt: string | null
  error?: string
  labelFor: (field: string) => string
  onGo: (field: string) => void
  onSubmit: () => void
  onReopen: () => void
}) {
  const id = useId()
  return (
    <article className="criterion-card" aria-labelledby={`${id}-title`}>
      <p className="criterion-card__position">Last step</p>
      <h2 id={`${id}-title`} className="criterion-card__title" tabIndex={-1}>
        {props.submitted ? 'Submitted' : props.cycleClosed ? 'Not submitted' : 'Check and submit'}
      </h2>
      {props.cycleClosed ? (
        <p>
          {props.submitted
            ? `Submitted ${props.submittedAt ? formatDate(props.submittedAt) : ''}. `
            : ''}
          The cycle is closed, so this audit stays as it is. The cycle can be reopened from its page
          in Cycles.
        </p>
      ) : props.submitted ? (
        <>
          <p>
            Submitted {props.submittedAt ? formatDate(props.submittedAt) : ''}. The audit is locked;
            reopen it (with a reason, recorded in the audit trail) to change it.
          </p>
          <button type="button" className="button button--secondary" onClick={props.onReopen}>
            Reopen this audit
          </button>
        </>
      ) : props.incomplete.length === 0 ? (
        <>
          <p>Everything the framework asks for is done. Submitting locks the audit.</p>
          <button type="button" className="button" onClick={props.onSubmit}>
            Submit audit
          </button>
          <p className="field__hint">Shortcut: Ctrl+Enter</p>
        </>
      ) : (
        <>
          <p>Before you can submit:</p>
          <ul className="incomplete-list">
            {props.incomplete.map((item) => (
              <li key={item.field + item.message}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onGo(item.field)}
                >
                  {item.message}
                </button>
                <span className="secondary"> ({props.labelFor(item.field)})</span>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={props.onSubmit}>
            Submit audit
          </button>
        </>
      )}
      {props.error && <p className="field__error">{props.error}</p>}
    </article>
  )
}
