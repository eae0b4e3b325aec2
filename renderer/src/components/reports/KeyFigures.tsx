import type { Dashboard } from '../../../../shared/contract'
import { formatCount, plural } from '../../format'
import { shareText } from './format'

/** How every figure is counted: shown on the dashboard and printed in the report. */
export const DEFINITIONS = [
  'Audited plans are the submitted primary audits within the filters. Where a moderation has been agreed, the agreed grades are used in place of the first auditor’s; moderation audits are not counted separately.',
  'Good or better means Outstanding or Good. Each percentage is of the plans graded on that criterion (n); plans where the criterion was not applicable are left out of its n.',
  'Actions are those raised in the audited plans: overdue means still open with a due date before today; open means the rest of the open ones.'
]

/** The numbers a reader looks for first. */
export function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { actions, safeguarding } = dashboard
  const figures: [string, string][] = [
    ['Audited plans', formatCount(dashboard.audited)],
    ['Good or better overall', shareText(dashboard.overall.goodOrBetter)],
    ['Inadequate overall', shareText(dashboard.overall.inadequateShare)],
    [
      'Safeguarding concerns',
      `${formatCount(safeguarding.flagged)} of ${plural(safeguarding.audited, 'plan')}`
    ],
    [
      'Actions arising',
      `${formatCount(actions.all.total)}: ${formatCount(actions.all.open)} open, ${formatCount(actions.all.overdue)} overdue, ${formatCount(actions.all.done)} done`
    ]
  ]
  return (
    <dl className="report-figures">
      {figures.map(([term, value]) => (
        <div className="report-figures__item" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** Sentences for the cover: targets and change since the cycle before. */
export function Headlines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null
  return (
    <ul className="report-headlines">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

/** Who is counted: agreed results and audits hidden for blind moderation. */
export function ScopeNotes({ dashboard }: { dashboard: Dashboard }) {
  return (
    <>
      {dashboard.agreedResults > 0 && (
        <p className="secondary">
          {plural(dashboard.agreedResults, 'audited plan')} counted at the grades agreed in
          moderation.
        </p>
      )}
      {dashboard.hiddenForModeration > 0 && (
        <p className="secondary">
          {plural(dashboard.hiddenForModeration, 'audit')} you are moderating{' '}
          {dashboard.hiddenForModeration === 1 ? 'is' : 'are'} left out of these figures and exports
          until you submit your moderation.
        </p>
      )}
    </>
  )
}
