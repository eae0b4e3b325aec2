import { z } from 'zod'
import { SampleResult, SampleSpec, StratumSummary } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { Store } from '../../store/open'

/**
 * What cycles.sample_spec holds after a draw: the spec as drawn and, alongside it, the summary of
 * the draw itself (eligible population, exclusions, strata with their populations and exact
 * shares). The summary is kept as drawn rather than recomputed, because the case list changes
 * with every monthly import and the point of the summary is to show the sample was fair against
 * the population it was drawn from.
 */
export const StoredSample = z.object({
  algorithm: z.string(),
  spec: SampleSpec,
  /** The moment the exclusions were judged against (now, at the draw). */
  referenceDate: z.string(),
  requested: z.number().int().nullable(),
  eligible: z.number().int(),
  excluded: SampleResult.shape.excluded,
  strata: z.array(StratumSummary),
  /** Replacements made since the draw: numbers each replacement's random stream. */
  replacements: z.number().int().min(0)
})
export type StoredSample = z.infer<typeof StoredSample>

export interface CycleForSampling {
  id: number
  name: string
  status: 'open' | 'closed'
  seed: string | null
  sample: StoredSample | null
}

interface CycleRow {
  id: number
  name: string
  status: 'open' | 'closed'
  sample_spec: string | null
  sample_seed: string | null
}

/** The cycle and its stored sample summary; 'not-found' when there is no such cycle. */
export function loadCycle(store: Store, cycleId: number): CycleForSampling {
  const row = store
    .prepare('SELECT id, name, status, sample_spec, sample_seed FROM cycles WHERE id = ?')
    .get(cycleId) as CycleRow | undefined
  if (!row) throw new AppError('not-found', `There is no audit cycle with id ${cycleId}.`)
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    seed: row.sample_seed,
    sample: row.sample_spec === null ? null : StoredSample.parse(JSON.parse(row.sample_spec))
  }
}

/** Changing a sample needs an open cycle. */
export function requireOpenCycle(store: Store, cycleId: number): CycleForSampling {
  const cycle = loadCycle(store, cycleId)
  if (cycle.status === 'closed') {
    throw new AppError('conflict', `The cycle "${cycle.name}" is closed; its sample cannot change.`)
  }
  return cycle
}

/** Replacing or adding by hand needs a drawn sample to work on. */
export function requireDrawnSample(
  store: Store,
  cycleId: number
): CycleForSampling & { seed: string; sample: StoredSample } {
  const cycle = requireOpenCycle(store, cycleId)
  if (cycle.sample === null || cycle.seed === null) {
    throw new AppError(
      'conflict',
      `No sample has been drawn for the cycle "${cycle.name}" yet. Draw one first.`
    )
  }
  return { ...cycle, seed: cycle.seed, sample: cycle.sample }
}

/** Saves the stored summary after a draw or a replacement. */
export function saveStoredSample(
  store: Store,
  cycleId: number,
  sample: StoredSample,
  sampledAt?: string
): void {
  if (sampledAt === undefined) {
    store
      .prepare('UPDATE cycles SET sample_spec = ? WHERE id = ?')
      .run(JSON.stringify(sample), cycleId)
  } else {
    store
      .prepare('UPDATE cycles SET sample_spec = ?, sample_seed = ?, sampled_at = ? WHERE id = ?')
      .run(JSON.stringify(sample), sample.spec.seed ?? null, sampledAt, cycleId)
  }
}
