import type { EChartsOption } from 'echarts'
import type {
  ChartSvg,
  Dashboard,
  DashboardCharts,
  GradeDistribution,
  GroupFigures
} from '../../../shared/contract'

/*
 * The dashboard's charts, drawn by Apache ECharts' server-side SVG renderer: one drawing for the
 * dashboard, the printable report and the self-contained HTML file, with no script in any of them.
 * Colours are the design tokens' grade colours, but every bar is also labelled with its value and
 * every series named in a legend, and each chart sits above a table of the same figures.
 */

const FONT = "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif"
const TEXT = '#0b0c0c'
const SECONDARY = '#505a5f'
const WIDTH = 680

export const GRADE_COLOURS = {
  outstanding: '#00703c',
  good: '#1d70b8',
  requiresImprovement: '#8a4a00',
  inadequate: '#d4351c'
} as const

const LINE_COLOURS = ['#0b0c0c', '#1d70b8', '#00703c', '#8a4a00', '#d4351c', '#4c2c92', '#28a197']
const LINE_SYMBOLS = [
  'circle',
  'rect',
  'triangle',
  'diamond',
  'emptyCircle',
  'emptyRect',
  'roundRect'
]
const LINE_TYPES = ['solid', 'dashed', 'dotted'] as const

type EChartsModule = typeof import('echarts')

/** Relative widths of characters in a sans-serif face, in ems: a generous estimate. */
function charWidth(char: string): number {
  if (/[ilj.,:;|!'I\s()[\]]/.test(char)) return 0.32
  if (/[mwMW@%—]/.test(char)) return 0.9
  if (/[A-Z]/.test(char)) return 0.7
  if (/[0-9]/.test(char)) return 0.6
  return 0.58
}

/**
 * Server-side, ECharts cannot ask a browser how wide a label is, and its own guess is narrow
 * enough for legend entries to overlap. This estimate errs wide, so labels get room to spare.
 */
function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12)
  let ems = 0
  for (const char of text) ems += charWidth(char)
  return { width: ems * size }
}

/** Loaded on first use: the chart library is large, and most command-line runs never draw. */
async function loadECharts(): Promise<EChartsModule> {
  const echarts = await import('echarts')
  echarts.setPlatformAPI({ measureText })
  return echarts
}

/** A category label: the name (shortened to fit) over its count. */
function categoryLabel(name: string, count: string): string {
  const short = name.length > 30 ? `${name.slice(0, 29).trimEnd()}…` : name
  return `${short}\n${count}`
}

function render(echarts: EChartsModule, option: EChartsOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height })
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT, color: TEXT, fontSize: 12 },
      ...option
    })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

function pct(value: number | null): number {
  return value === null ? 0 : Math.round(value * 10) / 10
}

function whole(value: number | null): string {
  return value === null ? '–' : `${Math.round(value)}%`
}

const legend = { top: 0, left: 0, itemGap: 16, textStyle: { color: TEXT, fontSize: 12 } }

function categoryAxis(labels: string[]) {
  return {
    type: 'category' as const,
    inverse: true,
    data: labels,
    axisTick: { show: false },
    axisLabel: { color: TEXT, fontSize: 12, lineHeight: 15 }
  }
}

function percentAxis() {
  return {
    type: 'value' as const,
    min: 0,
    max: 100,
    interval: 25,
    axisLabel: { formatter: '{value}%', color: SECONDARY },
    splitLine: { lineStyle: { color: '#dbdee4' } }
  }
}

function heightFor(rows: number, rowHeight = 38): number {
  return 56 + Math.max(rows, 1) * rowHeight + 28
}

/** The share of graded plans at each grade, for the overall judgement and each criterion. */
function distributionChart(echarts: EChartsModule, rows: GradeDistribution[]): ChartSvg {
  const graded = (row: GradeDistribution) =>
    row.outstanding + row.good + row.requiresImprovement + row.inadequate
  const series = (
    [
      ['Outstanding', 'outstanding'],
      ['Good', 'good'],
      ['Requires improvement', 'requiresImprovement'],
      ['Inadequate', 'inadequate']
    ] as const
  ).map(([name, field]) => ({
    type: 'bar' as const,
    name,
    stack: 'grades',
    barWidth: 18,
    itemStyle: { color: GRADE_COLOURS[field] },
    label: {
      show: true,
      color: '#ffffff',
      fontSize: 11,
      formatter: (params: { value: unknown }) =>
        Number(params.value) >= 8 ? `${Math.round(Number(params.value))}%` : ''
    },
    data: rows.map((row) => {
      const n = graded(row)
      return n === 0 ? 0 : pct((row[field] / n) * 100)
    })
  }))
  return {
    svg: render(
      echarts,
      {
        legend,
        grid: { left: 210, right: 24, top: 36, bottom: 24 },
        xAxis: percentAxis(),
        yAxis: categoryAxis(rows.map((row) => categoryLabel(row.title, `n = ${graded(row)}`))),
        series
      },
      heightFor(rows.length)
    ),
    description:
      'Stacked bars: for the overall judgement and each criterion, the share of graded plans that were Outstanding, Good, Requires improvement and Inadequate. The table below gives the counts.'
  }
}

