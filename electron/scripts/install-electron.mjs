#!/usr/bin/env node
// Electron 42+ downloads its runtime on first use rather than at npm install. `npm start` and
// `npm run dev` call this first; when the download cannot happen (no internet, a proxy), say so in
// one line instead of a stack trace.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const installer = require.resolve('electron/install.js')
const result = spawnSync(process.execPath, [installer], { encoding: 'utf8' })

if (result.status !== 0) {
  const reason =
    `${result.stderr ?? ''}${result.stdout ?? ''}`
      .split('\n')
      .map((line) => line.trim())
      .find((line) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN/i.test(line)) ?? 'unknown error'
  console.error(
    `Could not download the Electron runtime (${reason.slice(0, 120)}). npm start needs an internet connection once; npm test and npm run web work without it.`
  )
  process.exit(1)
}
