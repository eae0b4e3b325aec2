import { create } from 'zustand'
import type { CycleDetail, SampleResult, SampleSpecInput } from '../../../shared/contract'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

interface CycleState {
  cycleId: number | null
  detail: CycleDetail | null
  loading: boolean
  /** The cycle shown is from the last visit; the store's is on its way. */
  refreshing: boolean
  error: AppErrorData | null
  /** A sample drawn without saving, for the officer to check before keeping it. */
  preview: SampleResult | null
  previewError: AppErrorData | null
  drawing: boolean
  /** Opens the screen on a cycle: the last visit's copy, marked out of date, until it loads. */
  open: (cycleId: number) => Promise<void>
  load: (cycleId: number) => Promise<void>
  previewSample: (spec: SampleSpecInput) => Promise<void>
  /** Saves the previewed sample: the same spec and seed give the same cases. */
  saveSample: () => Promise<AppErrorData | null>
  discardPreview: () => void
  replace: (caseId: number, reason: string) => Promise<AppErrorData | null>
  remove: (caseId: number, reason: string) => Promise<AppErrorData | null>
  add: (caseId: number, reason: string) => Promise<AppErrorData | null>
}

export const useCycle = create<CycleState>()((set, get) => {
  /** Runs a change to the sample, then reloads the cycle so every count is the store's. */
  async function change(
    run: () => Promise<{ ok: boolean; error?: AppErrorData }>
  ): Promise<AppErrorData | null> {
    const result = await run()
    if (!result.ok) return result.error ?? null
    const { cycleId } = get()
    if (cycleId !== null) await get().load(cycleId)
    return null
  }

  return {
    cycleId: null,
    detail: null,
    loading: false,
    refreshing: false,
    error: null,
    preview: null,
    previewError: null,
    drawing: false,

    open: async (cycleId) => {
      set({ refreshing: get().detail?.summary.id === cycleId })
      await get().load(cycleId)
      set({ refreshing: false })
    },

    load: async (cycleId) => {
      if (get().cycleId !== cycleId) set({ detail: null, preview: null, previewError: null })
      set({ cycleId, loading: true, error: null })
      const result = await api().call('cycles:get', { cycleId })
      if (result.ok) set({ detail: result.value, loading: false })
      else set({ error: result.error, loading: false })
    },

    previewSample: async (spec) => {
      const { cycleId } = get()
      if (cycleId === null) return
      set({ drawing: true, previewError: null })
      const result = await api().call('sample:draw', { cycleId, spec, dryRun: true })
      if (result.ok) set({ preview: result.value, drawing: false })
      else set({ previewError: result.error, drawing: false, preview: null })
    },

    saveSample: async () => {
      const { cycleId, preview } = get()
      if (cycleId === null || !preview) return null
      set({ drawing: true })
      const spec = { ...preview.spec, seed: preview.seed }
      const error = await change(() => api().call('sample:draw', { cycleId, spec, dryRun: false }))
      set({ drawing: false, preview: error ? preview : null })
      return error
    },

    discardPreview: () => set({ preview: null, previewError: null }),

    replace: (caseId, reason) =>
      change(() => api().call('sample:replace', { cycleId: get().cycleId!, caseId, reason })),
    remove: (caseId, reason) =>
      change(() => api().call('sample:remove', { cycleId: get().cycleId!, caseId, reason })),
    add: (caseId, reason) =>
      change(() => api().call('sample:add', { cycleId: get().cycleId!, caseId, reason }))
  }
})
