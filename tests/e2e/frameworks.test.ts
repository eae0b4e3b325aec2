import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../main/support/temp'
import { screenshot, seriousAxeViolations, signedInOnNewStore } from './support/browser'

interface FrameworkFile {
  title: string
  version: number
  criteria: { key: string; descriptors: Record<string, string> }[]
}

async function see(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible' })
}

describe('frameworks in Chromium', () => {
  it('views, exports, imports a changed copy, and edits a locked framework into a new version', async () => {
    const dir = tempDir()
    const { page, watch } = await signedInOnNewStore(dir)

    // The list, with the default framework installed.
    await page.getByRole('button', { name: 'Frameworks' }).click()
    await page.getByRole('heading', { level: 1, name: 'Frameworks' }).waitFor()
    const row = page.getByRole('row', { name: /Quality of children's plans/ })
    await row.waitFor()
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('Not used yet')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'frameworks-list')

    // The whole rubric, readable.
    await row.getByRole('button', { name: /^View/ }).click()
    await page.getByRole('heading', { level: 1, name: "Quality of children's plans" }).waitFor()
    await page.getByRole('heading', { level: 2, name: '2. Timescales' }).waitFor()
    await see(page, 'Limits the overall judgement')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'framework-detail', { scrollTo: 'top' })
    await screenshot(page, 'framework-detail-criterion', { scrollTo: '#criterion-timescales' })

    // Export: a real browser download of the JSON.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click()
    ])
    expect(download.suggestedFilename()).toBe('care-plan-quality-v1.json')
    const exported = join(dir, 'exported.json')
    await download.saveAs(exported)
    const file = JSON.parse(readFileSync(exported, 'utf8')) as FrameworkFile
    expect(file).toMatchObject({ version: 1, title: "Quality of children's plans" })

    // Import a modified copy: it becomes version 2, whatever version the file says.
    file.title = 'Quality of plans (local standard)'
    file.criteria[0]!.descriptors['2'] =
      'Outcomes are mostly services; the change for the child is implied.'
    const changed = join(dir, 'local-standard.json')
    writeFileSync(changed, JSON.stringify(file, null, 2))
    await page.getByRole('button', { name: 'Frameworks' }).click()
    await page.getByLabel('Framework file (.json)').setInputFiles(changed)
    await see(
      page,
      'Imported "Quality of plans (local standard)" as version 2 of care-plan-quality'
    )

    // An invalid file is refused with each problem and its place.
    const broken = { ...file, criteria: [{ ...file.criteria[1]!, weighting: 2 }] }
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken))
    await page.getByLabel('Framework file (.json)').setInputFiles(join(dir, 'broken.json'))
    await see(page, 'broken.json was not imported')
    await see(page, 'Criterion 1 (timescales): Unknown property "weighting"')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'frameworks-import-refused', { scrollTo: '.framework-import' })

    // A cycle uses the latest version and locks it.
    await page.getByRole('button', { name: 'Cycles' }).click()
    await page.getByRole('button', { name: 'New cycle' }).click()
    await page.getByLabel('Name').fill('Spring 2027')
    expect(await page.getByLabel('Framework').inputValue()).toBe('care-plan-quality')
    await screenshot(page, 'new-cycle-framework')
    await page.getByRole('button', { name: 'Create cycle' }).click()
    await page.getByRole('heading', { level: 1, name: 'Spring 2027' }).waitFor()
    await see(page, 'Quality of plans (local standard) (version 2)')

    // Edit a descriptor of the locked version: saving makes version 3.
    await page.getByRole('button', { name: 'Frameworks' }).click()
    const latest = page.getByRole('row', { name: /Quality of plans \(local standard\), version 2/ })
    await latest.getByRole('cell', { name: 'Locked: in use by 1 cycle' }).waitFor()
    await latest.getByRole('button', { name: /^View/ }).click()
    await page.getByRole('button', { name: 'Edit' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Edit Quality of plans (local standard)' })
      .waitFor()
    await see(page, 'Saving makes version 3')
    const timescales = page.getByRole('group', { name: 'Criterion 2: Timescales' })
    await timescales
      .getByLabel('Inadequate', { exact: true })
      .fill('No action has a timescale anyone could check.')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'framework-editor', { scrollTo: 'top' })
    // Leaving with the change unsaved asks first, with the safe answer focused; Escape stays.
    await page.getByRole('button', { name: 'Reports' }).click()
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' })
    await leave.waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep editing')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'framework-editor-leave')
    await page.keyboard.press('Escape')
    await leave.waitFor({ state: 'detached' })
    expect(await timescales.getByLabel('Inadequate', { exact: true }).inputValue()).toBe(
      'No action has a timescale anyone could check.'
    )
    await page.evaluate(() => document.getElementById('fw-criteria-1')?.scrollIntoView())
    await screenshot(page, 'framework-editor-criterion')
    await page.evaluate(() => document.getElementById('fw-criteria-1-prompts')?.scrollIntoView())
    await screenshot(page, 'framework-editor-prompts')

    // Problems are listed at the top and linked to their fields.
    const title = page.locator('#fw-overall-title')
    await title.fill('')
    await page.getByRole('button', { name: 'Save as version 3' }).click()
    await see(page, 'There is a problem')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'framework-editor-problem', { scrollTo: 'top' })
    await page
      .getByRole('link', { name: 'Overall judgement, title: Enter the overall title' })
      .click()
    expect(await title.evaluate((element) => element === document.activeElement)).toBe(true)
    await title.fill('Overall quality of the plan')

    await page.getByRole('button', { name: 'Save as version 3' }).click()
    await see(page, 'Saved as version 3. Version 2 is used by a cycle and stays as it was.')
    await see(page, '3 (latest)')
    await see(page, 'No action has a timescale anyone could check.')

    expect(watch.errors).toEqual([])
    expect([...new Set(watch.requests.map((url) => new URL(url).hostname))]).toEqual(['127.0.0.1'])
  })
})
