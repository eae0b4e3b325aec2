// A stand-in for the 'electron' module, so the built main and preload bundles can be loaded under
// plain Node (no Electron runtime can be downloaded here). It records what the bundle asks of
// Electron; the smoke test then drives the recorded handlers the way Electron would.
const Module = require('node:module')
const { EventEmitter } = require('node:events')

const record = {
  appEvents: new EventEmitter(),
  schemes: [],
  protocolHandlers: {},
  ipcHandlers: {},
  windows: [],
  menu: null,
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  devicePermissionHandler: null,
  exposed: {},
  invoked: [],
  quitCalled: false,
  // Message boxes shown, and the button index the next one answers with.
  messageBoxes: [],
  messageBoxAnswer: 1
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.loadedUrl = null
    this.webContents = new EventEmitter()
    record.windows.push(this)
  }
  static getAllWindows() {
    return record.windows
  }
  loadURL(url) {
    this.loadedUrl = url
    return Promise.resolve()
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false
  }
}

const app = {
  isPackaged: false,
  getPath: (name) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`)
    return process.env.STUB_USER_DATA
  },
  getVersion: () => '0.0.0-stub',
  getAppPath: () => process.cwd(),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on: (event, listener) => {
    record.appEvents.on(event, listener)
    return app
  },
  once: (event, listener) => {
    record.appEvents.once(event, listener)
    return app
  },
  quit: () => {
    record.quitCalled = true
  }
}

const electron = {
  app,
  BrowserWindow,
  dialog: {
    showMessageBoxSync: (window, options) => {
      record.messageBoxes.push(options)
      return record.messageBoxAnswer
    }
  },
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      record.menu = menu
    }
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => record.schemes.push(...schemes),
    handle: (scheme, handler) => {
      record.protocolHandlers[scheme] = handler
    }
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => {
        record.permissionRequestHandler = handler
      },
      setPermissionCheckHandler: (handler) => {
        record.permissionCheckHandler = handler
      },
      setDevicePermissionHandler: (handler) => {
        record.devicePermissionHandler = handler
      }
    }
  },
  ipcMain: {
    handle: (channel, handler) => {
      if (record.ipcHandlers[channel]) throw new Error(`${channel} registered twice`)
      record.ipcHandlers[channel] = handler
    }
  },
  contextBridge: {
    exposeInMainWorld: (key, value) => {
      record.exposed[key] = value
    }
  },
  ipcRenderer: {
    invoke: (channel, payload) => {
      record.invoked.push({ channel, payload })
      return Promise.resolve({ ok: true, value: channel })
    }
  }
}

const originalLoad = Module._load
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return electron
  return originalLoad.call(this, request, parent, isMain)
}

globalThis.__electronStub = record
module.exports = { record }
