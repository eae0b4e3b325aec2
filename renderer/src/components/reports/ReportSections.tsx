import type { ReactNode } from 'react'
import type { AnalyserFigures, Dashboard } from '../../../../shared/contract'
import type { AppErrorData } from '../../../../shared/errors'
import { Notice } from '../Notice'
import { ChartFigure } from './ChartFigure'
import {
  ActionsTable,
  AnalyserTable,
  CompletionTable,
  DistributionTable,
  GroupTable,
  SafeguardingTable
} from './ReportTables'

export function ReportSection({
  id,
  title,
  children
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <section className="report-panel" aria-labelledby={id}>
      <h2 className="section-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  )
}

/**
 * The panels the dashboard and the printable report share: each chart followed by its table.
 * `prefix` keeps heading ids unique when both are in one page.
 */
export function ReportSections({
  dashboard,
  analyser,
  analyserError,
  analyserPending
}: {
  dashboard: Dashboard
  analyser: AnalyserFigures | null
  analyserError?: AppErrorData | null
  analyserPending?: ReactNode
}) {
  const { charts } = dashboard
  return (
    <>
      <ReportSection id="report-grades" title="Grades by criterion">
        <ChartFigure title="grades by criterion" chart={charts.distribution}>
          <DistributionTable
            rows={[dashboard.overall, ...dashboard.byCriterion]}
            caption="Audited plans by grade, per criterion"
          />
        </ChartFigure>
      </ReportSection>

      <ReportSection id="report-teams" title="By team">
        <ChartFigure title="Good or better and Inadequate, by team" chart={charts.byTeam}>
          <GroupTable
            groups={dashboard.byTeam}
            what="Team"
            measure="goodOrBetter"
            caption="Good or better, by team"
          />
          <GroupTable
            groups={dashboard.byTeam}
            what="Team"
            measure="inadequateShare"
            caption="Inadequate, by team"
          />
        </ChartFigure>
      </ReportSection>

      <ReportSection id="report-plan-types" title="By plan type">
        <ChartFigure title="Good or better and Inadequate, by plan type" chart={charts.byPlanType}>
          <GroupTable
            groups={dashboard.byPlanType}
            what="Plan type"
            measure="goodOrBetter"
            caption="Good or better, by plan type"
          />
          <GroupTable
            groups={dashboard.byPlanType}
            what="Plan type"
            measure="inadequateShare"
            caption="Inadequate, by plan type"
          />
        </ChartFigure>
      </ReportSection>

      <ReportSection id="report-trend" title="Across cycles">
        <p className="secondary">
          Every cycle, oldest first, whichever cycle is chosen above; the other filters apply.
        </p>
        <ChartFigure title="Good or better across cycles" chart={charts.trend}>
          <GroupTable
            groups={dashboard.trend}
            what="Cycle"
            measure="goodOrBetter"
            caption="Good or better, by cycle"
          />
          <GroupTable
            groups={dashboard.trend}
            what="Cycle"
            measure="inadequateShare"
            caption="Inadequate, by cycle"
          />
        </ChartFigure>
      </ReportSection>

      <ReportSection id="report-analyser" title="The plan analyser beside the auditors’ grades">
        <p className="secondary">
          The analyser reads the version of each plan that was audited and pools the actions it
          finds; each share is of those actions.
        </p>
        {analyserError ? (
          <Notice kind="error">{analyserError.message}</Notice>
        ) : analyser ? (
          <AnalyserTable analyser={analyser} />
        ) : (
          analyserPending
        )}
      </ReportSection>

      <ReportSection id="report-actions" title="Actions and safeguarding">
        <ChartFigure title="actions by status and team" chart={charts.actions}>
          <ActionsTable actions={dashboard.actions} />
          <SafeguardingTable safeguarding={dashboard.safeguarding} />
        </ChartFigure>
      </ReportSection>

      <ReportSection id="report-completion" title="Completion">
        <ChartFigure title="sampled, submitted and moderated, by cycle" chart={charts.completion}>
          <CompletionTable rows={dashboard.completion} />
        </ChartFigure>
      </ReportSection>
    </>
  )
}
