import { create } from 'zustand'
import type { AttachResult } from '../../../shared/contract'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'
import { newJobId, readUpload } from '../files'
import { findCaseByRef, noCaseMessage } from './cases'
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

/** A chosen file that matched no case, kept so the officer can name its case by hand. */
export interface UnmatchedPlan {
  key: string
  /** The file chosen, to send again with its case; null if it could not be paired. */
  file: File | null
  fileName: string
  reason: string
}

/** What an attachment run came to: the service's answer, with the unmatched files held. */
export interface AttachSummary {
  attached: AttachResult['attached']
  unmatched: UnmatchedPlan[]
  failed: AttachResult['failed']
}

interface PlansState {
  busy: boolean
  jobId: string | null
  filesDone: number
  filesTotal: number
  result: AttachSummary | null
  error: AppErrorData | null
  cancelled: boolean
  attach: (files: File[]) => Promise<void>
  /**
   * Attaches an unmatched file to the case with this reference. Resolves to a message saying why
   * it could not be (no such case, an unreadable file), or null once it is attached.
   */
  matchByHand: (key: string, caseRef: string) => Promise<string | null>
  cancel: () => Promise<void>
  clear: () => void
}

/**
 * Pairs the service's unmatched entries with the files sent: by name, taking each file once, so
 * two files of the same name from different subfolders stay two entries.
 */
function holdUnmatched(
  sent: File[],
  unmatched: AttachResult['unmatched'],
  firstKey: number
): UnmatchedPlan[] {
  const waiting = [...sent]
  return unmatched.map((entry, offset) => {
    const index = waiting.findIndex((file) => file.name === entry.fileName)
    // Never another file in its place: without its own file an entry is listed, not attachable.
    const file = index >= 0 ? waiting.splice(index, 1)[0]! : null
    return { key: String(firstKey + offset), file, ...entry }
  })
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
    const merged: AttachSummary = { attached: [], unmatched: [], failed: skipped }
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
      merged.unmatched.push(
        ...holdUnmatched(batch, result.value.unmatched, merged.unmatched.length)
      )
      merged.failed.push(...result.value.failed)
      set({ filesDone: get().filesDone + batch.length, result: { ...merged } })
    }
    set({ busy: false, result: merged, jobId: null })
  },

  matchByHand: async (key, caseRef) => {
    const held = get().result?.unmatched.find((entry) => entry.key === key)
    if (!held?.file) return null
    if (caseRef.trim() === '') return 'Enter the case reference'
    const found = await findCaseByRef(caseRef)
    if (!found) return noCaseMessage(caseRef)
    const jobId = newJobId()
    const result = await api().call('plans:attach', {
      files: [await readUpload(held.file)],
      caseId: found.id,
      jobId
    })
    if (!result.ok) return result.error.message
    const failure = result.value.failed[0]
    if (failure) return failure.message
    const current = get().result!
    set({
      result: {
        ...current,
        attached: [...current.attached, ...result.value.attached],
        unmatched: current.unmatched.filter((entry) => entry.key !== key)
      }
    })
    return null
  },

  cancel: async () => {
    set({ cancelled: true })
    const { jobId } = get()
    if (jobId) await cancelJob(jobId)
  },

  clear: () => set({ result: null, error: null, cancelled: false })
}))
