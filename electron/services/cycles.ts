import type { CycleDetail, ParsedInput, SampleResult } from '../../shared/contract'
import type { CycleSummary } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { appendEvent } from '../store/events'
import type { Store } from '../store/open'
import { currentAuditorId } from './auditors'
import { requireCycleOpen } from './cycle-status'
import { frameworkForNewCycle, lockFramework } from './frameworks'
import { currentSample, sampleHistory, strataNow } from './sampling/rows'
import { loadCycle } from './sampling/stored'
import type { CycleForSampling } from './sampling/stored'

interface CycleRow {
  id: number
  name: string
  framework_key: string | null
  framework_version: number | null
  framework_title: string | null
  period_start: string | null
  period_end: string | null
  status: 'open' | 'closed'
  sampled: number
  submitted: number
  moderated: number
}

const SUMMARY_SQL = `
  SELECT c.id, c.name, f.key AS framework_key, f.version AS framework_version,
         f.title AS framework_title,
         c.period_start, c.period_end, c.status,
         (SELECT count(*) FROM cycle_cases cc WHERE cc.cycle_id = c.id AND cc.state = 'sampled') AS sampled,
         (SELECT count(*) FROM audits a WHERE a.cycle_id = c.id AND a.role = 'primary' AND a.status = 'submitted') AS submitted,
         (SELECT count(*) FROM moderations m WHERE m.cycle_id = c.id AND m.status = 'agreed') AS moderated
  FROM cycles c LEFT JOIN frameworks f ON f.id = c.framework_id`

function toSummary(row: CycleRow): CycleSummary {
  return {
    id: row.id,
    name: row.name,
    frameworkKey: row.framework_key,
    frameworkVersion: row.framework_version,
    frameworkTitle: row.framework_title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    sampled: row.sampled,
    submitted: row.submitted,
    moderated: row.moderated
  }
}

/** Every audit cycle, newest first, with how far each has got (sampled = cases in the sample now). */
export function listCycles(store: Store): CycleSummary[] {
  const rows = store
    .prepare(`${SUMMARY_SQL} ORDER BY c.created_at DESC, c.id DESC`)
    .all() as CycleRow[]
  return rows.map(toSummary)
}

function cycleSummary(store: Store, cycleId: number): CycleSummary {
  const row = store.prepare(`${SUMMARY_SQL} WHERE c.id = ?`).get(cycleId) as CycleRow | undefined
  if (!row) throw new AppError('not-found', `There is no audit cycle with id ${cycleId}.`)
  return toSummary(row)
}

/** True for a YYYY-MM-DD that names a real day (the contract only checks the shape). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function checkPeriod(periodStart: string | undefined, periodEnd: string | undefined): void {
  const fields: Record<string, string> = {}
  if (periodStart !== undefined && !isCalendarDate(periodStart)) {
    fields.periodStart = 'Enter a real date, like 2026-04-01'
  }
  if (periodEnd !== undefined && !isCalendarDate(periodEnd)) {
    fields.periodEnd = 'Enter a real date, like 2026-06-30'
  }
  if (
    Object.keys(fields).length === 0 &&
    periodStart !== undefined &&
    periodEnd !== undefined &&
    periodEnd < periodStart
  ) {
    fields.periodEnd = 'The period must end on or after the day it starts'
  }
  const messages = Object.values(fields)
  if (messages.length > 0) throw new AppError('invalid-input', messages.join('. '), fields)
}

function checkAuditors(store: Store, auditorIds: readonly number[]): void {
  const exists = store.prepare('SELECT 1 FROM auditors WHERE id = ?')
  const missing = auditorIds.filter((id) => exists.get(id) === undefined)
  if (missing.length > 0) {
    throw new AppError(
      'not-found',
      `No auditor has id ${missing.join(', ')}; choose the cycle's auditors from the list.`
    )
  }
}

/** Cycle names are unique ignoring case; a cycle keeps its own name. */
function requireFreeName(store: Store, name: string, cycleId: number | null): void {
  const clash = store
    .prepare('SELECT id, name FROM cycles WHERE name = ? COLLATE NOCASE')
    .get(name) as { id: number; name: string } | undefined
  if (clash && clash.id !== cycleId) {
    throw new AppError(
      'conflict',
      `A cycle called "${clash.name}" already exists. Choose another name.`,
      {
        name: 'A cycle with this name already exists'
      }
    )
  }
}

/**
 * Creates an audit cycle. Names are unique ignoring case, so "April 2026" and "april 2026" cannot
 * both exist; the cycle uses the latest version of the framework named (the default framework
 * when none is), and that version is locked from now on; every auditor must exist. Logged as one
 * event, with the framework's lock as another when it was not locked yet.
 */
export function createCycle(
  store: Store,
  input: ParsedInput<'cycles:create'>,
  now = new Date()
): CycleSummary {
  checkPeriod(input.periodStart, input.periodEnd)
  return store
    .transaction(() => {
      requireFreeName(store, input.name, null)
      const frameworkId = frameworkForNewCycle(store, input.frameworkKey)
      const auditorIds = [...new Set(input.auditorIds)]
      checkAuditors(store, auditorIds)
      const createdBy = currentAuditorId(store)
      const { lastInsertRowid } = store
        .prepare(
          `INSERT INTO cycles (name, framework_id, period_start, period_end, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`
        )
        .run(
          input.name,
          frameworkId,
          input.periodStart ?? null,
          input.periodEnd ?? null,
          createdBy,
          now.toISOString()
        )
      const cycleId = Number(lastInsertRowid)
      const addAuditor = store.prepare(
        'INSERT INTO cycle_auditors (cycle_id, auditor_id) VALUES (?, ?)'
      )
      for (const auditorId of auditorIds) addAuditor.run(cycleId, auditorId)
      if (frameworkId !== null) {
        lockFramework(store, frameworkId, { auditorId: createdBy, cycleId }, now)
      }
      const summary = cycleSummary(store, cycleId)
      appendEvent(
        store,
        {
          auditorId: createdBy,
          entity: 'cycle',
          entityId: cycleId,
          action: 'create',
          after: {
            name: summary.name,
            frameworkKey: summary.frameworkKey,
            frameworkVersion: summary.frameworkVersion,
            periodStart: summary.periodStart,
            periodEnd: summary.periodEnd,
            auditorIds
          }
        },
        now
      )
      return summary
    })
    .immediate()
}

