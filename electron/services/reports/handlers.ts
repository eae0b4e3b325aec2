import type { reportsContract } from '../../../shared/contract/reports'
import { AppError } from '../../../shared/errors'
import type { AppContext, DesktopShell } from '../../context'
import { requireStore } from '../../context'
import type { Handler } from '../../handlers'
import { checkFilters, exportCsvFile, exportCsvText, exportFileName } from '../export'
import { writeBytesAtomically } from '../export/write'
import { analyserFigures, createAnalyserCache } from './analyser'
import { cycleReport, saveReportSummary } from './cycle-report'
import { dashboard, localToday } from './dashboard'
import { listTargets, setTarget } from './targets'

function desktopShell(context: AppContext, what: string): DesktopShell {
  if (context.shell) return context.shell
  throw new AppError(
    'unsupported',
    `${what} needs the desktop app. In browser mode, use the download or your browser's print instead.`
  )
}

/** A file name of the person's choosing, never a path. */
function pdfName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\0]+/g, '-').trim() || 'care-audit-report'
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`
}

/** The reports rows of the handler table; the analyser's cache lives as long as the context. */
export function reportsHandlers(context: AppContext): {
  [N in keyof typeof reportsContract]: Handler<N>
} {
  const store = () => requireStore(context)
  const analyserCache = createAnalyserCache()

  async function asJob<T>(
    jobId: string | undefined,
    work: (job: ReturnType<AppContext['jobs']['start']>) => Promise<T>
  ): Promise<T> {
    const job = context.jobs.start(jobId)
    try {
      return await work(job)
    } finally {
      job.finish()
    }
  }

  return {
    'reports:dashboard': (filters) => dashboard(store(), filters),
    'reports:analyser': ({ filters, jobId }) =>
      asJob(jobId, (job) => analyserFigures(store(), filters, job, analyserCache)),
    'reports:targets': () => listTargets(store()),
    'reports:set-target': (input) => setTarget(store(), input),
    'reports:cycle-report': (filters) =>
      asJob(undefined, (job) => cycleReport(store(), filters, job, analyserCache, localToday())),
    'reports:save-summary': ({ cycleId, summary }) => saveReportSummary(store(), cycleId, summary),
    'reports:export': ({ kind, filters }) => {
      checkFilters(store(), filters)
      const today = localToday()
      const { csv, rows } = exportCsvText(store(), kind, filters, today)
      return { fileName: exportFileName(store(), kind, filters, today), csv, rows }
    },
    'reports:export-to-file': async ({ kind, filters }) => {
      const shell = desktopShell(context, 'Saving an export to a file')
      checkFilters(store(), filters)
      const today = localToday()
      const path = await shell.chooseSavePath(exportFileName(store(), kind, filters, today), [
        { name: 'CSV (comma-separated values)', extensions: ['csv'] }
      ])
      if (path === null) return { path: null, rows: 0 }
      return exportCsvFile(store(), kind, filters, path, today)
    },
    'reports:print-to-pdf': async ({ defaultName }) => {
      const shell = desktopShell(context, 'Saving the report as a PDF')
      const path = await shell.chooseSavePath(pdfName(defaultName), [
        { name: 'PDF', extensions: ['pdf'] }
      ])
      if (path === null) return { path: null }
      writeBytesAtomically(path, await shell.printToPdf())
      return { path }
    }
  }
}
