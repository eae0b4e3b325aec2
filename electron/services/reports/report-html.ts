import type {
  ChartSvg,
  CycleReport,
  GradeDistribution,
  GroupFigures,
  Share
} from '../../../shared/contract'
import { PLAN_TYPE_LABELS } from '../../../shared/domain'
import { percentText } from './headlines'

/*
 * The printable cycle report as one self-contained HTML file: inline CSS, the charts as inline
 * SVG, no script, nothing fetched. It has the sections and tables of the report screen, so the
 * file the command line writes and the page the app prints say the same thing.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

function shareCell(share: Share): string {
  return `${percentText(share)} <span class="n">(n = ${share.n})</span>`
}

function ukDate(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: iso.length === 10 ? 'UTC' : undefined
  })
}

function table(caption: string, head: string[], rows: string[][], numericFrom = 1): string {
  const th = head
    .map(
      (cell, index) => `<th scope="col"${index >= numericFrom ? ' class="num"' : ''}>${cell}</th>`
    )
    .join('')
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, index) =>
            index === 0
              ? `<th scope="row">${cell}</th>`
              : `<td${index >= numericFrom ? ' class="num"' : ''}>${cell}</td>`
          )
          .join('')}</tr>`
    )
    .join('')
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

function figure(chart: ChartSvg, title: string): string {
  // The SVG comes from the chart library, which escapes every label it draws.
  return `<figure class="chart" role="group" aria-label="${escapeHtml(title)}">${chart.svg}<figcaption>${escapeHtml(chart.description)}</figcaption></figure>`
}

export function distributionTable(rows: GradeDistribution[], caption: string): string {
  return table(
    caption,
    [
      'Criterion',
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
      'N/A',
      'Good or better',
      'Inadequate (share)'
    ],
    rows.map((row) => [
      escapeHtml(row.title),
      String(row.outstanding),
      String(row.good),
      String(row.requiresImprovement),
      String(row.inadequate),
      String(row.notApplicable),
      shareCell(row.goodOrBetter),
      shareCell(row.inadequateShare)
    ])
  )
}

function groupTable(
  groups: GroupFigures[],
  what: string,
  measure: 'goodOrBetter' | 'inadequateShare',
  caption: string
): string {
  const keys = groups[0]?.grades ?? []
  return table(
    caption,
    [escapeHtml(what), 'Audited', ...keys.map((grade) => escapeHtml(grade.title))],
    groups.map((group) => [
      escapeHtml(group.label),
      String(group.audited),
      ...group.grades.map((grade) => shareCell(grade[measure]))
    ])
  )
}

function section(id: string, title: string, body: string, className = 'section'): string {
  return `<section class="${className}" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${body}</section>`
}

function coverFacts(report: CycleReport): string {
  const { dashboard } = report
  const facts: [string, string][] = [
    [
      'Period',
      `${ukDate(report.cycle.periodStart) || '…'} to ${ukDate(report.cycle.periodEnd) || '…'}`
    ],
    ['Framework', escapeHtml(report.cycle.frameworkTitle ?? 'Not recorded')],
    ['Audited plans', String(dashboard.audited)],
    ['Good or better overall', shareCell(dashboard.overall.goodOrBetter)],
    ['Inadequate overall', shareCell(dashboard.overall.inadequateShare)],
    [
      'Safeguarding concerns',
      `${dashboard.safeguarding.flagged} of ${dashboard.safeguarding.audited} audited plans`
    ],
    [
      'Actions arising',
      `${dashboard.actions.all.total}: ${dashboard.actions.all.open} open, ${dashboard.actions.all.overdue} overdue, ${dashboard.actions.all.done} done`
    ]
  ]
  const filters = [
    dashboard.filters.team ? `team ${dashboard.filters.team}` : null,
    dashboard.filters.planType ? `plan type ${PLAN_TYPE_LABELS[dashboard.filters.planType]}` : null,
    dashboard.filters.auditorId
      ? `auditor ${dashboard.options.auditors.find((a) => a.id === dashboard.filters.auditorId)?.name ?? dashboard.filters.auditorId}`
      : null
  ].filter((item): item is string => item !== null)
  if (filters.length > 0) facts.push(['Narrowed to', escapeHtml(filters.join(', '))])
  return `<dl class="facts">${facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>`
}

export const DEFINITIONS = [
  'Audited plans are the submitted primary audits within the report’s filters. Where a moderation has been agreed, the agreed grades are used in place of the first auditor’s; moderation audits are not counted separately.',
  'Good or better means Outstanding or Good. Each percentage is of the plans graded on that criterion (n); plans where the criterion was not applicable are left out of its n.',
  'An action is overdue when it is still open and its due date is before the day the report was made.'
]

function summaryHtml(summary: string): string {
  const paragraphs = summary
    .split(/\n{2,}/)
    .map((text) => text.trim())
    .filter(Boolean)
  if (paragraphs.length === 0) return '<p class="muted">No key themes have been written yet.</p>'
  return paragraphs.map((text) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`).join('')
}

/** The targets sit on the cover, beside the figures they judge. */
function targetsHtml(report: CycleReport): string {
  const { dashboard } = report
  return section(
    'targets',
    'Targets',
    dashboard.targets.length === 0
      ? '<p class="muted">No targets have been set.</p>'
      : table(
          'Each target against this report’s figures',
          ['Criterion', 'Target', 'Actual', 'Met'],
          dashboard.targets.map((target) => [
            escapeHtml(target.title),
            target.kind === 'inadequate-max'
              ? `Inadequate at most ${target.percent}%`
              : `Good or better at least ${target.percent}%`,
            shareCell(target.actual),
            target.met === null ? 'Nothing to measure' : target.met ? 'Met' : 'Not met'
          ])
        ),
    'cover-section'
  )
}

