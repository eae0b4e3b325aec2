import { useEffect, useLayoutEffect, useRef } from 'react'
import { useNavigation } from './navigation'
import type { LeaveGuard } from './navigation'

/**
 * Protects a screen's unsaved work: while `ask` returns a question, going to another screen asks
 * it first (the app shows it as a dialog), and closing the window asks the browser's own "Leave
 * site?" (in the desktop app, the main process asks; see window.ts). `ask` is read each time, so
 * it always sees the screen's latest state; a screen that has just saved returns null and leaves
 * without a question.
 */
export function useLeaveGuard(ask: LeaveGuard): void {
  const latest = useRef(ask)
  useLayoutEffect(() => {
    latest.current = ask
  })
  useEffect(() => {
    const guard: LeaveGuard = () => latest.current()
    useNavigation.getState().setGuard(guard)
    const warn = (event: BeforeUnloadEvent) => {
      if (guard()) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => {
      window.removeEventListener('beforeunload', warn)
      if (useNavigation.getState().guard === guard) useNavigation.getState().setGuard(null)
    }
  }, [])
}
