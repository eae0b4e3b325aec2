import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/processes'
import { tempDir } from '../support/temp'

const sharedPlans = join(__dirname, '..', '..', '..', '..', 'shared', 'plans-dev')

/** The analyser contract's keys (DESIGN.md, "The analyser contract"), exactly. */
const ACTION_KEYS = [
  'end',
  'flags',
  'line',
  'outcomeFocused',
  'owner',
  'start',
  'text',
  'timescale'
]
const SUMMARY_KEYS = [
  'actions',
  'childsVoice',
  'contingency',
  'outcomeFocused',
  'withOwner',
  'withTimescale'
]

interface CliAction {
  line: number
  text: string
  start: number
  end: number
  owner: string | null
  timescale: { kind: string; text: string | null; due: string | null }
  outcomeFocused: boolean
  flags: string[]
}

describe('care-audit analyze', () => {
  it('prints one JSON array with one element per file, in the contract shape, and nothing else', () => {
    const dir = tempDir()
    const plan = join(dir, 'plan.txt')
    const text =
      'Mum to attend the Freedom Programme by 30/06/2026\nReferral to be made to CAMHS.\n'
    writeFileSync(plan, text)
    const run = runCli([
      'analyze',
      plan,
      join(sharedPlans, 'plan-01.txt'),
      '--json',
      '--lines',
      '--plan-date',
      '2026-05-01'
    ])
    expect(run.code).toBe(0)
    const output = JSON.parse(run.stdout) as {
      file: string
      actions: CliAction[]
      summary: Record<string, unknown>
    }[]
    expect(output.map((entry) => entry.file)).toEqual([plan, join(sharedPlans, 'plan-01.txt')])
    const [first] = output
    expect(first!.actions).toHaveLength(2)
    for (const action of first!.actions) {
      expect(Object.keys(action).sort()).toEqual(ACTION_KEYS)
      expect(text.slice(action.start, action.end)).toBe(action.text)
    }
    expect(first!.actions[0]).toMatchObject({
      line: 1,
      owner: 'Mum',
      timescale: { kind: 'date', text: 'by 30/06/2026', due: '2026-06-30' },
      outcomeFocused: false
    })
    expect(first!.actions[1]).toMatchObject({ line: 2, owner: null, timescale: { kind: 'none' } })
    expect(first!.actions[1]!.flags).toEqual(expect.arrayContaining(['no-timescale', 'no-owner']))
    for (const key of SUMMARY_KEYS) expect(first!.summary).toHaveProperty(key)
    expect(first!.summary).toMatchObject({ actions: 2, withTimescale: 1, withOwner: 1 })
  })

  it('finds the actions of a whole plan without --lines and prints a readable report without --json', () => {
    const run = runCli(['analyze', join(sharedPlans, 'plan-02.txt'), '--plan-date', '2025-10-01'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/plan-02\.txt: \d+ actions/)
    expect(run.stdout).toMatch(/line \d+: .*no-timescale/)
  })

  it('refuses a plan date that is not a real date, and a file that cannot be read', () => {
    const dir = tempDir()
    const plan = join(dir, 'plan.txt')
    writeFileSync(plan, 'SW to visit weekly.\n')
    const badDate = runCli(['analyze', plan, '--plan-date', '2026-02-30'])
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toContain('--plan-date')
    const missing = runCli(['analyze', join(dir, 'nope.txt'), '--json'])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('nope.txt')
  })
})
