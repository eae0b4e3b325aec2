#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/better_sqlite3.node, leaving
// node_modules/better-sqlite3 built for plain Node (tests, the CLI and browser mode use that one).
// The main process loads this copy through better-sqlite3's `nativeBinding` option.
//
// 1. a prebuilt binary (prebuild-install --runtime=electron), else
// 2. node-gyp against Electron's headers, with npm_config_nodedir removed from the environment
//    (an npmrc nodedir makes node-gyp silently build for Node instead).
// The result must NOT load under plain Node: a binary that does is a Node build, and is refused.
// Idempotent: a stamp records what was built, and a matching build is kept.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '..', '..')
const outDir = join(root, '.electron-native')
const target = join(outDir, 'better_sqlite3.node')
const stampFile = join(outDir, 'stamp.json')
const work = join(outDir, 'work')

const electronVersion = require('electron/package.json').version
const sqlitePackageDir = dirname(require.resolve('better-sqlite3/package.json'))
const sqliteVersion = JSON.parse(
  readFileSync(join(sqlitePackageDir, 'package.json'), 'utf8')
).version
const stamp = {
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  platform: process.platform,
  arch: process.arch
}

function fail(message) {
  rmSync(work, { recursive: true, force: true })
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${message}`)
  process.exit(1)
}

/** True when plain Node can load the binary, which means it was built for Node, not Electron. */
function loadsUnderNode(file) {
  const probe = spawnSync(
    process.execPath,
    ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`],
    {
      encoding: 'utf8'
    }
  )
  return probe.status === 0
}

if (existsSync(target) && existsSync(stampFile)) {
  const previous = JSON.parse(readFileSync(stampFile, 'utf8'))
  if (JSON.stringify(previous) === JSON.stringify(stamp) && !loadsUnderNode(target)) process.exit(0)
}

// Work on a copy of the package so node_modules/better-sqlite3 is never rebuilt in place.
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
cpSync(sqlitePackageDir, work, {
  recursive: true,
  filter: (source) => !source.includes(`${join(sqlitePackageDir, 'build')}`)
})

const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir')
)

const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`]
const prebuild = spawnSync(
  process.execPath,
  [require.resolve('prebuild-install/bin.js'), ...electronArgs],
  {
    cwd: work,
    env,
    stdio: 'inherit'
  }
)

const built = join(work, 'build', 'Release', 'better_sqlite3.node')
if (prebuild.status !== 0 || !existsSync(built)) {
  // npm tells scripts where its bundled node-gyp is; run this script through npm (npm start).
  const nodeGyp = process.env.npm_config_node_gyp
  if (!nodeGyp) fail('run it through npm (npm start), which says where its node-gyp is.')
  const gyp = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers'
    ],
    { cwd: work, env, stdio: 'inherit' }
  )
  if (gyp.status !== 0 || !existsSync(built))
    fail(
      'neither a prebuilt binary nor a node-gyp build was available (both need the internet once).'
    )
}

if (loadsUnderNode(built))
  fail(
    'the result loads under plain Node, so it was built for Node rather than Electron; refusing it.'
  )

cpSync(built, target)
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`)
rmSync(work, { recursive: true, force: true })
console.log(`Built better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}: ${target}`)
