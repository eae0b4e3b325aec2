import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EditCycle } from '../../renderer/src/screens/NewCycle'
import { useNavigation } from '../../renderer/src/state/navigation'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge
let cycleId: number

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  const created = await window.api!.call('cycles:create', {
    name: 'Q1 CP plnas',
    periodStart: '2027-01-01'
  })
  if (!created.ok) throw new Error(created.error.message)
  cycleId = created.value.id
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

describe('editing a cycle', () => {
  it('shows the cycle as it is, saves a corrected name and period, and goes back to it', async () => {
    const user = userEvent.setup()
    render(<EditCycle cycleId={cycleId} />)
    const name = await screen.findByLabelText('Name')
    expect((name as HTMLInputElement).value).toBe('Q1 CP plnas')
    expect((screen.getByLabelText('Period from (optional)') as HTMLInputElement).value).toBe(
      '01/01/2027'
    )
    // The framework is shown, not offered: it was locked for the cycle when it was made.
    expect(screen.queryByRole('combobox', { name: 'Framework' })).toBeNull()
    expect(screen.getByText("Quality of children's plans (version 1)")).toBeTruthy()

    await user.clear(name)
    await user.type(name, 'Q1 CP plans')
    await user.type(screen.getByLabelText('Period to (optional)'), '31/3/27')
    await user.click(screen.getByRole('button', { name: 'Save the changes' }))
    await expect.poll(() => useNavigation.getState().route).toEqual({ screen: 'cycle', cycleId })
    expect(
      bridge.context
        .store!.prepare('SELECT name, period_start, period_end FROM cycles WHERE id = ?')
        .get(cycleId)
    ).toEqual({ name: 'Q1 CP plans', period_start: '2027-01-01', period_end: '2027-03-31' })
  })

  it('refuses a period that ends before it starts, by its field, and saves nothing', async () => {
    const user = userEvent.setup()
    render(<EditCycle cycleId={cycleId} />)
    await user.type(await screen.findByLabelText('Period to (optional)'), '1/12/26')
    await user.click(screen.getByRole('button', { name: 'Save the changes' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The period must end on or after the day it starts'
    )
    expect(
      bridge.context
        .store!.prepare('SELECT period_end FROM cycles WHERE id = ?')
        .pluck()
        .get(cycleId)
    ).toBeNull()
  })
})
