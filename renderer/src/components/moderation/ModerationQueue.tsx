import type { ModerationItem } from '../../../../shared/contract'
import { planTypeLabel } from '../../format'
import { ReasonCell, StageCell } from './ModerationCells'

interface ModerationQueueProps {
  items: ModerationItem[]
  onScore: (item: ModerationItem) => void
  onCompare: (item: ModerationItem) => void
}

/** "Audits for you to moderate": the current auditor's moderations, every cycle. */
export function ModerationQueue({ items, onScore, onCompare }: ModerationQueueProps) {
  if (items.length === 0) {
    return <p>Nothing is waiting for you to moderate.</p>
  }
  return (
    <table className="table moderation-table">
      <caption className="visually-hidden">Audits for you to moderate</caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Cycle</th>
          <th scope="col">First auditor</th>
          <th scope="col">Why chosen</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <span className="mono-ref">{item.caseRef}</span>
              <span className="secondary moderation-table__type">
                {planTypeLabel(item.planType)}
              </span>
            </th>
            <td>{item.cycleName}</td>
            <td>{item.firstAuditorName}</td>
            <ReasonCell item={item} />
            <StageCell item={item} />
            <td className="actions-cell">
              {item.stage === 'not-started' || item.stage === 'in-progress' ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onScore(item)}
                >
                  {item.stage === 'not-started' ? 'Start' : 'Continue'}
                  <span className="visually-hidden"> moderating {item.caseRef}</span>
                </button>
              ) : (
                <>
                  {item.canCompare && (
                    <button
                      type="button"
                      className={`button button--small${item.stage === 'agreed' ? ' button--secondary' : ''}`}
                      onClick={() => onCompare(item)}
                    >
                      Compare<span className="visually-hidden"> {item.caseRef}</span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => onScore(item)}
                  >
                    Your audit<span className="visually-hidden"> of {item.caseRef}</span>
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
