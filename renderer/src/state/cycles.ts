import { create } from 'zustand'
import type { CycleSummary } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

interface CyclesState {
  cycles: CycleSummary[]
  loading: boolean
  error: AppErrorData | null
  load: () => Promise<void>
}

export const useCycles = create<CyclesState>()((set) => ({
  cycles: [],
  loading: false,
  error: null,
  load: async () => {
    set({ loading: true, error: null })
    const result = await api().call('cycles:list')
    if (result.ok) set({ cycles: result.value, loading: false })
    else set({ error: result.error, loading: false })
  }
}))
