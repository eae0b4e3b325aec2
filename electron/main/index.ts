import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { closeAppContext, createAppContext, scheduleDailyBackups } from '../context'
import type { AppContext, DesktopShell } from '../context'
import { createHandlers } from '../handlers'
import { seedDemoIfEmpty } from '../services/demo'
import { STORE_FILE_NAME } from '../store/location'
import { registerIpc } from './ipc'
import { registerAppScheme, serveAppProtocol } from './protocol'
import { installSecurityPolicies } from './security'
import { createMainWindow, installMenu } from './window'

/**
 * better-sqlite3 built for Electron's ABI: shipped as an extra resource when packaged, built into
 * .electron-native/ by `npm start` in development. node_modules keeps the plain-Node build.
 */
function nativeBindingPath(): string | undefined {
  const file = app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.electron-native', 'better_sqlite3.node')
  return existsSync(file) ? file : undefined
}

/** The save dialog and PDF printing the reports screen uses, which only the shell can offer. */
function desktopShell(): DesktopShell {
  const window = (): BrowserWindow | undefined =>
    BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  return {
    async chooseSavePath(defaultName, filters) {
      const owner = window()
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters }
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async printToPdf() {
      const owner = window()
      if (!owner) throw new Error('No window to print')
      return owner.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true
      })
    }
  }
}

function focus(window: BrowserWindow | undefined): void {
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
}

async function start(): Promise<AppContext> {
  installSecurityPolicies()
  serveAppProtocol(join(__dirname, '../renderer'))
  const context = await createAppContext({
    transport: 'desktop',
    version: app.getVersion(),
    storePath: join(app.getPath('userData'), STORE_FILE_NAME),
    nativeBinding: nativeBindingPath()
  })
  context.shell = desktopShell()
  // `npm start -- --demo`: a new store opens with synthetic demo data to explore.
  if (process.argv.includes('--demo')) console.log(seedDemoIfEmpty(context).message)
  registerIpc(createHandlers(context))
  installMenu()
  createMainWindow()

  scheduleDailyBackups(context)
  app.on('will-quit', () => closeAppContext(context))
  return context
}

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Another copy is running and holds the store: it takes focus, this one leaves.
  app.quit()
} else {
  app.on('second-instance', () => focus(BrowserWindow.getAllWindows()[0]))
  app.on('window-all-closed', () => app.quit())
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
  void app.whenReady().then(start)
}
