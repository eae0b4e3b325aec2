import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { it } from 'vitest'
import { spawn } from 'node:child_process'
import { repoRoot, tempDir } from '../main/support/temp'
import { launchChromium, newPage } from '../e2e/support/browser'
import { report } from './report'

it('measures the first screen: time from launching browser mode to it rendered, and its JS size', async () => {
  // The JS the first screen loads: index.html's own script, not the chunks loaded later.
  const html = readFileSync(join(repoRoot, 'out/renderer/index.html'), 'utf8')
  const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(html)![1]!
  const entryBytes = gzipSync(readFileSync(join(repoRoot, 'out/renderer/assets', entry))).length
  const allJs = readdirSync(join(repoRoot, 'out/renderer/assets'))
    .filter((name) => name.endsWith('.js'))
    .reduce(
      (sum, name) =>
        sum + gzipSync(readFileSync(join(repoRoot, 'out/renderer/assets', name))).length,
      0
    )
  report({
    name: 'renderer: first-screen JS, gzipped',
    value: entryBytes / 1024,
    unit: 'KB',
    target: '< 400 KB',
    met: entryBytes < 400 * 1024
  })
  report({
    name: 'renderer: all JS incl. lazy screens, gzipped',
    value: allJs / 1024,
    unit: 'KB',
    target: '(for information)',
    met: true
  })

  const browser = await launchChromium()
  const samples: number[] = []
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now()
    // Exactly what an officer types: npm run web (its own process group, so it can all be stopped).
    const child = spawn(
      'npm',
      ['run', '-s', 'web', '--', '--db', join(tempDir(), `cold-${run}.sqlite`)],
      {
        cwd: repoRoot,
        detached: true,
        stdio: ['ignore', 'pipe', 'ignore']
      }
    )
    const url = await new Promise<string>((resolve) => {
      let output = ''
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)
        if (match) resolve(match[0])
      })
    })
    const page = await newPage(browser)
    await page.goto(url)
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor()
    samples.push(performance.now() - started)
    await page.close()
    process.kill(-child.pid!, 'SIGTERM')
  }
  const median = samples.sort((a, b) => a - b)[1]!
  report({
    name: 'cold start: npm run web to first screen',
    value: median / 1000,
    unit: 's',
    target: '< 1.5 s',
    met: median < 1500
  })
})
