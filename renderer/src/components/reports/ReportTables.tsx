import type { ReactNode } from 'react'
import type {
  AnalyserFigures,
  Dashboard,
  GradeDistribution,
  GroupFigures,
  ReportAction
} from '../../../../shared/contract'
import { formatCount, formatDate } from '../../format'
import { ShareCell } from './ShareCell'

/** A table that may be wider than the page scrolls on its own, and can be scrolled by keyboard. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="report-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}

function Count({ value }: { value: number }) {
  return <td className="numeric">{formatCount(value)}</td>
}

export function DistributionTable({
  rows,
  caption
}: {
  rows: GradeDistribution[]
  caption: string
}) {
  return (
    <Scroll label={caption}>
      <table className="table table--compact report-table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" className="numeric">
              Outstanding
            </th>
            <th scope="col" className="numeric">
              Good
            </th>
            <th scope="col" className="numeric">
              Requires improvement
            </th>
            <th scope="col" className="numeric">
              Inadequate
            </th>
            <th scope="col" className="numeric">
              N/A
            </th>
            <th scope="col" className="numeric">
              Good or better
            </th>
            <th scope="col" className="numeric">
              Inadequate share
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.title}</th>
              <Count value={row.outstanding} />
              <Count value={row.good} />
              <Count value={row.requiresImprovement} />
              <Count value={row.inadequate} />
              <Count value={row.notApplicable} />
              <ShareCell share={row.goodOrBetter} />
              <ShareCell share={row.inadequateShare} />
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  )
}

/** One share (Good or better, or Inadequate) per group and criterion, overall first. */
export function GroupTable({
  groups,
  what,
  measure,
  caption
}: {
  groups: GroupFigures[]
  what: string
  measure: 'goodOrBetter' | 'inadequateShare'
  caption: string
}) {
  const columns = groups[0]?.grades ?? []
  if (groups.length === 0) return <p className="secondary">No audited plans to show.</p>
  return (
    <Scroll label={caption}>
      <table className="table table--compact report-table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{what}</th>
            <th scope="col" className="numeric">
              Audited
            </th>
            {columns.map((column) => (
              <th scope="col" className="numeric" key={column.key}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.group}>
              <th scope="row">{group.label}</th>
              <Count value={group.audited} />
              {group.grades.map((grade) => (
                <ShareCell key={grade.key} share={grade[measure]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  )
}

export function ActionsTable({ actions }: { actions: Dashboard['actions'] }) {
  const rows = [...actions.byTeam, { team: 'All teams', ...actions.all }]
  return (
    <table className="table table--compact report-table">
      <caption className="table__caption">
        Actions arising, by team (overdue: open and due before {formatDate(actions.today)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col" className="numeric">
            Open
          </th>
          <th scope="col" className="numeric">
            Overdue
          </th>
          <th scope="col" className="numeric">
            Done
          </th>
          <th scope="col" className="numeric">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.team}>
            <th scope="row">{row.team}</th>
            <Count value={row.open} />
            <Count value={row.overdue} />
            <Count value={row.done} />
            <Count value={row.total} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function SafeguardingTable({ safeguarding }: { safeguarding: Dashboard['safeguarding'] }) {
  return (
    <table className="table table--compact report-table">
      <caption className="table__caption">Safeguarding concerns raised, by team</caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col" className="numeric">
            Concerns
          </th>
          <th scope="col" className="numeric">
            Audited plans
          </th>
        </tr>
      </thead>
      <tbody>
        {[...safeguarding.byTeam, { team: 'All teams', ...safeguarding }].map((row) => (
          <tr key={row.team}>
            <th scope="row">{row.team}</th>
            <Count value={row.flagged} />
            <Count value={row.audited} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CompletionTable({ rows }: { rows: Dashboard['completion'] }) {
  return (
    <table className="table table--compact report-table">
      <caption className="table__caption">Sampled, submitted and moderated, by cycle</caption>
      <thead>
        <tr>
          <th scope="col">Cycle</th>
          <th scope="col" className="numeric">
            Sampled
          </th>
          <th scope="col" className="numeric">
            Submitted
          </th>
          <th scope="col" className="numeric">
            Moderated
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.cycleId}>
            <th scope="row">{row.cycleName}</th>
            <Count value={row.sampled} />
            <Count value={row.submitted} />
            <Count value={row.moderated} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function AnalyserTable({ analyser }: { analyser: AnalyserFigures }) {
  return (
    <>
      <table className="table table--compact report-table">
        <caption className="table__caption">
          The analyser’s reading of {formatCount(analyser.all.plans)} audited plans (
          {formatCount(analyser.all.actions)} actions), beside the auditors’ grades
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="numeric">
              Analyser: share of actions
            </th>
            <th scope="col">Criterion</th>
            <th scope="col" className="numeric">
              Auditors: Good or better
            </th>
          </tr>
        </thead>
        <tbody>
          {analyser.beside.map((row) => (
            <tr key={row.measure}>
              <th scope="row">{row.label}</th>
              <ShareCell share={row.analyser} />
              <td>{row.criterionTitle ?? '–'}</td>
              {row.goodOrBetter ? <ShareCell share={row.goodOrBetter} /> : <td>–</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {analyser.withoutDocument > 0 && (
        <p className="secondary">
          {formatCount(analyser.withoutDocument)} audited plans had no plan document to analyse.
        </p>
      )}
    </>
  )
}

const STATUS: Record<ReportAction['status'], string> = {
  open: 'Open',
  overdue: 'Overdue',
  done: 'Done'
}

export function ActionList({ actions }: { actions: ReportAction[] }) {
  if (actions.length === 0) return <p>No actions arose from the audited plans.</p>
  return (
    <table className="table table--compact report-table">
      <caption className="table__caption">Every action arising, overdue and open first</caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Team</th>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action, index) => (
          <tr key={index}>
            <th scope="row" className="mono-ref">
              {action.caseRef}
            </th>
            <td>{action.team}</td>
            <td>{action.description}</td>
            <td>{action.owner}</td>
            <td>{formatDate(action.dueDate)}</td>
            <td>{STATUS[action.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
