import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES } from '../../shared/contract'
import { repoRoot } from './support/temp'

interface SmokeResult {
  schemes: { scheme: string; privileges: Record<string, boolean> }[]
  webPreferences: Record<string, unknown>
  windowSize: { width: number; height: number }
  loadedUrl: string
  ipcChannels: string[]
  ipc: Record<string, { ok: boolean; error?: { code: string }; value?: { transport: string } }>
  navigation: Record<string, boolean>
  windowOpen: { action: string }
  permissions: Record<string, boolean>
  permissionCheck: boolean
  devicePermission: boolean
  protocol: Record<
    'index' | 'root' | 'dotdot' | 'encoded' | 'backslash' | 'otherHost' | 'missing',
    { status: number; csp: string | null; type: string | null }
  >
  unload: { leave: boolean; stay: boolean; questions: string[] }
  secondInstanceListeners: number
  menuRoles: string[]
  preload: {
    requires: string[]
    isEsm: boolean
    exposedKeys: string[]
    apiKeys: string[]
    known: { ok: boolean; value: string }
    unknown: { ok: boolean; error: { code: string } }
    unknownProto: { ok: boolean; error: { code: string } }
    invoked: string[]
  }
}

function runSmoke(userData: string): SmokeResult {
  const output = execFileSync(
    process.execPath,
    [join(repoRoot, 'tests/main/support/smoke-driver.cjs')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        STUB_USER_DATA: userData,
        STUB_CALL_NAMES: JSON.stringify(CALL_NAMES)
      },
      encoding: 'utf8'
    }
  )
  return JSON.parse(output) as SmokeResult
}

// One run of the built bundle serves every assertion below.
let smoke: SmokeResult
let userData: string
beforeAll(() => {
  userData = mkdtempSync(join(tmpdir(), 'care-audit-smoke-'))
  smoke = runSmoke(userData)
})
afterAll(() => rmSync(userData, { recursive: true, force: true }))

describe('the built desktop bundle (out/main, out/preload) under a stub electron', () => {
  it('opens one window with the secure webPreferences', () => {
    expect(smoke.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(String(smoke.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.js$/)
    expect(smoke.windowSize).toEqual({ width: 1366, height: 768 })
    expect(smoke.loadedUrl).toBe('app://care-plan-audit/index.html')
  })

  it('serves the renderer from app:// with a strict CSP and refuses paths outside it', () => {
    expect(smoke.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }
    ])
    const { index, root, dotdot, encoded, backslash, otherHost, missing } = smoke.protocol
    expect(index.status).toBe(200)
    expect(index.type).toContain('text/html')
    expect(root.status).toBe(200)
    expect(index.csp).toContain("default-src 'self'")
    expect(index.csp).toContain("frame-ancestors 'none'")
    expect(index.csp).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/)
    for (const refused of [dotdot, encoded, backslash, otherHost, missing])
      expect(refused.status).toBe(404)
  })

  it('writes the same CSP into the built index.html', () => {
    const html = readFileSync(join(repoRoot, 'out/renderer/index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toContain("default-src 'self'")
    expect(meta?.[1]).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/)
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/) // no inline script
  })

  it('denies navigation away, redirects, webviews and new windows, but not its own page', () => {
    expect(smoke.navigation).toEqual({
      foreign: true,
      file: true,
      own: false,
      frameForeign: true,
      redirect: true,
      webview: true
    })
    expect(smoke.windowOpen).toEqual({ action: 'deny' })
  })

  it('denies every permission request and check', () => {
    expect(Object.values(smoke.permissions)).toEqual([false, false, false, false, false])
    expect(smoke.permissionCheck).toBe(false)
    expect(smoke.devicePermission).toBe(false)
  })

  it('registers every contract call over IPC and answers only its own page', () => {
    expect(smoke.ipcChannels).toEqual([...CALL_NAMES].sort())
    expect(smoke.ipc.trusted).toMatchObject({ ok: true, value: { transport: 'desktop' } })
    for (const sender of ['foreign', 'otherHost', 'file', 'noFrame']) {
      expect(smoke.ipc[sender], sender).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(smoke.ipc.badInput).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('asks before closing over unsaved work, and closes only when the officer says leave', () => {
    expect(smoke.unload).toEqual({
      leave: true,
      stay: false,
      questions: [
        'You have changes that have not been saved.',
        'You have changes that have not been saved.'
      ]
    })
  })

  it('holds the single-instance lock and installs the usual menus', () => {
    expect(smoke.secondInstanceListeners).toBe(1)
    expect(smoke.menuRoles).toEqual(
      expect.arrayContaining(['fileMenu', 'editMenu', 'View', 'windowMenu'])
    )
  })

  it('has a one-file CommonJS preload that requires only electron and allows exactly the contract calls', async () => {
    expect(smoke.preload.requires).toEqual(['electron'])
    expect(smoke.preload.isEsm).toBe(false)
    expect(smoke.preload.exposedKeys).toEqual(['api'])
    expect(smoke.preload.apiKeys).toEqual(['call'])
    expect(smoke.preload.known).toEqual({ ok: true, value: 'app:info' })
    expect(smoke.preload.unknown).toMatchObject({ ok: false, error: { code: 'unknown-call' } })
    expect(smoke.preload.unknownProto).toMatchObject({ ok: false, error: { code: 'unknown-call' } })
    // Every contract call, and nothing else, reaches ipcRenderer.invoke.
    expect(smoke.preload.invoked).toEqual(['app:info', ...CALL_NAMES])
  })

  it('never opens links in the system browser and never weakens web security anywhere in the bundle', () => {
    const files = ['main', 'main/chunks', 'preload'].flatMap((folder) =>
      readdirSync(join(repoRoot, 'out', folder))
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFileSync(join(repoRoot, 'out', folder, name), 'utf8'))
    )
    const bundle = files.join('\n')
    expect(bundle).not.toMatch(/openExternal/)
    expect(bundle).not.toMatch(/webSecurity:\s*false/)
    expect(bundle).not.toMatch(/nodeIntegration:\s*true/)
    expect(bundle).not.toMatch(/contextIsolation:\s*false/)
    expect(bundle).not.toMatch(/sandbox:\s*false/)
    expect(bundle).not.toMatch(/allowRunningInsecureContent:\s*true/)
    expect(bundle).not.toMatch(/experimentalFeatures:\s*true/)
  })
})
