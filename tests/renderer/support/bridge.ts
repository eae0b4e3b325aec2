import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeAppContext, createAppContext } from '../../../electron/context'
import type { AppContext } from '../../../electron/context'
import { dispatch } from '../../../electron/dispatch'
import { createHandlers } from '../../../electron/handlers'
import type { Api, CallName } from '../../../shared/contract'

export interface Bridge {
  context: AppContext
  calls: string[]
  dispose: () => void
}

/**
 * Gives the renderer a window.api that reaches the real handlers on a real store in a temp folder,
 * structured-cloning both ways as Electron's IPC does, so nothing passes that IPC would not carry.
 */
export async function bridgeToRealHandlers(): Promise<Bridge> {
  const dir = mkdtempSync(join(tmpdir(), 'care-audit-renderer-'))
  const context = await createAppContext({
    transport: 'desktop',
    version: '0.0.0-test',
    storePath: join(dir, 'renderer.sqlite')
  })
  const handlers = createHandlers(context)
  const calls: string[] = []
  const api: Api = {
    call: async (name, input) => {
      calls.push(name)
      const result = await dispatch(handlers, name, structuredClone(input))
      return structuredClone(result) as never
    }
  }
  window.api = api
  return {
    context,
    calls,
    dispose: () => {
      delete window.api
      closeAppContext(context)
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * Holds back the calls that `hold` picks until the returned release is called, passing the rest
 * straight through: a slow store, to see what a screen shows while it waits. `settled` resolves
 * once every held call has been answered.
 */
export function holdCalls(hold: (name: CallName, input: unknown) => boolean): {
  release: () => void
  settled: () => Promise<unknown>
} {
  const real = window.api!
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  const held: Promise<unknown>[] = []
  window.api = {
    call: (name, input) => {
      if (!hold(name, input)) return real.call(name, input)
      const late = gate.then(() => real.call(name, input))
      held.push(late)
      return late
    }
  }
  return { release, settled: () => Promise.all(held) }
}
