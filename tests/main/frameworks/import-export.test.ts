import { describe, expect, it } from 'vitest'
import { verifyChain } from '../../../electron/store'
import { testApp, valueOf } from '../support/app'
import {
  defaultFramework,
  eventCount,
  fixtureJson,
  fixtureText,
  frameworkEvents,
  frameworkRows
} from './support'

const json = (value: unknown): string => JSON.stringify(value, null, 2)

describe('importing a framework', () => {
  it('adds a new key with the version the file gives, and logs it', async () => {
    const app = await testApp()
    valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))
    const file = { ...fixtureJson('valid/pathway-plans.json'), version: 3 }
    const result = valueOf(
      await app.call('frameworks:import', { json: json(file), fileName: 'pathway.json' })
    )
    expect(result).toMatchObject({
      key: 'pathway-plans',
      version: 3,
      title: 'Pathway plans for care leavers',
      locked: false,
      latest: true,
      criteria: 2,
      usedByCycles: 0,
      outcome: 'added',
      message: 'Imported "Pathway plans for care leavers" as pathway-plans version 3.'
    })
    const store = app.context.store!
    expect(frameworkRows(store)).toEqual([
      { key: 'care-plan-quality', version: 1, title: "Quality of children's plans", locked: 0 },
      { key: 'pathway-plans', version: 3, title: 'Pathway plans for care leavers', locked: 0 }
    ])
    const [event] = frameworkEvents(store)
    expect(event).toMatchObject({
      action: 'import',
      before: null,
      after: { key: 'pathway-plans', version: 3, title: 'Pathway plans for care leavers' }
    })
    expect(event!.after!.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(verifyChain(store).valid).toBe(true)
  })

  it('takes a file without a version as version 1', async () => {
    const app = await testApp()
    const result = valueOf(
      await app.call('frameworks:import', { json: fixtureText('valid/no-version.json') })
    )
    expect(result).toMatchObject({ key: 'pathway-plans', version: 1, outcome: 'added' })
    const detail = valueOf(await app.call('frameworks:get', { key: 'pathway-plans' }))
    expect(detail.definition.version).toBe(1)
  })

  it('returns the stored version and writes nothing when the file is identical to it', async () => {
    const app = await testApp()
    const store = app.context.store!
    const before = eventCount(store)
    // The default as shipped, with its properties in reverse order and another version number.
    const reordered = Object.fromEntries(
      Object.entries({ ...defaultFramework(), version: 7 }).reverse()
    )
    const result = valueOf(
      await app.call('frameworks:import', { json: json(reordered), fileName: 'copy.json' })
    )
    expect(result).toMatchObject({
      key: 'care-plan-quality',
      version: 1,
      outcome: 'unchanged',
      message:
        'copy.json is identical to care-plan-quality version 1, which is already here. Nothing was imported.'
    })
    expect(frameworkRows(store)).toHaveLength(1)
    expect(eventCount(store)).toBe(before)
  })

  it('stores a changed file as the next version, whatever version the file says', async () => {
    const app = await testApp()
    const changed = defaultFramework()
    changed.title = 'Quality of plans (revised)'
    changed.version = 1
    const result = valueOf(
      await app.call('frameworks:import', { json: json(changed), fileName: 'revised.json' })
    )
    expect(result).toMatchObject({
      key: 'care-plan-quality',
      version: 2,
      latest: true,
      outcome: 'new-version',
      message:
        'Imported "Quality of plans (revised)" as version 2 of care-plan-quality (the file says version 1; a framework already here takes the next number).'
    })
    const list = valueOf(await app.call('frameworks:list'))
    expect(list.map((f) => [f.key, f.version, f.latest])).toEqual([
      ['care-plan-quality', 2, true],
      ['care-plan-quality', 1, false]
    ])
    // The stored definition carries the version it is kept as.
    const detail = valueOf(await app.call('frameworks:get', { key: 'care-plan-quality' }))
    expect(detail.definition).toMatchObject({ version: 2, title: 'Quality of plans (revised)' })
    expect(frameworkEvents(app.context.store!).at(-1)).toMatchObject({
      action: 'import',
      after: { key: 'care-plan-quality', version: 2, fileVersion: 1 }
    })
  })

  it('refuses an invalid file with every problem and its path, and writes nothing', async () => {
    const app = await testApp()
    const store = app.context.store!
    const before = eventCount(store)
    const result = await app.call('frameworks:import', {
      json: fixtureText('invalid/missing-descriptor.json'),
      fileName: 'missing-descriptor.json'
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'missing-descriptor.json is not a valid framework (1 problem): Criterion 2 (timescales), descriptor for Inadequate: This is required but missing.',
        fields: {
          'criteria.1.descriptors.1':
            'Criterion 2 (timescales), descriptor for Inadequate: This is required but missing'
        }
      }
    })
    for (const name of [
      'duplicate-criterion-keys.json',
      'duplicate-prompt-keys.json',
      'bad-key.json',
      'unknown-property.json',
      'empty-criteria.json',
      'wrong-grade.json',
      'syntax-error.json'
    ]) {
      const refused = await app.call('frameworks:import', {
        json: fixtureText(`invalid/${name}`),
        fileName: name
      })
      expect(refused.ok, name).toBe(false)
      if (!refused.ok) expect(refused.error.message.startsWith(name)).toBe(true)
    }
    expect(frameworkRows(store)).toHaveLength(1)
    expect(eventCount(store)).toBe(before)
  })

  it('names the file and the place of a JSON syntax error', async () => {
    const app = await testApp()
    const result = await app.call('frameworks:import', {
      json: '{\n  "key": "x",\n  "title" "no colon"\n}',
      fileName: 'typo.json'
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input')
      expect(result.error.message).toMatch(
        /^typo\.json is not valid JSON: .+ at line 3, column 11\.$/
      )
    }
  })

  it('refuses a file over the size limit before reading it', async () => {
    const app = await testApp()
    const result = await app.call('frameworks:import', { json: ' '.repeat(2_000_001) })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('A framework file is at most 2 MB')
  })
})

