import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { ModerationSelection } from '../../../../shared/contract'
import type { AppErrorData } from '../../../../shared/errors'
import type { SelectionRequest } from '../../state/moderation'
import { ErrorSummary } from '../ErrorSummary'
import type { FieldProblem } from '../ErrorSummary'
import { describedBy, Field } from '../Field'
import { Notice } from '../Notice'
import { REASON_LABELS } from './labels'

interface SelectionPanelProps {
  request: SelectionRequest
  preview: ModerationSelection | null
  previewError: AppErrorData | null
  saving: boolean
  onPreview: (request: SelectionRequest) => void
  onSave: () => Promise<AppErrorData | null>
  onDiscard: () => void
}

/**
 * Choosing a cycle's audits to moderate: the share and seed, a preview with the reason for each
 * and its moderator (changeable), audits added by hand, then saving it.
 */
export function SelectionPanel(props: SelectionPanelProps) {
  const { request, preview, previewError, onPreview } = props
  const id = useId()
  const [share, setShare] = useState(String(request.sharePercent))
  const [seed, setSeed] = useState(request.seed ?? '')
  const [shareError, setShareError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    const value = Number(share.trim().replace(/%$/, ''))
    if (share.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      setShareError('Enter a share from 0 to 100, like 10')
      return
    }
    setShareError(undefined)
    onPreview({ ...request, sharePercent: value, seed: seed.trim() || undefined })
  }

  const fieldError = shareError ?? previewError?.fields?.sharePercent
  return (
    <div className="selection-panel">
      <p className="section-intro">
        Every submitted audit graded Inadequate overall or with a safeguarding concern is always
        chosen. The share is drawn at random from the other submitted audits not yet chosen, with at
        least one for each auditor. Nobody moderates their own audit.
      </p>
      <form className="inline-form selection-form" onSubmit={submit} noValidate>
        <Field
          id={`${id}-share`}
          label="Share to draw at random (%)"
          hint="Of the submitted audits not yet moderated."
          error={fieldError}
        >
          <input
            id={`${id}-share`}
            className="input input--short"
            inputMode="decimal"
            value={share}
            onChange={(event) => setShare(event.target.value)}
            aria-describedby={describedBy(`${id}-share`, 'hint', fieldError)}
            aria-invalid={fieldError ? true : undefined}
          />
        </Field>
        <Field
          id={`${id}-seed`}
          label="Seed (optional)"
          hint="The same seed gives the same choice. Leave empty for a new one."
        >
          <input
            id={`${id}-seed`}
            className="input input--medium input--mono"
            value={seed}
            spellCheck={false}
            onChange={(event) => setSeed(event.target.value)}
            aria-describedby={`${id}-seed-hint`}
          />
        </Field>
        <button type="submit" className="button button--secondary selection-form__go">
          Preview the selection
        </button>
      </form>
      {previewError && !previewError.fields?.sharePercent && (
        <Notice kind="error">{previewError.message}</Notice>
      )}
      {preview && <SelectionPreview {...props} preview={preview} />}
    </div>
  )
}

function SelectionPreview({
  request,
  preview,
  saving,
  onPreview,
  onSave,
  onDiscard
}: SelectionPanelProps & { preview: ModerationSelection }) {
  const id = useId()
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [adding, setAdding] = useState('')
  const again = (change: Partial<SelectionRequest>) =>
    onPreview({ ...request, seed: preview.seed, ...change })
  const fieldId = (auditId: number) => `${id}-moderator-${auditId}`

  async function save() {
    const error = await onSave()
    if (!error) return setProblems([])
    const fields = Object.entries(error.fields ?? {})
    setProblems(
      fields.length > 0
        ? fields.map(([key, message]) => ({
            fieldId: fieldId(Number(key.split('.')[1])),
            message
          }))
        : [{ fieldId: `${id}-save`, message: error.message }]
    )
  }

  const problemFor = (auditId: number) =>
    problems.find((problem) => problem.fieldId === fieldId(auditId))?.message
  return (
    <section className="preview-panel" aria-labelledby={`${id}-title`}>
      <h4 className="section-title" id={`${id}-title`}>
        Preview: {preview.items.length} {preview.items.length === 1 ? 'audit' : 'audits'} (seed{' '}
        <span className="mono">{preview.seed}</span>)
      </h4>
      <p>
        {preview.eligible} submitted {preview.eligible === 1 ? 'audit is' : 'audits are'} not yet
        moderated; {preview.sharePercent}% of them is {preview.randomTarget} at random.
      </p>
      <ErrorSummary problems={problems} />
      {preview.items.length === 0 ? (
        <p>There is no submitted audit waiting to be moderated.</p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">Audits that would be chosen for moderation</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">First auditor</th>
              <th scope="col">Why chosen</th>
              <th scope="col">Moderator</th>
            </tr>
          </thead>
          <tbody>
            {preview.items.map((item) => {
              const error = problemFor(item.primaryAuditId)
              return (
                <tr key={item.primaryAuditId}>
                  <th scope="row" className="mono-ref">
                    {item.caseRef}
                  </th>
                  <td>{item.firstAuditorName}</td>
                  <td>{REASON_LABELS[item.reason]}</td>
                  <td>
                    <div className={`field field--inline${error ? ' field--error' : ''}`}>
                      <label className="visually-hidden" htmlFor={fieldId(item.primaryAuditId)}>
                        Moderator for {item.caseRef}
                      </label>
                      {error && (
                        <p id={`${fieldId(item.primaryAuditId)}-error`} className="field__error">
                          <span className="visually-hidden">Error: </span>
                          {error}
                        </p>
                      )}
                      <select
                        id={fieldId(item.primaryAuditId)}
                        className="select select--auto"
                        value={item.moderatorId ?? ''}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={
                          error ? `${fieldId(item.primaryAuditId)}-error` : undefined
                        }
                        onChange={(event) =>
                          again({
                            assignments: {
                              ...request.assignments,
                              [String(item.primaryAuditId)]: Number(event.target.value)
                            }
                          })
                        }
                      >
                        {item.moderatorId === null && <option value="">Choose a moderator</option>}
                        {preview.moderators
                          .filter((person) => person.id !== item.firstAuditorId)
                          .map((person) => (
                            <option key={person.id} value={person.id}>
                              {person.name}
                            </option>
                          ))}
                      </select>
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {preview.others.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault()
            if (!adding) return
            again({ handPicked: [...request.handPicked, Number(adding)] })
            setAdding('')
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-add`} className="field__label">
              Add an audit by hand
            </label>
            <div className="inline-form__row">
              <select
                id={`${id}-add`}
                className="select select--auto"
                value={adding}
                onChange={(event) => setAdding(event.target.value)}
              >
                <option value="">Choose a submitted audit</option>
                {preview.others.map((other) => (
                  <option key={other.primaryAuditId} value={other.primaryAuditId}>
                    {other.caseRef} ({other.firstAuditorName})
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--secondary">
                Add
              </button>
            </div>
          </div>
        </form>
      )}
      <div className="form__actions" id={`${id}-save`} tabIndex={-1}>
        <button
          type="button"
          className="button"
          disabled={saving || preview.items.length === 0}
          onClick={() => void save()}
        >
          Save this selection
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          Discard the preview
        </button>
      </div>
    </section>
  )
}
