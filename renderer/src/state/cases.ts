import { create } from 'zustand'
import type { CaseList, ImportRecord } from '../../../shared/contract'
import type { CaseRecord, CaseStatus, PlanType } from '../../../shared/domain'
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

/**
 * The case with exactly this reference (ignoring letter case and surrounding spaces, as the
 * import matches them), or null when there is none. Among the cases whose reference starts with
 * it, the exact one sorts first, so the first page of the search holds it.
 */
export async function findCaseByRef(caseRef: string): Promise<CaseRecord | null> {
  const wanted = caseRef.trim().toLowerCase()
  if (wanted === '') return null
  const lookup = await api().call('cases:list', { search: caseRef.trim(), limit: 20 })
  if (!lookup.ok) return null
  return lookup.value.rows.find((row) => row.caseRef.toLowerCase() === wanted) ?? null
}

/** What a field says when no case has the reference typed. */
export function noCaseMessage(caseRef: string): string {
  return `There is no case with the reference ${caseRef.trim()}`
}
