import { create } from 'zustand'
import type { AuditQueue, MyCycle } from '../../../shared/contract'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

interface QueueState {
  mine: MyCycle[] | null
  queue: AuditQueue | null
  error: AppErrorData | null
  /** The lists shown are from the last visit; new ones are on their way. */
  refreshingMine: boolean
  refreshingQueue: boolean
  loadMine: () => Promise<void>
  loadQueue: (cycleId: number) => Promise<void>
}

/** "My audits": the cycles with work for the current auditor, and one cycle's queue. */
export const useQueue = create<QueueState>()((set) => ({
  mine: null,
  queue: null,
  error: null,
  refreshingMine: false,
  refreshingQueue: false,
  loadMine: async () => {
    set({ refreshingMine: true })
    const result = await api().call('audits:mine')
    if (result.ok) set({ mine: result.value, error: null, refreshingMine: false })
    else set({ error: result.error, refreshingMine: false })
  },
  loadQueue: async (cycleId) => {
    set({ refreshingQueue: true })
    const result = await api().call('audits:queue', { cycleId })
    if (result.ok) set({ queue: result.value, error: null, refreshingQueue: false })
    else set({ error: result.error, refreshingQueue: false })
  }
}))
