import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { closeAppContext, createAppContext } from '../../electron/context'
import { dispatch } from '../../electron/dispatch'
import { createHandlers } from '../../electron/handlers'
import type { CallInput, CallName, CallOutput } from '../../shared/contract'
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

/** Words only Priya wrote: the moderator's page must not show them before they submit. */
const PRIYA_ONLY = 'PRIYA-ONLY-EVIDENCE'

/**
 * The stepper's store with one audit submitted by Priya Shah through the same dispatch the app
 * uses (every criterion Good, with her evidence), written in-process and closed again.
 */
async function storeWithSubmittedAudit(): Promise<{ path: string; caseRef: string }> {
  const { path, cycleId } = await storeWithSample(tempDir(), 'Priya Shah')
  const context = await createAppContext({ transport: 'cli', version: 'test', storePath: path })
  const handlers = createHandlers(context)
  async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await dispatch(handlers, name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    return result.value as CallOutput<N>
  }
  const queue = await call('audits:queue', { cycleId })
  const first = queue.items[0]!
  const { audit } = await call('audits:open', { cycleId, caseId: first.caseId })
  for (const key of ['outcome-focus', 'timescales', 'robustness', 'childs-voice', 'multi-agency']) {
    await call('audits:save-score', {
      auditId: audit.id,
      criterionKey: key,
      grade: 3,
      evidence: `${PRIYA_ONLY}: ${key} is clear.`
    })
  }
  await call('audits:save-overall', {
    auditId: audit.id,
    grade: 3,
    rationale: `${PRIYA_ONLY}: a good plan.`
  })
  await call('audits:submit', { auditId: audit.id })
  closeAppContext(context)
  return { path, caseRef: first.caseRef }
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 40. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

async function gradeByKeyboard(page: Page, criterion: string, key: string, evidence?: string) {
  await page.getByRole('heading', { level: 2, name: criterion }).waitFor()
  await page.keyboard.press(key)
  if (evidence) {
    await tabTo(page, 'textarea')
    await page.keyboard.type(evidence)
    await page.keyboard.press('Escape')
  }
  await page.keyboard.press('j')
}

describe('moderation in Chromium', () => {
  it('moderates one audit end to end with two auditors, and the agreement panel counts it', async () => {
    const { path, caseRef } = await storeWithSubmittedAudit()
    const web = await startWeb(['--db', path])
    const browser = await launchChromium()
    const page = await newPage(browser)
    const watch = watchPage(page)
    await page.goto(web.url)

    // Sam Lee takes over the laptop: Settings, Your name.
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Your name').fill('Sam Lee')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.locator('.nav-rail__name', { hasText: 'Sam Lee' }).waitFor()

    // Choose Priya's audit for moderation, assigned to Sam.
    await page.getByRole('button', { name: 'Moderation' }).click()
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor()
    await page.getByText('Nothing is waiting for you to moderate.').waitFor()
    await page.getByRole('button', { name: 'Preview the selection' }).click()
    const moderator = page.getByLabel(`Moderator for ${caseRef}`)
    await moderator.waitFor()
    expect(await moderator.locator('option:checked').textContent()).toBe('Sam Lee')
    expect(
      await page
        .getByRole('row', { name: new RegExp(caseRef) })
        .first()
        .textContent()
    ).toContain('Random share')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Save this selection' }).click()
    await page.getByText('1 audit chosen for moderation').waitFor()

    // Sam's queue: the reason stays hidden until Sam submits.
    const queue = page.getByRole('table', { name: 'Audits for you to moderate' })
    const row = queue.getByRole('row', { name: new RegExp(caseRef) })
    expect(await row.textContent()).toContain('Shown once you submit')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'moderation-queue', { scrollTo: 'top' })

    // Score it blind in the stepper, by keyboard.
    await row.getByRole('button', { name: `Start moderating ${caseRef}` }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: 'Outcome focus' }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `Moderating ${caseRef}`
    )
    expect(await page.content()).not.toContain(PRIYA_ONLY)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'moderation-stepper')
    await page.locator('.criterion-card__title').focus()
    await gradeByKeyboard(page, 'Outcome focus', '3')
    await gradeByKeyboard(
      page,
      'Timescales',
      '2',
      'Two of five actions have no date; the food bank referral is ASAP.'
    )
    await gradeByKeyboard(page, 'Robustness', '3')
    await gradeByKeyboard(page, "Child's voice", '3')
    await gradeByKeyboard(page, 'Multi-agency contribution', '0')
    await page.getByRole('heading', { level: 2, name: 'Overall judgement' }).waitFor()
    await page.keyboard.press('2')
    await tabTo(page, 'textarea')
    await page.keyboard.type('Requires improvement: the timescales hold it back.')
    await page.keyboard.press('Escape')
    expect(await page.content()).not.toContain(PRIYA_ONLY)
    await page.keyboard.press('Control+Enter')
    await page.getByRole('heading', { level: 2, name: 'Submitted' }).waitFor()

    // Back to the moderation queue, then compare. The queue is held back for a moment: the list
    // from before stays in view, dimmed and out of reach of mouse and keyboard, until it arrives.
    let releaseList = () => {}
    const listHeld = new Promise<void>((resolve) => (releaseList = resolve))
    await page.route('**/api/moderation:list', async (route) => {
      await listHeld
      await route.continue()
    })
    await page.getByRole('button', { name: 'Back to queue' }).click()
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Bringing the lists up to date' }).waitFor()
    const staleQueue = page.locator('[aria-busy="true"][inert]', {
      has: page.getByRole('table', { name: 'Audits for you to moderate' })
    })
    expect(await staleQueue.textContent()).toContain('Not started')
    // What was said about the selection when it was saved is not said again.
    expect(await page.getByText('1 audit chosen for moderation').count()).toBe(0)
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('[inert]')!).opacity === '0.55'
    )
    await screenshot(page, 'moderation-refreshing', { scrollTo: 'top' })
    releaseList()
    const ready = page
      .getByRole('table', { name: 'Audits for you to moderate' })
      .getByRole('row', { name: new RegExp(caseRef) })
    // The list refreshes as the screen opens: wait for the new stage rather than read it at once.
    await ready.getByText('Ready to compare').waitFor()
    await page.unroute('**/api/moderation:list')
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0)
    expect(await ready.textContent()).toContain('Random share')
    await ready.getByRole('button', { name: `Compare ${caseRef}` }).click()

    await page.getByRole('heading', { level: 1, name: `Compare ${caseRef}` }).waitFor()
    const table = page.getByRole('table', { name: 'The two audits side by side' })
    const timescales = table.getByRole('row', { name: /^Timescales/ })
    expect(await timescales.textContent()).toContain('One grade apart: discussion needed')
    expect(await table.textContent()).toContain(PRIYA_ONLY)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'comparison', { scrollTo: 'top' })

    // Recording without the note is refused, with a summary linking to the note.
    await page.getByRole('button', { name: 'Record the agreed result' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    await summary.getByRole('link', { name: /Write a discussion note for Timescales/ }).click()
    await page.keyboard.type('Two actions are undated; we agree Requires improvement.')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'comparison-errors', { scrollTo: '.error-summary' })
    await page.getByLabel('Agreed grade for Timescales').selectOption('2')
    await page.getByLabel('Agreed grade for Multi-agency contribution').selectOption('3')
    await page.getByLabel('Agreed overall judgement').selectOption('2')
    await page
      .getByLabel('Rationale for the agreed grades')
      .fill('Timescales limit the plan to Requires improvement; the rest is Good.')
    await page.getByRole('button', { name: 'Record the agreed result' }).click()
    await page.getByText(/Agreed result recorded/).waitFor()
    await screenshot(page, 'comparison-agreed', { scrollTo: '.notice--success' })
    await screenshot(page, 'comparison-form', { scrollTo: '#agreed-rationale' })

    // The cycle's agreement panel now counts one pair.
    await page.getByRole('button', { name: 'Back to moderation' }).click()
    const agreement = page.getByRole('table', { name: 'Agreement by criterion' })
    await agreement.waitFor()
    await page.getByText('1 moderated audit compared').waitFor()
    const overall = agreement.getByRole('row', { name: /^Overall judgement/ })
    expect((await overall.locator('td').first().textContent())?.trim()).toBe('1')
    // The panel counts the pair from the moderator's submission on, so it says nothing of whether
    // the list has refreshed: the row shows the store's last list until the new one arrives.
    const chosen = page.getByRole('table', { name: /Audits chosen for moderation/ })
    const chosenRow = chosen.getByRole('row', { name: new RegExp(caseRef) })
    await chosenRow.locator('.status', { hasText: /^Agreed$/ }).waitFor()
    expect(await chosenRow.locator('dl').textContent()).toContain('AgreedRequires improvement')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'agreement-panel', { scrollTo: '.moderation-agreement' })

    expect(watch.errors).toEqual([])
    expect([...new Set(watch.requests.map((url) => new URL(url).hostname))]).toEqual(['127.0.0.1'])
  })
})
