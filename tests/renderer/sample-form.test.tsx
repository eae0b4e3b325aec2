import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Cycle } from '../../renderer/src/screens/Cycle'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge
let cycleId: number

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  const insert = bridge.context.store!.prepare(
    `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
     VALUES (?, ?, ?, 'open', '2026-01-01', '2026-01-01')`
  )
  for (let i = 1; i <= 12; i += 1) {
    insert.run(`N-${i}`, i % 2 ? 'CP' : 'CIN', 'North Team')
    insert.run(`S-${i}`, i % 2 ? 'CP' : 'CLA', 'South Team')
  }
  const created = await window.api!.call('cycles:create', { name: 'CP audit' })
  if (!created.ok) throw new Error(created.error.message)
  cycleId = created.value.id
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

describe('drawing a sample of some plan types and teams', () => {
  it('lists a problem with the settings at the top of the form, by its field', async () => {
    const user = userEvent.setup()
    render(<Cycle cycleId={cycleId} />)
    const size = await screen.findByLabelText('Number of cases')
    await user.clear(size)
    await user.type(size, '0')
    await user.click(screen.getByRole('button', { name: 'Preview the sample' }))
    const summary = await screen.findByRole('alert')
    expect(summary.textContent).toContain('There is a problem')
    expect(size.getAttribute('aria-describedby')).toMatch(/-error/)
  })

  it('draws from the plan types and teams ticked, and says so', async () => {
    const user = userEvent.setup()
    render(<Cycle cycleId={cycleId} />)
    await user.click(await screen.findByLabelText('Child in need'))
    await user.click(screen.getByLabelText('Child looked after'))
    await user.click(screen.getByLabelText('Pathway (care leaver)'))
    await user.click(screen.getByLabelText('Early help'))
    await user.click(screen.getByLabelText('Only the teams I tick'))
    await user.click(screen.getByRole('button', { name: 'Preview the sample' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Choose at least one team')

    await user.click(await screen.findByLabelText('North Team'))
    await user.click(screen.getByRole('button', { name: 'Preview the sample' }))
    expect(
      await screen.findByText(/of child protection plans only, in North Team only/)
    ).toBeTruthy()
    expect(
      screen.getByText(/6 eligible cases\. Left out: 18 of other plan types or teams/)
    ).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Save this sample' }))
    await screen.findByText(/Sample: 6 cases/)
    const stored = JSON.parse(
      bridge.context
        .store!.prepare('SELECT sample_spec FROM cycles WHERE id = ?')
        .pluck()
        .get(cycleId) as string
    ) as { spec: { planTypes: string[]; teams: string[] } }
    expect(stored.spec).toMatchObject({ planTypes: ['CP'], teams: ['North Team'] })
    const refs = bridge.context
      .store!.prepare(
        `SELECT c.case_ref FROM cycle_cases cc JOIN cases c ON c.id = cc.case_id
         WHERE cc.cycle_id = ? AND cc.state = 'sampled' ORDER BY c.case_ref`
      )
      .pluck()
      .all(cycleId)
    expect(refs).toEqual(['N-1', 'N-11', 'N-3', 'N-5', 'N-7', 'N-9'])
  })
})
