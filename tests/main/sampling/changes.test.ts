import { describe, expect, it } from 'vitest'
import { createCycle, getCycle, listCycles } from '../../../electron/services/cycles'
import {
  addSampledCase,
  drawSample,
  removeSampledCase,
  replaceSampledCase
} from '../../../electron/services/sampling'
import { countEvents, verifyChain } from '../../../electron/store'
import type { Store } from '../../../electron/store/open'
import { SampleSpec } from '../../../shared/contract'
import type { SampleResult, SampleSpecInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import {
  caseId,
  casesOf,
  insertAudit,
  insertAuditor,
  insertCases,
  sampleEvents,
  sampleStore
} from './support'

const NOW = new Date('2026-03-31T12:00:00.000Z')

interface Drawn {
  store: Store
  cycleId: number
  sample: SampleResult
}

/** Two teams of CP cases, North (N-001..N-020) and South (S-001..S-020), sampled 2 per team. */
async function drawnCycle(spec: SampleSpecInput = {}): Promise<Drawn> {
  const store = await sampleStore()
  insertCases(store, [
    ...casesOf('N', 'North Team', 'CP', 20),
    ...casesOf('S', 'South Team', 'CP', 20),
    { ref: 'X-CLOSED', team: 'North Team', planType: 'CP', status: 'closed', plan: true }
  ])
  const cycleId = createCycle(store, { name: 'April 2026', auditorIds: [] }, NOW).id
  const parsed = SampleSpec.parse({
    stratifyBy: ['team'],
    allocation: 'quota',
    quota: 2,
    seed: 'CHANGES',
    ...spec
  })
  const sample = drawSample(store, { cycleId, spec: parsed, dryRun: false }, NOW)
  return { store, cycleId, sample }
}

function errorOf(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}

function outsideSample(drawn: Drawn, prefix: string): string {
  const inSample = new Set(drawn.sample.cases.map((item) => item.caseRef))
  return Array.from({ length: 20 }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`).find(
    (ref) => !inSample.has(ref)
  )!
}

describe('replacing a sampled case', () => {
  it('brings in a random eligible case from the same stratum, the same one every time', async () => {
    const results = []
    for (let run = 0; run < 2; run += 1) {
      const drawn = await drawnCycle()
      const north = drawn.sample.cases.find((item) => item.team === 'North Team')!
      const replacement = replaceSampledCase(
        drawn.store,
        { cycleId: drawn.cycleId, caseId: north.caseId, reason: 'Case transferred out of area' },
        NOW
      )
      expect(replacement).toMatchObject({
        team: 'North Team',
        stratum: 'North Team',
        source: 'replacement',
        reason: 'Case transferred out of area'
      })
      expect(drawn.sample.cases.map((item) => item.caseRef)).not.toContain(replacement.caseRef)
      expect(replacement.caseRef).not.toBe('X-CLOSED')
      const detail = getCycle(drawn.store, drawn.cycleId)
      expect(detail.sample!.cases.map((item) => item.caseRef)).toContain(replacement.caseRef)
      expect(detail.sample!.cases.map((item) => item.caseRef)).not.toContain(north.caseRef)
      expect(detail.sample!.strata.map((s) => s.sampled)).toEqual([2, 2])
      expect(detail.history).toEqual([
        {
          caseRef: north.caseRef,
          state: 'replaced',
          reason: 'Case transferred out of area',
          at: NOW.toISOString()
        }
      ])
      const row = drawn.store
        .prepare('SELECT replaces_id, seed FROM cycle_cases WHERE id = ?')
        .get(replacement.cycleCaseId)
      expect(row).toEqual({ replaces_id: north.cycleCaseId, seed: 'CHANGES / replacement 1' })
      expect(sampleEvents(drawn.store).at(-1)).toEqual({
        entity: 'sample',
        action: 'replace',
        before: { caseRef: north.caseRef },
        after: {
          caseRef: replacement.caseRef,
          reason: 'Case transferred out of area',
          random: true
        }
      })
      expect(verifyChain(drawn.store).valid).toBe(true)
      results.push(replacement.caseRef)
    }
    expect(results[1]).toBe(results[0])
  })

  it('never brings back a case a person has already taken out', async () => {
    const drawn = await drawnCycle({ stratifyBy: ['team'], quota: 19 })
    const { store, cycleId } = drawn
    // North has 20 eligible cases and 19 are sampled: one is left to replace with, then none.
    const [first, second] = drawn.sample.cases.filter((item) => item.team === 'North Team')
    const last = replaceSampledCase(store, { cycleId, caseId: first!.caseId, reason: 'Moved' }, NOW)
    expect(last.caseRef).toBe(outsideSample(drawn, 'N'))
    const error = errorOf(() =>
      replaceSampledCase(store, { cycleId, caseId: second!.caseId, reason: 'Moved' }, NOW)
    )
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('No eligible case is left in the stratum "North Team"')
  })

  it('takes the replacement the officer chose, when it is eligible and not already sampled', async () => {
    const drawn = await drawnCycle()
    const { store, cycleId } = drawn
    const [old, other] = drawn.sample.cases
    const chosen = outsideSample(drawn, 'S')
    const replacement = replaceSampledCase(
      store,
      { cycleId, caseId: old!.caseId, replacementCaseId: caseId(store, chosen), reason: 'Moved' },
      NOW
    )
    expect(replacement).toMatchObject({
      caseRef: chosen,
      source: 'replacement',
      stratum: 'South Team'
    })

    const inSample = errorOf(() =>
      replaceSampledCase(
        store,
        { cycleId, caseId: other!.caseId, replacementCaseId: replacement.caseId, reason: 'Moved' },
        NOW
      )
    )
    expect(inSample.code).toBe('conflict')
    const closed = errorOf(() =>
      replaceSampledCase(
        store,
        {
          cycleId,
          caseId: other!.caseId,
          replacementCaseId: caseId(store, 'X-CLOSED'),
          reason: 'Moved'
        },
        NOW
      )
    )
    expect(closed).toMatchObject({
      code: 'invalid-input',
      fields: { replacementCaseId: 'The replacement case cannot be sampled: it is closed.' }
    })
  })

  it('lets a replaced case come back as the replacement for another', async () => {
    const drawn = await drawnCycle()
    const { store, cycleId } = drawn
    const [first, second] = drawn.sample.cases
    replaceSampledCase(store, { cycleId, caseId: first!.caseId, reason: 'On leave' }, NOW)
    const back = replaceSampledCase(
      store,
      { cycleId, caseId: second!.caseId, replacementCaseId: first!.caseId, reason: 'Back now' },
      NOW
    )
    expect(back).toMatchObject({ cycleCaseId: first!.cycleCaseId, source: 'replacement' })
    expect(getCycle(store, cycleId).history.map((entry) => entry.caseRef)).toEqual([
      second!.caseRef
    ])
  })

  it('refuses once the audit of the case has started, or for a case not in the sample', async () => {
    const drawn = await drawnCycle()
    const { store, cycleId } = drawn
    const started = drawn.sample.cases[0]!
    insertAudit(store, { cycleId, caseId: started.caseId, auditorId: insertAuditor(store, 'Ann') })
    const events = countEvents(store)
    expect(
      errorOf(() =>
        replaceSampledCase(store, { cycleId, caseId: started.caseId, reason: 'Moved' }, NOW)
      ).code
    ).toBe('conflict')
    const outside = caseId(store, outsideSample(drawn, 'N'))
    expect(
      errorOf(() => replaceSampledCase(store, { cycleId, caseId: outside, reason: 'Moved' }, NOW))
        .code
    ).toBe('not-found')
    expect(countEvents(store)).toBe(events)
    expect(
      getCycle(store, cycleId).sample!.cases.find((c) => c.caseId === started.caseId)
    ).toMatchObject({
      auditStarted: true
    })
  })
})

describe('replacing a case in a sample of some plan types only', () => {
  it('brings in a case of a plan type in scope, and refuses one outside it', async () => {
    const store = await sampleStore()
    insertCases(store, [
      ...casesOf('CP', 'North Team', 'CP', 3),
      ...casesOf('CIN', 'North Team', 'CIN', 30)
    ])
    const cycleId = createCycle(store, { name: 'CP audit', auditorIds: [] }, NOW).id
    const sample = drawSample(
      store,
      { cycleId, spec: SampleSpec.parse({ size: 1, planTypes: ['CP'], seed: 'R' }), dryRun: false },
      NOW
    )
    const sampled = sample.cases[0]!
    const replacement = replaceSampledCase(
      store,
      { cycleId, caseId: sampled.caseId, reason: 'Moved out of area' },
      NOW
    )
    expect(replacement.planType).toBe('CP')
    const cin = caseId(store, 'CIN-001')
    expect(() =>
      replaceSampledCase(
        store,
        { cycleId, caseId: replacement.caseId, replacementCaseId: cin, reason: 'Moved' },
        NOW
      )
    ).toThrow(
      'The replacement case cannot be sampled: it is not of a plan type or in a team this sample covers.'
    )
  })
})

describe('adding a case by hand', () => {
  it('adds any case not in the sample, with its reason, in its stratum', async () => {
    const drawn = await drawnCycle()
    const { store, cycleId } = drawn
    const closed = caseId(store, 'X-CLOSED')
    const added = addSampledCase(
      store,
      { cycleId, caseId: closed, reason: 'Serious incident review' },
      NOW
    )
    expect(added).toMatchObject({
      caseRef: 'X-CLOSED',
      source: 'manual',
      reason: 'Serious incident review',
      stratum: 'North Team',
      auditStarted: false
    })
    const detail = getCycle(store, cycleId)
    expect(detail.summary.sampled).toBe(5)
    expect(detail.sample!.strata.map((s) => [s.stratum, s.population, s.sampled])).toEqual([
      ['North Team', 20, 3],
      ['South Team', 20, 2]
    ])
    expect(sampleEvents(store).at(-1)).toEqual({
      entity: 'sample',
      action: 'add',
      before: null,
      after: { caseRef: 'X-CLOSED', reason: 'Serious incident review' }
    })
    expect(
      errorOf(() => addSampledCase(store, { cycleId, caseId: closed, reason: 'Again' }, NOW)).code
    ).toBe('conflict')
  })

  it('lists a hand-added case from a team the draw did not see in a stratum of its own', async () => {
    const drawn = await drawnCycle()
    const { store, cycleId } = drawn
    const [id] = insertCases(store, [{ ref: 'W-1', team: 'West Team', planType: 'CIN' }]).values()
    addSampledCase(store, { cycleId, caseId: id!, reason: 'New team pilot' }, NOW)
    const strata = getCycle(store, cycleId).sample!.strata
    expect(strata.at(-1)).toEqual({
      stratum: 'West Team',
      team: 'West Team',
      planType: null,
      population: 0,
      sampled: 1,
      exactShare: 0
    })
    expect(getCycle(store, cycleId).sample!.cases.at(-1)?.caseRef).toBe('W-1')
  })

  it('refuses before a sample is drawn, and for a case that does not exist', async () => {
    const store = await sampleStore()
    const [id] = insertCases(store, [{ ref: 'C-1', team: 'North Team', planType: 'CP' }]).values()
    const cycleId = createCycle(store, { name: 'Empty', auditorIds: [] }, NOW).id
    expect(
      errorOf(() => addSampledCase(store, { cycleId, caseId: id!, reason: 'Why' }, NOW))
    ).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Draw one first')
    })
    const drawn = await drawnCycle()
    expect(
      errorOf(() =>
        addSampledCase(drawn.store, { cycleId: drawn.cycleId, caseId: 9999, reason: 'Why' }, NOW)
      ).code
    ).toBe('not-found')
  })
})

describe('removing a case', () => {
  it('removes a case whose audit has not started, keeping it in the history', async () => {
    const drawn = await drawnCycle()
    const { store, cycleId } = drawn
    const gone = drawn.sample.cases[0]!
    expect(
      removeSampledCase(store, { cycleId, caseId: gone.caseId, reason: 'Sampled in error' }, NOW)
    ).toBeNull()
    const detail = getCycle(store, cycleId)
    expect(detail.sample!.cases.map((c) => c.caseRef)).not.toContain(gone.caseRef)
    expect(detail.history).toEqual([
      { caseRef: gone.caseRef, state: 'removed', reason: 'Sampled in error', at: NOW.toISOString() }
    ])
    expect(listCycles(store)[0]!.sampled).toBe(3)
    expect(sampleEvents(store).at(-1)).toEqual({
      entity: 'sample',
      action: 'remove',
      before: { caseRef: gone.caseRef },
      after: { caseRef: gone.caseRef, reason: 'Sampled in error' }
    })
    // A removed case can be added back by hand.
    const back = addSampledCase(
      store,
      { cycleId, caseId: gone.caseId, reason: 'Needed after all' },
      NOW
    )
    expect(back).toMatchObject({ cycleCaseId: gone.cycleCaseId, source: 'manual' })
    expect(getCycle(store, cycleId).history).toEqual([])
  })

  it('refuses once the audit has started, and for a case not in the sample', async () => {
    const drawn = await drawnCycle()
    const { store, cycleId } = drawn
    const started = drawn.sample.cases[1]!
    insertAudit(store, { cycleId, caseId: started.caseId, auditorId: insertAuditor(store, 'Ann') })
    expect(
      errorOf(() =>
        removeSampledCase(store, { cycleId, caseId: started.caseId, reason: 'Oops' }, NOW)
      )
    ).toMatchObject({ code: 'conflict', message: expect.stringContaining('cannot be removed') })
    const outside = caseId(store, outsideSample(drawn, 'S'))
    expect(
      errorOf(() => removeSampledCase(store, { cycleId, caseId: outside, reason: 'Oops' }, NOW))
        .code
    ).toBe('not-found')
    expect(getCycle(store, cycleId).summary.sampled).toBe(4)
  })
})
