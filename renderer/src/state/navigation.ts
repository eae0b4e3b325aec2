import { create } from 'zustand'
import type { PlanType } from '../../../shared/domain'

/** Where the officer is. Sub-screens (a cycle, the import flow) light up their section in the rail. */
export type Route =
  | { screen: 'cycles' }
  | { screen: 'cycle'; cycleId: number }
  | { screen: 'new-cycle' }
  | { screen: 'edit-cycle'; cycleId: number }
  | { screen: 'cases' }
  | { screen: 'case'; caseId: number }
  | { screen: 'import' }
  | { screen: 'plans' }
  | { screen: 'my-audits' }
  | { screen: 'queue'; cycleId: number }
  | { screen: 'audit'; cycleId: number; caseId: number }
  | { screen: 'moderation' }
  | { screen: 'moderate'; moderationId: number }
  | { screen: 'compare'; moderationId: number }
  | { screen: 'reports' }
  | {
      screen: 'report'
      cycleId: number
      team?: string
      planType?: PlanType
      auditorId?: number
    }
  | { screen: 'frameworks' }
  | { screen: 'framework'; key: string; version?: number }
  | { screen: 'framework-edit'; key: string }
  | { screen: 'settings' }

export type SectionId =
  'cycles' | 'cases' | 'plans' | 'my-audits' | 'moderation' | 'reports' | 'frameworks' | 'settings'

export const SECTIONS: { id: SectionId; label: string }[] = [
  { id: 'cycles', label: 'Cycles' },
  { id: 'cases', label: 'Cases' },
  { id: 'plans', label: 'Plans' },
  { id: 'my-audits', label: 'My audits' },
  { id: 'moderation', label: 'Moderation' },
  { id: 'reports', label: 'Reports' },
  { id: 'frameworks', label: 'Frameworks' },
  { id: 'settings', label: 'Settings' }
]

export function sectionOf(route: Route): SectionId {
  switch (route.screen) {
    case 'cycle':
    case 'new-cycle':
    case 'edit-cycle':
      return 'cycles'
    case 'import':
    case 'case':
      return 'cases'
    case 'queue':
    case 'audit':
      return 'my-audits'
    case 'moderate':
    case 'compare':
      return 'moderation'
    case 'report':
      return 'reports'
    case 'framework':
    case 'framework-edit':
      return 'frameworks'
    default:
      return route.screen
  }
}

/** A key that changes whenever the screen does, so each screen mounts fresh and takes focus. */
export function routeKey(route: Route): string {
  switch (route.screen) {
    case 'cycle':
    case 'edit-cycle':
    case 'queue':
      return `${route.screen}-${route.cycleId}`
    case 'audit':
      return `audit-${route.cycleId}-${route.caseId}`
    case 'case':
      return `case-${route.caseId}`
    case 'moderate':
    case 'compare':
      return `${route.screen}-${route.moderationId}`
    case 'report':
      return `report-${route.cycleId}-${route.team ?? ''}-${route.planType ?? ''}-${route.auditorId ?? ''}`
    case 'framework':
      return `framework-${route.key}-${route.version ?? 'latest'}`
    case 'framework-edit':
      return `framework-edit-${route.key}`
    default:
      return route.screen
  }
}

/** What to ask before leaving a screen with work that is not saved. */
export interface LeaveQuestion {
  title: string
  description: string
  confirmLabel: string
  cancelLabel: string
}

/** Asked each time the officer tries to leave: a question while work is unsaved, else null. */
export type LeaveGuard = () => LeaveQuestion | null

interface NavigationState {
  route: Route
  /** The current screen's guard, if it has unsaved work to protect (see useLeaveGuard). */
  guard: LeaveGuard | null
  /** Where the officer asked to go while the guard had a question; answered by leave or stay. */
  pending: { route: Route; question: LeaveQuestion } | null
  go: (route: Route) => void
  setGuard: (guard: LeaveGuard | null) => void
  /** Discards the unsaved work and goes where the officer asked. */
  leave: () => void
  /** Stays on the screen, with the work as it was. */
  stay: () => void
}

export const useNavigation = create<NavigationState>()((set, get) => ({
  route: { screen: 'cycles' },
  guard: null,
  pending: null,
  go: (route) => {
    const question = get().guard?.() ?? null
    if (question) set({ pending: { route, question } })
    else set({ route, pending: null })
  },
  setGuard: (guard) => set({ guard }),
  leave: () => {
    const pending = get().pending
    if (pending) set({ route: pending.route, pending: null, guard: null })
  },
  stay: () => set({ pending: null })
}))
