import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { closeAppContext, createAppContext } from '../../../electron/context'
import type { AppContext, Transport } from '../../../electron/context'
import { dispatch } from '../../../electron/dispatch'
import { createHandlers } from '../../../electron/handlers'
import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import type { Result } from '../../../shared/errors'
import { tempDir } from './temp'

export interface TestApp {
  context: AppContext
  /** A call through the same dispatch every transport uses. */
  call<N extends CallName>(name: N, input?: CallInput<N>): Promise<Result<CallOutput<N>>>
  /** Like call, for payloads the contract's types would not allow. */
  callRaw(name: unknown, payload: unknown): Promise<Result<unknown>>
}

/** A real store in a temp folder with the real handlers, closed when the test finishes. */
export async function testApp(
  storePath = join(tempDir(), 'app.sqlite'),
  transport: Transport = 'cli'
): Promise<TestApp> {
  const context = await createAppContext({ transport, version: '0.0.0-test', storePath })
  onTestFinished(() => closeAppContext(context))
  const handlers = createHandlers(context)
  return {
    context,
    call: (name, input) => dispatch(handlers, name, input) as never,
    callRaw: (name, payload) => dispatch(handlers, name, payload)
  }
}

/** The value of a successful result; fails the test with the error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value
}
