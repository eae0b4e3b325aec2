import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupStore, openStore } from '../../electron/store'
import { startWeb } from '../main/support/processes'
import { tempDir } from '../main/support/temp'
import {
  launchChromium,
  newPage,
  screenshot,
  seriousAxeViolations,
  watchPage
} from './support/browser'

describe('browser mode in Chromium', () => {
  it('takes a new auditor through first run to the home screen, accessibly and without leaving 127.0.0.1', async () => {
    const web = await startWeb(['--port', '0', '--db', join(tempDir(), 'e2e.sqlite')])
    const browser = await launchChromium()
    const page = await newPage(browser)
    const watch = watchPage(page)

    await page.goto(web.url)
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor()
    // The token has been taken out of the address bar.
    expect(page.url()).toBe(`${web.origin}/`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'first-run')

    // Keyboard only: Tab into the name, type, Tab past the role, Enter.
    await page.keyboard.press('Tab')
    await page.keyboard.type('Priya Shah')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')

    await page.getByRole('heading', { level: 1, name: 'Audit cycles' }).waitFor()
    await expectVisibleText(page, 'No audit cycles yet')
    await expectVisibleText(page, 'Priya Shah')
    await expectVisibleText(page, 'Store healthy')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'home')

    // A reload keeps the tab's token and the auditor.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Audit cycles' }).waitFor()

    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'settings')

    expect(watch.errors).toEqual([])
    const hosts = new Set(watch.requests.map((url) => new URL(url).hostname))
    expect([...hosts]).toEqual(['127.0.0.1'])
  })

  it('shows the store problem screen, naming the file, and restores a backup after a confirmation', async () => {
    const { readFileSync, writeFileSync, readdirSync } = await import('node:fs')
    const dir = tempDir()
    const path = join(dir, 'damaged.sqlite')
    // A store with an auditor and a backup of it; then the store's pages are overwritten.
    const db = await openStore(path)
    db.prepare(
      "INSERT INTO auditors (name, role, created_at) VALUES ('Ann Lee', 'qa_officer', 'now')"
    ).run()
    db.prepare("INSERT INTO settings (key, value) VALUES ('current_auditor_id', '1')").run()
    await backupStore(db, path, 'manual')
    db.close()
    const bytes = readFileSync(path)
    bytes.fill(7, 4096)
    writeFileSync(path, bytes)

    const web = await startWeb(['--db', path])
    const browser = await launchChromium()
    const page = await newPage(browser)
    await page.goto(web.url)
    await page.getByRole('heading', { level: 1, name: 'The audit store is damaged' }).waitFor()
    await expectVisibleText(page, path)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'store-damaged')

    await page.getByRole('button', { name: /^Restore/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    // The safe choice has the focus; restoring needs a deliberate second click.
    await dialog.getByRole('button', { name: 'Restore this backup' }).click()
    await page.getByRole('heading', { level: 1, name: 'Audit cycles' }).waitFor()
    await expectVisibleText(page, 'Ann Lee')
    expect(readdirSync(dir).some((name) => name.startsWith('damaged.sqlite.replaced-'))).toBe(true)
  })
})

async function expectVisibleText(
  page: import('playwright-core').Page,
  text: string
): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible' })
}
