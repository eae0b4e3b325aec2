import { readFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { onTestFinished } from 'vitest'
import { startWeb } from '../../main/support/processes'
import { repoRoot } from '../../main/support/temp'

export const SCREENSHOTS = join(repoRoot, 'tests/e2e/screenshots')

/** Debian's Chromium, headless, with its background calls to Google switched off. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  })
  onTestFinished(() => browser.close())
  return browser
}

export interface PageWatch {
  requests: string[]
  errors: string[]
}

/** Records every request the page makes and every script error or console error it reports. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { requests: [], errors: [] }
  page.on('request', (request) => watch.requests.push(request.url()))
  page.on('pageerror', (error) => watch.errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text())
  })
  return watch
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core in the page. Evaluated through the DevTools protocol rather than an injected
 * <script>, which the app's CSP rightly refuses.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(source)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>
        }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/**
 * Saves what the officer sees to tests/e2e/screenshots. The main area scrolls on its own, so
 * `scrollTo` sets its position first: 'top', or a selector to bring into view.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { scrollTo?: string } = {}
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  if (options.scrollTo === 'top') {
    await page.evaluate(() => document.querySelector('main')?.scrollTo(0, 0))
  } else if (options.scrollTo) {
    await page.locator(options.scrollTo).first().scrollIntoViewIfNeeded()
  }
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

/** A page as a UK council laptop shows it: 1366x768, British English dates. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB'
  })
  return context.newPage()
}

/**
 * Browser mode on a new store in dir, and a page signed in as Priya Shah, a QA officer, past the
 * first-run screen; the page's requests and errors are watched.
 */
export async function signedInOnNewStore(dir: string): Promise<{ page: Page; watch: PageWatch }> {
  const web = await startWeb(['--db', join(dir, 'e2e.sqlite')])
  const browser = await launchChromium()
  const page = await newPage(browser)
  const watch = watchPage(page)
  await page.goto(web.url)
  await page.getByLabel('Your name').fill('Priya Shah')
  await page.getByRole('button', { name: 'Continue' }).click()
  return { page, watch }
}
