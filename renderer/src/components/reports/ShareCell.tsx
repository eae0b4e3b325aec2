import type { Share } from '../../../../shared/contract'
import { percentText } from './format'

/** A percentage with its n beside it, right-aligned in a table. */
export function ShareCell({ share }: { share: Share }) {
  return (
    <td className="numeric">
      {percentText(share)} <span className="report-n">(n = {share.n})</span>
    </td>
  )
}
