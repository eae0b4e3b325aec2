import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { AppError } from '../../../shared/errors'
import { listBackups } from '../../store/backup'
import { restoreBackup } from '../../store/restore'
import type { CliIo } from '../io'
import { UsageError } from '../io'

export const RESTORE_USAGE = `Usage: care-audit restore --db PATH --from BACKUP [--json]
       care-audit restore --db PATH --list [--json]

Puts a backup in place of the audit store. The file at PATH (with its -wal and -shm files) is
moved aside to PATH.replaced-<time>, never deleted; the backup is checked first. Close Care Plan
Audit (and browser mode) before restoring. --list shows the store's backups, newest first.`

/** `restore`: the way back from a damaged store, without the app. */
export async function restore(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      from: { type: 'string' },
      list: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.out(RESTORE_USAGE)
    return 0
  }
  if (!values.db) throw new UsageError('restore needs --db PATH')
  const storePath = resolve(values.db)
  if (values.list) {
    const backups = listBackups(storePath)
    if (values.json) io.out(JSON.stringify(backups, null, 2))
    else if (backups.length === 0) io.out(`No backups of ${storePath}.`)
    else
      for (const backup of backups)
        io.out(`${backup.createdAt}  ${backup.reason.padEnd(12)} ${backup.file}`)
    return 0
  }
  if (!values.from) throw new UsageError('restore needs --from BACKUP (or --list)')
  try {
    const result = restoreBackup(storePath, resolve(values.from), { anyFile: true })
    if (values.json) io.out(JSON.stringify(result, null, 2))
    else {
      io.out(`Restored ${storePath} from ${result.restoredFrom}.`)
      if (result.movedAside) io.out(`The file that was there is kept as ${result.movedAside}.`)
    }
    return 0
  } catch (error) {
    if (error instanceof AppError) {
      io.err(error.message)
      return 1
    }
    throw error
  }
}
