import type { reportsContract } from '../../../shared/contract/reports'
import { AppError } from '../../../shared/errors'
import type { AppContext, DesktopShell } from '../../context'
import { requireStore } from '../../context'
import type { Handler } from '../../handlers'
import { withReader } from '../../store/open'
import { checkFilters, exportCsvFileJob, exportCsvTextJob, exportFileName } from '../export'
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
    // Exports run on a connection of their own, pausing between chunks of rows to report
    // progress and notice a cancel, while the app's connection stays free for other calls.
    'reports:export': ({ kind, filters, jobId }) => {
      checkFilters(store(), filters)
      const today = localToday()
      const fileName = exportFileName(store(), kind, filters, today)
      return asJob(jobId, (job) =>
        withReader(context.storePath, context.nativeBinding, async (reader) => {
          const { csv, rows } = await exportCsvTextJob(reader, { kind, filters, today }, job)
          return { fileName, csv, rows }
        })
      )
    },
    'reports:export-to-file': async ({ kind, filters, jobId }) => {
      const shell = desktopShell(context, 'Saving an export to a file')
      checkFilters(store(), filters)
      const today = localToday()
      const path = await shell.chooseSavePath(exportFileName(store(), kind, filters, today), [
        { name: 'CSV (comma-separated values)', extensions: ['csv'] }
      ])
      if (path === null) return { path: null, rows: 0 }
      return asJob(jobId, (job) =>
        withReader(context.storePath, context.nativeBinding, (reader) =>
          exportCsvFileJob(reader, { kind, filters, today, path }, job)
        )
      )
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