function cycleAuditorIds(store: Store, cycleId: number): number[] {
  return store
    .prepare('SELECT auditor_id FROM cycle_auditors WHERE cycle_id = ? ORDER BY auditor_id')
    .pluck()
    .all(cycleId) as number[]
}

/**
 * Corrects a cycle's name, period and auditors. The framework is not among them: its version was
 * locked for this cycle when the cycle was made, and audits are scored against it. A closed cycle
 * is not changed. Logged as one event with what changed, before and after; nothing changed, no
 * event.
 */
export function updateCycle(
  store: Store,
  input: ParsedInput<'cycles:update'>,
  now = new Date()
): CycleSummary {
  checkPeriod(input.periodStart, input.periodEnd)
  return store
    .transaction(() => {
      const before = cycleSummary(store, input.cycleId)
      requireCycleOpen(store, input.cycleId, 'its details cannot change')
      requireFreeName(store, input.name, input.cycleId)
      const auditorIds = [...new Set(input.auditorIds)].sort((a, b) => a - b)
      checkAuditors(store, auditorIds)
      const beforeAuditors = cycleAuditorIds(store, input.cycleId)
      const was = {
        name: before.name,
        periodStart: before.periodStart,
        periodEnd: before.periodEnd,
        auditorIds: beforeAuditors
      }
      const becomes = {
        name: input.name,
        periodStart: input.periodStart ?? null,
        periodEnd: input.periodEnd ?? null,
        auditorIds
      }
      const changed = (Object.keys(was) as (keyof typeof was)[]).filter(
        (key) => JSON.stringify(was[key]) !== JSON.stringify(becomes[key])
      )
      if (changed.length === 0) return before
      store
        .prepare('UPDATE cycles SET name = ?, period_start = ?, period_end = ? WHERE id = ?')
        .run(becomes.name, becomes.periodStart, becomes.periodEnd, input.cycleId)
      store.prepare('DELETE FROM cycle_auditors WHERE cycle_id = ?').run(input.cycleId)
      const addAuditor = store.prepare(
        'INSERT INTO cycle_auditors (cycle_id, auditor_id) VALUES (?, ?)'
      )
      for (const auditorId of auditorIds) addAuditor.run(input.cycleId, auditorId)
      appendEvent(
        store,
        {
          auditorId: currentAuditorId(store),
          entity: 'cycle',
          entityId: input.cycleId,
          action: 'update',
          before: Object.fromEntries(changed.map((key) => [key, was[key]])),
          after: Object.fromEntries(changed.map((key) => [key, becomes[key]]))
        },
        now
      )
      return cycleSummary(store, input.cycleId)
    })
    .immediate()
}

/**
 * Closes a cycle, or reopens it, for a recorded reason. Closing is allowed whatever is unfinished:
 * the officer decides when a cycle is done, and the screen says what is left before asking. While
 * closed, its sample, audits and moderation cannot change (see cycle-status.ts); its actions can
 * still be followed up. Logged with the reason; setting the status it already has changes nothing.
 */
export function setCycleStatus(
  store: Store,
  input: ParsedInput<'cycles:set-status'>,
  now = new Date()
): CycleSummary {
  return store
    .transaction(() => {
      const before = cycleSummary(store, input.cycleId)
      if (before.status === input.status) return before
      store.prepare('UPDATE cycles SET status = ? WHERE id = ?').run(input.status, input.cycleId)
      appendEvent(
        store,
        {
          auditorId: currentAuditorId(store),
          entity: 'cycle',
          entityId: input.cycleId,
          action: input.status === 'closed' ? 'close' : 'reopen',
          before: { status: before.status },
          after: { status: input.status, reason: input.reason }
        },
        now
      )
      return cycleSummary(store, input.cycleId)
    })
    .immediate()
}

/**
 * One cycle with its auditors, its current sample and the sample's history. The strata table
 * compares the sample as it stands now with the population as it was when the sample was drawn
 * (stored with the draw), not with today's case list; see sampling/stored.ts.
 */
export function getCycle(store: Store, cycleId: number): CycleDetail {
  return store
    .transaction((): CycleDetail => {
      const summary = cycleSummary(store, cycleId)
      const auditorIds = cycleAuditorIds(store, cycleId)
      const cycle = loadCycle(store, cycleId)
      return {
        summary,
        auditorIds,
        sample: storedResult(store, cycle),
        history: sampleHistory(store, cycleId)
      }
    })
    .deferred()
}

function storedResult(store: Store, cycle: CycleForSampling): SampleResult | null {
  const stored = cycle.sample
  if (!stored) return null
  const cases = currentSample(store, cycle.id, stored.strata)
  return {
    cycleId: cycle.id,
    seed: cycle.seed ?? '',
    spec: stored.spec,
    eligible: stored.eligible,
    excluded: stored.excluded,
    strata: strataNow(stored.strata, cases, stored.spec.stratifyBy),
    cases,
    dryRun: false
  }
}
