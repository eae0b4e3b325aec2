import { create } from 'zustand'
import type { AttachResult } from '../../../shared/contract'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'
import { newJobId, readUpload } from '../files'
import { cancelJob } from './jobs'

/** Files go up in batches, so a folder of hundreds of plans never makes one enormous request. */
const BATCH_FILES = 20
const BATCH_BYTES = 24 * 1024 * 1024

function batches(files: File[]): File[][] {
  const result: File[][] = []
  let current: File[] = []
  let bytes = 0
  for (const file of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      result.push(current)
      current = []
      bytes = 0
    }
    current.push(file)
    bytes += file.size
  }
  if (current.length > 0) result.push(current)
  return result
}

const PLAN_EXTENSIONS = /\.(docx|pdf|txt|rtf)$/i

interface PlansState {
  busy: boolean
  jobId: string | null
  filesDone: number
  filesTotal: number
  result: AttachResult | null
  error: AppErrorData | null
  cancelled: boolean
  attach: (files: File[]) => Promise<void>
  cancel: () => Promise<void>
  clear: () => void
}

export const usePlans = create<PlansState>()((set, get) => ({
  busy: false,
  jobId: null,
  filesDone: 0,
  filesTotal: 0,
  result: null,
  error: null,
  cancelled: false,

  attach: async (chosen) => {
    // A chosen folder brings everything in it; only plan documents are sent, the rest are listed.
    const files = chosen.filter((file) => PLAN_EXTENSIONS.test(file.name))
    const skipped = chosen
      .filter((file) => !PLAN_EXTENSIONS.test(file.name))
      .map((file) => ({
        fileName: file.name,
        message: 'Not a plan document (.docx, .pdf, .txt or .rtf)'
      }))
    const merged: AttachResult = { attached: [], unmatched: [], failed: skipped }
    set({
      busy: true,
      error: null,
      result: null,
      filesDone: 0,
      filesTotal: files.length,
      cancelled: false
    })
    for (const batch of batches(files)) {
      if (get().cancelled) break
      const jobId = newJobId()
      set({ jobId })
      const uploads = await Promise.all(batch.map(readUpload))
      const result = await api().call('plans:attach', { files: uploads, jobId })
      if (!result.ok) {
        if (result.error.code === 'cancelled') break
        set({ busy: false, error: result.error, result: merged })
        return
      }
      merged.attached.push(...result.value.attached)
      merged.unmatched.push(...result.value.unmatched)
      merged.failed.push(...result.value.failed)
      set({ filesDone: get().filesDone + batch.length, result: { ...merged } })
    }
    set({ busy: false, result: merged, jobId: null })
  },

  cancel: async () => {
    set({ cancelled: true })
    const { jobId } = get()
    if (jobId) await cancelJob(jobId)
  },

  clear: () => set({ result: null, error: null, cancelled: false })
}))
