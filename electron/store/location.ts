import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Care Plan Audit'
export const STORE_FILE_NAME = 'care-plan-audit.sqlite'

/**
 * Where Electron's app.getPath('userData') points for this app, computed without Electron so the
 * CLI and browser mode use the same store as the desktop app by default.
 */
export function defaultUserDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

export function defaultStorePath(): string {
  return join(defaultUserDataFolder(), STORE_FILE_NAME)
}
