import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'papaparse'
import type { AgreementReport, AgreementRow } from '../../../shared/contract'
import { agreement } from '../../../shared/stats'
import type { AgreementStats, GradeOrNA } from '../../../shared/stats'
import type { CliIo } from '../io'
import { callOrFail, CommandFailure, readFileOrFail, UsageError, withStore } from '../io'

export const AGREEMENT_USAGE = `Usage: care-audit agreement --db PATH --cycle NAME [--json]
       care-audit agreement --pairs FILE.csv [--json]

Agreement between first audits and their blind moderations in the cycle NAME: per criterion,
for the overall judgement, for all criteria together and per pair of auditors. Each row gives
the pairs compared, the pairs left out for N/A, exact agreement, Cohen's kappa, linearly and
quadratically weighted kappa (with Landis and Koch's words for them), Gwet's AC1, and a flag
where weighted kappa is below 0.60 or agreement below 75%.

With --pairs, the same statistics for a CSV of paired grades, to check them against another
tool: a header a,b then one pair a line, each grade 1 to 4 or NA (also na, N/A). With --json it
prints {"pairs", "excluded", "percentAgreement", "kappa", "kappaLinear", "kappaQuadratic",
"ac1"}: proportions from 0 to 1, null where a statistic is undefined.

Conventions: the scale is always 1-4 (for the marginals and AC1's four categories too); linear
weights 1 - |i-j|/3, quadratic 1 - (i-j)^2/9; a pair with NA on either side is left out and
counted.

Exit 0 on success, 1 when the file has a bad value (named by row) or the cycle is not found,
2 for a usage mistake.`

interface Options {
  db: string | undefined
  cycle: string | undefined
  pairs: string | undefined
  json: boolean
}

function readOptions(args: string[]): Options | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      cycle: { type: 'string' },
      pairs: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) return 'help'
  if (values.pairs !== undefined && (values.db !== undefined || values.cycle !== undefined)) {
    throw new UsageError('give --pairs FILE.csv, or --db PATH with --cycle NAME, not both')
  }
  if (values.pairs === undefined) {
    if (!values.db)
      throw new UsageError('agreement needs --db PATH and --cycle NAME, or --pairs FILE.csv')
    if (!values.cycle?.trim()) throw new UsageError('agreement needs --cycle NAME with --db')
  }
  return {
    db: values.db,
    cycle: values.cycle?.trim(),
    pairs: values.pairs,
    json: values.json === true
  }
}

const NOT_APPLICABLE = new Set(['na', 'n/a'])

/** One cell of the pairs file: a grade, null for N/A, or a message saying what is wrong. */
function gradeOf(text: string): GradeOrNA | string {
  const value = text.trim()
  if (/^[1-4]$/.test(value)) return Number(value) as GradeOrNA
  if (NOT_APPLICABLE.has(value.toLowerCase())) return null
  if (value === '') return 'is empty: give a grade 1 to 4, or NA'
  return `"${value.slice(0, 40)}" is not a grade: use 1, 2, 3, 4 or NA`
}

/** Reads a two-column CSV of paired grades; any problem names the file, row and column. */
export function readPairs(path: string, text: string): [GradeOrNA, GradeOrNA][] {
  const name = basename(path)
  const parsed = parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [header, ...rows] = parsed.data
  if (!header)
    throw new CommandFailure(`${name} is empty: it needs a header a,b and one pair a line.`)
  const columns = header.map((cell) => cell.trim().toLowerCase())
  if (columns.length !== 2 || columns[0] !== 'a' || columns[1] !== 'b') {
    throw new CommandFailure(
      `${name}: the first line must be the header a,b (it is "${header.join(',').slice(0, 60)}").`
    )
  }
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes')
  if (quoteError) {
    const row = (quoteError.row ?? 0) as number
    throw new CommandFailure(`${name}, row ${row} (line ${row + 1}): a quote is not closed.`)
  }
  return rows.map((cells, index) => {
    const row = index + 1
    const where = `${name}, row ${row} (line ${row + 1})`
    if (cells.length !== 2) {
      throw new CommandFailure(`${where} has ${cells.length} values; each row needs two: a,b.`)
    }
    const pair = cells.map((cell, column) => {
      const grade = gradeOf(cell)
      if (typeof grade === 'string') {
        throw new CommandFailure(`${where}, column ${column === 0 ? 'a' : 'b'}: ${grade}.`)
      }
      return grade
    })
    return [pair[0]!, pair[1]!]
  })
}

function number(value: number | null, places = 2): string {
  return value === null ? 'not defined' : value.toFixed(places)
}

