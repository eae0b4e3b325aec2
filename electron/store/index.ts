export { openStore, applyPragmas, describeOpenFailure } from './open'
export type { Store, OpenStoreOptions } from './open'
export { appendEvent, verifyChain, countEvents, GENESIS_HASH } from './events'
export type { EventInput, ChainReport } from './events'
export {
  backupStore,
  listBackups,
  ensureDailyBackup,
  pruneBackups,
  backupFolder,
  BACKUPS_TO_KEEP
} from './backup'
export { migrations, migrate, checkMigrations, latestVersion } from './migrations'
export type { Migration } from './migrations'
export { defaultStorePath, defaultUserDataFolder, STORE_FILE_NAME, APP_NAME } from './location'
export { restoreBackup } from './restore'
export type { RestoreResult } from './restore'
