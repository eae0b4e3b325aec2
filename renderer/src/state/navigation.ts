import { create } from 'zustand'

export const SCREENS = [
  { id: 'cycles', label: 'Cycles' },
  { id: 'settings', label: 'Settings' }
] as const

export type ScreenId = (typeof SCREENS)[number]['id']

interface NavigationState {
  screen: ScreenId
  go: (screen: ScreenId) => void
}

export const useNavigation = create<NavigationState>()((set) => ({
  screen: 'cycles',
  go: (screen) => set({ screen })
}))
