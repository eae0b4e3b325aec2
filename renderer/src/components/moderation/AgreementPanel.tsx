import type { AgreementReport, AgreementRow } from '../../../../shared/contract'
import { AGREEMENT_THRESHOLD, KAPPA_THRESHOLD } from '../../../../shared/stats'
import { coefficientWords, percentWords } from './labels'

/** A weighted kappa with Landis and Koch's words for it: "0.41 (Moderate)". */
function Kappa({ value, band }: { value: number | null; band: string | null }) {
  if (value === null) return <span className="secondary">Not defined</span>

  return (
    <>
      {value.toFixed(2)} <span className="agreement-band">({band})</span>
    </>
  )
}

/** A proportion or coefficient, or "Not defined" in quieter text. */
function Figure({ value, percent = false }: { value: number | null; percent?: boolean }) {
  if (value === null) return <span className="secondary">Not defined</span>
  return <>{percent ? percentWords(value) : coefficientWords(value)}</>
}

function Flag({ flags }: { flags: string[] }) {
  if (flags.length === 0) return <span className="secondary">No</span>
  return (
    <span className="agreement-flag">
      <strong>Below threshold</strong>: {flags.join('; ').toLowerCase()}
    </span>
  )
}

function StatsRow({ row, emphasis = false }: { row: AgreementRow; emphasis?: boolean }) {
  const { stats } = row
  return (
    <tr className={emphasis ? 'agreement-row--total' : undefined}>
      <th scope="row">{row.title}</th>
      <td className="numeric">{stats.pairs}</td>
      <td className="numeric">{stats.excluded}</td>
      <td className="numeric">
        <Figure value={stats.percentAgreement} percent />
      </td>
      <td className="numeric">
        <Figure value={stats.kappa} />
      </td>
      <td>
        <Kappa value={stats.kappaLinear} band={row.bandLinear} />
      </td>
      <td>
        <Kappa value={stats.kappaQuadratic} band={row.bandQuadratic} />
      </td>
      <td className="numeric">
        <Figure value={stats.ac1} />
      </td>
      <td>
        <Flag flags={row.flags} />
      </td>
    </tr>
  )
}

const HEADINGS = (
  <>
    <th scope="col" className="numeric">
      Pairs
    </th>
    <th scope="col" className="numeric">
      N/A left out
    </th>
    <th scope="col" className="numeric">
      Exact agreement
    </th>
    <th scope="col" className="numeric">
      Kappa
    </th>
    <th scope="col">Weighted kappa, linear</th>
    <th scope="col">Weighted kappa, quadratic</th>
    <th scope="col" className="numeric">
      Gwet&apos;s AC1
    </th>
    <th scope="col">Flag</th>
  </>
)

/**
 * How far first auditors and moderators agree in a cycle, before they resolve their differences:
 * per criterion, overall, and per pair of auditors, each kappa with its Landis and Koch band in
 * words and a written flag where agreement is weak.
 */
export function AgreementPanel({ report }: { report: AgreementReport }) {
  return (
    <div className="agreement-panel">
      <p>
        {report.completed === 0
          ? 'No moderation in this cycle has been submitted yet, so there is nothing to compare.'
          : `${report.completed} moderated ${report.completed === 1 ? 'audit' : 'audits'} compared: each first audit against its blind moderation, before the two agreed.`}{' '}
        {report.completed > 0 &&
          `Flagged below ${KAPPA_THRESHOLD.toFixed(2)} linearly weighted kappa or ${Math.round(AGREEMENT_THRESHOLD * 100)}% exact agreement.`}
      </p>
      {report.completed > 0 && <AgreementTables report={report} />}
    </div>
  )
}

function AgreementTables({ report }: { report: AgreementReport }) {
  return (
    <>
      <div className="agreement-table-wrap">
        <table className="table table--compact agreement-table">
          <caption className="table__caption">Agreement by criterion</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {HEADINGS}
            </tr>
          </thead>
          <tbody>
            {report.criteria.map((row) => (
              <StatsRow key={row.key} row={row} />
            ))}
            <StatsRow row={report.overall} emphasis />
            <StatsRow row={report.allCriteria} emphasis />
          </tbody>
        </table>
      </div>
      {report.byPair.length > 0 && (
        <div className="agreement-table-wrap">
          <table className="table table--compact agreement-table">
            <caption className="table__caption">
              Agreement by pair of auditors (either may have audited first)
            </caption>
            <thead>
              <tr>
                <th scope="col">Auditors and what is compared</th>
                {HEADINGS}
              </tr>
            </thead>
            <tbody>
              {report.byPair.map((pair) => {
                const who = `${pair.auditorA.name} and ${pair.auditorB.name}`
                const audits = `${pair.audits} ${pair.audits === 1 ? 'audit' : 'audits'}`
                return [
                  <StatsRow
                    key={`${who}-overall`}
                    row={{ ...pair.overall, title: `${who} (${audits}): overall judgement` }}
                  />,
                  <StatsRow
                    key={`${who}-criteria`}
                    row={{ ...pair.allCriteria, title: `${who} (${audits}): all criteria` }}
                  />
                ]
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="footnote">
        Kappa and AC1 correct agreement for chance; weighted kappa gives partial credit for grades
        one apart. Kappa is not defined when there is nothing to compare, or when both auditors gave
        the same single grade every time. Bands after Landis and Koch (1977): below 0 Poor, to 0.20
        Slight, to 0.40 Fair, to 0.60 Moderate, to 0.80 Substantial, above Almost perfect.
      </p>
    </>
  )
}
