import type { ReactNode } from 'react'

/** A message box: information, success or an error announced to screen readers. */
export function Notice({
  kind = 'info',
  children
}: {
  kind?: 'info' | 'success' | 'error'
  children: ReactNode
}) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}
