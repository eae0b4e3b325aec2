import { create } from 'zustand'

/** Where the officer is. Sub-screens (a cycle, the import flow) light up their section in the rail. */
export type Route =
  | { screen: 'cycles' }
  | { screen: 'cycle'; cycleId: number }
  | { screen: 'new-cycle' }
  | { screen: 'cases' }
  | { screen: 'import' }
  | { screen: 'plans' }
  | { screen: 'settings' }

export type SectionId = 'cycles' | 'cases' | 'plans' | 'settings'

export const SECTIONS: { id: SectionId; label: string }[] = [
  { id: 'cycles', label: 'Cycles' },
  { id: 'cases', label: 'Cases' },
  { id: 'plans', label: 'Plans' },
  { id: 'settings', label: 'Settings' }
]

export function sectionOf(route: Route): SectionId {
  switch (route.screen) {
    case 'cycle':
    case 'new-cycle':
      return 'cycles'
    case 'import':
      return 'cases'
    default:
      return route.screen
  }
}

/** A key that changes whenever the screen does, so each screen mounts fresh and takes focus. */
export function routeKey(route: Route): string {
  return route.screen === 'cycle' ? `cycle-${route.cycleId}` : route.screen
}

interface NavigationState {
  route: Route
  go: (route: Route) => void
}

export const useNavigation = create<NavigationState>()((set) => ({
  route: { screen: 'cycles' },
  go: (route) => set({ route })
}))
