import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useAudit } from '../../renderer/src/state/audit'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge
let cycleId: number
let caseId: number

/** An auditor, one case with a plan, a cycle on the default framework with that case sampled. */
async function seed(): Promise<void> {
  const api = window.api!
  await api.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  const store = bridge.context.store!
  caseId = Number(
    store
      .prepare(
        `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
         VALUES ('R-1', 'CIN', 'North Team', 'open', '2026-01-01', '2026-01-01')`
      )
      .run().lastInsertRowid
  )
  await api.call('plans:paste', {
    caseId,
    text: 'SW to visit weekly.\nMum to attend the course by 30/06/2026.'
  })
  const cycle = await api.call('cycles:create', {
    name: 'R cycle',
    frameworkKey: 'care-plan-quality'
  })
  if (!cycle.ok) throw new Error(cycle.error.message)
  cycleId = cycle.value.id
  await api.call('sample:draw', { cycleId, spec: { size: 1, seed: 'R' } })
}

function storedScore(key: string): { grade: number | null; evidence: string | null } | undefined {
  return bridge.context
    .store!.prepare('SELECT grade, evidence FROM scores WHERE criterion_key = ?')
    .get(key) as { grade: number | null; evidence: string | null } | undefined
}

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await seed()
})

afterEach(async () => {
  await useAudit.getState().flush()
  bridge.dispose()
})

describe('the stepper’s autosave', () => {
  it('sends a burst of typing as one save of the final text, once typing pauses', async () => {
    await useAudit.getState().load({ kind: 'primary', cycleId, caseId })
    const audit = useAudit.getState()
    for (const text of ['T', 'Th', 'Thr', 'Three actions undated'])
      audit.setEvidence('timescales', text)
    expect(useAudit.getState().saveState).toBe('saving')
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(storedScore('timescales')?.evidence).toBe('Three actions undated')
    const saves = bridge.calls.filter((name) => name === 'audits:save-score')
    expect(saves).toHaveLength(1)
    expect(useAudit.getState().saveState).toBe('saved')
  })

  it('keeps changes in the order they were made, and flush sends what is waiting at once', async () => {
    await useAudit.getState().load({ kind: 'primary', cycleId, caseId })
    const audit = useAudit.getState()
    audit.setGrade('outcome-focus', 3)
    audit.setGrade('outcome-focus', 2)
    audit.setEvidence('outcome-focus', 'Process actions only')
    expect(await useAudit.getState().flush()).toBe(true)
    expect(storedScore('outcome-focus')).toEqual({ grade: 2, evidence: 'Process actions only' })
  })

  it('resumes at the step the auditor left, with their answers', async () => {
    await useAudit.getState().load({ kind: 'primary', cycleId, caseId })
    useAudit.getState().setGrade('robustness', 1)
    useAudit.getState().goStep('robustness')
    await useAudit.getState().flush()
    await new Promise((resolve) => setTimeout(resolve, 50))
    useAudit.setState({ detail: null, scores: {}, step: '' })
    await useAudit.getState().load({ kind: 'primary', cycleId, caseId })
    expect(useAudit.getState().step).toBe('robustness')
    expect(useAudit.getState().scores.robustness?.grade).toBe(1)
  })

  it('reports what is missing when submitting too early, keyed to the steps', async () => {
    await useAudit.getState().load({ kind: 'primary', cycleId, caseId })
    useAudit.getState().setGrade('timescales', 2)
    expect(await useAudit.getState().submit()).toBe(false)
    const errors = useAudit.getState().submitErrors
    expect(errors.timescales).toMatch(/evidence/i)
    expect(errors['outcome-focus']).toBe('Grade Outcome focus')
    expect(errors.overall).toBeDefined()
  })
})
