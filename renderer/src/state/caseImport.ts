import { create } from 'zustand'
import type { ImportPreview, ImportResult, StagedImport } from '../../../shared/contract'
import { CASE_FIELDS } from '../../../shared/domain'
import type { CaseFieldKey, ColumnMapping } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'
import { newJobId, readUpload } from '../files'
import { cancelJob } from './jobs'

export type ImportStep = 'choose' | 'mapping' | 'preview' | 'done'
type Busy = 'staging' | 'previewing' | 'committing' | null

export interface CaseImportState {
  step: ImportStep
  file: File | null
  staged: StagedImport | null
  /** True when the officer chose the sheet, rather than the app choosing it. */
  sheetChosen: boolean
  mapping: ColumnMapping
  preview: ImportPreview | null
  result: ImportResult | null
  skipInvalid: boolean
  busy: Busy
  jobId: string | null
  error: AppErrorData | null
  chooseFile: (file: File, sheet?: string) => Promise<void>
  setField: (field: CaseFieldKey, header: string | null) => void
  backToMapping: () => void
  runPreview: () => Promise<void>
  setSkipInvalid: (skip: boolean) => void
  commit: () => Promise<void>
  cancel: () => Promise<void>
  reset: () => Promise<void>
}

const initial = {
  step: 'choose' as ImportStep,
  file: null,
  staged: null,
  sheetChosen: false,
  mapping: {},
  preview: null,
  result: null,
  skipInvalid: false,
  busy: null,
  jobId: null,
  error: null
}

/** The fields a mapping must fill before a preview makes sense. */
export function missingRequired(mapping: ColumnMapping): CaseFieldKey[] {
  return CASE_FIELDS.filter((field) => field.required && !mapping[field.key]).map(
    (field) => field.key
  )
}

/**
 * Counts resets. A call that began before the officer left the flow (or started again) finds it
 * changed when its answer comes, and leaves the new flow's state alone.
 */
let flow = 0

/** The import flow: file -> mapping -> preview with problems -> commit with progress -> result. */
export const useCaseImport = create<CaseImportState>()((set, get) => ({
  ...initial,

  chooseFile: async (file, sheet) => {
    const previous = get().staged
    const jobId = newJobId()
    const started = flow
    set({ busy: 'staging', jobId, error: null, file })
    const upload = await readUpload(file)
    const result = await api().call('imports:stage', { file: upload, sheet, jobId })
    if (previous) void api().call('imports:discard', { stagingId: previous.stagingId })
    if (started !== flow) {
      if (result.ok) void api().call('imports:discard', { stagingId: result.value.stagingId })
      return
    }
    if (!result.ok) return set({ busy: null, error: result.error, staged: null })
    set({
      busy: null,
      staged: result.value,
      sheetChosen: sheet !== undefined,
      mapping: result.value.mapping,
      preview: null,
      step: 'mapping'
    })
  },

  setField: (field, header) =>
    set({ mapping: { ...get().mapping, [field]: header }, preview: null }),

  backToMapping: () => set({ step: 'mapping', error: null }),

  runPreview: async () => {
    const { staged, mapping } = get()
    if (!staged) return
    const jobId = newJobId()
    const started = flow
    set({ busy: 'previewing', jobId, error: null })
    const result = await api().call('imports:preview', {
      stagingId: staged.stagingId,
      mapping,
      jobId
    })
    if (started !== flow) return
    if (!result.ok) return set({ busy: null, error: result.error })
    set({ busy: null, preview: result.value, step: 'preview', skipInvalid: false })
  },

  setSkipInvalid: (skipInvalid) => set({ skipInvalid }),

  commit: async () => {
    const { staged, mapping, skipInvalid } = get()
    if (!staged) return
    const jobId = newJobId()
    const started = flow
    set({ busy: 'committing', jobId, error: null })
    const result = await api().call('imports:commit', {
      stagingId: staged.stagingId,
      mapping,
      skipInvalid,
      jobId
    })
    if (started !== flow) return
    if (!result.ok) return set({ busy: null, error: result.error })
    set({ busy: null, result: result.value, step: 'done' })
  },

  cancel: async () => {
    const { jobId } = get()
    if (jobId) await cancelJob(jobId)
  },

  reset: async () => {
    const { staged, step } = get()
    flow += 1
    set({ ...initial })
    // A commit under way holds the file it read, and finishes.
    if (staged && step !== 'done')
      await api().call('imports:discard', { stagingId: staged.stagingId })
  }
}))
