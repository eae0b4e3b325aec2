import { app, session } from 'electron'
import type { WebContents, WebFrameMain } from 'electron'
import { APP_HOST, APP_SCHEME } from './protocol'

/**
 * The development server electron-vite starts for `npm run dev`; trusted only when the app is not
 * packaged, so a packaged build trusts app:// alone.
 */
function devServerOrigin(): string | null {
  const url = process.env.ELECTRON_RENDERER_URL
  if (app.isPackaged || !url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * Our own page: app://care-plan-audit/... (compared by protocol and host, because the origin of a
 * custom-scheme URL is the string 'null').
 */
export function isTrustedUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  const dev = devServerOrigin()
  return dev !== null && url.origin === dev
}

/** An IPC message is answered only when it comes from our own page's frame. */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  return frame != null && isTrustedUrl(frame.url)
}

function lockDownContents(contents: WebContents): void {
  // The app is one page: any navigation away from it, any redirect, webview or popup is refused.
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Installs every policy in one place; call once, when the app is ready and before any window. */
export function installSecurityPolicies(): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents))
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
}
