import { request } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeAppContext, createAppContext } from '../../electron/context'
import { createHandlers } from '../../electron/handlers'
import { startWebServer } from '../../electron/web/server'
import { freePort, startWeb } from './support/processes'
import { repoRoot, tempDir } from './support/temp'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request, so the test controls the Host and Origin headers a browser would set. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function apiCall(
  port: number,
  name: string,
  headers: Record<string, string>,
  body = '{}'
): Promise<Reply> {
  return send(port, `/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body
  })
}

describe('browser mode (npm run web)', () => {
  it('serves the app on the given port and store, printing the address with its token', async () => {
    const port = await freePort()
    const db = join(tempDir(), 'OTHER.sqlite')
    const web = await startWeb(['--port', String(port), '--db', db])
    expect(web.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=[\\w-]{32,}$`))
    expect(web.output()).toContain(db)

    const page = await send(port, '/', { headers: { host: `127.0.0.1:${port}` } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="root">')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect(page.headers['referrer-policy']).toBe('no-referrer')

    const ok = await apiCall(port, 'store:status', {
      host: `127.0.0.1:${port}`,
      authorization: `Bearer ${web.token}`
    })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { state: 'ok', path: db } })
  })

  it('refuses API calls without the token, with a wrong token, from a foreign origin, or for another host', async () => {
    const web = await startWeb(['--port', '0', '--db', join(tempDir(), 's.sqlite')])
    const host = `127.0.0.1:${web.port}`
    const good = { host, authorization: `Bearer ${web.token}` }

    expect((await apiCall(web.port, 'app:info', { host })).status).toBe(401)
    expect(
      (await apiCall(web.port, 'app:info', { host, authorization: 'Bearer wrong' })).status
    ).toBe(401)
    expect((await apiCall(web.port, 'app:info', { host, authorization: web.token })).status).toBe(
      401
    )
    expect(
      (await apiCall(web.port, 'app:info', { ...good, origin: 'http://evil.example' })).status
    ).toBe(403)
    expect(
      (await apiCall(web.port, 'app:info', { ...good, origin: `http://127.0.0.1:${web.port + 1}` }))
        .status
    ).toBe(403)
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends its own name as Host.
    expect(
      (await apiCall(web.port, 'app:info', { ...good, host: `evil.example:${web.port}` })).status
    ).toBe(403)
    expect((await send(web.port, '/', { headers: { host: 'evil.example' } })).status).toBe(403)

    expect((await apiCall(web.port, 'app:info', { ...good, origin: web.origin })).status).toBe(200)
    expect(
      (await apiCall(web.port, 'app:info', { ...good, host: `localhost:${web.port}` })).status
    ).toBe(200)
  })

  it('answers malformed requests with clear errors and never serves files outside the renderer', async () => {
    const web = await startWeb(['--db', join(tempDir(), 'm.sqlite')])
    const good = { host: `127.0.0.1:${web.port}`, authorization: `Bearer ${web.token}` }
    expect((await apiCall(web.port, 'app:info', good, '{not json')).status).toBe(400)
    const wrongType = await send(web.port, '/api/app:info', {
      method: 'POST',
      headers: { ...good, 'content-type': 'text/plain' },
      body: '{}'
    })
    expect(wrongType.status).toBe(415)
    expect((await send(web.port, '/api/app:info', { headers: good })).status).toBe(405)
    const unknown = await apiCall(web.port, 'fs:read', good)
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } })
    for (const path of [
      '/../../etc/passwd',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%5cpackage.json',
      '/%00'
    ]) {
      expect((await send(web.port, path, { headers: { host: good.host } })).status, path).toBe(404)
    }
  })

  it('listens on 127.0.0.1 only', async () => {
    const context = await createAppContext({
      transport: 'browser',
      version: 't',
      storePath: join(tempDir(), 'b.sqlite')
    })
    const web = await startWebServer({
      handlers: createHandlers(context),
      rendererRoot: join(repoRoot, 'out/renderer'),
      port: 0
    })
    try {
      expect(web.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' })
    } finally {
      await web.close()
      closeAppContext(context)
    }
  })
})
