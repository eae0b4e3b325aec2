import type { CycleDetail, ParsedInput } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { CycleSummary } from '../../shared/domain'
import type { Store } from '../store/open'

interface CycleRow {
  id: number
  name: string
  framework_key: string | null
  framework_version: number | null
  period_start: string | null
  period_end: string | null
  status: 'open' | 'closed'
  sampled: number
  submitted: number
  moderated: number
}

/** Every audit cycle, newest first, with how far each has got. */
export function listCycles(store: Store): CycleSummary[] {
  const rows = store
    .prepare(
      `SELECT c.id, c.name, f.key AS framework_key, f.version AS framework_version,
              c.period_start, c.period_end, c.status,
              (SELECT count(*) FROM cycle_cases cc WHERE cc.cycle_id = c.id AND cc.state = 'sampled') AS sampled,
              (SELECT count(*) FROM audits a WHERE a.cycle_id = c.id AND a.role = 'primary' AND a.status = 'submitted') AS submitted,
              (SELECT count(*) FROM moderations m WHERE m.cycle_id = c.id AND m.status = 'agreed') AS moderated
       FROM cycles c LEFT JOIN frameworks f ON f.id = c.framework_id
       ORDER BY c.created_at DESC, c.id DESC`
    )
    .all() as CycleRow[]
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    frameworkKey: row.framework_key,
    frameworkVersion: row.framework_version,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    sampled: row.sampled,
    submitted: row.submitted,
    moderated: row.moderated
  }))
}

// PLACEHOLDER below: replaced by the sampling implementation (issue 3) before this lands.
export function createCycle(_store: Store, _input: ParsedInput<'cycles:create'>): CycleSummary {
  throw new AppError('internal', 'Cycles are not built yet.')
}

export function getCycle(_store: Store, _cycleId: number): CycleDetail {
  throw new AppError('internal', 'Cycles are not built yet.')
}
