import type { JobProgress } from '../../../shared/contract'

interface JobProgressBarProps {
  label: string
  progress: JobProgress | null
  onCancel?: () => void
}

const PHASES: Record<string, string> = {
  starting: 'Starting',
  reading: 'Reading the file',
  parsing: 'Reading rows',
  validating: 'Checking rows',
  comparing: 'Comparing with the cases already held',
  writing: 'Saving',
  extracting: 'Reading documents',
  exporting: 'Writing rows'
}

/** Progress of long work, announced politely to screen readers, with a way to stop it. */
export function JobProgressBar({ label, progress, onCancel }: JobProgressBarProps) {
  const total = progress?.total ?? null
  const done = progress?.done ?? 0
  const percent = total && total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null
  const phase = progress ? (PHASES[progress.phase] ?? progress.phase) : 'Starting'
  return (
    <div className="job-progress">
      <p className="job-progress__label" aria-live="polite">
        {label}: {phase}
        {total ? ` (${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')})` : '…'}
      </p>
      <div
        className="job-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? phase : `${percent}%`}
      >
        <div className="job-progress__bar" style={{ width: `${percent ?? 8}%` }} />
      </div>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  )
}
