import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startWeb } from '../main/support/processes'
import { tempDir } from '../main/support/temp'
import { storeWithSample } from './support/audit-store'
import {
  launchChromium,
  newPage,
  screenshot,
  seriousAxeViolations,
  watchPage
} from './support/browser'

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 40. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('the audit stepper in Chromium', () => {
  it('scores a whole plan by keyboard alone, adds an action, raises a safeguarding flag, submits, and finds it all after a reload', async () => {
    const { path } = await storeWithSample(tempDir())
    const web = await startWeb(['--db', path])
    const browser = await launchChromium()
    const page = await newPage(browser)
    const watch = watchPage(page)
    await page.goto(web.url)

    await page.getByRole('button', { name: 'My audits' }).click()
    await page.getByRole('button', { name: 'Spring CP audit' }).click()
    await page.getByRole('heading', { level: 1, name: 'Spring CP audit' }).waitFor()
    await screenshot(page, 'queue')
    await page.getByRole('button', { name: /^Start CP-200/ }).click()
    await page.getByRole('heading', { level: 2, name: 'Outcome focus' }).waitFor()
    // The Start button went with the queue: the audit's heading takes focus once it has loaded.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('audit-bar__case')
    expect(await seriousAxeViolations(page)).toEqual([])

    // The analyser's prompts sit beside the criterion; following one moves focus to the action.
    const prompt = page.locator('.analyser-prompt').first()
    await prompt.waitFor()
    const actionLink = prompt.locator('.analyser-prompt__actions button').first()
    const linkText = (await actionLink.textContent()) ?? ''
    await actionLink.focus()
    await page.keyboard.press('Enter')
    const focused = await page.evaluate(() => document.activeElement?.className ?? '')
    expect(focused).toContain('plan-action')
    expect(linkText).toMatch(/^Line \d+:/)
    await screenshot(page, 'stepper')

    // Criteria: a number key grades, J moves on. Timescales gets Requires improvement + evidence.
    await page.keyboard.press('Escape')
    await page.locator('.criterion-card__title').focus()
    await page.keyboard.press('3')
    await page.keyboard.press('j')
    await page.getByRole('heading', { level: 2, name: 'Timescales' }).waitFor()
    await page.keyboard.press('2')
    await tabTo(page, 'textarea')
    await page.keyboard.type(
      'Three of five actions have no date; the food bank referral is "ASAP".'
    )
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')
    await page.getByRole('heading', { level: 2, name: 'Robustness' }).waitFor()
    await page.keyboard.press('2')
    await tabTo(page, 'textarea')
    await page.keyboard.type('Two actions have no owner; progress is measured by attendance.')
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')
    await page.getByRole('heading', { level: 2, name: "Child's voice" }).waitFor()
    await page.keyboard.press('3')
    await page.keyboard.press('j')
    await page.getByRole('heading', { level: 2, name: 'Multi-agency contribution' }).waitFor()
    await page.keyboard.press('0')
    await page.keyboard.press('j')

    // Overall: capped at Requires improvement by the limiting criteria, and said so.
    await page.getByRole('heading', { level: 2, name: 'Overall judgement' }).waitFor()
    await expect(
      page.getByText('Overall cannot be better than Requires improvement').first().isVisible()
    ).resolves.toBe(true)
    await page.keyboard.press('3') // refused: above the cap
    await page.keyboard.press('2')
    await tabTo(page, 'textarea')
    await page.keyboard.type(
      'Not yet good: timescales and ownership are too weak to track change for J.'
    )
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')

    // An action arising, typed and added by keyboard.
    await page.getByRole('heading', { level: 2, name: 'Actions arising' }).waitFor()
    await tabTo(page, 'textarea')
    await page.keyboard.type('Add a date and an owner to every action')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Team manager')
    // Stepping away and back keeps what was typed; leaving the audit asks first.
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')
    await page.getByRole('heading', { level: 2, name: 'Safeguarding concern' }).waitFor()
    await page.getByRole('button', { name: 'My audits' }).click()
    const leave = page.getByRole('dialog', { name: 'Leave without adding the action?' })
    await leave.getByRole('button', { name: 'Stay and add it' }).click()
    await leave.waitFor({ state: 'detached' })
    await page.keyboard.press('k')
    await page.getByRole('heading', { level: 2, name: 'Actions arising' }).waitFor()
    expect(await page.locator('textarea').first().inputValue()).toBe(
      'Add a date and an owner to every action'
    )
    await tabTo(page, 'input[id$="-owner"]')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'Team manager'
    )
    await page.keyboard.press('Tab')
    await page.keyboard.type('30/4/26')
    await tabTo(page, 'button[type=submit]')
    await page.keyboard.press('Enter')
    await page.getByText('Add a date and an owner to every action').first().waitFor()
    await page.getByText('Team manager · by 30 Apr 2026').waitFor()
    // Once added, focus returns to an empty Action box, ready for the next one.
    await page.waitForFunction(() => {
      const box = document.activeElement as HTMLTextAreaElement | null
      return box?.tagName === 'TEXTAREA' && box.value === ''
    })
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')

    // A safeguarding concern with its escalation note.
    await page.getByRole('heading', { level: 2, name: 'Safeguarding concern' }).waitFor()
    await tabTo(page, 'input[type=checkbox]')
    await page.keyboard.press('Space')
    await tabTo(page, 'textarea')
    await page.keyboard.type(
      'Told team manager Sam Patel by phone on 3 June at 10:15; strategy discussion agreed.'
    )
    await page.keyboard.press('Escape')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Submit with Ctrl+Enter.
    await page.keyboard.press('Control+Enter')
    await page.getByRole('heading', { level: 2, name: 'Submitted' }).waitFor()
    await screenshot(page, 'stepper-submitted')

    // Everything is still there after a reload.
    await page.reload()
    await page.getByRole('button', { name: 'My audits' }).click()
    await page.getByRole('button', { name: 'Spring CP audit' }).click()
    const row = page.getByRole('row', { name: /Submitted/ })
    await row.waitFor()
    expect(await row.textContent()).toContain('Requires improvement')
    expect(await row.textContent()).toContain('Safeguarding')
    await row.getByRole('button').first().click()
    // Go to the last step by the step list: where the audit reopens is not what this checks.
    const steps = page.getByRole('navigation', { name: 'Steps of this audit' })
    await steps.getByRole('button', { name: /Check and submit/ }).click()
    await page.getByRole('heading', { level: 2, name: 'Submitted' }).waitFor()
    await steps.getByRole('button', { name: /Timescales/ }).click()
    await expect(page.getByLabel('Requires improvement').first().isChecked()).resolves.toBe(true)
    expect(await page.locator('textarea').first().inputValue()).toContain(
      'Three of five actions have no date'
    )
    await steps.getByRole('button', { name: /Overall judgement/ }).click()
    expect(await page.locator('textarea').first().inputValue()).toContain('Not yet good')
    await steps.getByRole('button', { name: /Actions arising/ }).click()
    await page.getByText('Team manager · by 30 Apr 2026').waitFor()
    await steps.getByRole('button', { name: /Safeguarding/ }).click()
    await expect(
      page.getByLabel('This audit raised a safeguarding concern').isChecked()
    ).resolves.toBe(true)

    expect(watch.errors).toEqual([])
    expect([...new Set(watch.requests.map((url) => new URL(url).hostname))]).toEqual(['127.0.0.1'])
  })
})
