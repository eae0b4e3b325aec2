import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { FrameworkSummary } from '../../../shared/contract'
import type { AppErrorData } from '../../../shared/errors'
import { describedBy, Field } from './Field'
import { useModalDialog } from './ConfirmDialog'

interface FrameworkDuplicateDialogProps {
  source: FrameworkSummary
  /** Resolves to the refusal to show, or null when the copy was made. */
  onDuplicate: (newKey: string, newTitle: string) => Promise<AppErrorData | null>
  onClose: () => void
}

/** Copies a framework version under a new key and title, as version 1 of a framework of its own. */
export function FrameworkDuplicateDialog({
  source,
  onDuplicate,
  onClose
}: FrameworkDuplicateDialogProps) {
  const ref = useModalDialog()
  const id = useId()
  const [newKey, setNewKey] = useState(`${source.key}-copy`)
  const [newTitle, setNewTitle] = useState(`${source.title} (copy)`)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const problem = await onDuplicate(newKey.trim(), newTitle)
    setBusy(false)
    if (!problem) return onClose()
    setError(problem)
    const first = problem.fields?.newTitle && !problem.fields.newKey ? 'title-input' : 'key'
    document.getElementById(`${id}-${first}`)?.focus()
  }

  const keyError = error?.fields?.newKey
  const titleError = error?.fields?.newTitle
  const otherError = error && !keyError && !titleError ? error.message : undefined
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="section-title">
          Duplicate {source.title}
        </h2>
        <p>
          Copies version {source.version} as version 1 of a new framework, which you can then edit.
          The original is not changed.
        </p>
        {otherError && (
          <p className="field__error" role="alert">
            {otherError}
          </p>
        )}
        <Field
          id={`${id}-key`}
          label="New key"
          hint="Lower-case letters, digits and hyphens, starting with a letter. It cannot be changed later."
          error={keyError}
        >
          <input
            id={`${id}-key`}
            className="input"
            value={newKey}
            data-autofocus
            spellCheck={false}
            onChange={(event) => setNewKey(event.target.value)}
            aria-describedby={describedBy(`${id}-key`, 'hint', keyError)}
            aria-invalid={keyError ? true : undefined}
          />
        </Field>
        <Field id={`${id}-title-input`} label="New title" error={titleError}>
          <input
            id={`${id}-title-input`}
            className="input"
            value={newTitle}
            onChange={(event) => setNewTitle(event.target.value)}
            aria-describedby={describedBy(`${id}-title-input`, undefined, titleError)}
            aria-invalid={titleError ? true : undefined}
          />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Duplicate
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