describe('exporting a framework', () => {
  it('gives pretty JSON named key-vN.json that imports back as identical', async () => {
    const app = await testApp()
    const file = valueOf(await app.call('frameworks:export', { key: 'care-plan-quality' }))
    expect(file.fileName).toBe('care-plan-quality-v1.json')
    expect(file.json.startsWith('{\n  "key": "care-plan-quality",\n  "version": 1,')).toBe(true)
    expect(file.json.endsWith('}\n')).toBe(true)
    expect(JSON.parse(file.json)).toEqual(
      valueOf(await app.call('frameworks:get', { key: 'care-plan-quality' })).definition
    )
    const back = valueOf(
      await app.call('frameworks:import', { json: file.json, fileName: file.fileName })
    )
    expect(back).toMatchObject({ version: 1, outcome: 'unchanged' })
  })

  it('exports an earlier version on request, and says when there is no such framework', async () => {
    const app = await testApp()
    const changed = { ...defaultFramework(), title: 'Revised' }
    valueOf(await app.call('frameworks:import', { json: json(changed) }))
    const first = valueOf(
      await app.call('frameworks:export', { key: 'care-plan-quality', version: 1 })
    )
    expect(JSON.parse(first.json)).toMatchObject({
      version: 1,
      title: "Quality of children's plans"
    })
    const latest = valueOf(await app.call('frameworks:export', { key: 'care-plan-quality' }))
    expect(JSON.parse(latest.json)).toMatchObject({ version: 2, title: 'Revised' })

    const missing = await app.call('frameworks:export', { key: 'care-plan-quality', version: 9 })
    expect(missing).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no framework "care-plan-quality" version 9.' }
    })
    const unknown = await app.call('frameworks:get', { key: 'nothing-here' })
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found')
  })
})
