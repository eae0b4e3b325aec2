import type { ParsedInput, SampledCase, SampleResult } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { appendEvent } from '../store/events'
import type { Store } from '../store/open'
import { currentAuditorId } from './auditors'
import { computeSample } from './sampling/draw'
import type { ComputedSample } from './sampling/draw'
import {
  auditedSince,
  caseDetails,
  exclusionOf,
  exclusionRules,
  loadOneCase,
  loadPopulation,
  stratumOf
} from './sampling/population'
import type { CaseDetails, ExclusionReason, PopulationCase } from './sampling/population'
import { generateSeed, pickOne, SAMPLING_ALGORITHM, streamFor } from './sampling/random'
import { currentSample, sampledCase, sortSample } from './sampling/rows'
import { requireDrawnSample, requireOpenCycle, saveStoredSample } from './sampling/stored'
import type { CycleForSampling, StoredSample } from './sampling/stored'

/** Why the rows a redraw drops leave the sample; the history shows it. */
export const REDRAWN = 'Redrawn'

const EXCLUSION_WORDS: Record<ExclusionReason, string> = {
  outOfScope: 'it is not of a plan type or in a team this sample covers',
  closed: 'it is closed',
  recentlyAudited: 'it was audited within the months this sample leaves out',
  withoutPlan: 'it has no plan document'
}

function auditsStartedInCycle(store: Store, cycleId: number): boolean {
  return store.prepare('SELECT 1 FROM audits WHERE cycle_id = ? LIMIT 1').get(cycleId) !== undefined
}

function auditStarted(store: Store, cycleId: number, caseId: number): boolean {
  return (
    store
      .prepare('SELECT 1 FROM audits WHERE cycle_id = ? AND case_id = ? LIMIT 1')
      .get(cycleId, caseId) !== undefined
  )
}

interface CycleCaseRow {
  id: number
  case_id: number
  case_ref: string
  state: 'sampled' | 'replaced' | 'removed'
  stratum: string | null
  ended_reason: string | null
}

const CYCLE_CASE_SQL = `
  SELECT cc.id, cc.case_id, c.case_ref, cc.state, cc.stratum, cc.ended_reason
  FROM cycle_cases cc JOIN cases c ON c.id = cc.case_id`

/** Every row a cycle's sample has had, in any state. */
function cycleCaseRows(store: Store, cycleId: number): CycleCaseRow[] {
  return store.prepare(`${CYCLE_CASE_SQL} WHERE cc.cycle_id = ?`).all(cycleId) as CycleCaseRow[]
}

/** The rows of the cases in a cycle's sample now. */
function sampledRows(store: Store, cycleId: number): CycleCaseRow[] {
  return store
    .prepare(`${CYCLE_CASE_SQL} WHERE cc.cycle_id = ? AND cc.state = 'sampled'`)
    .all(cycleId) as CycleCaseRow[]
}

function rowInSample(store: Store, cycleId: number, caseId: number): CycleCaseRow | undefined {
  return store
    .prepare(`${CYCLE_CASE_SQL} WHERE cc.cycle_id = ? AND cc.case_id = ? AND cc.state = 'sampled'`)
    .get(cycleId, caseId) as CycleCaseRow | undefined
}

interface SampleRowInput {
  cycleId: number
  caseId: number
  stratum: string
  seed: string | null
  source: SampledCase['source']
  replacesId: number | null
  reason: string | null
  addedBy: number | null
  addedAt: string
}

/**
 * Puts cases into a cycle's sample. The table keeps one row per cycle and case (its history is in
 * the audit trail), so a case that was in the sample before, then replaced, removed or dropped by a
 * redraw, gets its row back with the new details rather than a second row. Prepared once per piece
 * of work, as a draw writes hundreds of rows.
 */
function sampleWriter(store: Store): (row: SampleRowInput) => number {
  const upsert = store.prepare(
    `INSERT INTO cycle_cases
       (cycle_id, case_id, stratum, seed, source, state, replaces_id, reason, added_by, added_at)
     VALUES (@cycleId, @caseId, @stratum, @seed, @source, 'sampled', @replacesId, @reason,
             @addedBy, @addedAt)
     ON CONFLICT (cycle_id, case_id) DO UPDATE SET
       stratum = excluded.stratum, seed = excluded.seed, source = excluded.source,
       state = 'sampled', replaces_id = excluded.replaces_id, reason = excluded.reason,
       added_by = excluded.added_by, added_at = excluded.added_at,
       ended_reason = NULL, ended_at = NULL
     RETURNING id`
  )
  return (row) => (upsert.get(row) as { id: number }).id
}

function putInSample(store: Store, row: SampleRowInput): number {
  return sampleWriter(store)(row)
}

