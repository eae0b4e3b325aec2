import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent, RefObject } from 'react'

/**
 * Opens a native <dialog> as modal once it is drawn, and closes it when it goes: focus moves in,
 * stays in, and Escape raises the dialog's cancel event. Focus goes to the control marked
 * data-autofocus. React's autoFocus cannot do this: it focuses while the dialog is still closed,
 * and showModal then gives focus to the first button, which in a confirmation is the
 * destructive one.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal?.()
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => dialog?.close?.()
  }, [])
  return ref
}

/**
 * A dialog form's submit: busy while `confirm` runs, then the error it resolves to is shown, or
 * the dialog closes when it resolves to null.
 */
export function useDialogSubmit(
  confirm: () => Promise<string | null>,
  onClose: () => void
): { busy: boolean; error: string | null; submit: (event: FormEvent) => Promise<void> } {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    setBusy(true)
    const problem = await confirm()
    setBusy(false)
    if (problem) setError(problem)
    else onClose()
  }
  return { busy, error, submit }
}

interface ConfirmDialogProps {
  title: string
  description: string
  confirmLabel: string
  cancelLabel?: string
  onConfirm: () => void
  onClose: () => void
}

/**
 * Asks before something that cannot easily be taken back (removing a criterion, leaving with
 * unsaved changes, restoring a backup). A native modal <dialog>: focus moves in, stays in, Escape cancels; the
 * safe choice, cancel, has the focus first.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onClose
}: ConfirmDialogProps) {
  const ref = useModalDialog()
  const id = useId()

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      onCancel={onClose}
    >
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      <p id={`${id}-description`}>{description}</p>
      <div className="form__actions">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" data-autofocus onClick={onClose}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  )
}
