import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/src/App'
import { useNavigation } from '../../renderer/src/state/navigation'
import { useSession } from '../../renderer/src/state/session'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  useSession.setState({ phase: 'loading', auditor: null, status: null, info: null, error: null })
  useNavigation.setState({ route: { screen: 'cycles' }, guard: null, pending: null })
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

describe('first run', () => {
  it('asks for the auditor, then shows the audit cycles with the auditor in the rail', async () => {
    const user = userEvent.setup()
    render(<App />)
    const heading = await screen.findByRole('heading', { level: 1, name: 'Before you start' })
    await waitFor(() => expect(heading).toHaveFocus())

    await user.type(screen.getByLabelText('Your name'), 'Priya Shah')
    await user.selectOptions(screen.getByLabelText('Your role'), 'Team manager')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit cycles' })).toBeTruthy()
    expect(screen.getByText('No audit cycles yet')).toBeTruthy()
    const rail = screen.getByRole('navigation', { name: 'Main' })
    expect(within(rail).getByText('Priya Shah')).toBeTruthy()
    expect(within(rail).getByText('Team manager')).toBeTruthy()
    expect(within(rail).getByText('Store healthy')).toBeTruthy()

    const saved = bridge.context.store!.prepare('SELECT name, role FROM auditors').all()
    expect(saved).toEqual([{ name: 'Priya Shah', role: 'team_manager' }])
  })

  it('shows the GOV.UK error summary for a blank name, linked to the field, and saves nothing', async () => {
    const user = userEvent.setup()
    render(<App />)
    await screen.findByRole('heading', { name: 'Before you start' })
    await user.type(screen.getByLabelText('Your name'), '   ')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('There is a problem')).toBeTruthy()
    const link = within(summary).getByRole('link', { name: 'Enter your name' })
    await waitFor(() => expect(summary).toHaveFocus())
    await user.click(link)
    expect(screen.getByLabelText('Your name')).toHaveFocus()
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBe('true')
    expect(bridge.context.store!.prepare('SELECT count(*) FROM auditors').pluck().get()).toBe(0)
  })

  it('works by keyboard alone: type, Tab to the role, Enter to continue', async () => {
    const user = userEvent.setup()
    render(<App />)
    await screen.findByRole('heading', { name: 'Before you start' })
    await user.tab()
    expect(screen.getByLabelText('Your name')).toHaveFocus()
    await user.keyboard('Sam Okafor')
    await user.tab()
    expect(screen.getByLabelText('Your role')).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { name: 'Audit cycles' })).toBeTruthy()
  })
})

describe('once signed in', () => {
  it('opens Settings from the rail, showing the store file and its audit trail', async () => {
    const user = userEvent.setup()
    await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
    render(<App />)
    await screen.findByRole('heading', { name: 'Audit cycles' })
    const settings = screen.getByRole('button', { name: 'Settings' })
    await user.click(settings)
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy()
    expect(settings.getAttribute('aria-current')).toBe('page')
    expect(screen.getByText(bridge.context.storePath)).toBeTruthy()
    expect(await screen.findByText(/2 events, intact/)).toBeTruthy()
  })

  it('asks before leaving a pasted plan unsaved, keeps it on Stay, and discards it on Leave', async () => {
    const user = userEvent.setup()
    await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
    useNavigation.setState({ route: { screen: 'plans' } })
    render(<App />)
    const text = await screen.findByLabelText('Plan text')
    // Nothing typed yet: the rail goes straight to another screen and back.
    await user.click(screen.getByRole('button', { name: 'Cases' }))
    await screen.findByRole('heading', { level: 1, name: 'Cases' })
    await user.click(screen.getByRole('button', { name: 'Plans' }))
    await user.type(await screen.findByLabelText('Plan text'), 'SW to visit weekly.')

    await user.click(screen.getByRole('button', { name: 'Cycles' }))
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving the plan?' })
    await user.click(within(dialog).getByRole('button', { name: 'Stay and save it' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByLabelText('Plan text')).toHaveProperty('value', 'SW to visit weekly.')

    await user.click(screen.getByRole('button', { name: 'Cycles' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard the text' })
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit cycles' })).toBeTruthy()
    expect(text.isConnected).toBe(false)
  })

  it('switches to a colleague from Settings and shows them in the rail', async () => {
    const user = userEvent.setup()
    await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
    useNavigation.setState({ route: { screen: 'settings' } })
    render(<App />)
    const name = await screen.findByLabelText('Your name')
    await user.clear(name)
    await user.type(name, 'Tom Reid')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const rail = screen.getByRole('navigation', { name: 'Main' })
    expect(await within(rail).findByText('Tom Reid')).toBeTruthy()
  })
})
