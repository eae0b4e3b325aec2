import { create } from 'zustand'
import type { PlanType } from '../../../shared/domain'

/** Where the officer is. Sub-screens (a cycle, the import flow) light up their section in the rail. */
export type Route =
  | { screen: 'cycles' }
  | { screen: 'cycle'; cycleId: number }
  | { screen: 'new-cycle' }
  | { screen: 'cases' }
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
      return 'cycles'
    case 'import':
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
    case 'queue':
      return `${route.screen}-${route.cycleId}`
    case 'audit':
      return `audit-${route.cycleId}-${route.caseId}`
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

interface NavigationState {
  route: Route
  go: (route: Route) => void
}

export const useNavigation = create<NavigationState>()((set) => ({
  route: { screen: 'cycles' },
  go: (route) => set({ route })
}))
