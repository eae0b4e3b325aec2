import type { Dashboard, ReportFilters } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { Store } from '../../store/open'
import { criteriaInScope, cyclesOldestFirst, sortedKeysByCycle } from './catalogue'
import { dashboardCharts } from './charts'
import { gradeCounts, gradeFigures } from './grades'
import { headlines } from './headlines'
import {
  actionFigures,
  agreedResults,
  auditSummary,
  completionFigures,
  filterOptions,
  hiddenInFilters,
  safeguardingFigures
} from './panels'
import { reportScope } from './scope'
import { listTargets, targetStatuses } from './targets'

/** Today as YYYY-MM-DD on this computer's calendar: an action due today is not yet overdue. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Every figure of the dashboard for the filters, without the charts (what the bench times). */
export function dashboardFigures(
  store: Store,
  filters: ReportFilters,
  today: string
): Omit<Dashboard, 'charts'> {
  const cycles = cyclesOldestFirst(store)
  if (filters.cycleId !== undefined && !cycles.some((cycle) => cycle.id === filters.cycleId)) {
    throw new AppError('not-found', `There is no audit cycle with id ${filters.cycleId}.`)
  }
  const scope = reportScope(store, filters)
  const criteria = criteriaInScope(store, cycles, filters.cycleId)
  const grades = gradeFigures(
    gradeCounts(store, scope, sortedKeysByCycle(store, cycles)),
    filters.cycleId,
    criteria,
    cycles
  )
  const targets = targetStatuses(listTargets(store), [grades.overall, ...grades.byCriterion])
  const summary = auditSummary(store, scope)
  return {
    filters,
    options: filterOptions(store, cycles),
    criteria,
    audited: grades.audited,
    agreedResults: agreedResults(summary),
    hiddenForModeration: hiddenInFilters(store, scope),
    overall: grades.overall,
    byCriterion: grades.byCriterion,
    byTeam: grades.byTeam,
    byPlanType: grades.byPlanType,
    trend: grades.trend,
    actions: actionFigures(store, scope, today),
    safeguarding: safeguardingFigures(summary),
    completion: completionFigures(store, scope, cycles, summary),
    targets,
    headlines: headlines(targets, grades.trend, filters.cycleId)
  }
}

/** The dashboard for the filters: its figures and its charts. */
export async function dashboard(
  store: Store,
  filters: ReportFilters,
  today = localToday()
): Promise<Dashboard> {
  const figures = dashboardFigures(store, filters, today)
  return { ...figures, charts: await dashboardCharts(figures) }
}
