#!/usr/bin/env node
// Builds with electron-vite when out/ is missing or older than any source file, so `npm run web`,
// `npm run cli` and the tests always run what the sources say. Prints nothing when up to date.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')
const outputs = [
  'out/main/index.js',
  'out/main/cli.js',
  'out/main/web.js',
  'out/preload/index.js',
  'out/renderer/index.html'
].map((file) => join(root, file))
const sources = [
  'electron',
  'renderer',
  'shared',
  'resources',
  'electron.vite.config.ts',
  'package.json'
]

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

const built = outputs.every((file) => existsSync(file))
const oldestOutput = built ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0
const newestSource = Math.max(...sources.map((source) => newestMtime(join(root, source))))

if (!built || newestSource > oldestOutput) {
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '')
    console.error('The build failed; see the messages above.')
    process.exit(result.status ?? 1)
  }
}
