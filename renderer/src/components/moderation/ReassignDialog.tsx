import { useId, useState } from 'react'
import type { ModerationItem } from '../../../../shared/contract'
import { useDialogSubmit, useModalDialog } from '../ConfirmDialog'

interface ReassignDialogProps {
  item: ModerationItem
  moderators: { id: number; name: string }[]
  /** Resolves to an error message to show, or null when done. */
  onConfirm: (moderatorId: number) => Promise<string | null>
  onClose: () => void
}

/** Gives a moderation to someone else before its moderator starts; a native modal <dialog>. */
export function ReassignDialog({ item, moderators, onConfirm, onClose }: ReassignDialogProps) {
  const ref = useModalDialog()
  const id = useId()
  const choices = moderators.filter((person) => person.id !== item.firstAuditorId)
  const [moderatorId, setModeratorId] = useState(item.moderatorId)
  const { busy, error, submit } = useDialogSubmit(() => onConfirm(moderatorId), onClose)

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="section-title">
          Change the moderator of {item.caseRef}
        </h2>
        <p>
          {item.firstAuditorName} audited this case, so cannot moderate it. The change is recorded
          in the audit trail.
        </p>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-moderator`} className="field__label">
            Moderator
          </label>
          {error && (
            <p id={`${id}-error`} className="field__error">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <select
            id={`${id}-moderator`}
            className="select"
            value={moderatorId}
            data-autofocus
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setModeratorId(Number(event.target.value))}
          >
            {choices.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Change moderator
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
