import { readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { AttachResult } from '../../../shared/contract'
import type { CliIo } from '../io'
import { UsageError, withStore } from '../io'
import { callOrFail, CommandFailure, plural, readFileOrFail } from '../io'

export const ATTACH_PLANS_USAGE = `Usage: care-audit attach-plans PATH... --db PATH [--json]

Attaches plan documents (.docx, .pdf, .txt, .rtf) to the imported cases. A PATH may be a file or
a folder (read with its subfolders). Each file is matched to a case by the plan-document column
of the case list, else by a case reference in its name ("CP-10234 plan.docx"). A changed document
becomes a new version; the same text again is left as it is.

Files that match no case, or cannot be read, are listed and the exit code is 1 (the others are
still attached).`

/** Files sent per call, so a folder of large PDFs is never all in memory at once. */
const FILES_PER_CALL = 100

/** Hidden files and Word's "~$" lock files are never plans. */
function isCandidate(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$')
}

/** The files named, with each folder's files (and its subfolders'), in a stable order. */
export function collectPlanFiles(paths: readonly string[]): string[] {
  const files: string[] = []
  const visit = (path: string, named: boolean): void => {
    let stats
    try {
      stats = statSync(path)
    } catch {
      throw new CommandFailure(`Cannot read ${path}. Check the path.`)
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (isCandidate(entry)) visit(join(path, entry), false)
      }
    } else if (stats.isFile() && (named || isCandidate(basename(path)))) {
      files.push(path)
    }
  }
  for (const path of paths) visit(path, true)
  return files
}

function printResult(io: CliIo, result: AttachResult): void {
  const counts = ['new', 'new-version', 'unchanged'].map(
    (status) => result.attached.filter((outcome) => outcome.status === status).length
  )
  io.out(
    `Attached ${plural(result.attached.length, 'plan')}: ${counts[0]} new, ${counts[1]} new version${counts[1] === 1 ? '' : 's'}, ${counts[2]} unchanged`
  )
  for (const outcome of result.attached) {
    io.out(
      `  ${outcome.caseRef} v${outcome.version}  ${outcome.fileName} (${outcome.status}, ${plural(outcome.characters, 'character')})`
    )
  }
  if (result.unmatched.length > 0) {
    io.out(`Unmatched (${result.unmatched.length}):`)
    for (const file of result.unmatched) io.out(`  ${file.fileName}: ${file.reason}`)
  }
  if (result.failed.length > 0) {
    io.out(`Could not read (${result.failed.length}):`)
    for (const file of result.failed) io.out(`  ${file.message}`)
  }
}

/** `attach-plans`: reads the files and folders given and attaches them through plans:attach. */
export async function attachPlansCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.out(ATTACH_PLANS_USAGE)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('attach-plans needs at least one PATH')
  if (!values.db) throw new UsageError('attach-plans needs --db PATH')
  return withStore(values.db, async (context) => {
    const paths = collectPlanFiles(positionals)
    if (paths.length === 0) throw new CommandFailure('No files were found to attach.')
    const result: AttachResult = { attached: [], unmatched: [], failed: [] }
    for (let start = 0; start < paths.length; start += FILES_PER_CALL) {
      const files = paths.slice(start, start + FILES_PER_CALL).map((path) => ({
        fileName: basename(path),
        contentBase64: readFileOrFail(path).toString('base64')
      }))
      const batch = await callOrFail(context, 'plans:attach', { files })
      result.attached.push(...batch.attached)
      result.unmatched.push(...batch.unmatched)
      result.failed.push(...batch.failed)
    }
    if (values.json) io.out(JSON.stringify(result, null, 2))
    else printResult(io, result)
    const missed = result.unmatched.length + result.failed.length
    if (missed > 0) {
      const where = values.json ? '"unmatched" and "failed" in the output' : 'the list above'
      io.err(`${plural(missed, 'file')} could not be attached; see ${where}.`)
      return 1
    }
    return 0
  })
}
