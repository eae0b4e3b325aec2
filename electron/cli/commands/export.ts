import { parseArgs } from 'node:util'
import { ExportKind, ReportFilters } from '../../../shared/contract'
import { PLAN_TYPES } from '../../../shared/domain'
import type { PlanType } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { requireStore } from '../../context'
import { checkFilters, exportCsvFile } from '../../services/export'
import { localToday } from '../../services/reports/dashboard'
import type { Store } from '../../store/open'
import type { CliIo } from '../io'
import { plural, UsageError, withStore } from '../io'

export const EXPORT_USAGE = `Usage: care-audit export --db PATH --kind scores|audits|actions --out FILE
                        [--cycle NAME] [--team TEAM] [--plan-type TYPE] [--auditor NAME] [--json]

Writes one of the three CSV exports (their columns are listed in the README's data dictionary):
  scores    one row per audit and criterion: primary, moderation and agreed grades, evidence
  audits    one row per audit, with a grade column per criterion
  actions   one row per action arising from an audited plan

The file is UTF-8 with a byte-order mark, CRLF line ends and RFC 4180 quoting, so Excel opens it
as it is. It is written to FILE.partial and renamed when complete: a failed export leaves no file.

  --cycle NAME       one cycle (its name, ignoring case); without it, every cycle
  --team TEAM        only this team's cases
  --plan-type TYPE   only this plan type: ${PLAN_TYPES.join(', ')}
  --auditor NAME     only plans this auditor audited first
  --json             print { "file", "rows" } as JSON alone on stdout

Exit 0 when the file is written, 1 when it cannot be (no such cycle or auditor, a folder that
does not exist), 2 for a usage mistake.`

/** The filter options the export and report commands share. */
export const FILTER_OPTIONS = {
  db: { type: 'string' },
  cycle: { type: 'string' },
  team: { type: 'string' },
  'plan-type': { type: 'string' },
  auditor: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

export interface FilterWords {
  cycle?: string
  team?: string
  'plan-type'?: string
  auditor?: string
}

function planTypeOption(value: string | undefined): PlanType | undefined {
  if (value === undefined) return undefined
  const upper = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_')
  const found = PLAN_TYPES.find((type) => type === upper)
  if (!found) throw new UsageError(`--plan-type takes one of ${PLAN_TYPES.join(', ')}`)
  return found
}

/** Turns the words on the command line into the dashboard's filters, by name as people type them. */
export function filtersFromWords(store: Store, words: FilterWords): ReportFilters {
  const filters: ReportFilters = {}
  if (words.cycle !== undefined) {
    const id = store
      .prepare('SELECT id FROM cycles WHERE name = ? COLLATE NOCASE')
      .pluck()
      .get(words.cycle.trim()) as number | undefined
    if (id === undefined)
      throw new AppError('not-found', `There is no audit cycle called "${words.cycle}".`)
    filters.cycleId = id
  }
  if (words.team !== undefined) filters.team = words.team.trim()
  const planType = planTypeOption(words['plan-type'])
  if (planType) filters.planType = planType
  if (words.auditor !== undefined) {
    const id = store
      .prepare('SELECT id FROM auditors WHERE name = ? COLLATE NOCASE')
      .pluck()
      .get(words.auditor.trim()) as number | undefined
    if (id === undefined)
      throw new AppError('not-found', `There is no auditor called "${words.auditor}".`)
    filters.auditorId = id
  }
  const checked = ReportFilters.safeParse(filters)
  if (!checked.success) throw new UsageError(checked.error.issues.map((i) => i.message).join('; '))
  checkFilters(store, checked.data)
  return checked.data
}

/** `export`: one CSV export of a store, for scripted monthly returns. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...FILTER_OPTIONS, kind: { type: 'string' }, out: { type: 'string' } }
  })
  if (values.help) {
    io.out(EXPORT_USAGE)
    return 0
  }
  if (!values.db) throw new UsageError('export needs --db PATH')
  const kind = ExportKind.safeParse(values.kind)
  if (!kind.success) throw new UsageError('export needs --kind scores, audits or actions')
  const out = values.out
  if (!out) throw new UsageError('export needs --out FILE')
  return withStore(values.db, async (context) => {
    const store = requireStore(context)
    const filters = filtersFromWords(store, values)
    const result = exportCsvFile(store, kind.data, filters, out, localToday())
    io.out(
      values.json
        ? JSON.stringify({ file: result.path, rows: result.rows })
        : `Wrote ${plural(result.rows, 'row')} to ${result.path}`
    )
    return 0
  })
}
