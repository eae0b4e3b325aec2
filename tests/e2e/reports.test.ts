import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { SCORE_COLUMNS } from '../../electron/services/export/columns'
import { startWeb } from '../main/support/processes'
import { tempDir } from '../main/support/temp'
import {
  launchChromium,
  newPage,
  screenshot,
  SCREENSHOTS,
  seriousAxeViolations,
  watchPage
} from './support/browser'

describe('the reports dashboard in Chromium', () => {
  it('filters every panel, downloads a scores CSV with the documented columns, and prints', async () => {
    const dir = tempDir()
    const web = await startWeb(['--demo', '--db', join(dir, 'demo.sqlite')])
    const browser = await launchChromium()
    const page = await newPage(browser)
    const watch = watchPage(page)
    await page.goto(web.url)

    await page.getByRole('button', { name: 'Reports' }).click()
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor()
    await page.getByRole('heading', { name: 'Grades by criterion' }).waitFor()
    const audited = page.locator('.report-figures__item', { hasText: 'Audited plans' })
    await expect.poll(() => audited.locator('dd').textContent()).toBe('7')
    await page.getByRole('table', { name: /The analyser’s reading/ }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'reports-dashboard', { scrollTo: 'top' })

    // A team filter narrows every panel: the key figures, the team table, the trend.
    await page.getByRole('combobox', { name: 'Team' }).selectOption('Assessment South')
    await expect.poll(() => audited.locator('dd').textContent()).toBe('3')
    const teamRows = page
      .getByRole('table', { name: 'Good or better, by team' })
      .locator('tbody tr')
    await expect.poll(() => teamRows.count()).toBe(1)
    await screenshot(page, 'reports-dashboard-filtered', { scrollTo: '#report-teams' })

    // Scores CSV, as a browser download, with the same filter.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scores', exact: true }).click()
    ])
    const file = join(dir, download.suggestedFilename())
    await download.saveAs(file)
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[]
    expect(Object.keys(records[0] ?? {})).toEqual(SCORE_COLUMNS.map((column) => column.name))
    expect(records.length).toBe(3 * 5)
    expect(new Set(records.map((row) => row.team))).toEqual(new Set(['Assessment South']))
    for (const row of records) {
      expect(['primary', 'moderation', 'agreed']).toContain(row.audit_role)
      expect(row.grade_value === '' || /^[1-4]$/.test(row.grade_value ?? '')).toBe(true)
    }

    // The printable report of the cycle, as the print stylesheet lays it out.
    await page.getByRole('combobox', { name: 'Cycle' }).selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Printable report' }).click()
    await page.getByRole('heading', { name: 'Key themes' }).waitFor()
    await page.getByRole('heading', { name: 'List of actions' }).waitFor()
    await page
      .getByLabel(/Your summary of the key themes/)
      .fill('Timescales are the weakest area: actions too often say "ongoing".')
    await page.getByLabel(/Your summary of the key themes/).blur()
    await page.getByText(/^Saved /).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'report-print-screen', { scrollTo: 'top' })
    await page.emulateMedia({ media: 'print' })
    await screenshot(page, 'report-print-view', { scrollTo: 'top' })
    await page.evaluate(() => {
      const main = document.querySelector('main')
      main?.scrollTo(0, 0)
      window.scrollTo(0, 0)
    })
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    writeFileSync(join(SCREENSHOTS, 'report-print.pdf'), pdf)
    await page.emulateMedia({ media: 'screen' })

    expect(watch.errors).toEqual([])
    expect(
      watch.requests.every((url) => url.startsWith(web.origin) || url.startsWith('data:'))
    ).toBe(true)
  })
})
