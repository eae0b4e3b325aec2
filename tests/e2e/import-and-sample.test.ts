import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { makeDocx } from '../main/plans/support/documents'
import { tempDir } from '../main/support/temp'
import { screenshot, seriousAxeViolations, signedInOnNewStore } from './support/browser'

const TEAMS = ['North Team', 'South Team', 'East Team', 'Children in Care']
const PLAN_TYPES = ['Child Protection', 'CIN', 'Looked After', 'Early Help']

/** A case list as Mosaic might export it: 48 cases over four teams and four plan types. */
function caseListCsv(): string {
  const lines = ['Case Ref,Child Name,Team,Allocated Worker,Plan Type,Plan Start Date,Case Status']
  for (let i = 1; i <= 48; i += 1) {
    const team = TEAMS[i % TEAMS.length]
    const planType = PLAN_TYPES[Math.floor(i / 4) % PLAN_TYPES.length]
    const day = String((i % 28) + 1).padStart(2, '0')
    lines.push(
      `CR-${1000 + i},Child ${i},${team},Worker ${i % 7},${planType},${day}/03/2026,${i % 12 === 0 ? 'Closed' : 'Open'}`
    )
  }
  return lines.join('\r\n') + '\r\n'
}

async function see(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible' })
}

/** What a screen reader would call the focused element: its label, or its own text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null
    if (!element) return ''
    const label = element.labels?.[0]?.textContent ?? element.getAttribute('aria-label')
    return (label ?? element.textContent ?? '').replace(/\s+/g, ' ').trim()
  })
}

/**
 * Presses Tab until the focused element's name matches, as a keyboard user moves through a
 * screen; fails if it is not reached within a screenful of stops.
 */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text))
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab')
    if (matches(await focusedName(page))) return
  }
  throw new Error(`Tab never reached "${String(name)}"`)
}

/** Tabs to a control and presses a key on it: Enter unless told otherwise. */
async function activate(page: Page, name: string | RegExp, key = 'Enter'): Promise<void> {
  await tabTo(page, name)
  await page.keyboard.press(key)
}

/** Tabs to a file input and picks the file in the picker that Space opens, as an officer would. */
async function chooseByKeyboard(page: Page, name: string | RegExp, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    activate(page, name, 'Space')
  ])
  await chooser.setFiles(path)
}

