import { parseArgs } from 'node:util'
import type { StoreStatus } from '../../../shared/contract'
import { dispatch } from '../../dispatch'
import { createHandlers } from '../../handlers'
import type { CliIo } from '../io'
import { UsageError, withStore } from '../io'

export const DB_CHECK_USAGE = `Usage: care-audit db check --db PATH [--json]

Opens the audit store (creating it if it does not exist), checks its integrity and schema
version, and recomputes the audit trail's hash chain. Exit 1 when anything is wrong.`

/** `db check`: the store's health, through the same store:status call the app's screens use. */
export async function dbCheck(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.out(DB_CHECK_USAGE)
    return 0
  }
  if (!values.db) throw new UsageError('db check needs --db PATH')
  return withStore(values.db, async (context) => {
    const result = await dispatch(createHandlers(context), 'store:status', undefined)
    if (!result.ok) throw new Error(result.error.message)
    const status = result.value as StoreStatus
    const healthy = status.state === 'ok' && status.chainValid === true
    if (values.json) {
      io.out(JSON.stringify({ ...status, healthy }, null, 2))
    } else if (status.state !== 'ok') {
      // One line a person can act on; the file has not been touched.
      io.err(status.message ?? `The audit store ${status.path} cannot be opened.`)
    } else {
      io.out(`Store: ${status.path}`)
      io.out(`Schema version: ${status.schemaVersion} (latest ${status.latestSchemaVersion})`)
      io.out('Integrity: ok')
      io.out(
        `Audit trail: ${status.events} event${status.events === 1 ? '' : 's'}, chain ${status.chainValid ? 'valid' : 'BROKEN'}`
      )
      io.out(`Backups: ${status.backups.length}`)
      if (status.message) io.err(status.message)
    }
    if (values.json && !healthy && status.message) io.err(status.message)
    return healthy ? 0 : 1
  })
}
