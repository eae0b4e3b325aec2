import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { closeAppContext } from '../../../electron/context'
import { seedDemo } from '../../../electron/services/demo'
import { testApp } from '../support/app'
import { runCli } from '../support/processes'
import { tempDir } from '../support/temp'

/** An 8 KB tmpfs to fill up, where this machine lets the tests mount one (root in a sandbox). */
function tinyDisk(): string | null {
  const mountPoint = join(tempDir(), 'tiny-disk')
  mkdirSync(mountPoint)
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', mountPoint], {
    encoding: 'utf8'
  })
  if (mounted.status !== 0) return null
  onTestFinished(() => {
    spawnSync('umount', [mountPoint])
  })
  return mountPoint
}

/**
 * Whether this machine lets the tests mount a tmpfs: root alone is not enough in a container
 * without the capability, so one is mounted and unmounted to find out.
 */
function tmpfsMountable(): boolean {
  if (process.getuid?.() !== 0 || spawnSync('which', ['mount']).status !== 0) return false
  const probe = mkdtempSync(join(tmpdir(), 'care-audit-mount-probe-'))
  try {
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', probe])
    if (mounted.status !== 0) return false
    spawnSync('umount', [probe])
    return true
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

const canMount = tmpfsMountable()

describe('a disk that fills up during an export', () => {
  // Where no tmpfs can be mounted, tests/main/reports/export.test.ts covers the same with a write
  // that fails half-way; this one fills a real file system.
  it.runIf(canMount)(
    'reports the full disk, naming the file, and leaves no partial file (needs root to mount a tmpfs)',
    async () => {
      const disk = tinyDisk()
      expect(disk, 'mounting an 8 KB tmpfs').not.toBeNull()
      const { context } = await testApp()
      seedDemo(context.store!)
      const storePath = context.storePath
      closeAppContext(context)

      const out = join(disk!, 'scores.csv')
      const run = runCli(['export', '--db', storePath, '--kind', 'scores', '--out', out])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(out)
      expect(run.stderr).toMatch(/full|space/i)
      expect(readdirSync(disk!)).toEqual([])
      expect(existsSync(`${out}.partial`)).toBe(false)
    }
  )
})