function sampleEnder(
  store: Store
): (id: number, state: 'replaced' | 'removed', reason: string, at: string) => void {
  const end = store.prepare(
    'UPDATE cycle_cases SET state = ?, ended_reason = ?, ended_at = ? WHERE id = ?'
  )
  return (id, state, reason, at) => {
    end.run(state, reason, at, id)
  }
}

function endInSample(
  store: Store,
  id: number,
  state: 'replaced' | 'removed',
  reason: string,
  at: string
): void {
  sampleEnder(store)(id, state, reason, at)
}

function toResult(
  cycleId: number,
  computed: ComputedSample,
  cases: SampledCase[],
  dryRun: boolean
): SampleResult {
  return {
    cycleId,
    seed: computed.spec.seed ?? '',
    spec: computed.spec,
    eligible: computed.eligible,
    excluded: computed.excluded,
    strata: computed.strata,
    cases,
    dryRun
  }
}

/** A preview's rows: nothing is saved, so cycleCaseId is 0. */
function previewCases(computed: ComputedSample, details: Map<number, CaseDetails>): SampledCase[] {
  const cases = computed.picks.map(({ item, stratum }): SampledCase => {
    const shown = details.get(item.id)!
    return {
      cycleCaseId: 0,
      caseId: item.id,
      caseRef: shown.caseRef,
      planType: shown.planType,
      team: shown.team,
      socialWorker: shown.socialWorker,
      stratum: stratum.label,
      source: 'sample',
      reason: null,
      hasPlan: shown.hasPlan,
      auditStarted: false,
      safeguardingFlag: false
    }
  })
  return sortSample(cases, computed.strata)
}

function pickedRefs(computed: ComputedSample, details: Map<number, CaseDetails>): string[] {
  return computed.picks.map((pick) => details.get(pick.item.id)!.caseRef).sort()
}

function describeExclusions(computed: ComputedSample): string {
  const { outOfScope, closed, recentlyAudited, withoutPlan } = computed.excluded
  const months = computed.spec.excludeAuditedWithinMonths
  const scope = outOfScope > 0 ? `${outOfScope} outside its plan types or teams, ` : ''
  return `${scope}${closed} closed, ${recentlyAudited} audited in the last ${months} months, ${withoutPlan} without a plan document`
}

/** Writes a draw: drops the old sample's rows (kept as history), saves the new one, logs it. */
function saveDraw(
  store: Store,
  cycle: CycleForSampling,
  computed: ComputedSample,
  details: Map<number, CaseDetails>,
  now: Date
): void {
  const at = now.toISOString()
  const seed = computed.spec.seed ?? ''
  const addedBy = currentAuditorId(store)
  const picked = new Set(computed.picks.map((pick) => pick.item.id))
  const before = sampledRows(store, cycle.id)
  const end = sampleEnder(store)
  for (const row of before) {
    if (!picked.has(row.case_id)) end(row.id, 'removed', REDRAWN, at)
  }
  const put = sampleWriter(store)
  for (const { item, stratum } of computed.picks) {
    put({
      cycleId: cycle.id,
      caseId: item.id,
      stratum: stratum.label,
      seed,
      source: 'sample',
      replacesId: null,
      reason: null,
      addedBy,
      addedAt: at
    })
  }
  const stored: StoredSample = {
    algorithm: SAMPLING_ALGORITHM,
    spec: computed.spec,
    referenceDate: at,
    requested: computed.requested,
    eligible: computed.eligible,
    excluded: computed.excluded,
    strata: computed.strata,
    replacements: 0
  }
  saveStoredSample(store, cycle.id, stored, at)
  appendEvent(
    store,
    {
      auditorId: addedBy,
      entity: 'sample',
      entityId: cycle.id,
      action: cycle.sample === null ? 'draw' : 'redraw',
      before:
        cycle.sample === null
          ? undefined
          : { seed: cycle.seed, caseRefs: before.map((row) => row.case_ref).sort() },
      after: {
        seed,
        spec: computed.spec,
        eligible: computed.eligible,
        excluded: computed.excluded,
        caseRefs: pickedRefs(computed, details)
      }
    },
    now
  )
}

/**
 * Draws a cycle's sample; the same seed, population and settings always give the same cases (see
 * sampling/draw.ts for the procedure). Without a seed a short one is made up, stored and shown.
 * Asking for more cases than are eligible takes every eligible case (spec.size then exceeds the
 * number drawn, which the screen and the command line point out).
 *
 * A cycle can be drawn again until an audit starts in it: the previous sample's cases leave it
 * with the reason "Redrawn" and stay in its history. With dryRun nothing is written: the screen
 * previews the draw, and a preview's cases carry cycleCaseId 0.
 */
