import { useEffect } from 'react'
import type { Dashboard, ExportKind, ReportFilters } from '../../../shared/contract'
import { FilterSelect, PLAN_TYPE_OPTIONS, textOptions } from '../components/FilterSelect'
import { JobProgressBar } from '../components/JobProgressBar'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { downloadText } from '../files'
import { DEFINITIONS, Headlines, KeyFigures, ScopeNotes } from '../components/reports/KeyFigures'
import { ReportSection, ReportSections } from '../components/reports/ReportSections'
import { TargetsPanel } from '../components/reports/TargetsPanel'
import { cancelJob, useJobProgress } from '../state/jobs'
import { useNavigation } from '../state/navigation'
import { useReports } from '../state/reports'
import { useSession } from '../state/session'

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'scores', label: 'Scores' },
  { kind: 'audits', label: 'Audits' },
  { kind: 'actions', label: 'Actions' }
]

/** A running export's rows written so far, and a way to stop it (nothing is saved then). */
function ExportProgress({ kind, jobId }: { kind: ExportKind; jobId: string }) {
  const progress = useJobProgress(jobId, true)
  const label = EXPORTS.find((entry) => entry.kind === kind)!.label
  return (
    <JobProgressBar
      label={`Exporting ${label.toLowerCase()}`}
      progress={progress}
      onCancel={() => void cancelJob(jobId)}
    />
  )
}

function FilterBar({
  filters,
  options,
  onChange
}: {
  filters: ReportFilters
  options: Dashboard['options']
  onChange: (filters: ReportFilters) => void
}) {
  return (
    <form
      className="filters"
      aria-label="Filter every panel"
      onSubmit={(event) => event.preventDefault()}
    >
      <FilterSelect
        label="Cycle"
        allLabel="All cycles"
        value={filters.cycleId}
        options={options.cycles.map((cycle) => ({ value: cycle.id, label: cycle.name }))}
        onChange={(cycleId) => onChange({ ...filters, cycleId })}
      />
      <FilterSelect
        label="Team"
        allLabel="All teams"
        value={filters.team}
        options={textOptions(options.teams)}
        onChange={(team) => onChange({ ...filters, team })}
      />
      <FilterSelect
        label="Plan type"
        allLabel="All plan types"
        value={filters.planType}
        options={PLAN_TYPE_OPTIONS.filter((option) => options.planTypes.includes(option.value))}
        onChange={(planType) => onChange({ ...filters, planType })}
      />
      <FilterSelect
        label="Auditor"
        allLabel="All auditors"
        value={filters.auditorId}
        options={options.auditors.map((auditor) => ({ value: auditor.id, label: auditor.name }))}
        onChange={(auditorId) => onChange({ ...filters, auditorId })}
      />
    </form>
  )
}

/** The reports dashboard: filters on top, then every panel with its chart and table. */
export function Reports() {
  const state = useReports()
  const transport = useSession((session) => session.info?.transport ?? 'browser')
  const go = useNavigation((navigation) => navigation.go)
  const progress = useJobProgress(state.analyserJobId, state.analyserJobId !== null)
  const { dashboard, filters } = state

  useEffect(() => {
    void useReports.getState().load()
  }, [])

  const cycleId = filters.cycleId
  return (
    <div className="reports">
      <div className="screen-header">
        <ScreenHeading>Reports</ScreenHeading>
        <div className="report-actions">
          <button
            type="button"
            className="button"
            disabled={cycleId === undefined}
            aria-describedby={cycleId === undefined ? 'report-print-hint' : undefined}
            onClick={() =>
              cycleId !== undefined &&
              go({
                screen: 'report',
                cycleId,
                team: filters.team,
                planType: filters.planType,
                auditorId: filters.auditorId
              })
            }
          >
            Printable report
          </button>
        </div>
      </div>
      {cycleId === undefined && (
        <p className="secondary" id="report-print-hint">
          Choose a cycle to make its printable report.
        </p>
      )}

      {dashboard && (
        <FilterBar
          filters={filters}
          options={dashboard.options}
          onChange={(next) => void state.setFilters(next)}
        />
      )}

      <section className="report-exports" aria-labelledby="report-exports-title">
        <h2 className="report-exports__title" id="report-exports-title">
          Export CSV with these filters
        </h2>
        <div className="report-exports__buttons">
          {EXPORTS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              className="button button--secondary"
              disabled={state.exporting !== null}
              onClick={() => void state.exportCsv(kind, transport, downloadText)}
            >
              {state.exporting === kind ? `Exporting ${label.toLowerCase()}…` : label}
            </button>
          ))}
        </div>
        {state.exporting && state.exportJobId && (
          <ExportProgress kind={state.exporting} jobId={state.exportJobId} />
        )}
        {state.notice && <Notice kind={state.notice.kind}>{state.notice.message}</Notice>}
      </section>

      {state.error && <Notice kind="error">{state.error.message}</Notice>}
      {!dashboard ? (
        <p role="status">Loading the reports…</p>
      ) : (
        <div aria-busy={state.loading}>
          <details className="report-help">
            <summary>How these figures are counted</summary>
            {DEFINITIONS.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </details>
          <ScopeNotes dashboard={dashboard} />
          <KeyFigures dashboard={dashboard} />
          <Headlines lines={dashboard.headlines} />

          <ReportSection id="report-targets" title="Targets">
            <TargetsPanel
              targets={dashboard.targets}
              criteria={[dashboard.overall, ...dashboard.byCriterion]}
              editable
              onSet={state.setTarget}
            />
          </ReportSection>

          {dashboard.audited === 0 ? (
            <div className="empty-state">
              <h2 className="empty-state__title">No audited plans match these filters</h2>
              <p>
                Figures appear once audits are submitted. Try all cycles, or another team, plan type
                or auditor.
              </p>
            </div>
          ) : (
            <ReportSections
              dashboard={dashboard}
              analyser={state.analyser}
              analyserError={state.analyserError}
              analyserPending={
                <JobProgressBar
                  label="Analysing the audited plans"
                  progress={progress}
                  onCancel={
                    state.analyserJobId
                      ? () => void cancelJob(state.analyserJobId ?? '')
                      : undefined
                  }
                />
              }
            />
          )}
        </div>
      )}
    </div>
  )
}
