import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../../shared/contract'

/** The contract's call names, written in at build time so the preload bundles no schemas. */
declare const __CALL_NAMES__: readonly string[]

const allowed = new Set<string>(__CALL_NAMES__)

/**
 * window.api: one function, limited to the contract's calls. The renderer never sees ipcRenderer.
 */
const api: Api = {
  call: (name, input) =>
    allowed.has(name)
      ? ipcRenderer.invoke(name, input)
      : Promise.resolve({
          ok: false,
          error: { code: 'unknown-call', message: 'There is no such call.' }
        })
}

contextBridge.exposeInMainWorld('api', api)
