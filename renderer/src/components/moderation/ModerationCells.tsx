import type { ModerationItem } from '../../../../shared/contract'
import { REASON_LABELS, STAGE_LABELS } from './labels'

/** Why an audit was chosen for moderation; hidden from its moderator until they submit. */
export function ReasonCell({ item }: { item: ModerationItem }) {
  return (
    <td>
      {item.reason ? (
        REASON_LABELS[item.reason]
      ) : (
        <span className="secondary">Shown once you submit</span>
      )}
    </td>
  )
}

/** Where a moderation stands: not started, in progress, submitted, agreed. */
export function StageCell({ item }: { item: ModerationItem }) {
  return (
    <td>
      <span className={`status moderation-stage--${item.stage}`}>{STAGE_LABELS[item.stage]}</span>
    </td>
  )
}
