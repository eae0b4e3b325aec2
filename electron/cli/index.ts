import { APP_VERSION } from '../version'
import { agreementCommand } from './commands/agreement'
import { analyze } from './commands/analyze'
import { attachPlansCommand } from './commands/attach-plans'
import { dbCheck } from './commands/db-check'
import { restore } from './commands/restore'
import { demo } from './commands/demo'
import { exportCommand } from './commands/export'
import { frameworks } from './commands/frameworks'
import { importCases } from './commands/import-cases'
import { reportCommand } from './commands/report'
import { sample } from './commands/sample'
import { processIo, UsageError } from './io'
import type { CliIo } from './io'

type Command = (args: string[], io: CliIo) => Promise<number>

/** Subcommands by their words; later issues add theirs here. */
const COMMANDS: Record<string, { run: Command; summary: string }> = {
  'db check': {
    run: dbCheck,
    summary: 'check a store: integrity, schema version, audit-trail chain'
  },
  restore: {
    run: restore,
    summary: 'put a backup in place of a damaged store (the old file is kept, never deleted)'
  },
  'import-cases': {
    run: importCases,
    summary: 'import a case list (CSV or XLSX): preview, then commit unless a row has a problem'
  },
  'attach-plans': {
    run: attachPlansCommand,
    summary: 'attach plan documents (.docx, .pdf, .txt, .rtf) from files or folders to cases'
  },
  analyze: {
    run: analyze,
    summary: 'find the actions in plans and flag missing timescales, owners and outcomes'
  },
  sample: {
    run: sample,
    summary: "draw a cycle's sample (creates the cycle if it does not exist)"
  },
  agreement: {
    run: agreementCommand,
    summary: "agreement statistics of a cycle's moderations, or of a CSV of paired grades"
  },
  frameworks: {
    run: frameworks,
    summary: 'list, export (JSON) or import audit frameworks'
  },
  demo: {
    run: demo,
    summary: 'fill a new store with synthetic demo data (300 cases, a sampled cycle, audits)'
  },
  export: {
    run: exportCommand,
    summary: 'write a CSV export (scores, audits or actions) of a cycle or all cycles'
  },
  report: {
    run: reportCommand,
    summary: "write a cycle's printable report as a self-contained HTML file"
  }
}

const HELP = `care-audit ${APP_VERSION}: the Care Plan Audit command line

Usage: node out/main/cli.js <command> [options]     (or: npm run -s cli -- <command> ...)

Commands:
${Object.entries(COMMANDS)
  .map(([words, command]) => `  ${words.padEnd(14)} ${command.summary}`)
  .join('\n')}

Options:
  --help, -h     show help (also after a command)
  --version, -v  print the version

Output for --json is JSON alone on stdout; messages go to stderr.`

/** Finds the longest command whose words start the argument list. */
function findCommand(argv: string[]): { run: Command; rest: string[] } | null {
  for (const words of Object.keys(COMMANDS).sort((a, b) => b.length - a.length)) {
    const parts = words.split(' ')
    if (parts.every((part, index) => argv[index] === part)) {
      return { run: COMMANDS[words]!.run, rest: argv.slice(parts.length) }
    }
  }
  return null
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(HELP)
    return 0
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.out(APP_VERSION)
    return 0
  }
  const command = findCommand(argv)
  if (!command) {
    io.err(`Unknown command: ${argv.join(' ')}. Run with --help to see the commands.`)
    return 2
  }
  try {
    return await command.run(command.rest, io)
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${(error as Error).message}. Run with --help for usage.`)
      return 2
    }
    io.err(error instanceof Error ? error.message : String(error))
    return 1
  }
}

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
