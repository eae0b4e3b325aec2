import type { ReactNode } from 'react'
import type { ChartSvg } from '../../../../shared/contract'
import { svgDataUrl } from './format'

/**
 * A chart drawn by the chart library as SVG, shown as an image with its description, and its data
 * table right after it: the table carries every figure, so colour is never the only key.
 */
export function ChartFigure({
  title,
  chart,
  children
}: {
  title: string
  chart: ChartSvg
  children: ReactNode
}) {
  return (
    <div className="report-panel__body">
      <figure className="report-chart">
        <img
          className="report-chart__image"
          src={svgDataUrl(chart.svg)}
          alt={`Chart: ${title}. The table that follows gives the same figures.`}
        />
        <figcaption className="report-chart__caption">{chart.description}</figcaption>
      </figure>
      {children}
    </div>
  )
}
