import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp'
import { dispatch } from '../dispatch'
import type { Handlers } from '../handlers'
import { contentType, resolveStaticPath } from '../static-files'

/** Room for a 64 MB case list sent as base64; anything bigger is refused. */
const MAX_BODY_BYTES = 100 * 1024 * 1024

export interface WebServerOptions {
  handlers: Handlers
  rendererRoot: string
  port: number
  /** Fixed in tests; otherwise a fresh random token for every launch. */
  token?: string
}

export interface RunningWebServer {
  server: Server
  port: number
  token: string
  url: string
  close: () => Promise<void>
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // The token travels in the first page's URL; never let it leak through a Referer header.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin'
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': type,
    'cache-control': 'no-store'
  })
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

function refuse(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { ok: false, error: { code: 'forbidden', message } })
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/**
 * Browser mode: the built renderer and the same handlers as the desktop app, over HTTP on
 * 127.0.0.1 only. Every request must name this server in its Host header (a DNS-rebinding page
 * cannot); API calls must also carry the launch's token and, when the browser sends an Origin,
 * come from this server's own origin.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  let allowedHosts: string[] = []

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    name: string
  ): Promise<void> {
    const origin = request.headers.origin
    const allowedOrigins = allowedHosts.map((host) => `http://${host}`)
    if (origin !== undefined && !allowedOrigins.includes(origin)) {
      return refuse(response, 403, 'Requests from other sites are refused.')
    }
    const auth = request.headers.authorization ?? ''
    const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : ''
    if (!sameToken(given, token)) {
      return sendJson(response, 401, {
        ok: false,
        error: {
          code: 'forbidden',
          message: 'Missing or wrong token: open the address browser mode printed.'
        }
      })
    }
    if (request.method !== 'POST') return refuse(response, 405, 'API calls use POST.')
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(response, 415, 'API calls send JSON.')
    }
    const body = await readBody(request)
    if (body === null) return refuse(response, 413, 'The request is too large.')
    let payload: unknown
    try {
      payload = body.trim() === '' ? undefined : JSON.parse(body)
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'invalid-input', message: 'The request is not valid JSON.' }
      })
    }
    sendJson(response, 200, await dispatch(options.handlers, name, payload))
  }

  async function handleStatic(
    request: IncomingMessage,
    response: ServerResponse,
    path: string
  ): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, 405, 'Not allowed.')
    const file = resolveStaticPath(options.rendererRoot, path)
    if (!file) return send(response, 404, 'Not found', 'text/plain; charset=utf-8')
    try {
      send(response, 200, await readFile(file), contentType(file))
    } catch {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8')
    }
  }

  const server = createServer((request, response) => {
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      return refuse(response, 403, 'Unknown host.')
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    const work = path.startsWith('/api/')
      ? handleApi(request, response, path.slice('/api/'.length))
      : handleStatic(request, response, path)
    work.catch(() => {
      if (!response.headersSent) refuse(response, 500, 'The request failed.')
      else response.destroy()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
