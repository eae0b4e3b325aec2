import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ModerationItem } from '../../shared/contract'
import { ReassignDialog } from '../../renderer/src/components/moderation/ReassignDialog'
import { ReasonDialog } from '../../renderer/src/components/ReasonDialog'

afterEach(cleanup)

describe('the reason dialog', () => {
  it('sends the reason, shows the error it comes back with, and closes once it succeeds', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    const onConfirm = vi
      .fn<(reason: string) => Promise<string | null>>()
      .mockResolvedValueOnce('The audit was changed by someone else; reload it.')
      .mockResolvedValueOnce(null)
    render(
      <ReasonDialog
        title="Reopen this audit"
        description="Reopening lets you change grades after submitting."
        confirmLabel="Reopen"
        onConfirm={onConfirm}
        onClose={onClose}
      />
    )
    await user.type(screen.getByLabelText('Reason'), 'Grade entered against the wrong case')
    await user.click(screen.getByRole('button', { name: 'Reopen' }))
    expect(onConfirm).toHaveBeenLastCalledWith('Grade entered against the wrong case')
    expect(await screen.findByText(/changed by someone else/)).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Reopen' }))
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
  })
})

describe('the reassign dialog', () => {
  const item = {
    caseRef: 'CP-2003',
    firstAuditorId: 1,
    firstAuditorName: 'Alex Morgan',
    moderatorId: 2
  } as ModerationItem
  const people = [
    { id: 1, name: 'Alex Morgan' },
    { id: 2, name: 'Sam Patel' },
    { id: 3, name: 'Jo Reid' }
  ]

  it('offers everyone but the first auditor and sends the one chosen', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    const onConfirm = vi
      .fn<(moderatorId: number) => Promise<string | null>>()
      .mockResolvedValueOnce('Jo Reid has already started another moderation of this case.')
      .mockResolvedValueOnce(null)
    render(
      <ReassignDialog item={item} moderators={people} onConfirm={onConfirm} onClose={onClose} />
    )
    const select = screen.getByLabelText('Moderator')
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Sam Patel',
      'Jo Reid'
    ])
    await user.selectOptions(select, 'Jo Reid')
    const confirm = screen.getAllByRole('button').find((b) => b.getAttribute('type') !== 'button')!
    await user.click(confirm)
    expect(onConfirm).toHaveBeenLastCalledWith(3)
    expect(await screen.findByText(/already started/)).toBeInTheDocument()
    await user.click(confirm)
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
  })
})
