import type { ReactNode } from 'react'

/**
 * Content from the last fetch, kept in view while a newer one loads: out of reach of mouse and
 * keyboard (inert) and marked busy at once, and dimmed if the wait is long enough to notice, so
 * nobody acts on a row that has since changed.
 */
export function StaleRegion({ stale, children }: { stale: boolean; children: ReactNode }) {
  return (
    <div className={stale ? 'stale' : undefined} aria-busy={stale} inert={stale}>
      {children}
    </div>
  )
}

/** Said while a StaleRegion waits, once per screen. */
export function StaleStatus({ stale }: { stale: boolean }) {
  return stale ? (
    <p role="status" className="secondary">
      Bringing the lists up to date…
    </p>
  ) : null
}
