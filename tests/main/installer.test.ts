import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './support/temp'

// Installers cannot be built here (electron-builder downloads Electron and NSIS), so the
// configuration is checked instead: by electron-builder's own validator, and against the
// policies council laptops need.
const config = JSON.parse(
  readFileSync(join(repoRoot, 'electron-builder.json'), 'utf8')
) as Configuration

describe('the installer configuration (electron-builder.json)', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('still fails electron-builder’s validator on a mistyped option (the check can fail)', async () => {
    const mistyped = { ...config, nsis: { ...config.nsis, perMachin: false } } as Configuration
    await expect(validateConfiguration(mistyped, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration/
    )
  })

  it('builds a per-user Windows installer needing no admin rights, a portable .exe and a Linux AppImage', () => {
    expect(config.win?.target).toEqual(['nsis', 'portable'])
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false })
    expect(config.linux?.target).toEqual(['AppImage'])
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/)
    expect(config.productName).toBe('Care Plan Audit')
    for (const icon of [config.win?.icon, config.linux?.icon]) {
      expect(icon && existsSync(join(repoRoot, icon)), String(icon)).toBe(true)
    }
  })

  it('packs the app into an asar with the Electron-ABI better-sqlite3 beside it, never rebuilding node_modules', () => {
    expect(config.asar).toBe(true)
    expect(config.npmRebuild).toBe(false)
    expect(config.extraResources).toEqual([
      { from: '.electron-native/better_sqlite3.node', to: 'native/better_sqlite3.node' }
    ])
    // The main process loads exactly that file when packaged.
    const main = readFileSync(join(repoRoot, 'electron/main/index.ts'), 'utf8')
    expect(main).toContain("join(process.resourcesPath, 'native', 'better_sqlite3.node')")
    expect(config.files).toContain('out/**/*')
  })

  it('sets the Electron fuses: no RunAsNode, cookies encrypted, app loaded only from the asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true
    })
  })
})
