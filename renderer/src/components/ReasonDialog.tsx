import { useId, useState } from 'react'
import { useDialogSubmit, useModalDialog } from './ConfirmDialog'

interface ReasonDialogProps {
  title: string
  description: string
  confirmLabel: string
  /** Resolves to an error message to show, or null when done. */
  onConfirm: (reason: string) => Promise<string | null>
  onClose: () => void
}

/**
 * Asks why, before a change that is recorded in the audit trail (replace, remove, add by hand).
 * A native modal <dialog>: focus moves in, stays in, and Escape cancels.
 */
export function ReasonDialog({
  title,
  description,
  confirmLabel,
  onConfirm,
  onClose
}: ReasonDialogProps) {
  const ref = useModalDialog()
  const [reason, setReason] = useState('')
  const { busy, error, submit } = useDialogSubmit(() => onConfirm(reason), onClose)
  const id = useId()

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="section-title">
          {title}
        </h2>
        <p>{description}</p>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-reason`} className="field__label">
            Reason
          </label>
          <p id={`${id}-hint`} className="field__hint">
            Recorded in the audit trail with your name.
          </p>
          {error && (
            <p id={`${id}-error`} className="field__error">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <textarea
            id={`${id}-reason`}
            className="textarea"
            rows={3}
            value={reason}
            data-autofocus
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
