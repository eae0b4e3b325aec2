import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { createCycle } from '../../electron/services/cycles'
import { drawSample } from '../../electron/services/sampling'
import { openStore } from '../../electron/store/open'
import type { Store } from '../../electron/store/open'
import { SampleSpec } from '../../shared/contract'
import { PLAN_TYPES } from '../../shared/domain'
import { report } from './report'

const CASES = 50_000
const TEAMS = 14
const RUNS = 21
const AT = '2026-01-05T09:00:00.000Z'

let dir: string
let store: Store

/**
 * A council-sized case list: 50,000 cases over 14 teams and the five plan types, 4% closed, two
 * thirds with a plan document, and 3,000 submitted audits from the last two years, all written
 * in one transaction.
 */
function fillStore(db: Store): void {
  const insertCase = db.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, social_worker, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  const insertPlan = db.prepare(
    `INSERT INTO plan_documents (case_id, version, source_name, sha256, text, attached_at)
     VALUES (?, 1, 'plan.docx', ?, 'Plan', ?)`
  )
  const insertAudit = db.prepare(
    `INSERT INTO audits (cycle_id, case_id, auditor_id, role, status, started_at, updated_at, submitted_at)
     VALUES (?, ?, ?, 'primary', 'submitted', ?, ?, ?)`
  )
  db.transaction(() => {
    const auditor = Number(
      db
        .prepare("INSERT INTO auditors (name, role, created_at) VALUES ('Bench', 'qa_officer', ?)")
        .run(AT).lastInsertRowid
    )
    const pastCycle = Number(
      db.prepare("INSERT INTO cycles (name, created_at) VALUES ('Past', ?)").run(AT).lastInsertRowid
    )
    for (let i = 0; i < CASES; i += 1) {
      // A multiplicative scramble so teams, plan types and references are not in step.
      const mix = (i * 2_654_435_761) >>> 0
      const id = Number(
        insertCase.run(
          `CR${String(mix % 9_000_000).padStart(7, '0')}-${i}`,
          PLAN_TYPES[mix % PLAN_TYPES.length]!,
          `Team ${String((mix >>> 8) % TEAMS).padStart(2, '0')}`,
          `Worker ${i % 400}`,
          i % 25 === 0 ? 'closed' : 'open',
          AT,
          AT
        ).lastInsertRowid
      )
      if (i % 3 !== 0) insertPlan.run(id, 'f'.repeat(64), AT)
      if (i % 16 === 1) {
        // Submitted in one of the 24 months of 2024 and 2025.
        const submitted = new Date(Date.UTC(2024, i % 24, 15, 10)).toISOString()
        insertAudit.run(pastCycle, id, auditor, AT, AT, submitted)
      }
    }
  }).immediate()
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The median of RUNS draws of 500 stratified by team and plan type, each with its own seed (so a
 * saved draw really replaces the last one), after two unmeasured warm-up draws.
 */
function timeDraws(cycleId: number, dryRun: boolean, excludeWithoutPlan = false): number {
  const times: number[] = []
  for (let run = 0; run < RUNS + 2; run += 1) {
    const spec = SampleSpec.parse({
      size: 500,
      stratifyBy: ['team', 'planType'],
      excludeWithoutPlan,
      seed: `BENCH-${run}`
    })
    const started = performance.now()
    const result = drawSample(store, { cycleId, spec, dryRun }, new Date('2026-03-31T12:00:00Z'))
    const elapsed = performance.now() - started
    if (result.cases.length !== 500) throw new Error(`drew ${result.cases.length}, not 500`)
    // The first two runs warm SQLite's page cache and the JIT; they are not counted.
    if (run >= 2) times.push(elapsed)
  }
  return median(times)
}

describe('sampling', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'care-audit-bench-'))
    store = await openStore(join(dir, 'bench.sqlite'), { dailyBackup: false })
    fillStore(store)
  })

  afterAll(() => {
    store?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('draws a stratified sample of 500 from 50,000 cases', () => {
    const cycleId = createCycle(store, { name: 'Bench', auditorIds: [] }).id
    const preview = timeDraws(cycleId, true)
    report({
      name: 'sampling: stratified 500 of 50,000 (preview)',
      value: preview,
      unit: 'ms',
      target: '< 100 ms',
      met: preview < 100
    })
    const saved = timeDraws(cycleId, false)
    report({
      name: 'sampling: stratified 500 of 50,000 (saved)',
      value: saved,
      unit: 'ms',
      target: '< 100 ms',
      met: saved < 100
    })
    // Leaving out cases without a plan reads every plan's case id as well: the slowest settings.
    const strictest = timeDraws(cycleId, true, true)
    report({
      name: 'sampling: same, also excluding cases without a plan (preview)',
      value: strictest,
      unit: 'ms',
      target: '< 100 ms',
      met: strictest < 100
    })
  })
})
