import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Cycle } from '../../renderer/src/screens/Cycle'
import { useCycle } from '../../renderer/src/state/cycle'
import { useNavigation } from '../../renderer/src/state/navigation'
import { bridgeToRealHandlers, holdCalls } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge
let cycleId: number

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  useCycle.setState({ cycleId: null, detail: null })
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  const insert = bridge.context.store!.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
     VALUES (?, 'CP', 'North Team', 'open', '2026-01-01', '2026-01-01')`
  )
  for (let i = 1; i <= 4; i += 1) insert.run(`N-${i}`)
  const created = await window.api!.call('cycles:create', { name: 'CP audit' })
  if (!created.ok) throw new Error(created.error.message)
  cycleId = created.value.id
  await window.api!.call('sample:draw', { cycleId, spec: { size: 3, seed: 'C' }, dryRun: false })
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

describe('closing a cycle from its page', () => {
  it('says what is unfinished, asks for a reason, then offers nothing that would change it', async () => {
    const user = userEvent.setup()
    render(<Cycle cycleId={cycleId} />)
    expect(await screen.findAllByRole('button', { name: /^Replace/ })).toHaveLength(3)
    await user.click(screen.getByRole('button', { name: 'Close the cycle' }))
    const dialog = await screen.findByRole('dialog', { name: 'Close “CP audit”' })
    expect(dialog.textContent).toContain('3 sampled cases have no submitted audit')
    await user.type(within(dialog).getByLabelText('Reason'), 'Quarter reported to the board')
    await user.click(within(dialog).getByRole('button', { name: 'Close the cycle' }))

    expect(await screen.findByText(/This cycle is closed/)).toBeTruthy()
    expect(
      screen.queryAllByRole('button', { name: /^Replace|^Remove|Draw again|Edit details/ })
    ).toEqual([])
    expect(screen.queryByLabelText('Add a case by hand')).toBeNull()
    expect(
      bridge.context.store!.prepare('SELECT status FROM cycles WHERE id = ?').pluck().get(cycleId)
    ).toBe('closed')

    await user.click(screen.getByRole('button', { name: 'Reopen the cycle' }))
    const reopen = await screen.findByRole('dialog', { name: 'Reopen “CP audit”' })
    await user.type(within(reopen).getByLabelText('Reason'), 'One audit to redo')
    await user.click(within(reopen).getByRole('button', { name: 'Reopen the cycle' }))
    expect(await screen.findAllByRole('button', { name: /^Replace/ })).toHaveLength(3)
  })

  it('opens a sampled case’s page from the sample', async () => {
    const user = userEvent.setup()
    render(<Cycle cycleId={cycleId} />)
    const sampled = await screen.findByRole('table', { name: 'Sampled cases' })
    const first = within(sampled).getAllByRole('rowheader')[0]!
    const ref = first.textContent!
    await user.click(within(first).getByRole('button', { name: ref }))
    const caseId = bridge.context
      .store!.prepare('SELECT id FROM cases WHERE case_ref = ?')
      .pluck()
      .get(ref)
    expect(useNavigation.getState().route).toEqual({ screen: 'case', caseId })
  })

  it("on return, keeps the last visit's sample out of reach until the store's arrives", async () => {
    render(<Cycle cycleId={cycleId} />)
    expect(await screen.findAllByRole('button', { name: /^Replace/ })).toHaveLength(3)
    cleanup()

    // Closed on another laptop sharing the store; on return the cycle is held back a moment.
    const closed = await window.api!.call('cycles:set-status', {
      cycleId,
      status: 'closed',
      reason: 'Quarter reported'
    })
    expect(closed.ok).toBe(true)
    const { release } = holdCalls((name) => name === 'cycles:get')
    render(<Cycle cycleId={cycleId} />)
    await screen.findByText('Bringing the lists up to date…')
    const replace = screen.getAllByRole('button', { name: /^Replace/ })
    expect(replace).toHaveLength(3)
    expect(replace[0]!.closest('[aria-busy]')).toHaveAttribute('inert')
    expect(
      screen.getByRole('button', { name: 'Close the cycle' }).closest('[aria-busy]')
    ).toHaveAttribute('inert')

    release()
    expect(await screen.findByText(/This cycle is closed/)).toBeTruthy()
    await waitFor(() =>
      expect(screen.queryByText('Bringing the lists up to date…')).not.toBeInTheDocument()
    )
    expect(screen.queryAllByRole('button', { name: /^Replace/ })).toEqual([])
  })
})
