import { describe, expect, it } from 'vitest'
import type { TestApp } from '../support/app'
import { testApp, valueOf } from '../support/app'
import { csvFile, snapshot, stage } from './support'

function bigList(rows: number) {
  const lines = ['Case Ref,Team,Plan Type,Plan Start Date']
  for (let i = 0; i < rows; i += 1) lines.push(`BIG-${i},Team ${i % 7},CP,01/02/2026`)
  return csvFile('big.csv', lines)
}

/** Waits, yielding to the event loop, until the job reports the phase with some progress. */
async function whenInPhase(app: TestApp, jobId: string, phase: string): Promise<void> {
  for (let tries = 0; tries < 100_000; tries += 1) {
    const progress = valueOf(await app.call('jobs:progress', { jobId }))
    if (progress?.phase === phase && progress.done > 0) return
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error(`job ${jobId} never reached ${phase}`)
}

describe('long imports', () => {
  it('reports progress while reading and stops when cancelled, keeping nothing', async () => {
    const app = await testApp()
    const before = snapshot(app.context.store!)
    const jobId = 'stage-job-0001'
    const file = bigList(20_000)
    const running = app.call('imports:stage', {
      file: { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64') },
      jobId
    })
    await whenInPhase(app, jobId, 'reading')
    const progress = valueOf(await app.call('jobs:progress', { jobId }))!
    expect(progress.total).toBeGreaterThanOrEqual(20_000)
    expect(progress.done).toBeLessThan(20_001)
    valueOf(await app.call('jobs:cancel', { jobId }))
    const result = await running
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: 'Cancelled. Nothing was saved.' }
    })
    expect(app.context.staging.files.size).toBe(0)
    expect(snapshot(app.context.store!)).toEqual(before)
  })

  it('cancels a commit while its rows are being checked, writing nothing', async () => {
    const app = await testApp()
    const staged = await stage(app, bigList(20_000))
    const before = snapshot(app.context.store!)
    const jobId = 'commit-job-0001'
    const running = app.call('imports:commit', {
      stagingId: staged.stagingId,
      mapping: staged.mapping,
      jobId
    })
    await whenInPhase(app, jobId, 'checking')
    valueOf(await app.call('jobs:cancel', { jobId }))
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(snapshot(app.context.store!)).toEqual(before)
    // The list is still staged, so the officer can commit it after all.
    const result = valueOf(
      await app.call('imports:commit', { stagingId: staged.stagingId, mapping: staged.mapping })
    )
    expect(result.created).toBe(20_000)
    const finished = valueOf(await app.call('jobs:progress', { jobId }))
    expect(finished).toMatchObject({ cancelled: true, finished: true })
  })
})