function percent(value: number | null): string {
  return value === null ? 'not defined' : `${(value * 100).toFixed(1)}%`
}

function statsLines(stats: AgreementStats): string[] {
  return [
    `Pairs compared:            ${stats.pairs}`,
    `Left out (N/A):            ${stats.excluded}`,
    `Exact agreement:           ${percent(stats.percentAgreement)}`,
    `Cohen's kappa:             ${number(stats.kappa, 4)}`,
    `Linearly weighted kappa:   ${number(stats.kappaLinear, 4)}`,
    `Quadratically weighted:    ${number(stats.kappaQuadratic, 4)}`,
    `Gwet's AC1:                ${number(stats.ac1, 4)}`
  ]
}

const HEADINGS = [
  '',
  'Pairs',
  'N/A',
  'Agreement',
  'Kappa',
  'Linear kappa',
  'Quadratic kappa',
  'AC1',
  'Flag'
]

function tableRow(label: string, row: AgreementRow): string[] {
  const { stats } = row
  const banded = (value: number | null, band: string | null) =>
    value === null ? 'not defined' : `${value.toFixed(2)} ${band ?? ''}`.trimEnd()
  return [
    label,
    String(stats.pairs),
    String(stats.excluded),
    percent(stats.percentAgreement),
    number(stats.kappa),
    banded(stats.kappaLinear, row.bandLinear),
    banded(stats.kappaQuadratic, row.bandQuadratic),
    number(stats.ac1),
    row.flags.length > 0 ? `Below threshold: ${row.flags.join('; ')}` : ''
  ]
}

/** The label, the two kappas with their words, and the flag read left to right. */
const LEFT_ALIGNED = new Set([0, 5, 6, 8])

/** Lines of aligned columns: words left-aligned, numbers right-aligned. */
function align(rows: string[][]): string[] {
  const widths = HEADINGS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  return rows.map((row) =>
    row
      .map((cell, i) => (LEFT_ALIGNED.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  )
}

function formatReport(report: AgreementReport): string {
  const lines = [
    `Agreement in ${report.cycleName}: ${report.completed} moderated audit${report.completed === 1 ? '' : 's'} compared (each first audit against its blind moderation).`,
    ''
  ]
  lines.push(
    ...align([
      ['Criterion', ...HEADINGS.slice(1)],
      ...report.criteria.map((row) => tableRow(row.title, row)),
      tableRow(report.overall.title, report.overall),
      tableRow(report.allCriteria.title, report.allCriteria)
    ])
  )
  if (report.byPair.length > 0) {
    lines.push('', 'By pair of auditors:')
    lines.push(
      ...align([
        ['Pair', ...HEADINGS.slice(1)],
        ...report.byPair.flatMap((pair) => {
          const who = `${pair.auditorA.name} and ${pair.auditorB.name}`
          return [
            tableRow(`${who}: overall`, pair.overall),
            tableRow(`${who}: all criteria`, pair.allCriteria)
          ]
        })
      ])
    )
  }
  return lines.join('\n')
}

/** SQLite's NOCASE, which cycle names are unique under, folds ASCII letters only. */
function sameName(a: string, b: string): boolean {
  const fold = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase())
  return fold(a) === fold(b)
}

async function cycleReport(db: string, cycleName: string): Promise<AgreementReport> {
  if (!existsSync(db)) throw new CommandFailure(`There is no audit store at ${db}. Check the path.`)
  return withStore(db, async (context) => {
    const cycles = await callOrFail(context, 'cycles:list', undefined)
    const cycle = cycles.find((item) => sameName(item.name, cycleName))
    if (!cycle) {
      const names = cycles.map((item) => `"${item.name}"`).join(', ')
      throw new CommandFailure(
        `There is no cycle called "${cycleName}" in ${db}.${names ? ` Its cycles: ${names}.` : ''}`
      )
    }
    return await callOrFail(context, 'moderation:agreement', { cycleId: cycle.id })
  })
}

/**
 * `agreement`: a cycle's agreement statistics through the same moderation:agreement call the
 * Moderation screen makes, or the same statistics for a CSV of paired grades.
 */
export async function agreementCommand(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args)
  if (options === 'help') {
    io.out(AGREEMENT_USAGE)
    return 0
  }
  if (options.pairs !== undefined) {
    const text = readFileOrFail(options.pairs).toString('utf8')
    const stats = agreement(readPairs(options.pairs, text))
    io.out(options.json ? JSON.stringify(stats) : statsLines(stats).join('\n'))
    return 0
  }
  const report = await cycleReport(options.db!, options.cycle!)
  io.out(options.json ? JSON.stringify(report, null, 2) : formatReport(report))
  return 0
}
