import '@testing-library/jest-dom/vitest'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useFrameworks } from '../../renderer/src/state/frameworks'
import { useSession } from '../../renderer/src/state/session'
import { openAt } from './support/app'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  useSession.setState({ phase: 'loading', auditor: null, status: null, info: null, error: null })
  useFrameworks.setState({ list: null, detail: null, imported: null, flash: null })
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

function storedVersions(): { version: number; locked: number }[] {
  return bridge.context
    .store!.prepare(
      "SELECT version, locked FROM frameworks WHERE key = 'care-plan-quality' ORDER BY version"
    )
    .all() as { version: number; locked: number }[]
}

describe('the frameworks list', () => {
  it('shows the default framework with its version, criteria and status, from the rail', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'cycles' })
    await screen.findByRole('heading', { level: 1, name: 'Audit cycles' })
    await user.click(screen.getByRole('button', { name: 'Frameworks' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Frameworks' })
    await waitFor(() => expect(heading).toHaveFocus())
    const row = await screen.findByRole('row', { name: /Quality of children's plans/ })
    const cells = within(row).getAllByRole('cell')
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'care-plan-quality',
      '1',
      '5',
      'Not used yet',
      expect.stringContaining('View')
    ])
    await user.click(
      within(row).getByRole('button', { name: "View Quality of children's plans, version 1" })
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: "Quality of children's plans" })
    ).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: '2. Timescales' })).toBeTruthy()
    expect(screen.getAllByRole('rowheader', { name: 'Requires improvement' })).toHaveLength(6)
  })

  it('says a framework used by a cycle is locked, in words', async () => {
    await window.api!.call('cycles:create', { name: 'April' })
    openAt({ screen: 'frameworks' })
    const row = await screen.findByRole('row', { name: /Quality of children's plans/ })
    expect(within(row).getByText('Locked: in use by 1 cycle')).toBeTruthy()
  })

  it('lists every problem of an invalid file with its place, and imports nothing', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'frameworks' })
    await screen.findByRole('row', { name: /Quality of children's plans/ })
    const exported = await window.api!.call('frameworks:export', { key: 'care-plan-quality' })
    if (!exported.ok) throw new Error(exported.error.message)
    const broken = JSON.parse(exported.value.json) as {
      key: string
      criteria: { descriptors: Record<string, string> }[]
      overall: { title: string }
    }
    broken.key = 'local-plans'
    broken.criteria[1]!.descriptors['1'] = ''
    broken.overall.title = ''
    const file = new File([JSON.stringify(broken)], 'local-plans.json', {
      type: 'application/json'
    })
    await user.upload(screen.getByLabelText('Framework file (.json)'), file)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('local-plans.json was not imported')).toBeTruthy()
    expect(
      within(alert).getByText(
        'Criterion 2 (timescales), descriptor for Inadequate: Enter the Inadequate descriptor'
      )
    ).toBeTruthy()
    expect(
      within(alert).getByText('Overall judgement, title: Enter the overall title')
    ).toBeTruthy()
    expect(bridge.context.store!.prepare('SELECT count(*) FROM frameworks').pluck().get()).toBe(1)
  })

  it('duplicates a framework under a new key and opens the copy', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'frameworks' })
    const row = await screen.findByRole('row', { name: /Quality of children's plans/ })
    await user.click(within(row).getByRole('button', { name: /^Duplicate/ }))
    const dialog = await screen.findByRole('dialog')
    const key = within(dialog).getByLabelText('New key')
    await user.clear(key)
    await user.type(key, 'Early Help')
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate' }))
    expect(
      await within(dialog).findByText(
        'Use lower-case letters, digits and hyphens, starting with a letter'
      )
    ).toBeTruthy()
    await user.clear(key)
    await user.type(key, 'early-help')
    await user.clear(within(dialog).getByLabelText('New title'))
    await user.type(within(dialog).getByLabelText('New title'), 'Early help plans')
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Early help plans' })).toBeTruthy()
    expect(
      screen.getByText(/Duplicated as Early help plans \(early-help, version 1\)/)
    ).toBeTruthy()
  })
})