/** Good or better and Inadequate, overall, for each team or plan type. */
function groupChart(echarts: EChartsModule, groups: GroupFigures[], what: string): ChartSvg {
  const overall = groups.map((group) => group.grades.find((grade) => grade.key === 'overall'))
  const bar = (name: string, colour: string, values: (number | null)[]) => ({
    type: 'bar' as const,
    name,
    barWidth: 10,
    barGap: '20%',
    itemStyle: { color: colour },
    label: {
      show: true,
      position: 'right' as const,
      color: TEXT,
      fontSize: 11,
      formatter: (params: { dataIndex: number }) => whole(values[params.dataIndex] ?? null)
    },
    data: values.map(pct)
  })
  return {
    svg: render(
      echarts,
      {
        legend,
        grid: { left: 210, right: 48, top: 36, bottom: 24 },
        xAxis: percentAxis(),
        yAxis: categoryAxis(
          groups.map((group) => categoryLabel(group.label, `n = ${group.audited}`))
        ),
        series: [
          bar(
            'Good or better',
            GRADE_COLOURS.good,
            overall.map((grade) => grade?.goodOrBetter.percent ?? null)
          ),
          bar(
            'Inadequate',
            GRADE_COLOURS.inadequate,
            overall.map((grade) => grade?.inadequateShare.percent ?? null)
          )
        ]
      },
      heightFor(groups.length, 42)
    ),
    description: `Paired bars: for each ${what}, the share of audited plans whose overall judgement was Good or better, and the share that was Inadequate. The tables below give every criterion.`
  }
}

/** Good or better across cycles, overall and per criterion. */
function trendChart(echarts: EChartsModule, trend: GroupFigures[]): ChartSvg {
  const keys = trend[0]?.grades ?? []
  const series = keys.map((grade, index) => ({
    type: 'line' as const,
    name: grade.title,
    symbol: LINE_SYMBOLS[index % LINE_SYMBOLS.length],
    symbolSize: 8,
    color: LINE_COLOURS[index % LINE_COLOURS.length],
    lineStyle: { width: index === 0 ? 3 : 2, type: LINE_TYPES[index % LINE_TYPES.length] },
    connectNulls: false,
    label: { show: index === 0, formatter: '{c}%', color: TEXT, fontSize: 11 },
    data: trend.map((cycle) => {
      const percent = cycle.grades.find((g) => g.key === grade.key)?.goodOrBetter.percent ?? null
      return percent === null ? null : Math.round(percent)
    })
  }))
  return {
    svg: render(
      echarts,
      {
        legend: { ...legend, width: WIDTH - 16 },
        grid: { left: 48, right: 32, top: 76, bottom: 40 },
        xAxis: {
          type: 'category',
          data: trend.map((cycle) => cycle.label),
          axisLabel: {
            color: TEXT,
            interval: 0,
            formatter: (label: string) =>
              label.length > 24 ? `${label.slice(0, 23).trimEnd()}…` : label
          }
        },
        yAxis: percentAxis(),
        series
      },
      300
    ),
    description:
      'Lines: the share of audited plans judged Good or better in each cycle, oldest first, overall (the thick line, labelled) and for each criterion. The table below gives each figure with its n.'
  }
}

function countBar(name: string, colour: string, stack: string | undefined, values: number[]) {
  return {
    type: 'bar' as const,
    name,
    stack,
    barWidth: stack ? 18 : 10,
    itemStyle: { color: colour },
    label: {
      show: true,
      position: stack ? ('inside' as const) : ('right' as const),
      color: stack ? '#ffffff' : TEXT,
      fontSize: 11,
      formatter: (params: { value: unknown }) =>
        Number(params.value) > 0 ? String(params.value) : ''
    },
    data: values
  }
}

function actionsChart(echarts: EChartsModule, actions: Dashboard['actions']): ChartSvg {
  const rows = actions.byTeam
  return {
    svg: render(
      echarts,
      {
        legend,
        grid: { left: 210, right: 24, top: 36, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { color: SECONDARY } },
        yAxis: categoryAxis(rows.map((row) => categoryLabel(row.team, `${row.total} actions`))),
        series: [
          countBar(
            'Open',
            GRADE_COLOURS.good,
            'status',
            rows.map((row) => row.open)
          ),
          countBar(
            'Overdue',
            GRADE_COLOURS.inadequate,
            'status',
            rows.map((row) => row.overdue)
          ),
          countBar(
            'Done',
            GRADE_COLOURS.outstanding,
            'status',
            rows.map((row) => row.done)
          )
        ]
      },
      heightFor(rows.length)
    ),
    description:
      'Stacked bars: for each team, the actions arising from its audited plans that are open, overdue and done. The table below gives the counts.'
  }
}

function completionChart(echarts: EChartsModule, rows: Dashboard['completion']): ChartSvg {
  return {
    svg: render(
      echarts,
      {
        legend,
        grid: { left: 210, right: 48, top: 36, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { color: SECONDARY } },
        yAxis: categoryAxis(rows.map((row) => categoryLabel(row.cycleName, ''))),
        series: [
          countBar(
            'Sampled',
            SECONDARY,
            undefined,
            rows.map((row) => row.sampled)
          ),
          countBar(
            'Submitted',
            GRADE_COLOURS.good,
            undefined,
            rows.map((row) => row.submitted)
          ),
          countBar(
            'Moderated',
            GRADE_COLOURS.outstanding,
            undefined,
            rows.map((row) => row.moderated)
          )
        ]
      },
      heightFor(rows.length, 44)
    ),
    description:
      'Bars: for each cycle, the cases sampled, the audits submitted and the audits whose moderation is agreed. The table below gives the counts.'
  }
}

/** Every chart of the dashboard, as SVG. */
export async function dashboardCharts(
  dashboard: Omit<Dashboard, 'charts'>
): Promise<DashboardCharts> {
  const echarts = await loadECharts()
  return {
    distribution: distributionChart(echarts, [dashboard.overall, ...dashboard.byCriterion]),
    byTeam: groupChart(echarts, dashboard.byTeam, 'team'),
    byPlanType: groupChart(echarts, dashboard.byPlanType, 'plan type'),
    trend: trendChart(echarts, dashboard.trend),
    actions: actionsChart(echarts, dashboard.actions),
    completion: completionChart(echarts, dashboard.completion)
  }
}
