import { contextBridge, ipcRenderer } from 'electron'
import { isCallName } from '../../shared/calls'
import type { Api } from '../../shared/contract'

/**
 * window.api: one function, limited to the contract's calls. The renderer never sees ipcRenderer.
 */
const api: Api = {
  call: (name, input) =>
    isCallName(name)
      ? ipcRenderer.invoke(name, input)
      : Promise.resolve({
          ok: false,
          error: { code: 'unknown-call', message: 'There is no such call.' }
        })
}

contextBridge.exposeInMainWorld('api', api)
