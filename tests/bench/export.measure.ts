import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { exportCsvFile, scoresQuery } from '../../electron/services/export'
import { orderedSql } from '../../electron/services/export/rows'
import { openStore } from '../../electron/store/open'
import type { Store } from '../../electron/store/open'
import { fillBenchStore } from '../main/reports/bench-store'
import { report } from './report'

const RUNS = 3
const TARGET_RATIO = 1.5

let dir: string
let store: Store
let storePath: string

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'care-audit-bench-export-'))
  storePath = join(dir, 'bench.sqlite')
  store = await openStore(storePath)
  fillBenchStore(store)
  store.pragma('wal_checkpoint(TRUNCATE)')
})

afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('scores export', () => {
  it('writes 450,000 score rows within 1.5x of sqlite3 -csv writing the same query', () => {
    // The same SELECT the export runs (no filters: every cycle), written by the sqlite3 shell.
    const query = scoresQuery(store, {})
    const script = join(dir, 'export.sql')
    const sqliteOut = join(dir, 'sqlite3.csv')
    writeFileSync(script, `.headers on\n.mode csv\n.output ${sqliteOut}\n${orderedSql(query)};\n`)
    const sqliteTimes: number[] = []
    const nodeTimes: number[] = []
    let rows = 0
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now()
      const result = spawnSync('/usr/bin/sqlite3', ['-readonly', storePath], {
        input: `.read ${script}\n`,
        encoding: 'utf8'
      })
      if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`)
      sqliteTimes.push(performance.now() - started)

      const out = join(dir, `export-${run}.csv`)
      const began = performance.now()
      rows = exportCsvFile(store, 'scores', {}, out, '2026-06-01').rows
      nodeTimes.push(performance.now() - began)
      rmSync(out)
    }
    const sqliteMs = median(sqliteTimes)
    const nodeMs = median(nodeTimes)
    const ratio = nodeMs / sqliteMs
    console.log(
      `scores export: ${rows.toLocaleString('en-GB')} rows; app ${nodeMs.toFixed(0)} ms, sqlite3 -csv ${sqliteMs.toFixed(0)} ms (${(statSync(sqliteOut).size / 1e6).toFixed(0)} MB)`
    )
    report({
      name: 'scores export (450k score rows) ms',
      value: nodeMs,
      unit: 'ms',
      target: 'report only',
      met: true
    })
    report({
      name: 'sqlite3 -csv same query ms',
      value: sqliteMs,
      unit: 'ms',
      target: 'report only',
      met: true
    })
    report({
      name: 'scores export / sqlite3 -csv',
      value: ratio,
      unit: 'x',
      target: `<= ${TARGET_RATIO}`,
      met: ratio <= TARGET_RATIO
    })
  })
})
