import type { JobProgress } from '../shared/contract'
import { AppError } from '../shared/errors'

/** What a long-running service is given: report how far it has got, and let the app breathe. */
export interface JobReporter {
  report: (phase: string, done: number, total: number | null) => void
  /**
   * Yields to the event loop, so progress and cancel calls are answered meanwhile, and throws
   * AppError('cancelled') once the job has been cancelled. Call it between chunks of work, never
   * inside a transaction.
   */
  checkpoint: () => Promise<void>
}

export interface JobRegistry {
  /** Starts tracking a job; without an id the job runs untracked but still yields. */
  start: (jobId: string | undefined) => JobReporter & { finish: () => void }
  progress: (jobId: string) => JobProgress | null
  cancel: (jobId: string) => void
}

/** How long a finished job's last progress stays readable, for a renderer's final poll. */
const KEEP_FINISHED_MS = 60_000

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export function createJobRegistry(): JobRegistry {
  const jobs = new Map<string, JobProgress>()

  return {
    start(jobId) {
      const state: JobProgress = {
        jobId: jobId ?? '',
        phase: 'starting',
        done: 0,
        total: null,
        cancelled: false,
        finished: false
      }
      if (jobId) jobs.set(jobId, state)
      return {
        report(phase, done, total) {
          state.phase = phase
          state.done = done
          state.total = total
        },
        async checkpoint() {
          await yieldToEventLoop()
          if (state.cancelled) throw new AppError('cancelled', 'Cancelled. Nothing was saved.')
        },
        finish() {
          state.finished = true
          if (jobId) setTimeout(() => jobs.delete(jobId), KEEP_FINISHED_MS).unref()
        }
      }
    },
    progress: (jobId) => {
      const state = jobs.get(jobId)
      return state ? { ...state } : null
    },
    cancel: (jobId) => {
      const state = jobs.get(jobId)
      if (state && !state.finished) state.cancelled = true
    }
  }
}