function sections(report: CycleReport): string[] {
  const { dashboard, analyser } = report
  const distribution = [dashboard.overall, ...dashboard.byCriterion]
  return [
    section(
      'grades',
      'Grades by criterion',
      figure(dashboard.charts.distribution, 'Grade distribution by criterion') +
        distributionTable(distribution, 'Audited plans by grade, per criterion')
    ),
    section(
      'teams',
      'By team',
      figure(dashboard.charts.byTeam, 'Good or better and Inadequate by team') +
        groupTable(dashboard.byTeam, 'Team', 'goodOrBetter', 'Good or better, by team') +
        groupTable(dashboard.byTeam, 'Team', 'inadequateShare', 'Inadequate, by team')
    ),
    section(
      'plan-types',
      'By plan type',
      figure(dashboard.charts.byPlanType, 'Good or better and Inadequate by plan type') +
        groupTable(
          dashboard.byPlanType,
          'Plan type',
          'goodOrBetter',
          'Good or better, by plan type'
        ) +
        groupTable(dashboard.byPlanType, 'Plan type', 'inadequateShare', 'Inadequate, by plan type')
    ),
    section(
      'trend',
      'Across cycles',
      figure(dashboard.charts.trend, 'Good or better across cycles') +
        groupTable(dashboard.trend, 'Cycle', 'goodOrBetter', 'Good or better, by cycle')
    ),
    section(
      'analyser',
      'The plan analyser beside the auditors’ grades',
      table(
        `What the analyser found in the actions of ${analyser.all.plans} audited plans (${analyser.all.actions} actions)`,
        ['Measure', 'Analyser: share of actions', 'Criterion', 'Auditors: Good or better'],
        analyser.beside.map((row) => [
          escapeHtml(row.label),
          shareCell(row.analyser),
          escapeHtml(row.criterionTitle ?? '–'),
          row.goodOrBetter ? shareCell(row.goodOrBetter) : '–'
        ])
      )
    ),
    section(
      'actions-safeguarding',
      'Actions and safeguarding',
      figure(dashboard.charts.actions, 'Actions by status and team') +
        table(
          `Actions arising, by team (overdue = open and due before ${ukDate(dashboard.actions.today)})`,
          ['Team', 'Open', 'Overdue', 'Done', 'Total'],
          [
            ...dashboard.actions.byTeam.map((row) => [
              escapeHtml(row.team),
              String(row.open),
              String(row.overdue),
              String(row.done),
              String(row.total)
            ]),
            [
              'All teams',
              String(dashboard.actions.all.open),
              String(dashboard.actions.all.overdue),
              String(dashboard.actions.all.done),
              String(dashboard.actions.all.total)
            ]
          ]
        ) +
        table(
          'Safeguarding concerns raised, by team',
          ['Team', 'Concerns', 'Audited plans'],
          dashboard.safeguarding.byTeam.map((row) => [
            escapeHtml(row.team),
            String(row.flagged),
            String(row.audited)
          ])
        )
    ),
    section(
      'completion',
      'Completion',
      table(
        'Sampled, submitted and moderated',
        ['Cycle', 'Sampled', 'Submitted', 'Moderated'],
        dashboard.completion.map((row) => [
          escapeHtml(row.cycleName),
          String(row.sampled),
          String(row.submitted),
          String(row.moderated)
        ])
      )
    ),
    section(
      'action-list',
      'List of actions',
      report.actions.length === 0
        ? '<p class="muted">No actions arose from the audited plans.</p>'
        : table(
            'Every action arising, overdue and open first',
            ['Case', 'Team', 'Action', 'Owner', 'Due', 'Status'],
            report.actions.map((action) => [
              escapeHtml(action.caseRef),
              escapeHtml(action.team),
              escapeHtml(action.description),
              escapeHtml(action.owner ?? ''),
              escapeHtml(ukDate(action.dueDate)),
              action.status === 'overdue' ? 'Overdue' : action.status === 'open' ? 'Open' : 'Done'
            ]),
            99
          )
    )
  ]
}

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #0b0c0c; background: #fff; font: 10.5pt/1.45 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 22pt; margin: 0 0 4pt; }
h2 { font-size: 15pt; margin: 0 0 8pt; }
.caption, .muted, .n, figcaption { color: #505a5f; }
.n { font-size: 9pt; white-space: nowrap; }
.section { break-before: page; page-break-before: always; }
.cover .section, .summary { break-before: auto; page-break-before: auto; }
.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 16pt; margin: 12pt 0; }
.facts div { border-top: 1px solid #b1b4b6; padding-top: 4pt; }
.facts dt { color: #505a5f; font-size: 9pt; }
.facts dd { margin: 0; font-weight: 600; }
.headlines li { margin-bottom: 4pt; }
.summary { border: 2px solid #0b0c0c; padding: 8pt 12pt; margin: 12pt 0; }
table { width: 100%; border-collapse: collapse; margin: 8pt 0 14pt; font-size: 9pt; break-inside: auto; }
caption { text-align: left; font-weight: 600; padding-bottom: 4pt; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 3pt 4pt; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #0b0c0c; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; }
figure.chart { margin: 0 0 8pt; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 9pt; }
`

/** The report as a complete HTML document. */
export function reportHtml(report: CycleReport): string {
  const { dashboard } = report
  const title = `Cycle report: ${report.cycle.name}`
  const headlines =
    dashboard.headlines.length === 0
      ? ''
      : `<ul class="headlines">${dashboard.headlines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header class="cover">
<p class="caption">Care Plan Audit · made ${escapeHtml(ukDate(report.generatedAt))}</p>
<h1>${escapeHtml(title)}</h1>
${coverFacts(report)}
${headlines}
${targetsHtml(report)}
<section class="summary" aria-labelledby="themes"><h2 id="themes">Key themes</h2>${summaryHtml(report.summary)}</section>
<p class="muted">${DEFINITIONS.map(escapeHtml).join(' ')}</p>
</header>
${sections(report).join('\n')}
</main>
</body>
</html>
`
}
