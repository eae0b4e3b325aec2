import { render } from '@testing-library/react'
import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import { App } from '../../../renderer/src/App'
import { useNavigation } from '../../../renderer/src/state/navigation'
import type { Route } from '../../../renderer/src/state/navigation'

/** The whole app, opened on one screen. */
export function openAt(route: Route): void {
  useNavigation.setState({ route })
  render(<App />)
}

/** A call through the page's window.api that must succeed: the value, or a thrown error. */
export async function call<N extends CallName>(
  name: N,
  input?: CallInput<N>
): Promise<CallOutput<N>> {
  const result = await window.api!.call(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value
}
