import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Api } from '../../shared/contract'
import { Reports } from '../../renderer/src/screens/Reports'
import { useReports } from '../../renderer/src/state/reports'
import { reportFixture } from '../main/reports/support'
import type { ReportFixture } from '../main/reports/support'

let fixture: ReportFixture

beforeEach(async () => {
  fixture = await reportFixture()
  // The real handlers on the fixture's store, cloned both ways as Electron's IPC does.
  const api: Api = {
    call: async (name, input) =>
      structuredClone(await fixture.app.call(name, structuredClone(input))) as never
  }
  window.api = api
  useReports.setState({ filters: {}, dashboard: null, analyser: null, notice: null, error: null })
})

afterEach(() => {
  cleanup()
  delete window.api
})

/** The value shown under a key figure's label. */
function keyFigure(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' })
  return term.nextElementSibling?.textContent ?? ''
}

describe('the reports dashboard', () => {
  it('applies each filter to every panel', async () => {
    const user = userEvent.setup()
    render(<Reports />)
    // All cycles: Spring's five audited plans and Summer's one.
    await waitFor(() => expect(keyFigure('Audited plans')).toBe('6'))
    expect(await screen.findByRole('table', { name: /The analyser’s reading of 6/ })).toBeTruthy()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Cycle' }), 'Spring audit')
    await waitFor(() => expect(keyFigure('Audited plans')).toBe('5'))
    expect(keyFigure('Good or better overall')).toBe('60% (n = 5)')
    expect(keyFigure('Inadequate overall')).toBe('40% (n = 5)')
    expect(keyFigure('Actions arising')).toBe('4: 2 open, 1 overdue, 1 done')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'North Team')
    await waitFor(() => expect(keyFigure('Audited plans')).toBe('2'))
    const teams = screen.getByRole('table', { name: 'Good or better, by team' })
    expect(
      within(teams)
        .getAllByRole('row')
        .map((row) => row.textContent)
    ).toEqual([expect.stringContaining('Team'), expect.stringContaining('North Team')])
    expect(keyFigure('Safeguarding concerns')).toBe('1 of 2 plans')
    // The trend keeps every cycle, narrowed to the team.
    const trend = screen.getByRole('table', { name: 'Good or better, by cycle' })
    expect(
      within(trend)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent)
    ).toEqual(['Spring audit', 'Summer audit'])
    expect(await screen.findByRole('table', { name: /The analyser’s reading of 2/ })).toBeTruthy()

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Plan type' }),
      'Child looked after'
    )
    await waitFor(() => expect(keyFigure('Audited plans')).toBe('1'))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), '')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plan type' }), '')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Auditor' }), 'Jo Reed')
    await waitFor(() => expect(keyFigure('Audited plans')).toBe('1'))
    expect(
      screen.getByText(/1 audited plan counted at the grades agreed in moderation/)
    ).toBeTruthy()
  })

  it('sets a target, shows it met or not against the figures, and removes it', async () => {
    const user = userEvent.setup()
    render(<Reports />)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Cycle' }), 'Spring audit')
    await waitFor(() => expect(keyFigure('Audited plans')).toBe('5'))
    const form = screen.getByRole('form', { name: 'Set a target' })

    await user.type(within(form).getByLabelText('Percentage'), 'ten')
    await user.click(within(form).getByRole('button', { name: 'Set target' }))
    expect(within(form).getByText('Enter a percentage from 0 to 100, like 10')).toBeTruthy()

    await user.selectOptions(within(form).getByLabelText('Criterion'), 'Overall judgement')
    await user.selectOptions(within(form).getByLabelText('Target'), 'Inadequate at most')
    await user.clear(within(form).getByLabelText('Percentage'))
    await user.type(within(form).getByLabelText('Percentage'), '10')
    await user.click(within(form).getByRole('button', { name: 'Set target' }))
    const targets = await screen.findByRole('table', { name: 'Targets against these figures' })
    const row = within(targets).getByRole('row', { name: /Overall judgement/ })
    expect(row).toHaveTextContent('Inadequate at most 10%')
    expect(row).toHaveTextContent('40% (n = 5)')
    expect(row).toHaveTextContent('Not met')
    expect(
      screen.getByText(
        '40% of audited plans were Inadequate overall (n = 5) against a target of at most 10%: not met.'
      )
    ).toBeTruthy()

    await user.selectOptions(within(form).getByLabelText('Criterion'), 'Timescales')
    await user.selectOptions(within(form).getByLabelText('Target'), 'Good or better at least')
    await user.type(within(form).getByLabelText('Percentage'), '50')
    await user.click(within(form).getByRole('button', { name: 'Set target' }))
    await waitFor(() =>
      expect(within(targets).getByRole('row', { name: /Timescales/ })).toHaveTextContent('Met')
    )

    await user.click(
      within(targets).getByRole('button', { name: 'Remove the target for Overall judgement' })
    )
    await waitFor(() => expect(within(targets).queryByRole('row', { name: /Overall/ })).toBeNull())
    expect(
      fixture.app.context.store!.prepare('SELECT count(*) FROM report_targets').pluck().get()
    ).toBe(1)
  })
})
