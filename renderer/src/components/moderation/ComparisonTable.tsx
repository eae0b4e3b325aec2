import type {
  ComparedScore,
  ComparisonRow,
  ModerationComparison
} from '../../../../shared/contract'
import { GradeText } from './GradeText'

function Answer({ score, noteLabel }: { score: ComparedScore; noteLabel: string }) {
  return (
    <>
      <GradeText grade={score.grade} notApplicable={score.notApplicable} />
      {score.evidence.trim() !== '' && (
        <p className="comparison-note">
          <span className="visually-hidden">{noteLabel}: </span>
          {score.evidence}
        </p>
      )}
    </>
  )
}

/** "Two grades apart: discussion needed", with the reason under it. */
function Difference({ row }: { row: ComparisonRow }) {
  if (!row.discussionRequired) {
    return (
      <span className={row.difference === 0 ? 'secondary' : undefined}>{row.differenceText}</span>
    )
  }
  return (
    <div className="comparison-difference--needs">
      <strong>{row.differenceText}: discussion needed</strong>
      {row.discussionReason && <p className="comparison-note">Because {row.discussionReason}.</p>}
    </div>
  )
}

function Row({ row, noteLabel }: { row: ComparisonRow; noteLabel: string }) {
  return (
    <tr className={row.difference !== 0 ? 'comparison-row--differs' : undefined}>
      <th scope="row">
        {row.title}
        {row.limitsOverall && (
          <span className="comparison-limits">Limits the overall judgement</span>
        )}
      </th>
      <td>
        <Answer score={row.first} noteLabel={noteLabel} />
      </td>
      <td>
        <Answer score={row.moderator} noteLabel={noteLabel} />
      </td>
      <td>
        <Difference row={row} />
      </td>
    </tr>
  )
}

/** The two audits side by side: each criterion, the overall judgement and safeguarding. */
export function ComparisonTable({ comparison }: { comparison: ModerationComparison }) {
  const { moderation } = comparison
  return (
    <table className="table comparison-table">
      <caption className="table__caption">The two audits side by side</caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">
            {moderation.firstAuditorName}
            <span className="comparison-role">First auditor</span>
          </th>
          <th scope="col">
            {moderation.moderatorName}
            <span className="comparison-role">Moderator</span>
          </th>
          <th scope="col">Difference</th>
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row) => (
          <Row key={row.key} row={row} noteLabel="Evidence" />
        ))}
        <Row row={comparison.overall} noteLabel="Rationale" />
        <tr>
          <th scope="row">Safeguarding concern</th>
          <td>{comparison.firstSafeguarding ? 'Raised' : 'Not raised'}</td>
          <td>{comparison.moderatorSafeguarding ? 'Raised' : 'Not raised'}</td>
          <td>
            {comparison.firstSafeguarding === comparison.moderatorSafeguarding ? (
              <span className="secondary">Same</span>
            ) : (
              'Different'
            )}
          </td>
        </tr>
      </tbody>
    </table>
  )
}
