import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Plans } from '../../renderer/src/screens/Plans'
import { useCases } from '../../renderer/src/state/cases'
import { useNavigation } from '../../renderer/src/state/navigation'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  bridge.context
    .store!.prepare(
      `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
       VALUES ('CIN-77', 'CIN', 'South Team', 'open', '2026-01-01', '2026-01-01')`
    )
    .run()
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

describe('pasting a plan', () => {
  it('shows the analyser’s reading as the text is typed, then saves it as the case’s plan', async () => {
    const user = userEvent.setup()
    render(<Plans />)
    await user.type(screen.getByLabelText('Case reference'), 'cin-77')
    const text = screen.getByLabelText('Plan text')
    await user.type(text, 'What needs to happen{Enter}SW to visit weekly.')
    expect(
      await screen.findByText(
        /The analyser found 1 action: 1 with a clear timescale, 1 with an owner/
      )
    ).toBeTruthy()
    await user.type(text, '{Enter}Referral to be made to CAMHS.')
    expect(
      await screen.findByText(
        /The analyser found 2 actions: 1 with a clear timescale, 1 with an owner/
      )
    ).toBeTruthy()
    expect(screen.getByText(/Line 3: no timescale, no owner/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    expect(await screen.findByText(/Saved as version 1 of CIN-77.s plan/)).toBeTruthy()
    const stored = bridge.context.store!.prepare('SELECT text FROM plan_documents').pluck().get()
    expect(stored).toBe('What needs to happen\nSW to visit weekly.\nReferral to be made to CAMHS.')
  })

  it('names a case reference that does not exist, and saves nothing', async () => {
    const user = userEvent.setup()
    render(<Plans />)
    await user.type(screen.getByLabelText('Case reference'), 'NOPE-1')
    await user.type(screen.getByLabelText('Plan text'), 'Something')
    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    expect(await screen.findAllByText('There is no case with the reference NOPE-1')).toHaveLength(2)
    expect(bridge.context.store!.prepare('SELECT count(*) FROM plan_documents').pluck().get()).toBe(
      0
    )
  })

  it('reads the plan date day first, shows it in words, and stores it', async () => {
    const user = userEvent.setup()
    render(<Plans />)
    await user.type(screen.getByLabelText('Case reference'), 'CIN-77')
    await user.type(screen.getByLabelText('Plan date (optional)'), '3/4/26')
    expect(screen.getByText('Friday 3 April 2026')).toBeTruthy()
    expect(screen.getByLabelText('Plan date (optional)').getAttribute('aria-describedby')).toMatch(
      /-reading$/
    )
    await user.type(screen.getByLabelText('Plan text'), 'SW to visit weekly.')
    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    expect(await screen.findByText(/Saved as version 1 of CIN-77.s plan/)).toBeTruthy()
    const stored = bridge.context
      .store!.prepare('SELECT plan_date FROM plan_documents')
      .pluck()
      .get()
    expect(stored).toBe('2026-04-03')
  })

  it('refuses a month-first plan date and saves nothing', async () => {
    const user = userEvent.setup()
    render(<Plans />)
    await user.type(screen.getByLabelText('Case reference'), 'CIN-77')
    await user.type(screen.getByLabelText('Plan date (optional)'), '04/13/2026')
    expect(screen.queryByText(/April 2026/)).toBeNull()
    await user.type(screen.getByLabelText('Plan text'), 'SW to visit weekly.')
    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    expect(
      await screen.findAllByText(
        'The plan date looks like a month-first (US) date; dates must be day first, like 31/01/2026'
      )
    ).toHaveLength(2)
    expect(bridge.context.store!.prepare('SELECT count(*) FROM plan_documents').pluck().get()).toBe(
      0
    )
  })
})

describe('attaching plan files', () => {
  it('lists a file that matches no case, and attaches it to the case the officer names', async () => {
    const user = userEvent.setup()
    render(<Plans />)
    const plan = new File(['Plan for the family\nSW to visit weekly.'], 'scan 0042.txt', {
      type: 'text/plain'
    })
    await user.upload(screen.getByLabelText('Choose plan files'), plan)
    expect(await screen.findByText('0 files matched to cases, 1 not matched.')).toBeTruthy()
    const documents = () =>
      bridge.context.store!.prepare('SELECT case_id, source_name, text FROM plan_documents').all()
    expect(documents()).toEqual([])

    // A reference with no case is refused by the file, and nothing is attached.
    const ref = screen.getByLabelText('Case reference for scan 0042.txt')
    await user.type(ref, 'NOPE-9{Enter}')
    expect(await screen.findByText('There is no case with the reference NOPE-9')).toBeTruthy()
    expect(ref.getAttribute('aria-invalid')).toBe('true')
    expect(documents()).toEqual([])

    await user.clear(ref)
    await user.type(ref, ' cin-77 ')
    await user.click(screen.getByRole('button', { name: 'Attach scan 0042.txt' }))
    expect(await screen.findByText('1 file matched to cases.')).toBeTruthy()
    expect(screen.getByRole('cell', { name: 'CIN-77' })).toBeTruthy()
    expect(screen.queryByLabelText('Case reference for scan 0042.txt')).toBeNull()
    const caseId = bridge.context.store!.prepare("SELECT id FROM cases WHERE case_ref = 'CIN-77'")
    expect(documents()).toEqual([
      {
        case_id: caseId.pluck().get(),
        source_name: 'scan 0042.txt',
        text: 'Plan for the family\nSW to visit weekly.'
      }
    ])
  })

  it('moves focus to the next unmatched file once one is attached, then to the result', async () => {
    const user = userEvent.setup()
    render(<Plans />)
    await user.upload(screen.getByLabelText('Choose plan files'), [
      new File(['First plan'], 'a.txt', { type: 'text/plain' }),
      new File(['Second plan'], 'b.txt', { type: 'text/plain' })
    ])
    await user.type(await screen.findByLabelText('Case reference for a.txt'), 'CIN-77{Enter}')
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Case reference for b.txt'))
    )
    await user.keyboard('CIN-77{Enter}')
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Result' }))
    )
    expect(screen.getByText('2 files matched to cases.')).toBeTruthy()
  })
})

describe('open cases without a plan', () => {
  it('counts them, counts again once a plan is pasted, and opens the case list filtered to them', async () => {
    bridge.context
      .store!.prepare(
        `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
         VALUES ('CP-5', 'CP', 'North Team', 'open', '2026-01-01', '2026-01-01'),
                ('CP-6', 'CP', 'North Team', 'closed', '2026-01-01', '2026-01-01')`
      )
      .run()
    const user = userEvent.setup()
    render(<Plans />)
    expect(await screen.findByText(/2 open cases have no plan document yet/)).toBeTruthy()

    await user.type(screen.getByLabelText('Case reference'), 'CIN-77')
    await user.type(screen.getByLabelText('Plan text'), 'SW to visit weekly.')
    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    expect(await screen.findByText(/1 open case has no plan document yet/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Show it' }))
    expect(useNavigation.getState().route).toEqual({ screen: 'cases' })
    expect(useCases.getState().filters).toEqual({ plan: 'missing', status: 'open' })
  })
})