describe('importing a case list, attaching a plan and drawing a sample in Chromium', () => {
  it('imports a CSV through the screens, attaches a .docx plan, draws a stratified sample and lists it', async () => {
    const dir = tempDir()
    const csv = join(dir, 'mosaic-export.csv')
    writeFileSync(csv, caseListCsv())
    const docx = join(dir, 'CR-1005 child plan.docx')
    writeFileSync(
      docx,
      await makeDocx([
        { heading: 'Child in need plan' },
        {
          table: [
            ['Action', 'Who', 'By when'],
            ['Mum to attend the Freedom Programme', 'Mum', '30/06/2026']
          ]
        }
      ])
    )

    const unnamed = join(dir, 'Family plan (final).docx')
    writeFileSync(unnamed, await makeDocx([{ heading: 'Child in need plan' }]))

    const { page, watch } = await signedInOnNewStore(dir)

    // Import the case list.
    await page.getByRole('button', { name: 'Cases' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor()
    await page.getByRole('button', { name: 'Import case list' }).click()
    await page.getByLabel('Case list file').setInputFiles(csv)
    await page.getByRole('heading', { level: 1, name: 'Import a case list' }).waitFor()
    await see(page, 'Match each field to a column')
    // The guessed mapping picked the obvious columns; the child's name is not among them.
    expect(await page.getByLabel('Case reference').inputValue()).toBe('Case Ref')
    expect(await page.getByLabel('Plan type').inputValue()).toBe('Plan Type')
    expect(await page.getByLabel('Team', { exact: true }).inputValue()).toBe('Team')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'import-mapping')

    await page.getByRole('button', { name: 'Check the file' }).click()
    await see(page, 'What will happen')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      '3 Check and import'
    )
    await see(page, 'Child Name')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'import-preview')
    await page.getByRole('button', { name: /Import 48 rows/ }).click()
    await see(page, 'Case list imported.')
    // Each step's buttons go with it, so the new current step takes focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current')))
      .toBe('step')
    await see(page, '48 new cases')
    await page.getByRole('button', { name: 'View cases' }).click()
    await see(page, '48 cases')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'cases')

    // Attach a Word plan, matched by the case reference in its file name.
    await page.getByRole('button', { name: 'Plans' }).click()
    await page.getByLabel('Choose plan files').setInputFiles([docx, unnamed])
    await see(page, '1 file matched to cases, 1 not matched')
    await expect(page.getByRole('cell', { name: 'CR-1005' })).toBeTruthy()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'plans-attached')
    // The file whose name gives no case is attached to the case the officer types.
    await page.getByLabel('Case reference for Family plan (final).docx').fill('cr-1006')
    await page.keyboard.press('Enter')
    await see(page, '2 files matched to cases.')
    await expect(page.getByRole('cell', { name: 'CR-1006' })).toBeTruthy()

    // The case shows its plan as extracted from the Word file, and takes a plan date.
    await page.getByRole('button', { name: 'Cases' }).click()
    await page.getByRole('button', { name: 'CR-1005', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'CR-1005' }).waitFor()
    await see(page, 'Mum to attend the Freedom Programme')
    await page.getByLabel('Plan date').fill('6/4/26')
    await see(page, 'Monday 6 April 2026')
    await page.getByRole('button', { name: 'Save the plan date' }).click()
    await see(page, 'Plan date saved: 6 Apr 2026.')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'case-detail')

    // Create a cycle and draw a stratified sample.
    await page.getByRole('button', { name: 'Cycles' }).click()
    await page.getByRole('button', { name: 'New cycle' }).click()
    await page.getByLabel('Name').fill('Q1 2027 plans audit')
    // Dates are typed day first, whatever the browser's language, and read back in words.
    await page.getByLabel('Period from (optional)').fill('1/1/27')
    await see(page, 'Friday 1 January 2027')
    await page.getByLabel('Period to (optional)').fill('03/31/2027')
    await page.getByRole('button', { name: 'Create cycle' }).click()
    await see(page, 'Period to looks like a month-first (US) date')
    await page.getByLabel('Period to (optional)').fill('31/03/2027')
    await see(page, 'Wednesday 31 March 2027')
    await page.getByRole('button', { name: 'Create cycle' }).click()
    await page.getByRole('heading', { level: 1, name: 'Q1 2027 plans audit' }).waitFor()
    await see(page, '1 Jan 2027 to 31 Mar 2027')
    await page.getByLabel('Number of cases', { exact: true }).fill('12')
    await page.getByLabel('Seed (optional)').fill('E2E-SEED')
    await page.getByRole('button', { name: 'Preview the sample' }).click()
    await see(page, 'Preview: 12 cases (seed E2E-SEED)')
    // 44 eligible cases in 16 groups: 12 cannot give every group one, and the screen says so.
    await see(
      page,
      '12 cases cannot cover all 16 groups, so the smallest shares have none: North Team, Child in need; North Team, Child protection; North Team, Child looked after; North Team, Early help. To include every group, draw at least 16 cases, or spread the sample by team or by plan type alone.'
    )
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'sample-preview', { scrollTo: '.preview-panel .form__actions' })
    await page.getByRole('button', { name: 'Save this sample' }).click()
    await see(page, 'Sample: 12 cases')
    // The Save button has gone with the preview: focus lands on the saved sample's heading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Sample: 12 cases')
    const rows = page.locator('table:has(caption:text("Sampled cases")) tbody tr')
    expect(await rows.count()).toBe(12)
    // The list goes to team managers as a CSV named after the cycle and its seed.
    const [sampleList] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the list as CSV' }).click()
    ])
    expect(sampleList.suggestedFilename()).toBe('Q1 2027 plans audit - sample (seed E2E-SEED).csv')
    const listed = parse(readFileSync((await sampleList.path())!, 'utf8'), {
      bom: true,
      columns: true
    }) as Record<string, string>[]
    expect(listed.map((record) => record['Case reference'])).toEqual(
      await rows.locator('th').allTextContents()
    )
    expect(new Set(listed.map((record) => record['How chosen']))).toEqual(new Set(['Random']))
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'sample', { scrollTo: 'top' })

    // The cycle is listed with its sample.
    await page.getByRole('button', { name: 'Cycles' }).click()
    const cycleRow = page.getByRole('row', { name: /Q1 2027 plans audit/ })
    await cycleRow.waitFor()
    expect(await cycleRow.getByRole('cell').allTextContents()).toEqual([
      "Quality of children's plans (version 1)",
      '1 Jan 2027 to 31 Mar 2027',
      '12',
      '0',
      '0'
    ])

    expect(watch.errors).toEqual([])
    expect([...new Set(watch.requests.map((url) => new URL(url).hostname))]).toEqual(['127.0.0.1'])
  })

  it('imports a case list, attaches plans and draws a stratified sample by keyboard alone', async () => {
    const dir = tempDir()
    const csv = join(dir, 'mosaic-export.csv')
    writeFileSync(csv, caseListCsv())
    const plan = join(dir, 'Plan for the family.docx')
    writeFileSync(plan, await makeDocx([{ heading: 'Child in need plan' }]))
    const { page, watch } = await signedInOnNewStore(dir)

    await activate(page, 'Cases')
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor()
    await activate(page, 'Import case list')
    await page.getByRole('heading', { level: 1, name: 'Import a case list' }).waitFor()
    await chooseByKeyboard(page, /^Case list file/, csv)
    await see(page, 'Match each field to a column')
    await activate(page, 'Check the file')
    await see(page, 'What will happen')
    await activate(page, 'Import 48 rows')
    await see(page, 'Case list imported.')

    // A plan whose file name gives no case is attached to the case typed for it.
    await activate(page, 'Plans')
    await chooseByKeyboard(page, /^Choose plan files/, plan)
    await see(page, '0 files matched to cases, 1 not matched')
    // Focus goes to the result, just before the file to attach by hand.
    await expect.poll(() => focusedName(page)).toBe('Result')
    await tabTo(page, 'Case reference for Plan for the family.docx')
    await page.keyboard.type('CR-1010')
    await page.keyboard.press('Enter')
    await see(page, '1 file matched to cases.')

    await activate(page, 'Cycles')
    await activate(page, 'New cycle')
    await tabTo(page, 'Name')
    await page.keyboard.type('Keyboard audit')
    await activate(page, 'Create cycle')
    await page.getByRole('heading', { level: 1, name: 'Keyboard audit' }).waitFor()
    await tabTo(page, 'Number of cases')
    await page.keyboard.type('16')
    await tabTo(page, /^Seed/)
    await page.keyboard.type('KEYS')
    await activate(page, 'Preview the sample')
    await see(page, 'Preview: 16 cases (seed KEYS)')
    await activate(page, 'Save this sample')
    await see(page, 'Sample: 16 cases')
    const rows = page.locator('table:has(caption:text("Sampled cases")) tbody tr')
    expect(await rows.count()).toBe(16)
    expect(watch.errors).toEqual([])
  })

  it('saves every problem of a file as CSV, and imports the other rows only when asked', async () => {
    const dir = tempDir()
    // 260 rows with a problem (more than the screen lists) between 40 good ones; some bad cells
    // would be formulas if a spreadsheet took them as such.
    const lines = ['Case Ref,Team,Plan Type,Plan Start Date']
    for (let i = 1; i <= 300; i += 1) {
      const date = i % 15 === 0 ? '01/02/2026' : i % 2 === 0 ? '03/31/2026' : '=HYPERLINK("x")'
      lines.push(`Q-${i},North Team,CP,"${date.replace(/"/g, '""')}"`)
    }
    const csv = join(dir, 'Weekly export.csv')
    writeFileSync(csv, lines.join('\r\n') + '\r\n')
    const allBad = join(dir, 'all bad.csv')
    writeFileSync(allBad, 'Case Ref,Team,Plan Type\r\nZ-1,North Team,Section 47\r\n')

    const { page, watch } = await signedInOnNewStore(dir)
    await page.getByRole('button', { name: 'Cases' }).click()
    await page.getByRole('button', { name: 'Import case list' }).click()
    await page.getByLabel('Case list file').setInputFiles(csv)
    await page.getByRole('button', { name: 'Check the file' }).click()
    await see(page, '280 problems in 280 rows')
    await see(page, 'Showing the first 200 of 280 problems.')
    const problemsTable = page.getByRole('region', { name: 'Problems to fix' })
    expect(await problemsTable.locator('tbody tr').count()).toBe(200)
    // Nothing is imported while rows have problems, unless the officer says to skip them.
    expect(await page.getByRole('button', { name: 'Import 300 rows' }).isDisabled()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'import-problems', { scrollTo: '.table-scroll' })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save all 280 problems as CSV' }).click()
    ])
    expect(download.suggestedFilename()).toBe('Weekly export - problems.csv')
    const saved = readFileSync((await download.path())!, 'utf8')
    expect(saved.startsWith('\uFEFF')).toBe(true)
    const records = parse(saved, { bom: true, columns: true }) as Record<string, string>[]
    expect(records).toHaveLength(280)
    expect(records[0]).toEqual({
      Row: '2',
      Column: 'Plan Start Date',
      Value: `'=HYPERLINK("x")`,
      Problem:
        'Plan start date "=HYPERLINK("x")" is not a date we can read; dates must be day first, like 31/01/2026'
    })
    expect(records.at(-1)).toMatchObject({ Row: '300', Value: `'=HYPERLINK("x")` })
    expect(records.at(-2)).toMatchObject({ Row: '299', Value: '03/31/2026' })
    expect(records.some((record) => record.Row === '16')).toBe(false)

    await page.getByLabel('Skip the 280 rows with problems and import the other 20').check()
    await page.getByRole('button', { name: 'Import 20 rows' }).click()
    await see(page, '20 new cases')
    await see(page, '280 rows skipped')

    // A file in which no row can be imported offers no import at all.
    await page.getByRole('button', { name: 'Import another file' }).click()
    await page.getByLabel('Case list file').setInputFiles(allBad)
    await page.getByRole('button', { name: 'Check the file' }).click()
    await see(page, 'Every row has a problem, so nothing can be imported until the file is fixed.')
    expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0)

    expect(watch.errors).toEqual([])
  })
})
