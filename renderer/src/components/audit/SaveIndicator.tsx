import type { AppErrorData } from '../../../../shared/errors'
import type { SaveState } from '../../state/audit'

function time(iso: string | null): string {
  return iso
    ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
    : ''
}

/** Whether the last change is safely stored: said in words, announced politely. */
export function SaveIndicator({
  state,
  savedAt,
  error
}: {
  state: SaveState
  savedAt: string | null
  error: AppErrorData | null
}) {
  const text =
    state === 'saving'
      ? 'Saving…'
      : state === 'retrying'
        ? 'Not saved yet: reconnecting…'
        : state === 'failed'
          ? `Not saved: ${error?.message ?? 'an error occurred'}`
          : `All changes saved${savedAt ? ` ${time(savedAt)}` : ''}`
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {text}
    </p>
  )
}
