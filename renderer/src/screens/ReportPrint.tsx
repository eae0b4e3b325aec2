import { useEffect, useId, useState } from 'react'
import type { ReportFilters } from '../../../shared/contract'
import { api } from '../api'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { DEFINITIONS, Headlines, KeyFigures, ScopeNotes } from '../components/reports/KeyFigures'
import { ReportSection, ReportSections } from '../components/reports/ReportSections'
import { ActionList } from '../components/reports/ReportTables'
import { TargetsPanel } from '../components/reports/TargetsPanel'
import { formatDate, formatDateTime, planTypeLabel } from '../format'
import { useNavigation } from '../state/navigation'
import { useReportPrint } from '../state/reports'
import { useSession } from '../state/session'

type PrintFilters = ReportFilters & { cycleId: number }

/**
 * The printable cycle report: a cover with the key figures and the officer's summary of key
 * themes, every panel of the dashboard, and the list of actions. The desktop app saves it as an A4
 * PDF; in browser mode the browser's print dialog uses the print stylesheet.
 */
export function ReportPrint({ filters }: { filters: PrintFilters }) {
  const { report, error, saving, saveError, savedAt, load, saveSummary } = useReportPrint()
  const transport = useSession((session) => session.info?.transport ?? 'browser')
  const go = useNavigation((navigation) => navigation.go)
  const [draft, setDraft] = useState<string | null>(null)
  const [printNotice, setPrintNotice] = useState<{ ok: boolean; message: string } | null>(null)
  const id = useId()
  const key = JSON.stringify(filters)

  useEffect(() => {
    void load(JSON.parse(key) as PrintFilters)
  }, [key, load])

  if (error) return <Notice kind="error">{error.message}</Notice>
  if (!report || report.cycle.id !== filters.cycleId) {
    return <p role="status">Preparing the report…</p>
  }
  const { dashboard } = report
  const summary = draft ?? report.summary
  const narrowed = [
    filters.team ? `team ${filters.team}` : null,
    filters.planType ? planTypeLabel(filters.planType) : null,
    filters.auditorId
      ? `auditor ${dashboard.options.auditors.find((a) => a.id === filters.auditorId)?.name ?? ''}`
      : null
  ].filter(Boolean)

  async function print() {
    if (draft !== null && draft !== report?.summary) await saveSummary(filters.cycleId, draft)
    if (transport !== 'desktop') {
      window.print()
      return
    }
    const result = await api().call('reports:print-to-pdf', {
      defaultName: `care-audit-report-${report?.cycle.name ?? 'cycle'}`
    })
    setPrintNotice(
      !result.ok
        ? { ok: false, message: result.error.message }
        : result.value.path
          ? { ok: true, message: `Saved the report to ${result.value.path}.` }
          : null
    )
  }

  return (
    <article className="report-print">
      <div className="report-print__controls">
        <button type="button" className="link-button" onClick={() => go({ screen: 'reports' })}>
          Back to the dashboard
        </button>
        <button type="button" className="button" onClick={() => void print()}>
          {transport === 'desktop' ? 'Save as PDF' : 'Print'}
        </button>
        {printNotice && (
          <Notice kind={printNotice.ok ? 'success' : 'error'}>{printNotice.message}</Notice>
        )}
      </div>

      <header className="report-cover">
        <p className="caption">Care Plan Audit · cycle report</p>
        <ScreenHeading>{report.cycle.name}</ScreenHeading>
        <p>
          {report.cycle.periodStart || report.cycle.periodEnd
            ? `${formatDate(report.cycle.periodStart) || '…'} to ${formatDate(report.cycle.periodEnd) || '…'}. `
            : ''}
          Framework: {report.cycle.frameworkTitle ?? 'not recorded'}. Made{' '}
          {formatDateTime(report.generatedAt)}.
          {narrowed.length > 0 ? ` Narrowed to ${narrowed.join(', ')}.` : ''}
        </p>
        <ScopeNotes dashboard={dashboard} />
        <KeyFigures dashboard={dashboard} />
        <Headlines lines={dashboard.headlines} />
        <section className="report-cover__targets" aria-labelledby={`${id}-targets`}>
          <h2 className="section-title" id={`${id}-targets`}>
            Targets
          </h2>
          <TargetsPanel
            targets={dashboard.targets}
            criteria={[dashboard.overall, ...dashboard.byCriterion]}
            editable={false}
            onSet={async () => null}
          />
        </section>

        <section className="report-summary" aria-labelledby={`${id}-themes`}>
          <h2 className="section-title" id={`${id}-themes`}>
            Key themes
          </h2>
          <div className="report-summary__edit">
            <label className="field__label" htmlFor={`${id}-summary`}>
              Your summary of the key themes from the evidence notes
            </label>
            <p className="field__hint" id={`${id}-summary-hint`}>
              Printed on the cover. Saved with the cycle when you leave the box.
            </p>
            <textarea
              id={`${id}-summary`}
              className="textarea report-summary__input"
              rows={6}
              value={summary}
              aria-describedby={`${id}-summary-hint`}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={() => {
                if (draft !== null && draft !== report.summary) {
                  void saveSummary(filters.cycleId, draft)
                }
              }}
            />
            <p className="secondary" aria-live="polite">
              {saving ? 'Saving…' : savedAt ? `Saved ${formatDateTime(savedAt)}` : ''}
            </p>
            {saveError && <Notice kind="error">{saveError.message}</Notice>}
          </div>
          <div className="report-summary__print">
            {summary.trim() === '' ? (
              <p>No key themes have been written yet.</p>
            ) : (
              summary
                .split(/\n{2,}/)
                .filter((paragraph) => paragraph.trim() !== '')
                .map((paragraph, index) => <p key={index}>{paragraph}</p>)
            )}
          </div>
        </section>
        <div className="report-definitions">
          {DEFINITIONS.map((text) => (
            <p key={text} className="secondary">
              {text}
            </p>
          ))}
        </div>
      </header>

      <ReportSections dashboard={dashboard} analyser={report.analyser} />
      <ReportSection id="print-action-list" title="List of actions">
        <ActionList actions={report.actions} />
      </ReportSection>
    </article>
  )
}
