import { useState } from 'react'
import type { ModerationItem } from '../../../../shared/contract'
import { GradeText } from './GradeText'
import { ReasonCell, StageCell } from './ModerationCells'
import { ReassignDialog } from './ReassignDialog'

interface CycleModerationsProps {
  cycleName: string
  items: ModerationItem[]
  moderators: { id: number; name: string }[]
  onCompare: (item: ModerationItem) => void
  onReassign: (item: ModerationItem, moderatorId: number) => Promise<string | null>
}

/**
 * Every moderation in a cycle: who, why, how far it has got, and the overall grades the viewer
 * may see (a moderator sees the first auditor's only once they have submitted their own).
 */
export function CycleModerations({
  cycleName,
  items,
  moderators,
  onCompare,
  onReassign
}: CycleModerationsProps) {
  const [changing, setChanging] = useState<ModerationItem | null>(null)
  if (items.length === 0) {
    return <p>No audits in {cycleName} have been chosen for moderation yet.</p>
  }
  return (
    <>
      <table className="table table--compact moderation-table">
        <caption className="visually-hidden">Audits chosen for moderation in {cycleName}</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">First auditor</th>
            <th scope="col">Moderator</th>
            <th scope="col">Why chosen</th>
            <th scope="col">Status</th>
            <th scope="col">Overall judgements</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="mono-ref">
                {item.caseRef}
              </th>
              <td>{item.firstAuditorName}</td>
              <td>{item.moderatorName}</td>
              <ReasonCell item={item} />
              <StageCell item={item} />
              <td>
                <dl className="moderation-overalls">
                  <div>
                    <dt>First</dt>
                    <dd>
                      {item.blind ? (
                        <span className="secondary">Hidden until you submit</span>
                      ) : (
                        <GradeText grade={item.firstOverall} />
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>Moderator</dt>
                    <dd>
                      {item.moderatorOverall === null ? (
                        <span className="secondary">Not submitted</span>
                      ) : (
                        <GradeText grade={item.moderatorOverall} />
                      )}
                    </dd>
                  </div>
                  {item.agreedOverall !== null && (
                    <div>
                      <dt>Agreed</dt>
                      <dd>
                        <GradeText grade={item.agreedOverall} />
                      </dd>
                    </div>
                  )}
                </dl>
              </td>
              <td className="actions-cell">
                {item.canCompare && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => onCompare(item)}
                  >
                    Compare<span className="visually-hidden"> {item.caseRef}</span>
                  </button>
                )}
                {item.canReassign && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => setChanging(item)}
                  >
                    Change moderator<span className="visually-hidden"> of {item.caseRef}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changing && (
        <ReassignDialog
          item={changing}
          moderators={moderators}
          onConfirm={(moderatorId) => onReassign(changing, moderatorId)}
          onClose={() => setChanging(null)}
        />
      )}
    </>
  )
}