export function drawSample(
  store: Store,
  input: ParsedInput<'sample:draw'>,
  now = new Date()
): SampleResult {
  const work = (): SampleResult => {
    const cycle = requireOpenCycle(store, input.cycleId)
    if (auditsStartedInCycle(store, cycle.id)) {
      throw new AppError(
        'conflict',
        'Audits have started in this cycle; replace or add cases instead of drawing again.'
      )
    }
    const seed = input.spec.seed ?? generateSeed()
    const since = auditedSince(now, input.spec.excludeAuditedWithinMonths)
    const population = loadPopulation(store, since, input.spec.excludeWithoutPlan)
    requireKnownTeams(population, input.spec.teams)
    const computed = computeSample(population, input.spec, seed)
    const details = caseDetails(
      store,
      computed.picks.map((pick) => pick.item.id)
    )
    if (input.dryRun) return toResult(cycle.id, computed, previewCases(computed, details), true)
    if (computed.eligible === 0) {
      throw new AppError(
        'conflict',
        `No cases are eligible for the sample (${describeExclusions(computed)}). Import the case list or change the exclusions.`
      )
    }
    saveDraw(store, cycle, computed, details, now)
    return toResult(cycle.id, computed, currentSample(store, cycle.id, computed.strata), false)
  }
  // A preview only reads, so it takes no write lock; a draw holds one from its first read.
  return input.dryRun ? store.transaction(work).deferred() : store.transaction(work).immediate()
}

/**
 * A team the scope names that no case is in is a misspelling (most likely typed at the command
 * line), not a team with nothing to sample: drawing would quietly leave it out.
 */
function requireKnownTeams(population: readonly PopulationCase[], teams: string[] | undefined) {
  if (!teams) return
  const known = new Set(population.map((item) => item.team))
  const unknown = teams.filter((team) => !known.has(team))
  if (unknown.length === 0) return
  const message = unknownTeamsMessage(unknown)
  throw new AppError('invalid-input', message, { teams: message })
}

/** Why a scope naming these teams cannot be drawn: no case is in any of them. */
export function unknownTeamsMessage(unknown: readonly string[]): string {
  const names = unknown.map((team) => `"${team}"`).join(', ')
  return `No case is in the team${unknown.length === 1 ? '' : 's'} ${names}. Write each team as the case list does (the Cases screen lists them).`
}

function requireInSample(store: Store, cycleId: number, caseId: number): CycleCaseRow {
  const row = rowInSample(store, cycleId, caseId)
  if (!row) throw new AppError('not-found', "That case is not in this cycle's sample.")
  return row
}

function requireNotStarted(store: Store, cycleId: number, row: CycleCaseRow, doing: string): void {
  if (auditStarted(store, cycleId, row.case_id)) {
    throw new AppError(
      'conflict',
      `The audit of that case has started in this cycle, so it cannot be ${doing}.`
    )
  }
}

function requireCase(
  store: Store,
  caseId: number,
  since: string | null
): PopulationCase & { caseRef: string } {
  const item = loadOneCase(store, caseId, since)
  if (!item) throw new AppError('not-found', `There is no case with id ${caseId}.`)
  return item
}

/**
 * Cases a random replacement must not bring (back) in: those in the sample now, and those a person
 * took out of it. Cases dropped by a redraw were never chosen against, so they stay candidates.
 */
function takenInCycle(store: Store, cycleId: number): Set<number> {
  const rows = cycleCaseRows(store, cycleId)
  return new Set(
    rows
      .filter((row) => row.state !== 'removed' || row.ended_reason !== REDRAWN)
      .map((row) => row.case_id)
  )
}

/**
 * A replacement for a sampled case: the one the officer chose, which must be eligible under the
 * cycle's exclusions (judged today) and not in the sample; or else a random eligible case from the
 * same stratum, drawn from the stream seed + "replacement N" (N counts this cycle's replacements
 * since the draw), so the same history of replacements always brings in the same cases.
 */
