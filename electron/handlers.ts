import type { CallName } from '../shared/calls'
import type { CallOutput, ParsedInput } from '../shared/contract'
import type { AppContext } from './context'
import { requireStore } from './context'
import { getCurrentAuditor, setCurrentAuditor } from './services/auditors'
import { listCycles } from './services/cycles'
import { storeStatus } from './services/store-status'

export type Handler<N extends CallName> = (
  input: ParsedInput<N>
) => CallOutput<N> | Promise<CallOutput<N>>

export type Handlers = { [N in CallName]: Handler<N> }

/**
 * The one table every transport uses: contract call -> service function. Inputs arrive already
 * validated by the call's schema (see dispatch.ts); handlers never know who called them.
 */
export function createHandlers(context: AppContext): Handlers {
  return {
    'app:info': () => ({
      name: 'Care Plan Audit',
      version: context.version,
      transport: context.transport,
      platform: process.platform
    }),
    'auditor:get': () => getCurrentAuditor(requireStore(context)),
    'auditor:set': (input) => setCurrentAuditor(requireStore(context), input),
    'store:status': () => storeStatus(context),
    'cycles:list': () => listCycles(requireStore(context))
  }
}
