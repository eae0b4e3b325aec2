import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportRecord, StagedImport } from '../../shared/contract'
import { Cases } from '../../renderer/src/screens/Cases'
import { bridgeToRealHandlers } from './support/bridge'
import type { Bridge } from './support/bridge'

let bridge: Bridge

beforeEach(async () => {
  bridge = await bridgeToRealHandlers()
  await window.api!.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' })
})

afterEach(() => {
  cleanup()
  bridge.dispose()
})

async function importSkipping(fileName: string, lines: string[]): Promise<void> {
  const contentBase64 = Buffer.from(lines.join('\r\n') + '\r\n').toString('base64')
  const staged = await window.api!.call('imports:stage', { file: { fileName, contentBase64 } })
  const { stagingId, mapping } = (staged as { ok: true; value: StagedImport }).value
  const result = await window.api!.call('imports:commit', { stagingId, mapping, skipInvalid: true })
  expect(result.ok).toBe(true)
}

describe('the import history', () => {
  it('opens an import to show its fingerprint, the columns used and the rows skipped', async () => {
    await importSkipping('october.csv', [
      'Case Ref,Team,Plan Type,Allocated Worker',
      'R-1,North Team,CP,Sam Jones',
      'R-2,North Team,Section 47,Sam Jones',
      'R-3,,CIN,Sam Jones',
      'R-4,South Team,CIN,Kay Obi'
    ])
    const [record] = (
      (await window.api!.call('imports:history')) as { ok: true; value: ImportRecord[] }
    ).value
    const user = userEvent.setup()
    render(<Cases />)
    const details = await screen.findByRole('button', { name: 'Details of october.csv' })
    expect(details.getAttribute('aria-expanded')).toBe('false')
    await user.click(details)
    expect(details.getAttribute('aria-expanded')).toBe('true')
    const shown = document.getElementById(details.getAttribute('aria-controls')!)!
    const facts = within(shown)
    expect(facts.getByText(record!.sha256)).toBeTruthy()
    expect(facts.getByText('Case reference: “Case Ref”')).toBeTruthy()
    expect(facts.getByText('Social worker: “Allocated Worker”')).toBeTruthy()
    expect(
      facts.getByText('Rows 3, 4 of the file, for their problems. Nothing from them was imported.')
    ).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Hide details of october.csv' }))
    expect(document.getElementById(shown.id)).toBeNull()
  })
})
