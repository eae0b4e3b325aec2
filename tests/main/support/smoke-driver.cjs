// Loads the built out/main/index.js and out/preload/index.js against the electron stub, plays the
// events Electron would send, and prints what happened as JSON for tests/main/smoke.test.ts.
const { record } = require('./electron-stub.cjs')
const { EventEmitter } = require('node:events')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')

const out = join(process.cwd(), 'out')

function fakeContents() {
  const contents = new EventEmitter()
  contents.windowOpenHandler = null
  contents.setWindowOpenHandler = (handler) => {
    contents.windowOpenHandler = handler
  }
  return contents
}

function prevented(contents, event, ...args) {
  let called = false
  const evt = { preventDefault: () => (called = true), url: args[0] }
  contents.emit(event, evt, ...args)
  return called
}

async function until(check) {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error('the main process did not finish starting')
}

async function protocolFetch(url) {
  const response = await record.protocolHandlers.app(new Request(url))
  return {
    status: response.status,
    csp: response.headers.get('content-security-policy'),
    type: response.headers.get('content-type')
  }
}

/** What the window does when the page objects to unloading: asks, then leaves or stays. */
function unloadAnswers(window) {
  record.messageBoxAnswer = 0
  const leave = prevented(window.webContents, 'will-prevent-unload')
  record.messageBoxAnswer = 1
  const stay = prevented(window.webContents, 'will-prevent-unload')
  return { leave, stay, questions: record.messageBoxes.map((box) => box.message) }
}

async function main() {
  require(join(out, 'main', 'index.js'))
  await until(() => record.windows.length > 0)
  const window = record.windows[0]

  const contents = fakeContents()
  record.appEvents.emit('web-contents-created', {}, contents)

  const permissions = {}
  for (const permission of [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal'
  ]) {
    await new Promise((resolve) =>
      record.permissionRequestHandler({}, permission, (granted) => {
        permissions[permission] = granted
        resolve()
      })
    )
  }

  const ipc = {}
  const trusted = { senderFrame: { url: 'app://care-plan-audit/index.html' } }
  ipc.trusted = await record.ipcHandlers['app:info'](trusted, {})
  ipc.foreign = await record.ipcHandlers['app:info'](
    { senderFrame: { url: 'https://evil.example/' } },
    {}
  )
  ipc.otherHost = await record.ipcHandlers['app:info'](
    { senderFrame: { url: 'app://evil/index.html' } },
    {}
  )
  ipc.file = await record.ipcHandlers['app:info'](
    { senderFrame: { url: 'file:///etc/passwd' } },
    {}
  )
  ipc.noFrame = await record.ipcHandlers['app:info']({ senderFrame: null }, {})
  ipc.badInput = await record.ipcHandlers['auditor:set'](trusted, { name: 42 })

  const result = {
    schemes: record.schemes,
    webPreferences: window.options.webPreferences,
    windowSize: { width: window.options.width, height: window.options.height },
    loadedUrl: window.loadedUrl,
    ipcChannels: Object.keys(record.ipcHandlers).sort(),
    ipc,
    navigation: {
      foreign: prevented(contents, 'will-navigate', 'https://evil.example/'),
      file: prevented(contents, 'will-navigate', 'file:///etc/passwd'),
      own: prevented(contents, 'will-navigate', 'app://care-plan-audit/index.html'),
      frameForeign: prevented(contents, 'will-frame-navigate', 'https://evil.example/'),
      redirect: prevented(contents, 'will-redirect', 'https://evil.example/'),
      webview: prevented(contents, 'will-attach-webview')
    },
    windowOpen: contents.windowOpenHandler({ url: 'https://evil.example/' }),
    permissions,
    permissionCheck: record.permissionCheckHandler({}, 'media', 'app://care-plan-audit', {}),
    devicePermission: record.devicePermissionHandler({}),
    protocol: {
      index: await protocolFetch('app://care-plan-audit/index.html'),
      root: await protocolFetch('app://care-plan-audit/'),
      dotdot: await protocolFetch('app://care-plan-audit/../../../../etc/passwd'),
      encoded: await protocolFetch('app://care-plan-audit/..%2f..%2f..%2fpackage.json'),
      backslash: await protocolFetch('app://care-plan-audit/..%5c..%5cpackage.json'),
      otherHost: await protocolFetch('app://evil/index.html'),
      missing: await protocolFetch('app://care-plan-audit/nothing-here.js')
    },
    unload: unloadAnswers(window),
    secondInstanceListeners: record.appEvents.listenerCount('second-instance'),
    menuRoles: record.menu.template.map((item) => item.role ?? item.label)
  }

  // The preload, in the same stubbed world.
  const preloadSource = readFileSync(join(out, 'preload', 'index.js'), 'utf8')
  require(join(out, 'preload', 'index.js'))
  const api = record.exposed.api
  const known = await api.call('app:info', {})
  const unknown = await api.call('fs:read', { path: '/etc/passwd' })
  const unknownProto = await api.call('__proto__', {})
  for (const name of JSON.parse(process.env.STUB_CALL_NAMES ?? '[]')) await api.call(name, {})
  result.preload = {
    requires: [...preloadSource.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
    isEsm: /^\s*(import|export)\s/m.test(preloadSource),
    exposedKeys: Object.keys(record.exposed),
    apiKeys: Object.keys(api),
    known,
    unknown,
    unknownProto,
    invoked: record.invoked.map((entry) => entry.channel)
  }

  process.stdout.write(JSON.stringify(result))
  record.appEvents.emit('will-quit')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
