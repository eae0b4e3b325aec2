import { AppError } from '../../shared/errors'
import type { Store } from '../store/open'

/**
 * A closed cycle is finished: its sample, its audits and its moderation are as they will be
 * reported, so nothing in them changes until it is reopened. The checks live here, apart from the
 * services they guard, so the audit and moderation services need not load the cycle's sample.
 */
function cycleState(store: Store, cycleId: number): { name: string; status: 'open' | 'closed' } {
  const row = store.prepare('SELECT name, status FROM cycles WHERE id = ?').get(cycleId) as
    { name: string; status: 'open' | 'closed' } | undefined
  if (!row) throw new AppError('not-found', `There is no audit cycle with id ${cycleId}.`)
  return row
}

export function isCycleClosed(store: Store, cycleId: number): boolean {
  return cycleState(store, cycleId).status === 'closed'
}

/** Refuses a change to a closed cycle's work; `what` says what cannot be done, in words. */
export function requireCycleOpen(store: Store, cycleId: number, what: string): void {
  const cycle = cycleState(store, cycleId)
  if (cycle.status === 'closed') {
    throw new AppError(
      'conflict',
      `The cycle "${cycle.name}" is closed, so ${what}. Reopen the cycle to change it.`
    )
  }
}
