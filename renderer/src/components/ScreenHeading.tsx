import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'

/**
 * A screen's h1. Takes focus when the screen appears, so keyboard and screen-reader users land at
 * the top of the new screen instead of on a control that is no longer there.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  )
}
