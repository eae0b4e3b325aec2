import type { ReactNode } from 'react'
import type { AnalyserFigures, Dashboard, GroupFigures } from '../../../../shared/contract'
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

/** The Good or better table and the Inadequate table for one grouping (team, plan type, cycle). */
function ShareTables({ groups, what, by }: { groups: GroupFigures[]; what: string; by: string }) {
  return (
    <>
      <GroupTable
        groups={groups}
        what={what}
        measure="goodOrBetter"
        caption={`Good or better, by ${by}`}
      />
      <GroupTable
        groups={groups}
        what={what}
        measure="inadequateShare"
        caption={`Inadequate, by ${by}`}
      />
    </>
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
          <ShareTables groups={dashboard.byTeam} what="Team" by="team" />
        </ChartFigure>
      </ReportSection>

      <ReportSection id="report-plan-types" title="By plan type">
        <ChartFigure title="Good or better and Inadequate, by plan type" chart={charts.byPlanType}>
          <ShareTables groups={dashboard.byPlanType} what="Plan type" by="plan type" />
        </ChartFigure>
      </ReportSection>

      <ReportSection id="report-trend" title="Across cycles">
        <p className="secondary">
          Every cycle, oldest first, whichever cycle is chosen above; the other filters apply.
        </p>
        <ChartFigure title="Good or better across cycles" chart={charts.trend}>
          <ShareTables groups={dashboard.trend} what="Cycle" by="cycle" />
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
