import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../electron/store/open'
import type { SampleResult } from '../../../shared/contract'
import { runCli } from '../support/processes'
import { tempDir } from '../support/temp'
import { casesOf, insertCases } from './support'
import type { CaseFixture } from './support'

/** A store file with these cases, closed again so the command line can open it. */
async function storeWith(cases: readonly CaseFixture[]): Promise<string> {
  const path = join(tempDir(), 'cli.sqlite')
  const store = await openStore(path, { dailyBackup: false })
  insertCases(store, cases)
  store.close()
  return path
}

const population: CaseFixture[] = [
  ...casesOf('N-CP', 'North Team', 'CP', 24),
  ...casesOf('N-CIN', 'North Team', 'CIN', 6),
  ...casesOf('S-CP', 'South Team', 'CP', 10),
  { ref: 'S-CLOSED', team: 'South Team', planType: 'CP', status: 'closed', plan: true }
]

type SampleJson = SampleResult & { cycle: { id: number; name: string; created: boolean } }

describe('care-audit sample', () => {
  it('creates the cycle, prints the strata table and the sampled references', async () => {
    const db = await storeWith(population)
    const run = runCli([
      'sample',
      '--db',
      db,
      '--cycle',
      'April 2026',
      '--size',
      '8',
      '--stratify',
      'team,plan_type',
      '--seed',
      'APRIL'
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Cycle: April 2026 (created)')
    expect(run.stdout).toContain('Seed: APRIL')
    expect(run.stdout).toContain('Eligible cases: 40 (left out: 1 closed')
    // 40 eligible, n = 8: North/CIN 6 -> 1.2, North/CP 24 -> 4.8, South/CP 10 -> 2.0.
    // Floors 1 + 4 + 2 = 7; the spare seat goes to the .8: 1, 5, 2.
    expect(run.stdout).toMatch(/North Team \/ CIN\s+6\s+1\.20\s+1\n/)
    expect(run.stdout).toMatch(/North Team \/ CP\s+24\s+4\.80\s+5\n/)
    expect(run.stdout).toMatch(/South Team \/ CP\s+10\s+2\.00\s+2\n/)
    expect(run.stdout).toMatch(/Total\s+40\s+8\.00\s+8\n/)
    expect(run.stdout).toContain('Sampled cases (8):')
    expect(run.stdout).not.toContain('cannot cover')
    const refs = run.stdout.match(/^[NS]-C\w+-\d{3}/gm)
    expect(refs).toHaveLength(8)
  })

  it('says which strata a sample too small to cover them all leaves out, and what would reach them', async () => {
    const db = await storeWith(population)
    const run = runCli([
      'sample',
      '--db',
      db,
      '--cycle',
      'May 2026',
      '--size',
      '2',
      '--stratify',
      'team,plan_type'
    ])
    expect(run.code).toBe(0)
    // Shares 0.3, 1.2 and 0.5: North/CP keeps its whole seat and the spare goes to South/CP.
    expect(run.stdout).toMatch(/North Team \/ CIN\s+6\s+0\.30\s+0\n/)
    expect(run.stdout).toContain(
      '2 cases cannot cover all 3 strata, so the one with the smallest share has none: North Team / CIN.\nTo include every stratum, draw at least 3 cases.'
    )
  })

  it('prints JSON alone with --json, and the same seed gives the same sample on the next run', async () => {
    const db = await storeWith(population)
    const args = ['sample', '--db', db, '--percent', '10', '--seed', 'MONTHLY', '--json']
    const first = runCli([...args, '--cycle', 'April 2026'])
    expect(first.code).toBe(0)
    expect(first.stderr).toBe('')
    const one = JSON.parse(first.stdout) as SampleJson
    expect(one.cycle).toMatchObject({ name: 'April 2026', created: true })
    expect(one).toMatchObject({ seed: 'MONTHLY', eligible: 40, dryRun: false })
    expect(one.cases).toHaveLength(4)

    // A second cycle, same seed, same cases, same settings: the same sample.
    const second = runCli([...args, '--cycle', 'Check'])
    const two = JSON.parse(second.stdout) as SampleJson
    expect(two.cases.map((c) => c.caseRef)).toEqual(one.cases.map((c) => c.caseRef))

    // The first cycle again, by name in another case: found, not created, and redrawn.
    const again = runCli([
      ...args.slice(0, -3),
      '--seed',
      'OTHER',
      '--json',
      '--cycle',
      'APRIL 2026'
    ])
    expect(again.code).toBe(0)
    const three = JSON.parse(again.stdout) as SampleJson
    expect(three.cycle).toMatchObject({ id: one.cycle.id, name: 'April 2026', created: false })
  })

  it('generates and prints a seed when none is given, and takes everyone when asked for too many', async () => {
    const db = await storeWith(casesOf('C', 'North Team', 'CP', 3))
    const run = runCli(['sample', '--db', db, '--cycle', 'Small', '--size', '10'])
    expect(run.code).toBe(0)
    const seed = /Seed: ([2-9A-Z]{8}) /.exec(run.stdout)?.[1]
    expect(seed).toBeDefined()
    expect(run.stdout).toContain(`--seed ${seed}`)
    expect(run.stdout).toContain(
      'Asked for 10 cases but only 3 are eligible: all of them were taken.'
    )
  })

  it('takes a quota per team, and includes closed cases when asked', async () => {
    const db = await storeWith(population)
    const run = runCli([
      'sample',
      ...['--db', db, '--cycle', 'Quota', '--quota', '2', '--stratify', 'team'],
      ...['--include-closed', '--exclude-audited-months', '0', '--json']
    ])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as SampleJson
    expect(result.eligible).toBe(41)
    expect(result.strata.map((s) => [s.stratum, s.population, s.sampled])).toEqual([
      ['North Team', 30, 2],
      ['South Team', 11, 2]
    ])
    expect(result.spec).toMatchObject({ excludeClosed: false, excludeAuditedWithinMonths: 0 })
  })

  it('explains usage mistakes with exit code 2, creating nothing', async () => {
    const db = await storeWith(population)
    const mistakes: [string[], RegExp][] = [
      [['--cycle', 'A', '--size', '5'], /--db/],
      [['--db', db, '--size', '5'], /--cycle/],
      [['--db', db, '--cycle', 'A'], /one of --size, --percent or --quota/],
      [['--db', db, '--cycle', 'A', '--size', '5', '--percent', '10'], /one of --size/],
      [['--db', db, '--cycle', 'A', '--size', 'five'], /--size needs a whole number/],
      [['--db', db, '--cycle', 'A', '--size', '5', '--stratify', 'ward'], /not "ward"/],
      [['--db', db, '--cycle', 'A', '--quota', '2'], /A quota needs strata/],
      [['--db', db, '--cycle', 'A', '--size', '5', '--frobnicate'], /frobnicate/],
      [
        ['--db', db, '--cycle', 'A', '--size', '5', '--include-closed', '--exclude-closed'],
        /not both/
      ]
    ]
    for (const [args, message] of mistakes) {
      const run = runCli(['sample', ...args])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(message)
      expect(run.stderr).toContain('--help')
    }
    const first = runCli(['sample', '--db', db, '--cycle', 'B', '--size', '1', '--json'])
    expect((JSON.parse(first.stdout) as SampleJson).cycle.id).toBe(1)
  })

  it('exits 1 with the reason when the sample cannot be drawn', async () => {
    const db = await storeWith([
      { ref: 'C-1', team: 'North Team', planType: 'CP', status: 'closed' }
    ])
    const run = runCli(['sample', '--db', db, '--cycle', 'Empty', '--size', '5', '--json'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('No cases are eligible for the sample (1 closed')
    expect(run.stderr).toContain('The cycle "Empty" was created but has no sample yet.')
  })

  it('documents itself, including that it creates a missing cycle', () => {
    const help = runCli(['sample', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--stratify team,plan_type')
    expect(help.stdout).toMatch(/If there is no cycle called NAME.*it is created first/s)
    expect(runCli(['--help']).stdout).toMatch(/sample\s+draw a cycle's sample/)
  })

  it('samples only the plan types and teams asked for, and names a team it does not know', async () => {
    const db = await storeWith([...population, ...casesOf('E-CP', 'East Team', 'CP', 5)])
    const run = runCli([
      'sample',
      '--db',
      db,
      '--cycle',
      'CP audit',
      '--size',
      '50',
      '--plan-types',
      'Child Protection',
      '--team',
      'North Team',
      '--team',
      'South Team',
      '--seed',
      'CP'
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Plan types: CP only')
    expect(run.stdout).toContain('Teams: North Team, South Team only')
    expect(run.stdout).toContain(
      'Eligible cases: 34 (left out: 11 outside the plan types or teams, 1 closed, 0 audited in the last 12 months, 0 without a plan document)'
    )
    expect(run.stdout).not.toMatch(/N-CIN|E-CP/)

    const typo = runCli([
      'sample',
      '--db',
      db,
      '--cycle',
      'CP audit 2',
      '--size',
      '5',
      '--team',
      'Nort Team'
    ])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('No case is in the team "Nort Team".')
    // Nothing is left behind: no cycle was made for the draw that could not be.
    const listed = await openStore(db, { dailyBackup: false })
    expect(listed.prepare('SELECT name FROM cycles').pluck().all()).toEqual(['CP audit'])
    listed.close()
    const badType = runCli([
      'sample',
      '--db',
      db,
      '--cycle',
      'X',
      '--size',
      '5',
      '--plan-types',
      'CP,S47'
    ])
    expect(badType.code).toBe(2)
    expect(badType.stderr).toContain(
      '--plan-types takes CIN, CP, CLA, PATHWAY or EARLY_HELP, not "S47"'
    )
  })
})
