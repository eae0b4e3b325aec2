import { statSync } from 'node:fs'
import type { StoreStatus } from '../../shared/contract'
import type { ErrorCode } from '../../shared/errors'
import type { AppContext } from '../context'
import { listBackups } from '../store/backup'
import { verifyChain } from '../store/events'
import { latestVersion, migrations } from '../store/migrations'

const STATE_BY_CODE: Partial<Record<ErrorCode, StoreStatus['state']>> = {
  'store-damaged': 'damaged',
  'store-newer': 'newer',
  'store-locked': 'locked',
  'store-readonly': 'readonly'
}

/** The store's size on disk, counting the write-ahead log, where recent changes sit until checkpointed. */
function storeSize(path: string): number | null {
  try {
    const main = statSync(path).size
    const wal = statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0
    return main + wal
  } catch {
    return null
  }
}

/** Where the store is, whether it is healthy, its audit-trail chain, and the backups to fall back on. */
export function storeStatus(context: AppContext): StoreStatus {
  const common = {
    path: context.storePath,
    latestSchemaVersion: latestVersion(migrations),
    sizeBytes: storeSize(context.storePath),
    backups: listBackups(context.storePath)
  }
  if (!context.store) {
    const code = context.storeError?.code
    return {
      ...common,
      state: (code && STATE_BY_CODE[code]) ?? 'unavailable',
      message: context.storeError?.message ?? 'The audit store is not open.',
      schemaVersion: null,
      events: null,
      chainValid: null
    }
  }
  const chain = verifyChain(context.store)
  return {
    ...common,
    state: 'ok',
    message: chain.valid
      ? null
      : `The audit trail in ${context.storePath} has been altered at event ${chain.brokenAt}.`,
    schemaVersion: context.store.pragma('user_version', { simple: true }) as number,
    events: chain.events,
    chainValid: chain.valid
  }
}
