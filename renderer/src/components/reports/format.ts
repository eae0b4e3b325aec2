import type { Share } from '../../../../shared/contract'

/** A share as a report prints it: a whole percentage, or "–" when nothing was measured. */
export function percentText(share: Share): string {
  return share.percent === null ? '–' : `${Math.round(share.percent)}%`
}

/** "41% (n = 17)": every percentage carries its denominator. */
export function shareText(share: Share): string {
  return `${percentText(share)} (n = ${share.n})`
}

/** The SVG a chart was drawn as, for an <img>: an image cannot run script or take page styles. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
