import { extname } from 'node:path'
import { parseArgs } from 'node:util'
import { analyseFile } from '../../../shared/analysis'
import type { FileAnalysis } from '../../../shared/analysis'
import { decodeText } from '../../services/case-import/decode'
import { extractPlanText } from '../../services/plan-text'
import type { CliIo } from '../io'
import { CommandFailure, plural, readFileOrFail, UsageError } from '../io'

export const ANALYZE_USAGE = `Usage: care-audit analyze FILE... [--json] [--lines] [--plan-date YYYY-MM-DD]

Finds the actions in each plan and says which lack a clear timescale, an owner, or an outcome for
the child. It points; the auditor judges. Reads .docx, .pdf and .rtf documents, and any other
file as plain text (UTF-8, UTF-16 or Windows-1252). Touches no store.
  --json                one JSON array, one element per file, on stdout (nothing else)
  --lines               every non-empty line is one action (bullets and numbering stripped)
  --plan-date DATE      the plan's date: resolves relative timescales and flags past-due actions`

/**
 * Plain text is analysed as the file holds it, so start and end are offsets into its own text
 * (after any byte-order mark); documents are analysed as their extracted text.
 */
async function planText(path: string): Promise<string> {
  const bytes = readFileOrFail(path)
  const extension = extname(path).toLowerCase()
  if (extension === '.txt' || extension === '.text' || extension === '')
    return decodeText(bytes).text
  const reading = await extractPlanText(path, bytes)
  if ('error' in reading) throw new CommandFailure(reading.error)
  return reading.text
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`
}

function report(analysis: FileAnalysis): string {
  const { summary } = analysis
  const lines = [
    `${analysis.file}: ${plural(summary.actions, 'action')}`,
    `  clear timescale ${summary.withTimescale} (${percent(summary.withTimescale, summary.actions)}),` +
      ` owner ${summary.withOwner} (${percent(summary.withOwner, summary.actions)}),` +
      ` outcome for the child ${summary.outcomeFocused} (${percent(summary.outcomeFocused, summary.actions)})`,
    `  contingency plan: ${summary.contingency ? 'yes' : 'NOT FOUND'}; child's views: ${summary.childsVoice ? 'yes' : 'NOT FOUND'}` +
      (summary.tooManyActions ? `; more than 8 actions` : '')
  ]
  for (const action of analysis.actions) {
    if (action.flags.length === 0) continue
    const text = action.text.length > 70 ? `${action.text.slice(0, 67)}...` : action.text
    lines.push(`  line ${action.line}: ${action.flags.join(', ')}: ${text}`)
  }
  return lines.join('\n')
}

/** `analyze`: the plan analyser over files, exactly as DESIGN.md's analyser contract says. */
export async function analyze(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      lines: { type: 'boolean' },
      'plan-date': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.out(ANALYZE_USAGE)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('analyze needs at least one FILE')
  const planDate = values['plan-date']
  if (planDate !== undefined && !isRealDate(planDate)) {
    throw new UsageError(
      `--plan-date must be a real date written YYYY-MM-DD, not ${JSON.stringify(planDate)}`
    )
  }
  try {
    const analyses: FileAnalysis[] = []
    for (const file of positionals) {
      analyses.push(
        analyseFile(file, await planText(file), { planDate, lines: values.lines ?? false })
      )
    }
    io.out(values.json ? JSON.stringify(analyses, null, 2) : analyses.map(report).join('\n\n'))
    return 0
  } catch (error) {
    if (error instanceof CommandFailure) {
      io.err(error.message)
      return 1
    }
    throw error
  }
}
