import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CaseImport } from '../../renderer/src/screens/CaseImport'
import { useCaseImport } from '../../renderer/src/state/caseImport'
import { useNavigation } from '../../renderer/src/state/navigation'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
})

afterEach(async () => {
  cleanup()
  await useCaseImport.getState().reset()
  useNavigation.setState({ route: { screen: 'import' }, guard: null, pending: null })
  bridge.dispose()
})

function csv(name: string, lines: string[]): File {
  return new File([lines.join('\r\n') + '\r\n'], name, { type: 'text/csv' })
}

describe('the import screen', () => {
  it('says which row the headings were found on, and numbers problems from the file', async () => {
    const user = userEvent.setup()
    render(<CaseImport />)
    await user.upload(
      screen.getByLabelText('Case list file'),
      csv('report.csv', [
        'Open cases as at 20/11/2026,,',
        ',,',
        'Case Ref,Team,Plan Type',
        'R-1,North Team,CP',
        'R-2,North Team,Section 47'
      ])
    )
    expect(
      await screen.findByText('Row 3; the 2 rows above (a title or blank lines) are not imported')
    ).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Check the file' }))
    expect(await screen.findByText(/the headings are row 3/)).toBeTruthy()
    const problem = screen.getByRole('region', { name: 'Problems to fix' })
    expect(problem.querySelector('tbody td')?.textContent).toBe('5')
    expect(screen.getByRole('button', { name: 'Save the problem as CSV' })).toBeTruthy()
  })

  it('says nothing of headings when they are the first row', async () => {
    const user = userEvent.setup()
    render(<CaseImport />)
    await user.upload(
      screen.getByLabelText('Case list file'),
      csv('plain.csv', ['Case Ref,Team,Plan Type', 'R-1,North Team,CP'])
    )
    await screen.findByText('plain.csv')
    expect(screen.queryByText('Headings')).toBeNull()
  })

  it('shows what an updated list changes, field by field, before anything is imported', async () => {
    bridge.context
      .store!.prepare(
        `INSERT INTO cases (case_ref, plan_type, team, status, created_at, updated_at)
         VALUES ('R-1', 'CP', 'North Team', 'open', '2026-01-01', '2026-01-01')`
      )
      .run()
    const user = userEvent.setup()
    render(<CaseImport />)
    await user.upload(
      screen.getByLabelText('Case list file'),
      csv('may.csv', ['Case Ref,Team,Plan Type,Case Status', 'R-1,Kestrel Locality,CIN,Closed'])
    )
    await user.click(await screen.findByRole('button', { name: 'Check the file' }))
    const table = await screen.findByRole('table', { name: 'Fields the updated cases change' })
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => row.textContent)
    expect(rows).toEqual([
      'Plan type1R-1: Child protection → Child in need',
      'Team1R-1: North Team → Kestrel Locality',
      'Status (open or closed)1R-1: Open → Closed'
    ])
  })
})

describe('leaving the import', () => {
  const stagedFiles = () => bridge.context.staging.files.size

  it('asks before forgetting a file that is read but not imported, and not once it is imported', async () => {
    const user = userEvent.setup()
    render(<CaseImport />)
    await user.upload(
      screen.getByLabelText('Case list file'),
      csv('june.csv', ['Case Ref,Team,Plan Type', 'R-1,North Team,CP'])
    )
    await screen.findByRole('button', { name: 'Check the file' })
    useNavigation.getState().go({ screen: 'cases' })
    expect(useNavigation.getState().pending?.question).toMatchObject({
      title: 'Leave without importing?',
      description: expect.stringContaining('june.csv has not been imported')
    })
    expect(useNavigation.getState().route).toEqual({ screen: 'import' })
    useNavigation.getState().stay()

    await user.click(screen.getByRole('button', { name: 'Check the file' }))
    await user.click(await screen.findByRole('button', { name: 'Import 1 row' }))
    await screen.findByRole('button', { name: 'View cases' })
    useNavigation.getState().go({ screen: 'cases' })
    expect(useNavigation.getState().pending).toBeNull()
    expect(useNavigation.getState().route).toEqual({ screen: 'cases' })
  })

  it('forgets the file on leaving, and a check answered after that changes nothing', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<CaseImport />)
    await user.upload(
      screen.getByLabelText('Case list file'),
      csv('july.csv', ['Case Ref,Team,Plan Type', 'R-1,North Team,CP'])
    )
    await screen.findByRole('button', { name: 'Check the file' })
    expect(stagedFiles()).toBe(1)
    const checking = useCaseImport.getState().runPreview()
    unmount()
    await checking
    expect(useCaseImport.getState()).toMatchObject({ step: 'choose', staged: null, preview: null })
    expect(stagedFiles()).toBe(0)
  })
})
