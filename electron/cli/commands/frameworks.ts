import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { FrameworkImportResult, FrameworkSummary } from '../../../shared/contract'
import type { AppContext } from '../../context'
import { dispatch } from '../../dispatch'
import { createHandlers } from '../../handlers'
import type { CliIo } from '../io'
import { callOrFail, CommandFailure, readFileOrFail, UsageError, withStore } from '../io'

export const FRAMEWORKS_USAGE = `Usage: care-audit frameworks list --db PATH [--json]
       care-audit frameworks export KEY [--version N] --db PATH [--out FILE]
       care-audit frameworks import FILE --db PATH [--json]

  list     every version of every audit framework: key, version, title, criteria, whether it
           is locked (used by a cycle) and by how many cycles
  export   a framework as JSON (the latest version unless --version), on stdout or to --out FILE
  import   a framework file (JSON). A new key is added with the file's version; a key already
           here gets the next version number, unless the file is identical to a stored version,
           when nothing is written. An invalid file changes nothing: exit 1, naming the file,
           the place in it and the problem.

Exit 0 on success, 1 when the file or framework is refused or not found, 2 for a usage mistake.`

type Subcommand = (args: string[], io: CliIo) => Promise<number>

function readOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      version: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  return { ...values, positionals }
}

/** The store named by --db, which every frameworks subcommand needs. */
function onStore(
  db: string | undefined,
  work: (context: AppContext) => Promise<number>
): Promise<number> {
  if (!db) throw new UsageError('frameworks needs --db PATH')
  return withStore(db, work)
}

function formatTable(frameworks: readonly FrameworkSummary[]): string {
  const rows = frameworks.map((f) => [
    f.key,
    String(f.version),
    f.title,
    String(f.criteria),
    f.locked ? 'yes' : 'no',
    f.usedByCycles === 1 ? '1 cycle' : `${f.usedByCycles} cycles`
  ])
  const header = ['Key', 'Version', 'Title', 'Criteria', 'Locked', 'Used by']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length))
  )
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 1 || column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)
      )
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}

const list: Subcommand = async (args, io) => {
  const options = readOptions(args)
  if (options.positionals.length > 0) throw new UsageError('frameworks list takes no arguments')
  return onStore(options.db, async (context) => {
    const frameworks = await callOrFail(context, 'frameworks:list', undefined)
    io.out(options.json ? JSON.stringify(frameworks, null, 2) : formatTable(frameworks))
    return 0
  })
}

function versionOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9]\d*$/.test(value.trim()))
    throw new UsageError('--version needs a whole number, like 2')
  return Number(value)
}

const exportCommand: Subcommand = async (args, io) => {
  const options = readOptions(args)
  if (options.positionals.length !== 1) throw new UsageError('frameworks export needs one KEY')
  const version = versionOption(options.version)
  return onStore(options.db, async (context) => {
    const file = await callOrFail(context, 'frameworks:export', {
      key: options.positionals[0]!,
      ...(version !== undefined ? { version } : {})
    })
    if (!options.out) {
      io.out(file.json)
      return 0
    }
    try {
      writeFileSync(options.out, file.json)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      throw new CommandFailure(
        `Cannot write ${options.out}${typeof code === 'string' ? ` (${code})` : ''}. Check the folder exists and you can write to it.`
      )
    }
    io.out(`Exported ${file.fileName.replace(/\.json$/, '')} to ${options.out}`)
    return 0
  })
}

const importCommand: Subcommand = async (args, io) => {
  const options = readOptions(args)
  if (options.positionals.length !== 1) throw new UsageError('frameworks import needs one FILE')
  const path = options.positionals[0]!
  return onStore(options.db, async (context) => {
    const json = readFileOrFail(path).toString('utf8')
    // Messages name the file as it was given, unless that is too long for the call to carry.
    const fileName = path.length <= 255 ? path : basename(path).slice(0, 255)
    const result = await dispatch(createHandlers(context), 'frameworks:import', { json, fileName })
    if (!result.ok) {
      if (options.json) {
        const problems = Object.entries(result.error.fields ?? {}).map(([at, message]) => ({
          path: at,
          message
        }))
        io.out(JSON.stringify({ imported: false, error: result.error.message, problems }, null, 2))
      }
      io.err(result.error.message)
      return 1
    }
    const imported = result.value as FrameworkImportResult
    io.out(options.json ? JSON.stringify(imported, null, 2) : imported.message)
    return 0
  })
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  list,
  export: exportCommand,
  import: importCommand
}

/** `frameworks list|export|import`: the same calls the Frameworks screen makes. */
export async function frameworks(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args
  if (name === undefined) throw new UsageError('frameworks needs list, export or import')
  if ([name, ...rest].some((arg) => arg === '--help' || arg === '-h')) {
    io.out(FRAMEWORKS_USAGE)
    return 0
  }
  const run = SUBCOMMANDS[name]
  if (!run) throw new UsageError(`frameworks takes list, export or import, not "${name}"`)
  return run(rest, io)
}
