import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { repoRoot } from './temp'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built command line, node out/main/cli.js, as a user would. */
export function runCli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(repoRoot, 'out/main/cli.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8'
  })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

export interface WebProcess {
  child: ChildProcess
  url: string
  origin: string
  token: string
  port: number
  output: () => string
}

/** Starts browser mode (node out/main/web.js) and waits for the address it prints. */
export async function startWeb(args: string[]): Promise<WebProcess> {
  const child = spawn(process.execPath, [join(repoRoot, 'out/main/web.js'), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  onTestFinished(() => {
    child.kill('SIGTERM')
  })
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start:\n${output}`)),
      15_000
    )
    const check = (): void => {
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    }
    child.stdout!.on('data', check)
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)))
  })
  const parsed = new URL(url)
  return {
    child,
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    port: Number(parsed.port),
    output: () => output
  }
}

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
