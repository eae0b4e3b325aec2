import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { APP_URL } from './protocol'

/** The security settings every window has; asserted by the smoke test on the built bundle. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true
  }
}

/** The one window: sized for a 1366x768 council laptop, shown once painted to avoid a white flash. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Care Plan Audit',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  window.once('ready-to-show', () => window.show())
  askBeforeUnloadingUnsavedWork(window)
  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  void window.loadURL(devUrl ?? APP_URL)
  return window
}

/**
 * A screen with unsaved work (a framework being edited, pasted plan text, a score still being
 * saved) cancels the page's unload. A browser then asks "Leave site?"; Electron would silently
 * refuse to close the window or reload, so the app asks the same question itself.
 */
export function askBeforeUnloadingUnsavedWork(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      title: 'Leave without saving?',
      message: 'You have changes that have not been saved.',
      detail: 'If you leave now, they will be lost.'
    })
    // Leaving: ignore the page's objection and unload.
    if (choice === 0) event.preventDefault()
  })
}

/** The usual menus by role, so copy, paste, undo and zoom work as on any desktop program. */
export function installMenu(): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
