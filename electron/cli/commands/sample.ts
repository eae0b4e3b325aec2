import { parseArgs } from 'node:util'
import { SampleSpec } from '../../../shared/contract'
import type {
  CallInput,
  CallName,
  CallOutput,
  SampleResult,
  SampleSpecInput,
  StratifyBy
} from '../../../shared/contract'
import type { CycleSummary, PlanType } from '../../../shared/domain'
import { groupsOutOfReach } from '../../../shared/sample-cover'
import { normalisePlanType } from '../../services/case-import/values'
import { unknownTeamsMessage } from '../../services/sampling'
import { closeAppContext, createAppContext } from '../../context'
import { dispatch } from '../../dispatch'
import { createHandlers } from '../../handlers'
import type { Handlers } from '../../handlers'
import { APP_VERSION } from '../../version'
import type { CliIo } from '../io'
import { UsageError } from '../io'

export const SAMPLE_USAGE = `Usage: care-audit sample --db PATH --cycle NAME (--size N | --percent P | --quota N)
                        [--stratify team,plan_type] [--exclude-audited-months M]
                        [--exclude-closed | --include-closed] [--exclude-without-plan]
                        [--plan-types CP,CLA] [--team NAME]... [--seed S] [--json]

Draws a random sample of cases for the audit cycle NAME and prints the sampled case references
and the strata table: each stratum's eligible population, its exact proportional share and how
many cases it gave. If there is no cycle called NAME (ignoring case) it is created first, so a
scripted monthly run needs only this command. Running it again for a cycle redraws its sample,
until an audit has started in the cycle.

  --size N                    sample N cases (all of them if fewer are eligible)
  --percent P                 sample P% of the eligible cases (at least one)
  --quota N                   sample N cases from every stratum (needs --stratify)
  --stratify team,plan_type   spread the sample across teams and/or plan types, in proportion
  --exclude-audited-months M  leave out cases audited in the last M months (default 12; 0 = none)
  --exclude-closed            leave out closed cases (the default)
  --include-closed            sample closed cases too
  --exclude-without-plan      leave out cases with no plan document
  --plan-types CP,CLA         sample only these plan types (CIN, CP, CLA, PATHWAY, EARLY_HELP,
                              or a name the case-list import knows, like "Child Protection")
  --team NAME                 sample only this team; repeat it for several teams. Each must be
                              written as the case list writes it.
  --seed S                    the seed: the same seed, cases and options give the same sample.
                              Without one, a new seed is made up and printed.
  --json                      print the result as JSON alone on stdout

Exit 0 when the sample is saved, 1 when it cannot be drawn (for example audits have started in
the cycle, or no case is eligible), 2 for a usage mistake.`

const STRATA: Record<string, StratifyBy> = {
  team: 'team',
  plan_type: 'planType',
  'plan-type': 'planType',
  plantype: 'planType'
}

function wholeNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${option} needs a whole number`)
  return Number(value)
}

function percentage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim().replace(/%$/, '')
  if (!/^\d+(\.\d+)?$/.test(trimmed)) throw new UsageError('--percent needs a number, like 10')
  return Number(trimmed)
}

function planTypeScope(value: string | undefined): PlanType[] | undefined {
  if (value === undefined) return undefined
  return value.split(',').map((word) => {
    const planType = normalisePlanType(word.trim())
    if (!planType) {
      throw new UsageError(
        `--plan-types takes CIN, CP, CLA, PATHWAY or EARLY_HELP, not "${word.trim()}"`
      )
    }
    return planType
  })
}

function stratification(value: string | undefined): StratifyBy[] {
  if (value === undefined) return []
  return value.split(',').map((word) => {
    const by = STRATA[word.trim().toLowerCase()]
    if (!by) throw new UsageError(`--stratify takes team and/or plan_type, not "${word.trim()}"`)
    return by
  })
}

interface SampleOptions {
  db: string
  cycle: string
  spec: SampleSpecInput
  json: boolean
}

/** Reads the options into a spec; every mistake a person could make here is a usage error. */
function readOptions(args: string[]): SampleOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      cycle: { type: 'string' },
      size: { type: 'string' },
      percent: { type: 'string' },
      quota: { type: 'string' },
      stratify: { type: 'string' },
      'exclude-audited-months': { type: 'string' },
      'exclude-closed': { type: 'boolean' },
      'include-closed': { type: 'boolean' },
      'exclude-without-plan': { type: 'boolean' },
      'plan-types': { type: 'string' },
      team: { type: 'string', multiple: true },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) return 'help'
  if (!values.db) throw new UsageError('sample needs --db PATH')
  if (!values.cycle?.trim()) throw new UsageError('sample needs --cycle NAME')
  if (values['exclude-closed'] && values['include-closed']) {
    throw new UsageError('give --exclude-closed or --include-closed, not both')
  }
  const size = wholeNumber('size', values.size)
  const percent = percentage(values.percent)
  const quota = wholeNumber('quota', values.quota)
  const sizings = [size, percent, quota].filter((value) => value !== undefined).length
  if (sizings !== 1) throw new UsageError('give one of --size, --percent or --quota')
  const months = wholeNumber('exclude-audited-months', values['exclude-audited-months'])
  const planTypes = planTypeScope(values['plan-types'])
  const spec: SampleSpecInput = {
    ...(size !== undefined ? { size } : {}),
    ...(percent !== undefined ? { percent } : {}),
    ...(quota !== undefined ? { allocation: 'quota' as const, quota } : {}),
    stratifyBy: stratification(values.stratify),
    excludeClosed: !values['include-closed'],
    excludeWithoutPlan: values['exclude-without-plan'] === true,
    ...(months !== undefined ? { excludeAuditedWithinMonths: months } : {}),
    ...(planTypes !== undefined ? { planTypes } : {}),
    ...(values.team !== undefined ? { teams: values.team } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {})
  }
  // Checked here as well as by the call, so a bad spec never leaves a new, empty cycle behind.
  const checked = SampleSpec.safeParse(spec)
  if (!checked.success) {
    throw new UsageError(checked.error.issues.map((issue) => issue.message).join('; '))
  }
  return { db: values.db, cycle: values.cycle.trim(), spec, json: values.json === true }
}

/** A call through the same dispatch as the app; an error becomes an exception with its code. */
async function call<N extends CallName>(
  handlers: Handlers,
  name: N,
  input: CallInput<N>
): Promise<CallOutput<N>> {
  const result = await dispatch(handlers, name, input)
  if (!result.ok) {
    throw Object.assign(new Error(result.error.message), { appCode: result.error.code })
  }
  return result.value as CallOutput<N>
}

/** SQLite's NOCASE, which the cycle names are unique under, folds ASCII letters only. */
function sameName(a: string, b: string): boolean {
  const fold = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase())
  return fold(a) === fold(b)
}

async function findOrCreateCycle(
  handlers: Handlers,
  name: string
): Promise<{ cycle: CycleSummary; created: boolean }> {
  const cycles = await call(handlers, 'cycles:list', undefined)
  const existing = cycles.find((cycle) => sameName(cycle.name, name))
  if (existing) return { cycle: existing, created: false }
  return { cycle: await call(handlers, 'cycles:create', { name }), created: true }
}

function formatReport(result: SampleResult, cycleName: string, created: boolean): string {
  const { outOfScope, closed, recentlyAudited, withoutPlan } = result.excluded
  const { planTypes, teams } = result.spec
  const months = result.spec.excludeAuditedWithinMonths
  const outside = planTypes || teams ? `${outOfScope} outside the plan types or teams, ` : ''
  const lines = [
    `Cycle: ${cycleName}${created ? ' (created)' : ''}`,
    `Seed: ${result.seed}   (run again with --seed ${result.seed} for the same sample)`
  ]
  if (planTypes) lines.push(`Plan types: ${planTypes.join(', ')} only`)
  if (teams) lines.push(`Teams: ${teams.join(', ')} only`)
  lines.push(
    `Eligible cases: ${result.eligible} (left out: ${outside}${closed} closed, ${recentlyAudited} audited in the last ${months} months, ${withoutPlan} without a plan document)`
  )
  if (result.spec.size !== undefined && result.spec.size > result.eligible) {
    lines.push(
      `Asked for ${result.spec.size} cases but only ${result.eligible} are eligible: all of them were taken.`
    )
  }
  const width = Math.max(7, ...result.strata.map((stratum) => stratum.stratum.length))
  const row = (label: string, population: string, share: string, sampled: string): string =>
    `${label.padEnd(width)}  ${population.padStart(10)}  ${share.padStart(11)}  ${sampled.padStart(7)}`
  lines.push('', row('Stratum', 'Population', 'Exact share', 'Sampled'))
  for (const stratum of result.strata) {
    lines.push(
      row(
        stratum.stratum,
        String(stratum.population),
        stratum.exactShare.toFixed(2),
        String(stratum.sampled)
      )
    )
  }
  const total = (pick: (s: SampleResult['strata'][number]) => number): number =>
    result.strata.reduce((sum, stratum) => sum + pick(stratum), 0)
  lines.push(
    row(
      'Total',
      String(total((s) => s.population)),
      result.spec.allocation === 'quota' ? '' : total((s) => s.exactShare).toFixed(2),
      String(result.cases.length)
    )
  )
  const reach = groupsOutOfReach(result)
  if (reach) {
    lines.push(
      '',
      `${reach.sampled} cases cannot cover all ${reach.groups} strata, so ${reach.missed.length === 1 ? 'the one with the smallest share has' : `the ${reach.missed.length} with the smallest shares have`} none: ${reach.missed.map((stratum) => stratum.stratum).join(', ')}.`,
      `To include every stratum, draw at least ${reach.groups} cases.`
    )
  }
  lines.push('', `Sampled cases (${result.cases.length}):`)
  const refWidth = Math.max(0, ...result.cases.map((item) => item.caseRef.length))
  for (const item of result.cases) {
    lines.push(`${item.caseRef.padEnd(refWidth)}  ${item.stratum ?? ''}`.trimEnd())
  }
  return lines.join('\n')
}

/**
 * `sample`: finds or creates the cycle by name and draws its sample, through the same calls the
 * Sample screen makes (cycles:list, cycles:create, sample:draw).
 */
export async function sample(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args)
  if (options === 'help') {
    io.out(SAMPLE_USAGE)
    return 0
  }
  const context = await createAppContext({
    transport: 'cli',
    version: APP_VERSION,
    storePath: options.db
  })
  let created = false
  try {
    const handlers = createHandlers(context)
    // A misspelt team is a usage mistake: caught before a new cycle is made for the draw.
    const teams = options.spec.teams ?? []
    if (teams.length > 0) {
      const known = new Set(await call(handlers, 'cases:teams', undefined))
      const unknown = teams.filter((team) => !known.has(team.trim()))
      if (unknown.length > 0) {
        io.err(unknownTeamsMessage(unknown))
        return 2
      }
    }
    const found = await findOrCreateCycle(handlers, options.cycle)
    created = found.created
    const result = await call(handlers, 'sample:draw', {
      cycleId: found.cycle.id,
      spec: options.spec,
      dryRun: false
    })
    io.out(
      options.json
        ? JSON.stringify(
            { cycle: { id: found.cycle.id, name: found.cycle.name, created }, ...result },
            null,
            2
          )
        : formatReport(result, found.cycle.name, created)
    )
    return 0
  } catch (error) {
    const code = (error as { appCode?: string }).appCode
    if (code === undefined) throw error
    io.err(error instanceof Error ? error.message : String(error))
    if (created) io.err(`The cycle "${options.cycle}" was created but has no sample yet.`)
    return code === 'invalid-input' ? 2 : 1
  } finally {
    closeAppContext(context)
  }
}
