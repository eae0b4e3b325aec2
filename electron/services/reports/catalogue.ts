import type { CycleRef } from '../../../shared/contract'
import { Framework } from '../../../shared/domain'
import type { Store } from '../../store/open'

export interface CycleInfo extends CycleRef {
  frameworkId: number | null
  frameworkKey: string | null
  frameworkVersion: number | null
  frameworkTitle: string | null
}

/** Every cycle, oldest first (by its period, else when it was created): the trend's order. */
export function cyclesOldestFirst(store: Store): CycleInfo[] {
  const rows = store
    .prepare(
      `SELECT c.id, c.name, c.period_start, c.period_end, c.framework_id,
              f.key AS framework_key, f.version AS framework_version, f.title AS framework_title
       FROM cycles c LEFT JOIN frameworks f ON f.id = c.framework_id
       ORDER BY coalesce(c.period_start, c.created_at), c.id`
    )
    .all() as {
    id: number
    name: string
    period_start: string | null
    period_end: string | null
    framework_id: number | null
    framework_key: string | null
    framework_version: number | null
    framework_title: string | null
  }[]
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    frameworkId: row.framework_id,
    frameworkKey: row.framework_key,
    frameworkVersion: row.framework_version,
    frameworkTitle: row.framework_title
  }))
}

export interface CriterionRef {
  key: string
  title: string
  /** The analyser's prompt group shown beside this criterion, if any. */
  analyser?: string
}

/** The criteria of each framework version, by framework id, in the framework's order. */
export function frameworkCriteria(store: Store): Map<number, CriterionRef[]> {
  const rows = store.prepare('SELECT id, definition FROM frameworks').all() as {
    id: number
    definition: string
  }[]
  const byId = new Map<number, CriterionRef[]>()
  for (const row of rows) {
    const parsed = Framework.safeParse(JSON.parse(row.definition))
    if (!parsed.success) continue
    byId.set(
      row.id,
      parsed.data.criteria.map((criterion) => ({
        key: criterion.key,
        title: criterion.title,
        ...(criterion.analyser ? { analyser: criterion.analyser } : {})
      }))
    )
  }
  return byId
}

/**
 * The criteria a report shows: those of the chosen cycle's framework, or, across cycles, every
 * criterion of every cycle's framework, newest framework's order first and titles from the
 * newest cycle that has the key (a renamed criterion shows its current name).
 */
export function criteriaInScope(
  store: Store,
  cycles: CycleInfo[],
  cycleId: number | undefined
): CriterionRef[] {
  const byFramework = frameworkCriteria(store)
  const chosen = cycleId === undefined ? cycles : cycles.filter((cycle) => cycle.id === cycleId)
  const seen = new Map<string, CriterionRef>()
  for (const cycle of [...chosen].reverse()) {
    for (const criterion of byFramework.get(cycle.frameworkId ?? -1) ?? []) {
      if (!seen.has(criterion.key)) seen.set(criterion.key, criterion)
    }
  }
  return [...seen.values()]
}

/** Each cycle's criterion keys in key order: the order the grades query packs a cycle's scores. */
export function sortedKeysByCycle(store: Store, cycles: CycleInfo[]): Map<number, string[]> {
  const byFramework = frameworkCriteria(store)
  const sorted = new Map<number, string[]>()
  const result = new Map<number, string[]>()
  for (const cycle of cycles) {
    if (cycle.frameworkId === null) continue
    let keys = sorted.get(cycle.frameworkId)
    if (!keys) {
      keys = (byFramework.get(cycle.frameworkId) ?? []).map((c) => c.key).sort()
      sorted.set(cycle.frameworkId, keys)
    }
    result.set(cycle.id, keys)
  }
  return result
}
