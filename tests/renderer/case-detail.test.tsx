import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CaseDetail } from '../../renderer/src/screens/CaseDetail'
import { useNavigation } from '../../renderer/src/state/navigation'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge
let caseId: number

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
  caseId = Number(
    bridge.context
      .store!.prepare(
        `INSERT INTO cases (case_ref, plan_type, team, social_worker, status, created_at, updated_at)
         VALUES ('CIN-77', 'CIN', 'South Team', 'Ali Khan', 'open', '2026-01-01', '2026-01-01')`
      )
      .run().lastInsertRowid
  )
  await window.api!.call('plans:paste', { caseId, text: 'First plan.\nSW to visit weekly.' })
  await window.api!.call('plans:paste', {
    caseId,
    text: 'Second plan.\nReferral to CAMHS within 4 weeks.',
    planDate: '2026-03-02'
  })
})

afterEach(() => {
  cleanup()
  useNavigation.setState({ guard: null, pending: null })
  bridge.dispose()
})

const planDates = () =>
  bridge.context
    .store!.prepare('SELECT version, plan_date FROM plan_documents ORDER BY version')
    .all()

describe('a case, with its plan versions', () => {
  it('shows what the case list holds and the newest plan, and says what it does not hold', async () => {
    render(<CaseDetail caseId={caseId} />)
    expect(await screen.findByRole('heading', { level: 1, name: 'CIN-77' })).toBeTruthy()
    expect(screen.getByText('Ali Khan')).toBeTruthy()
    expect(screen.getAllByText('Not in the case list').length).toBeGreaterThan(0)
    const text = await screen.findByRole('region', { name: 'Text of version 2' })
    expect(text.textContent).toBe('Second plan.\nReferral to CAMHS within 4 weeks.')
    expect((screen.getByLabelText('Plan date') as HTMLInputElement).value).toBe('02/03/2026')
  })

  it('saves a plan date typed day first, and refuses a month-first one', async () => {
    const user = userEvent.setup()
    render(<CaseDetail caseId={caseId} />)
    await user.click(await screen.findByRole('button', { name: 'Show version 1' }))
    await screen.findByRole('region', { name: 'Text of version 1' })
    const date = screen.getByLabelText('Plan date')
    expect((date as HTMLInputElement).value).toBe('')
    await user.type(date, '03/31/2026')
    await user.click(screen.getByRole('button', { name: 'Save the plan date' }))
    expect(await screen.findByText(/looks like a month-first \(US\) date/)).toBeTruthy()
    expect(planDates()).toEqual([
      { version: 1, plan_date: null },
      { version: 2, plan_date: '2026-03-02' }
    ])

    await user.clear(date)
    await user.type(date, '1/2/26')
    expect(screen.getByText('Sunday 1 February 2026')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Save the plan date' }))
    expect(await screen.findByText('Plan date saved: 1 Feb 2026.')).toBeTruthy()
    expect(planDates()).toEqual([
      { version: 1, plan_date: '2026-02-01' },
      { version: 2, plan_date: '2026-03-02' }
    ])
    const row = screen.getAllByRole('row').find((tr) => tr.textContent?.startsWith('1'))!
    expect(within(row).getByText('1 Feb 2026')).toBeTruthy()
  })

  it('keeps a typed date while another version is shown, and asks before leaving it', async () => {
    const user = userEvent.setup()
    render(<CaseDetail caseId={caseId} />)
    const date = await screen.findByLabelText('Plan date')
    await user.clear(date)
    await user.type(date, '5/3/26')
    await user.click(screen.getByRole('button', { name: 'Show version 1' }))
    await screen.findByRole('region', { name: 'Text of version 1' })
    await user.click(screen.getByRole('button', { name: 'Show version 2' }))
    await screen.findByRole('region', { name: 'Text of version 2' })
    expect((screen.getByLabelText('Plan date') as HTMLInputElement).value).toBe('5/3/26')

    useNavigation.getState().go({ screen: 'cases' })
    expect(useNavigation.getState().pending?.question.title).toBe(
      'Leave without saving the plan date?'
    )
    expect(useNavigation.getState().route).not.toEqual({ screen: 'cases' })
  })
})