describe('the framework editor', () => {
  it('saves an edit to a locked framework as the next version and shows it', async () => {
    const user = userEvent.setup()
    await window.api!.call('cycles:create', { name: 'April' })
    openAt({ screen: 'framework', key: 'care-plan-quality' })
    await screen.findByRole('heading', { level: 1, name: "Quality of children's plans" })
    await user.click(screen.getByRole('button', { name: 'Edit' }))
    await screen.findByRole('heading', { level: 1, name: "Edit Quality of children's plans" })
    expect(
      screen.getByText(/Version 1 is locked: it is used by 1 cycle, so it stays as it is/)
    ).toBeTruthy()

    const timescales = screen.getByRole('group', { name: 'Criterion 2: Timescales' })
    const inadequate = within(timescales).getByLabelText('Inadequate')
    await user.clear(inadequate)
    await user.type(inadequate, 'No action has a timescale anyone could check.')
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }))

    expect(
      await screen.findByText(
        'Saved as version 2. Version 1 is used by a cycle and stays as it was.'
      )
    ).toBeTruthy()
    expect(screen.getByText(/^2 \(latest\)/)).toBeTruthy()
    expect(screen.getByText('No action has a timescale anyone could check.')).toBeTruthy()
    expect(storedVersions()).toEqual([
      { version: 1, locked: 1 },
      { version: 2, locked: 0 }
    ])
  })

  it('shows the error summary for an invalid edit, linked to the field, and saves nothing', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'framework-edit', key: 'care-plan-quality' })
    await screen.findByRole('heading', { level: 1, name: "Edit Quality of children's plans" })
    const timescales = screen.getByRole('group', { name: 'Criterion 2: Timescales' })
    await user.clear(within(timescales).getByLabelText('Inadequate'))
    await user.clear(screen.getByLabelText('Title', { selector: '#fw-overall-title' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('There is a problem')).toBeTruthy()
    await waitFor(() => expect(summary).toHaveFocus())
    const link = within(summary).getByRole('link', {
      name: 'Criterion 2 (timescales), descriptor for Inadequate: Enter the Inadequate descriptor'
    })
    expect(
      within(summary).getByRole('link', {
        name: 'Overall judgement, title: Enter the overall title'
      })
    ).toBeTruthy()
    await user.click(link)
    const field = within(timescales).getByLabelText('Inadequate')
    expect(field).toHaveFocus()
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(within(timescales).getByText('Enter the Inadequate descriptor')).toBeTruthy()

    const stored = await window.api!.call('frameworks:get', { key: 'care-plan-quality' })
    expect(stored.ok && stored.value.definition.criteria[1]!.descriptors['1']).toMatch(/\w/)
    expect(storedVersions()).toEqual([{ version: 1, locked: 0 }])
  })

  it('adds a criterion with a key made from its title, and asks before leaving unsaved', async () => {
    const user = userEvent.setup()
    openAt({ screen: 'framework-edit', key: 'care-plan-quality' })
    await screen.findByRole('heading', { level: 1, name: "Edit Quality of children's plans" })
    await user.click(screen.getByRole('button', { name: 'Add a criterion' }))
    const added = screen.getByRole('group', { name: 'Criterion 6: New criterion' })
    const title = within(added).getByLabelText('Title')
    await waitFor(() => expect(title).toHaveFocus())
    await user.type(title, "Family's strengths")
    expect(within(added).getByLabelText('Key')).toHaveValue('familys-strengths')

    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }))
    expect(screen.getByRole('group', { name: "Criterion 6: Family's strengths" })).toBeTruthy()
    // Leaving by the rail asks the same question.
    await user.click(screen.getByRole('button', { name: 'Cycles' }))
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole(
        'button',
        { name: 'Keep editing' }
      )
    )
    expect(screen.getByRole('group', { name: "Criterion 6: Family's strengths" })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard changes' })
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: "Quality of children's plans" })
    ).toBeTruthy()
    expect(storedVersions()).toEqual([{ version: 1, locked: 0 }])
  })
})
