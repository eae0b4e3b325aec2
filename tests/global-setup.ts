import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * The CLI, browser-mode and smoke tests run the built bundles in out/, so make sure they exist and
 * are newer than the sources before any test starts. `npm test` has already built; this keeps a
 * bare `npx vitest` honest too.
 */
export default function setup(): void {
  const root = join(__dirname, '..')
  execFileSync(process.execPath, [join(root, 'electron/scripts/ensure-built.mjs')], {
    cwd: root,
    stdio: 'inherit'
  })
}