function chooseReplacement(
  store: Store,
  cycle: CycleForSampling & { seed: string; sample: StoredSample },
  old: CycleCaseRow,
  replacementCaseId: number | undefined,
  counter: number,
  now: Date
): { item: PopulationCase & { caseRef: string }; seed: string | null } {
  const spec = cycle.sample.spec
  const since = auditedSince(now, spec.excludeAuditedWithinMonths)
  if (replacementCaseId !== undefined) {
    const item = requireCase(store, replacementCaseId, since)
    if (rowInSample(store, cycle.id, item.id)) {
      throw new AppError('conflict', "The replacement case is already in this cycle's sample.")
    }
    const excluded = exclusionOf(item, exclusionRules(spec))
    if (excluded) {
      const message = `The replacement case cannot be sampled: ${EXCLUSION_WORDS[excluded]}.`
      throw new AppError('invalid-input', message, { replacementCaseId: message })
    }
    return { item, seed: null }
  }
  const stratum =
    old.stratum ?? stratumOf(requireCase(store, old.case_id, since), spec.stratifyBy).label
  const taken = takenInCycle(store, cycle.id)
  const rules = exclusionRules(spec)
  const candidates = loadPopulation(store, since, spec.excludeWithoutPlan).filter(
    (item) =>
      !taken.has(item.id) &&
      exclusionOf(item, rules) === null &&
      stratumOf(item, spec.stratifyBy).label === stratum
  )
  const stream = `replacement ${counter}`
  const picked = pickOne(candidates, streamFor(cycle.seed, stream))
  if (!picked) {
    throw new AppError(
      'conflict',
      `No eligible case is left in the stratum "${stratum}" to replace it with. Choose a replacement case instead.`
    )
  }
  return { item: requireCase(store, picked.id, since), seed: `${cycle.seed} / ${stream}` }
}

/**
 * Replaces a sampled case whose audit has not started, for a recorded reason: the old row becomes
 * 'replaced' (kept in the history) and the replacement joins with source 'replacement'. One event.
 */
export function replaceSampledCase(
  store: Store,
  input: ParsedInput<'sample:replace'>,
  now = new Date()
): SampledCase {
  return store
    .transaction(() => {
      const cycle = requireDrawnSample(store, input.cycleId)
      const old = requireInSample(store, cycle.id, input.caseId)
      requireNotStarted(store, cycle.id, old, 'replaced')
      const counter = cycle.sample.replacements + 1
      const chosen = chooseReplacement(store, cycle, old, input.replacementCaseId, counter, now)
      const at = now.toISOString()
      const addedBy = currentAuditorId(store)
      endInSample(store, old.id, 'replaced', input.reason, at)
      const id = putInSample(store, {
        cycleId: cycle.id,
        caseId: chosen.item.id,
        stratum: stratumOf(chosen.item, cycle.sample.spec.stratifyBy).label,
        seed: chosen.seed,
        source: 'replacement',
        replacesId: old.id,
        reason: input.reason,
        addedBy,
        addedAt: at
      })
      saveStoredSample(store, cycle.id, { ...cycle.sample, replacements: counter })
      appendEvent(
        store,
        {
          auditorId: addedBy,
          entity: 'sample',
          entityId: cycle.id,
          action: 'replace',
          before: { caseRef: old.case_ref },
          after: {
            caseRef: chosen.item.caseRef,
            reason: input.reason,
            random: chosen.seed !== null
          }
        },
        now
      )
      return sampledCase(store, id)
    })
    .immediate()
}

/**
 * Adds a case to a drawn sample by hand, for a recorded reason. Any case not in the sample may be
 * added, including one replaced or removed earlier and one the exclusions leave out: the officer
 * decides, and the reason is in the audit trail.
 */
export function addSampledCase(
  store: Store,
  input: ParsedInput<'sample:add'>,
  now = new Date()
): SampledCase {
  return store
    .transaction(() => {
      const cycle = requireDrawnSample(store, input.cycleId)
      const item = requireCase(store, input.caseId, null)
      if (rowInSample(store, cycle.id, item.id)) {
        throw new AppError('conflict', "That case is already in this cycle's sample.")
      }
      const addedBy = currentAuditorId(store)
      const id = putInSample(store, {
        cycleId: cycle.id,
        caseId: item.id,
        stratum: stratumOf(item, cycle.sample.spec.stratifyBy).label,
        seed: null,
        source: 'manual',
        replacesId: null,
        reason: input.reason,
        addedBy,
        addedAt: now.toISOString()
      })
      appendEvent(
        store,
        {
          auditorId: addedBy,
          entity: 'sample',
          entityId: cycle.id,
          action: 'add',
          after: { caseRef: item.caseRef, reason: input.reason }
        },
        now
      )
      return sampledCase(store, id)
    })
    .immediate()
}

/** Takes a case out of the sample before its audit starts, for a recorded reason. */
export function removeSampledCase(
  store: Store,
  input: ParsedInput<'sample:remove'>,
  now = new Date()
): null {
  return store
    .transaction(() => {
      const cycle = requireOpenCycle(store, input.cycleId)
      const row = requireInSample(store, cycle.id, input.caseId)
      requireNotStarted(store, cycle.id, row, 'removed')
      endInSample(store, row.id, 'removed', input.reason, now.toISOString())
      appendEvent(
        store,
        {
          auditorId: currentAuditorId(store),
          entity: 'sample',
          entityId: cycle.id,
          action: 'remove',
          before: { caseRef: row.case_ref },
          after: { caseRef: row.case_ref, reason: input.reason }
        },
        now
      )
      return null
    })
    .immediate()
}
