import type { AnalyserFigures, AnalyserRow, ReportFilters, Share } from '../../../shared/contract'
import { analysePlan } from '../../../shared/analysis'
import type { PlanSummary } from '../../../shared/analysis'
import type { JobReporter } from '../../jobs'
import type { Store } from '../../store/open'
import { criteriaInScope, cyclesOldestFirst, sortedKeysByCycle } from './catalogue'
import { gradeCounts, gradeFigures } from './grades'
import { auditedPlansSql, reportScope } from './scope'

/**
 * The analyser's summaries by plan document and plan date. A document's text never changes (a
 * changed plan is a new version), so a summary stays true for as long as the app runs: the
 * handlers keep one cache per open store, and the dashboard only pays for plans it has not read.
 */
export type AnalyserCache = Map<string, PlanSummary>

export function createAnalyserCache(): AnalyserCache {
  return new Map()
}

interface PlanRow {
  team: string
  plan_document_id: number | null
}

type Sums = {
  plans: number
  empty: number
  actions: number
  time: number
  owner: number
  outcome: number
}

function share(count: number, n: number): Share {
  return { count, n, percent: n === 0 ? null : (count / n) * 100 }
}

function toRow(group: string, sums: Sums): AnalyserRow {
  return {
    group,
    plans: sums.plans,
    plansWithoutActions: sums.empty,
    actions: sums.actions,
    withTimescale: share(sums.time, sums.actions),
    withOwner: share(sums.owner, sums.actions),
    outcomeFocused: share(sums.outcome, sums.actions)
  }
}

const BATCH = 25

/** The summary of one plan version, from the cache or by reading it now. */
function summaryOf(store: Store, cache: AnalyserCache, documentId: number): PlanSummary | null {
  const plan = store
    .prepare('SELECT text, plan_date FROM plan_documents WHERE id = ?')
    .get(documentId) as { text: string; plan_date: string | null } | undefined
  if (!plan) return null
  const key = `${documentId}:${plan.plan_date ?? ''}`
  const cached = cache.get(key)
  if (cached) return cached
  const { summary } = analysePlan(plan.text, plan.plan_date ? { planDate: plan.plan_date } : {})
  cache.set(key, summary)
  return summary
}

/**
 * Runs the plan analyser over the version of the plan each audited plan was graded on
 * (audits.plan_document_id) and pools the actions it finds: the share with a clear timescale, a
 * named owner and an outcome for the child, overall and by team, beside the auditors' Good-or-
 * better share for the criterion each measure informs.
 */
export async function analyserFigures(
  store: Store,
  filters: ReportFilters,
  job: JobReporter,
  cache: AnalyserCache
): Promise<AnalyserFigures> {
  const scope = reportScope(store, filters)
  const audited = auditedPlansSql(scope)
  const plans = store
    .prepare(`WITH au AS (${audited.sql}) SELECT team, plan_document_id FROM au`)
    .all(audited.params) as PlanRow[]
  const zero = (): Sums => ({ plans: 0, empty: 0, actions: 0, time: 0, owner: 0, outcome: 0 })
  const all = zero()
  const byTeam = new Map<string, Sums>()
  let withoutDocument = 0
  for (let index = 0; index < plans.length; index += 1) {
    if (index % BATCH === 0) {
      job.report('Analysing plans', index, plans.length)
      await job.checkpoint()
    }
    const plan = plans[index]!
    const summary =
      plan.plan_document_id === null ? null : summaryOf(store, cache, plan.plan_document_id)
    if (!summary) {
      withoutDocument += 1
      continue
    }
    let team = byTeam.get(plan.team)
    if (!team) byTeam.set(plan.team, (team = zero()))
    for (const sums of [all, team]) {
      sums.plans += 1
      if (summary.actions === 0) sums.empty += 1
      sums.actions += summary.actions
      sums.time += summary.withTimescale
      sums.owner += summary.withOwner
      sums.outcome += summary.outcomeFocused
    }
  }
  job.report('Analysing plans', plans.length, plans.length)

  const cycles = cyclesOldestFirst(store)
  const criteria = criteriaInScope(store, cycles, filters.cycleId)
  const grades = gradeFigures(
    gradeCounts(store, scope, sortedKeysByCycle(store, cycles)),
    filters.cycleId,
    criteria,
    cycles
  )
  const total = toRow('All audited plans', all)
  const measures = [
    { measure: 'withTimescale', label: 'Actions with a clear timescale', group: 'timescales' },
    {
      measure: 'outcomeFocused',
      label: 'Actions focused on an outcome for the child',
      group: 'outcome-focus'
    },
    { measure: 'withOwner', label: 'Actions with a named owner', group: 'robustness' }
  ] as const
  return {
    all: total,
    byTeam: [...byTeam.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
      .map(([team, sums]) => toRow(team, sums)),
    withoutDocument,
    beside: measures.map(({ measure, label, group }) => {
      const criterion = criteria.find((c) => c.analyser === group)
      const grade = criterion ? grades.byCriterion.find((g) => g.key === criterion.key) : undefined
      return {
        measure,
        label,
        analyser: total[measure],
        criterionKey: criterion?.key ?? null,
        criterionTitle: criterion?.title ?? null,
        goodOrBetter: grade?.goodOrBetter ?? null
      }
    })
  }
}
