import { create } from 'zustand'
import type { AppInfo, StoreStatus } from '../../../shared/contract'
import type { Auditor, AuditorRole } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

/**
 * Who is using the app and whether the store is usable: what decides between the first-run
 * screen, the store-problem screen and the app itself.
 */
interface SessionState {
  phase: 'loading' | 'ready' | 'failed'
  info: AppInfo | null
  auditor: Auditor | null
  status: StoreStatus | null
  error: AppErrorData | null
  load: () => Promise<void>
  refreshStatus: () => Promise<void>
  /** Puts a backup in place of the store, then starts again from it. */
  restore: (backupFile: string) => Promise<AppErrorData | null>
  /** Takes a backup now. */
  backUp: () => Promise<AppErrorData | null>
  /** Saves the auditor; resolves to the error to show, or null when saved. */
  saveAuditor: (input: { name: string; role: AuditorRole }) => Promise<AppErrorData | null>
}

export const useSession = create<SessionState>()((set, get) => ({
  phase: 'loading',
  info: null,
  auditor: null,
  status: null,
  error: null,

  load: async () => {
    set({ phase: 'loading', error: null })
    const [info, status] = await Promise.all([api().call('app:info'), api().call('store:status')])
    if (!info.ok) return set({ phase: 'failed', error: info.error })
    if (!status.ok) return set({ phase: 'failed', error: status.error })
    if (status.value.state !== 'ok') {
      return set({ phase: 'ready', info: info.value, status: status.value, auditor: null })
    }
    const auditor = await api().call('auditor:get')
    if (!auditor.ok) return set({ phase: 'failed', error: auditor.error })
    set({ phase: 'ready', info: info.value, status: status.value, auditor: auditor.value })
  },

  refreshStatus: async () => {
    const status = await api().call('store:status')
    if (status.ok) set({ status: status.value })
  },

  restore: async (backupFile) => {
    const result = await api().call('store:restore', { backupFile })
    await get().load()
    return result.ok ? null : result.error
  },

  backUp: async () => {
    const result = await api().call('store:backup')
    await get().refreshStatus()
    return result.ok ? null : result.error
  },

  saveAuditor: async (input) => {
    const result = await api().call('auditor:set', input)
    if (!result.ok) return result.error
    set({ auditor: result.value })
    return null
  }
}))
