import type { Api, CallInput, CallName, CallOutput } from '../../shared/contract'
import type { Result } from '../../shared/errors'

declare global {
  interface Window {
    /** Present in the desktop app, exposed by the preload; absent in browser mode. */
    api?: Api
  }
}

const TOKEN_KEY = 'care-plan-audit.token'

/**
 * Browser mode hands the page its token in the address (?token=...). Keep it for this tab only and
 * take it out of the address bar, so it is not bookmarked, shared or left in history.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    params.delete('token')
    const query = params.toString()
    history.replaceState(
      null,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`
    )
    return fromUrl
  }
  return storage.getItem(TOKEN_KEY)
}

/** The browser-mode client: the same calls, as POST /api/<call> with the launch's token. */
export function createHttpApi(token: string | null, fetchImpl: typeof fetch = fetch): Api {
  return {
    async call<N extends CallName>(name: N, input?: CallInput<N>): Promise<Result<CallOutput<N>>> {
      let response: Response
      try {
        response = await fetchImpl(`/api/${name}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token ?? ''}`
          },
          body: JSON.stringify(input ?? {})
        })
      } catch {
        return {
          ok: false,
          error: {
            code: 'disconnected',
            message:
              'Browser mode has stopped. Start it again with npm run web and open the address it prints.'
          }
        }
      }
      if (response.status === 401) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message:
              'This page has no valid access token. Open the full address that npm run web printed.'
          }
        }
      }
      return (await response.json()) as Result<CallOutput<N>>
    }
  }
}

let httpApi: Api | null = null

/** The one way the renderer talks to the app: window.api in the desktop app, else HTTP. */
export function api(): Api {
  if (window.api) return window.api
  // The token is read once per page load, before anything can change the address.
  httpApi ??= createHttpApi(takeToken(window.location, window.sessionStorage, window.history))
  return httpApi
}
