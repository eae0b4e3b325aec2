import { create } from 'zustand'
import type { CaseList, ImportRecord } from '../../../shared/contract'
import type { CaseStatus, PlanType } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

export interface CaseFilters {
  team?: string
  planType?: PlanType
  status?: CaseStatus
  plan?: PlanPresence
  search?: string
}

/** Whether a case has a plan document attached: the Cases filter, and the Plans screen's link. */
export type PlanPresence = 'attached' | 'missing'

export const PAGE_SIZE = 50

interface CasesState {
  filters: CaseFilters
  offset: number
  list: CaseList | null
  teams: string[]
  history: ImportRecord[]
  loading: boolean
  error: AppErrorData | null
  load: () => Promise<void>
  setFilters: (filters: CaseFilters) => Promise<void>
  setPage: (offset: number) => Promise<void>
}

export const useCases = create<CasesState>()((set, get) => ({
  filters: {},
  offset: 0,
  list: null,
  teams: [],
  history: [],
  loading: false,
  error: null,

  load: async () => {
    set({ loading: true, error: null })
    const { filters, offset } = get()
    const [list, teams, history] = await Promise.all([
      api().call('cases:list', { ...filters, offset, limit: PAGE_SIZE }),
      api().call('cases:teams'),
      api().call('imports:history')
    ])
    if (!list.ok) return set({ loading: false, error: list.error })
    set({
      loading: false,
      list: list.value,
      teams: teams.ok ? teams.value : [],
      history: history.ok ? history.value : []
    })
  },

  setFilters: async (filters) => {
    set({ filters, offset: 0 })
    await get().load()
  },

  setPage: async (offset) => {
    set({ offset })
    await get().load()
  }
}))
