import { create } from 'zustand'
import type {
  AnalyserFigures,
  CycleReport,
  Dashboard,
  ExportKind,
  ReportFilters,
  TargetKind
} from '../../../shared/contract'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'
import { newJobId } from '../files'

/** What an export or a print ended in, for the notice under the buttons. */
export type OutputNotice = { kind: 'success' | 'error' | 'info'; message: string } | null

interface ReportsState {
  filters: ReportFilters
  dashboard: Dashboard | null
  loading: boolean
  error: AppErrorData | null
  analyser: AnalyserFigures | null
  analyserJobId: string | null
  analyserError: AppErrorData | null
  exporting: ExportKind | null
  /** The running export's job, for its progress bar and Cancel. */
  exportJobId: string | null
  notice: OutputNotice
  /** Loads the dashboard for the current filters, then the analyser's figures. */
  load: () => Promise<void>
  setFilters: (filters: ReportFilters) => Promise<void>
  /** Sets or (with null) removes a target; resolves to the error to show, or null. */
  setTarget: (
    criterionKey: string,
    kind: TargetKind,
    percent: number | null
  ) => Promise<AppErrorData | null>
  /**
   * Exports with the dashboard's filters: a save dialog in the desktop app, a download in the
   * browser (where `download` hands the text to the page).
   */
  exportCsv: (
    kind: ExportKind,
    transport: 'desktop' | 'browser' | 'cli',
    download: (fileName: string, text: string) => void
  ) => Promise<void>
}

export const useReports = create<ReportsState>()((set, get) => ({
  filters: {},
  dashboard: null,
  loading: false,
  error: null,
  analyser: null,
  analyserJobId: null,
  analyserError: null,
  exporting: null,
  exportJobId: null,
  notice: null,

  load: async () => {
    const filters = get().filters
    const previousJob = get().analyserJobId
    if (previousJob) void api().call('jobs:cancel', { jobId: previousJob })
    set({ loading: true, error: null, analyser: null, analyserError: null, analyserJobId: null })
    const result = await api().call('reports:dashboard', filters)
    // A newer filter choice may have started while this one ran: keep only the latest.
    if (get().filters !== filters) return
    if (!result.ok) return set({ loading: false, error: result.error })
    const jobId = newJobId()
    set({ loading: false, dashboard: result.value, analyserJobId: jobId })
    const analysed = await api().call('reports:analyser', { filters, jobId })
    if (get().filters !== filters || get().analyserJobId !== jobId) return
    set(
      analysed.ok
        ? { analyser: analysed.value, analyserJobId: null }
        : { analyserError: analysed.error, analyserJobId: null }
    )
  },

  setFilters: async (filters) => {
    set({ filters, notice: null })
    await get().load()
  },

  setTarget: async (criterionKey, kind, percent) => {
    const result = await api().call('reports:set-target', { criterionKey, kind, percent })
    if (!result.ok) return result.error
    const refreshed = await api().call('reports:dashboard', get().filters)
    if (refreshed.ok) set({ dashboard: refreshed.value })
    return null
  },

  exportCsv: async (kind, transport, download) => {
    const jobId = newJobId()
    const input = { kind, filters: get().filters, jobId }
    set({ exporting: kind, exportJobId: jobId, notice: null })
    const failed = (error: AppErrorData): OutputNotice =>
      error.code === 'cancelled'
        ? { kind: 'info', message: 'Export cancelled. Nothing was saved.' }
        : { kind: 'error', message: error.message }
    if (transport === 'desktop') {
      const result = await api().call('reports:export-to-file', input)
      set({
        exporting: null,
        exportJobId: null,
        notice: !result.ok
          ? failed(result.error)
          : result.value.path === null
            ? null
            : {
                kind: 'success',
                message: `Saved ${result.value.rows.toLocaleString('en-GB')} rows to ${result.value.path}.`
              }
      })
      return
    }
    const result = await api().call('reports:export', input)
    if (!result.ok) {
      set({ exporting: null, exportJobId: null, notice: failed(result.error) })
      return
    }
    download(result.value.fileName, result.value.csv)
    set({
      exporting: null,
      exportJobId: null,
      notice: {
        kind: 'success',
        message: `Downloaded ${result.value.fileName} (${result.value.rows.toLocaleString('en-GB')} rows).`
      }
    })
  }
}))

interface ReportPrintState {
  report: CycleReport | null
  error: AppErrorData | null
  saving: boolean
  saveError: AppErrorData | null
  savedAt: string | null
  load: (filters: ReportFilters & { cycleId: number }) => Promise<void>
  saveSummary: (cycleId: number, summary: string) => Promise<void>
}

/** The printable report of one cycle, and the officer's summary of its key themes. */
export const useReportPrint = create<ReportPrintState>()((set) => ({
  report: null,
  error: null,
  saving: false,
  saveError: null,
  savedAt: null,

  load: async (filters) => {
    set({ report: null, error: null, saveError: null, savedAt: null })
    const result = await api().call('reports:cycle-report', filters)
    set(result.ok ? { report: result.value } : { error: result.error })
  },

  saveSummary: async (cycleId, summary) => {
    set({ saving: true, saveError: null })
    const result = await api().call('reports:save-summary', { cycleId, summary })
    set((state) =>
      result.ok
        ? {
            saving: false,
            savedAt: result.value.updatedAt,
            report: state.report ? { ...state.report, summary: result.value.summary } : null
          }
        : { saving: false, saveError: result.error }
    )
  }
}))
