import { useEffect, useState } from 'react'
import type { JobProgress } from '../../../shared/contract'
import { api } from '../api'

const POLL_MS = 200

/**
 * Follows a long call's progress while it runs. The call itself is awaited elsewhere; this only
 * polls jobs:progress for the same job id until `running` turns false.
 */
export function useJobProgress(jobId: string | null, running: boolean): JobProgress | null {
  const [progress, setProgress] = useState<JobProgress | null>(null)
  useEffect(() => {
    if (!jobId || !running) return
    let stopped = false
    const tick = async (): Promise<void> => {
      const result = await api().call('jobs:progress', { jobId })
      if (!stopped && result.ok && result.value) setProgress(result.value)
    }
    const timer = setInterval(() => void tick(), POLL_MS)
    void tick()
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [jobId, running])
  return running ? progress : null
}

export async function cancelJob(jobId: string): Promise<void> {
  await api().call('jobs:cancel', { jobId })
}
