import { useEffect } from 'react'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { StaleRegion, StaleStatus } from '../components/StaleRegion'
import { useNavigation } from '../state/navigation'
import { useQueue } from '../state/queue'

/** The cycles that have plans for the current auditor to score, with how far each has got. */
export function MyAudits() {
  const { mine, error, loadMine, refreshingMine } = useQueue()
  const stale = refreshingMine && mine !== null
  const go = useNavigation((state) => state.go)
  useEffect(() => {
    void loadMine()
  }, [loadMine])

  return (
    <>
      <ScreenHeading>My audits</ScreenHeading>
      {error && <Notice kind="error">{error.message}</Notice>}
      <StaleStatus stale={stale} />
      {mine && mine.length === 0 && (
        <div className="empty-state">
          <h2 className="empty-state__title">Nothing to audit yet</h2>
          <p>Plans appear here once a cycle&apos;s sample has been drawn (see Cycles).</p>
        </div>
      )}
      {mine && mine.length > 0 && (
        <StaleRegion stale={stale}>
          <table className="table">
            <caption className="visually-hidden">Cycles with plans to audit</caption>
            <thead>
              <tr>
                <th scope="col">Cycle</th>
                <th scope="col">Progress</th>
                <th scope="col" className="numeric">
                  In progress
                </th>
                <th scope="col" className="numeric">
                  Skipped
                </th>
              </tr>
            </thead>
            <tbody>
              {mine.map((cycle) => (
                <tr key={cycle.cycleId}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => go({ screen: 'queue', cycleId: cycle.cycleId })}
                    >
                      {cycle.cycleName}
                    </button>
                    {cycle.closed && <span className="tag tag--quiet">Closed</span>}
                  </th>
                  <td>
                    <Progress done={cycle.submitted} total={cycle.total} />
                  </td>
                  <td className="numeric">{cycle.inProgress}</td>
                  <td className="numeric">{cycle.skipped}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </StaleRegion>
      )}
    </>
  )
}

/** "7 of 20 submitted" with a bar; the words carry the meaning, the bar only helps. */
export function Progress({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100)
  return (
    <span className="progress">
      <span className="progress__text">
        {done} of {total} submitted
      </span>
      <span className="progress__track" aria-hidden="true">
        <span className="progress__bar" style={{ width: `${percent}%` }} />
      </span>
    </span>
  )
}
