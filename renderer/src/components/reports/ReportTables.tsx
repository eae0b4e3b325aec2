import { Fragment } from 'react'
import type { ReactNode } from 'react'
import type {
  AnalyserFigures,
  Dashboard,
  GradeDistribution,
  GroupFigures,
  ReportAction,
  Share
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

/** A column of figures: its heading and the cell it draws for a row, right-aligned. */
interface FigureColumn<Row> {
  title: string
  cell: (row: Row) => ReactNode
}

const count = <Row,>(title: string, value: (row: Row) => number): FigureColumn<Row> => ({
  title,
  cell: (row) => <Count value={value(row)} />
})

const share = <Row,>(title: string, value: (row: Row) => Share): FigureColumn<Row> => ({
  title,
  cell: (row) => <ShareCell share={value(row)} />
})

/**
 * The report's tables of figures: a caption, a heading column naming each row (team, criterion,
 * cycle), then columns of counts and shares.
 */
function FiguresTable<Row>({
  caption,
  what,
  columns,
  rows,
  label
}: {
  caption: ReactNode
  what: string
  columns: FigureColumn<Row>[]
  rows: Row[]
  label: (row: Row) => string
}) {
  return (
    <table className="table table--compact report-table">
      <caption className="table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          {columns.map((column) => (
            <th scope="col" className="numeric" key={column.title}>
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={label(row)}>
            <th scope="row">{label(row)}</th>
            {columns.map((column) => (
              <Fragment key={column.title}>{column.cell(row)}</Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const DISTRIBUTION: FigureColumn<GradeDistribution>[] = [
  count('Outstanding', (row) => row.outstanding),
  count('Good', (row) => row.good),
  count('Requires improvement', (row) => row.requiresImprovement),
  count('Inadequate', (row) => row.inadequate),
  count('N/A', (row) => row.notApplicable),
  share('Good or better', (row) => row.goodOrBetter),
  share('Inadequate share', (row) => row.inadequateShare)
]

export function DistributionTable({
  rows,
  caption
}: {
  rows: GradeDistribution[]
  caption: string
}) {
  return (
    <Scroll label={caption}>
      <FiguresTable
        caption={caption}
        what="Criterion"
        columns={DISTRIBUTION}
        rows={rows}
        label={(row) => row.title}
      />
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
  if (groups.length === 0) return <p className="secondary">No audited plans to show.</p>
  const columns = (groups[0]?.grades ?? []).map((column, index) =>
    share<GroupFigures>(column.title, (group) => group.grades[index]![measure])
  )
  return (
    <Scroll label={caption}>
      <FiguresTable
        caption={caption}
        what={what}
        columns={[count<GroupFigures>('Audited', (group) => group.audited), ...columns]}
        rows={groups}
        label={(group) => group.label}
      />
    </Scroll>
  )
}

type TeamActions = Dashboard['actions']['all'] & { team: string }

const ACTION_COUNTS: FigureColumn<TeamActions>[] = [
  count('Open', (row) => row.open),
  count('Overdue', (row) => row.overdue),
  count('Done', (row) => row.done),
  count('Total', (row) => row.total)
]

export function ActionsTable({ actions }: { actions: Dashboard['actions'] }) {
  return (
    <FiguresTable
      caption={`Actions arising, by team (overdue: open and due before ${formatDate(actions.today)})`}
      what="Team"
      columns={ACTION_COUNTS}
      rows={[...actions.byTeam, { team: 'All teams', ...actions.all }]}
      label={(row) => row.team}
    />
  )
}

type TeamConcerns = { team: string; flagged: number; audited: number }

const CONCERN_COUNTS: FigureColumn<TeamConcerns>[] = [
  count('Concerns', (row) => row.flagged),
  count('Audited plans', (row) => row.audited)
]

export function SafeguardingTable({ safeguarding }: { safeguarding: Dashboard['safeguarding'] }) {
  const all = { team: 'All teams', flagged: safeguarding.flagged, audited: safeguarding.audited }
  return (
    <FiguresTable
      caption="Safeguarding concerns raised, by team"
      what="Team"
      columns={CONCERN_COUNTS}
      rows={[...safeguarding.byTeam, all]}
      label={(row) => row.team}
    />
  )
}

type CycleCompletion = Dashboard['completion'][number]

const COMPLETION_COUNTS: FigureColumn<CycleCompletion>[] = [
  count('Sampled', (row) => row.sampled),
  count('Submitted', (row) => row.submitted),
  count('Moderated', (row) => row.moderated)
]

export function CompletionTable({ rows }: { rows: Dashboard['completion'] }) {
  return (
    <FiguresTable
      caption="Sampled, submitted and moderated, by cycle"
      what="Cycle"
      columns={COMPLETION_COUNTS}
      rows={rows}
      label={(row) => row.cycleName}
    />
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
