import { addDays } from './dates'

/**
 * Timestamps for the seeding run, as if the work had been done over the last fortnight: the case
 * list imported, the cycle drawn, then a few audits a day. Always increasing and never after now.
 */
export function demoClock(now: Date): { tick: (minutes?: number) => Date; nextDay: () => Date } {
  const start = addDays(now, -14)
  let at = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate(), 9)
  const bounded = (): Date => new Date(Math.min(at, now.getTime()))
  return {
    tick: (minutes = 1) => {
      at += minutes * 60_000
      return bounded()
    },
    nextDay: () => {
      const day = new Date(at)
      at = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1, 9)
      return bounded()
    }
  }
}
export type Clock = ReturnType<typeof demoClock>
