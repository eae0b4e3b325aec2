import { useEffect } from 'react'
import { ScreenHeading } from '../components/ScreenHeading'
import { formatFramework, formatPeriod } from '../format'
import { useCycles } from '../state/cycles'
import { useNavigation } from '../state/navigation'

/** Home: every audit cycle and how far it has got. */
export function Cycles() {
  const { cycles, loading, error, load } = useCycles()
  const go = useNavigation((state) => state.go)
  useEffect(() => {
    void load()
  }, [load])

  return (
    <>
      <div className="screen-header">
        <ScreenHeading>Audit cycles</ScreenHeading>
        <button type="button" className="button" onClick={() => go({ screen: 'new-cycle' })}>
          New cycle
        </button>
      </div>
      <p className="lead">
        An audit cycle is one round of case file audits: a sample of plans, scored against a
        framework, moderated and reported.
      </p>
      {error && (
        <div className="notice notice--error" role="alert">
          {error.message}
        </div>
      )}
      {loading && cycles.length === 0 ? (
        <p role="status">Loading audit cycles…</p>
      ) : cycles.length === 0 ? (
        <div className="empty-state">
          <h2 className="empty-state__title">No audit cycles yet</h2>
          <p>
            Cycles appear here once a case list has been imported and a sample drawn. Each shows its
            framework, period, and how many plans are sampled, submitted and moderated.
          </p>
        </div>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Audit cycles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Framework</th>
              <th scope="col">Period</th>
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
            {cycles.map((cycle) => (
              <tr key={cycle.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => go({ screen: 'cycle', cycleId: cycle.id })}
                  >
                    {cycle.name}
                  </button>
                  {cycle.status === 'closed' && <span className="tag tag--quiet">Closed</span>}
                </th>
                <td>{formatFramework(cycle)}</td>
                <td>{formatPeriod(cycle)}</td>
                <td className="numeric">{cycle.sampled}</td>
                <td className="numeric">{cycle.submitted}</td>
                <td className="numeric">{cycle.moderated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
