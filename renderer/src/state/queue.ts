import { create } from 'zustand'
import type { AuditQueue, MyCycle } from '../../../shared/contract'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

interface QueueState {
  mine: MyCycle[] | null
  queue: AuditQueue | null
  error: AppErrorData | null
  loadMine: () => Promise<void>
  loadQueue: (cycleId: number) => Promise<void>
}

/** "My audits": the cycles with work for the current auditor, and one cycle's queue. */
export const useQueue = create<QueueState>()((set) => ({
  mine: null,
  queue: null,
  error: null,
  loadMine: async () => {
    const result = await api().call('audits:mine')
    if (result.ok) set({ mine: result.value, error: null })
    else set({ error: result.error })
  },
  loadQueue: async (cycleId) => {
    const result = await api().call('audits:queue', { cycleId })
    if (result.ok) set({ queue: result.value, error: null })
    else set({ error: result.error })
  }
}))
