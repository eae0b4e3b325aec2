import '@testing-library/jest-dom/vitest'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useNavigation } from '../../renderer/src/state/navigation'
import { useQueue } from '../../renderer/src/state/queue'
import { useSession } from '../../renderer/src/state/session'
import { call, openAt } from './support/app'
import { bridgeToRealHandlers, holdCalls } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge
let cycleId: number
let caseId: number

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  caseId = Number(
    bridge.context
      .store!.prepare(
        `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
         VALUES ('Q-1', 'CIN', 'East Team', 'open', '2026-01-01', '2026-01-01')`
      )
      .run().lastInsertRowid
  )
  await call('plans:paste', { caseId, text: 'SW to visit weekly.' })
  cycleId = (await call('cycles:create', { name: 'Q cycle', frameworkKey: 'care-plan-quality' })).id
  await call('sample:draw', { cycleId, spec: { size: 1, seed: 'Q' } })
  useSession.setState({ phase: 'loading', auditor: null, status: null, info: null, error: null })
  useQueue.setState({ mine: null, queue: null, error: null })
  useNavigation.setState({ guard: null, pending: null })
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

describe('returning to the audit queue', () => {
  it("keeps the last visit's queue in view, out of reach, until the new one arrives", async () => {
    openAt({ screen: 'queue', cycleId })
    await screen.findByRole('button', { name: 'Start Q-1' })
    cleanup()

    // The audit is started elsewhere; on return the queue is held back until released.
    await call('audits:open', { cycleId, caseId })
    const { release } = holdCalls((name) => name === 'audits:queue')
    openAt({ screen: 'queue', cycleId })
    await screen.findByText('Bringing the lists up to date…')
    const start = screen.getByRole('button', { name: 'Start Q-1' })
    expect(start.closest('[aria-busy]')).toHaveAttribute('inert')
    const table = screen.getByRole('table', { name: 'Plans to audit in this cycle' })
    expect(table.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')

    release()
    const resume = await screen.findByRole('button', { name: /^(?:Resume|Continue) Q-1$/ })
    expect(resume.closest('[aria-busy]')).not.toHaveAttribute('inert')
    expect(screen.queryByText('Bringing the lists up to date…')).not.toBeInTheDocument()
    expect(within(table).getByText('In progress')).toBeInTheDocument()
  })

  it('does the same for the list of cycles under My audits', async () => {
    openAt({ screen: 'my-audits' })
    const cycles = await screen.findByRole('table', { name: 'Cycles with plans to audit' })
    const row = within(cycles).getByRole('row', { name: /Q cycle/ })
    expect(row.querySelectorAll('td')[1]).toHaveTextContent('0')
    cleanup()

    await call('audits:open', { cycleId, caseId })
    const { release } = holdCalls((name) => name === 'audits:mine')
    openAt({ screen: 'my-audits' })
    await screen.findByText('Bringing the lists up to date…')
    const stale = screen.getByRole('table', { name: 'Cycles with plans to audit' })
    expect(stale.closest('[aria-busy]')).toHaveAttribute('inert')

    release()
    await waitFor(() =>
      expect(screen.queryByText('Bringing the lists up to date…')).not.toBeInTheDocument()
    )
    const fresh = screen.getByRole('table', { name: 'Cycles with plans to audit' })
    expect(fresh.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false')
    expect(
      within(fresh)
        .getByRole('row', { name: /Q cycle/ })
        .querySelectorAll('td')[1]
    ).toHaveTextContent('1')
  })
})
