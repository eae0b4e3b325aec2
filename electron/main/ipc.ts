import { ipcMain } from 'electron'
import { CALL_NAMES } from '../../shared/contract'
import type { Result } from '../../shared/errors'
import { dispatch } from '../dispatch'
import type { Handlers } from '../handlers'
import { isTrustedSender } from './security'

/**
 * The only place that calls ipcMain.handle: one channel per contract call, each checking that the
 * sender is our own page before the input is even parsed.
 */
export function registerIpc(handlers: Handlers): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, (event, payload: unknown): Promise<Result<unknown>> | Result<unknown> => {
      if (!isTrustedSender(event.senderFrame)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This page may not use the app.' }
        }
      }
      return dispatch(handlers, name, payload)
    })
  }
}
