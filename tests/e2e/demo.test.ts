import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startWeb } from '../main/support/processes'
import { tempDir } from '../main/support/temp'
import {
  launchChromium,
  newPage,
  screenshot,
  seriousAxeViolations,
  watchPage
} from './support/browser'

describe('the demo store in Chromium', () => {
  it('opens straight to work: the queue and an audit in progress, readable at 1366x768', async () => {
    const web = await startWeb(['--demo', '--db', join(tempDir(), 'demo.sqlite')])
    expect(web.output()).toContain('Seeded demo data')
    const browser = await launchChromium()
    const page = await newPage(browser)
    const watch = watchPage(page)
    await page.goto(web.url)

    await page.getByRole('button', { name: 'My audits' }).click()
    await page.getByRole('button', { name: /^Demo audit/ }).click()
    await page.getByRole('heading', { level: 1, name: /^Demo audit/ }).waitFor()
    await page
      .getByText(/5 of \d+ submitted/)
      .first()
      .waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'demo-queue')

    // Resume the audit in progress: the stepper opens where Alex left off.
    await page.getByRole('button', { name: /^Resume / }).click()
    await page.locator('.criterion-card__title').first().waitFor()
    await page.locator('.plan-action').first().waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'demo-stepper')

    // On the demo plans the analyser marks the actions and its prompts lead to them: go through
    // the queue until a plan has a prompt naming an action (most demo plans have several).
    await page.locator('.plan-action').first().waitFor()
    const steps = page.getByRole('navigation', { name: 'Steps of this audit' })
    let followed = false
    for (let opened = 0; opened < 8 && !followed; opened += 1) {
      for (const criterion of ['Timescales', 'Robustness', 'Outcome focus']) {
        await steps.getByRole('button', { name: new RegExp(criterion) }).click()
        const link = page.locator('.analyser-prompt__actions button').first()
        if ((await link.count()) === 0) continue
        await link.click()
        expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain(
          'plan-action'
        )
        followed = true
        break
      }
      if (!followed) await page.getByRole('button', { name: /^(Next case|Back to queue)$/ }).click()
    }
    expect(followed).toBe(true)

    // No text is clipped out of sight sideways in either pane.
    const overflowing = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.plan-panel__text, .rubric')].filter(
          (element) => element.scrollWidth > element.clientWidth + 1
        ).length
    )
    expect(overflowing).toBe(0)

    // A long screen scrolls in its main area: the window itself never scrolls the rail away,
    // hidden captions and labels of long tables included.
    await page.getByRole('navigation').getByRole('button', { name: 'Cases', exact: true }).click()
    await page
      .getByRole('button', { name: /^Details of / })
      .first()
      .click()
    const heights = await page.evaluate(() => ({
      window: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
      main: document.querySelector('main')!.scrollHeight
    }))
    expect(heights.main).toBeGreaterThan(heights.viewport)
    expect(heights.window).toBe(heights.viewport)
    expect(watch.errors).toEqual([])
  })
})
