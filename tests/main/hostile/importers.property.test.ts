import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../../shared/errors'
import type { TestApp } from '../support/app'
import { testApp, valueOf } from '../support/app'

/** Everything in the store an import could touch, to prove a failed one touched nothing. */
function snapshot(app: TestApp): string {
  const store = app.context.store!
  return JSON.stringify(
    ['cases', 'imports', 'plan_documents', 'column_mappings', 'events'].map((table) =>
      store.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
    )
  )
}

/** A cell as exports have them, or a mangled one with quotes, delimiters and line breaks. */
const cell = fc.oneof(
  fc.constantFrom(
    'CP',
    'CIN',
    'Looked After',
    'Early Help',
    'North Team',
    'South Team',
    '01/02/2026',
    '31/02/2026',
    'K-1',
    'K-2',
    ''
  ),
  fc.string({
    unit: fc.constantFrom('a', 'Z', '1', ',', ';', '\t', '"', '\n', '\r', ' ', 'é', '£', '=', '-'),
    maxLength: 12
  })
)

/** A case list with the mappable headings and rows that are all valid: it must import. */
const cleanList = fc
  .array(
    fc.tuple(
      fc.constantFrom('North Team', 'South Team', 'Children in Care', 'Café Team'),
      fc.constantFrom('CP', 'CIN', 'Looked After', 'Early Help', 'Pathway')
    ),
    { minLength: 1, maxLength: 8 }
  )
  .map((rows) =>
    [
      'Case Ref,Team,Plan Type',
      ...rows.map(([team, type], i) => `K-${i + 1},${team},${type}`)
    ].join('\r\n')
  )

/** The same headings over rows of anything: cells with quotes, delimiters and line breaks. */
const messyList = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 })
  .map((rows) => ['Case Ref,Team,Plan Type', ...rows.map((cells) => cells.join(','))].join('\r\n'))

/** No mappable headings at all. */
const unmappable = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 })
  .map((rows) => rows.map((cells) => cells.join(',')).join('\r\n'))

/** Text that looks like a CSV a case-management system might export, good or mangled. */
const csvish = fc.oneof(
  cleanList.map((text) => ({ clean: true, text })),
  messyList.map((text) => ({ clean: false, text })),
  unmappable.map((text) => ({ clean: false, text }))
)

type Outcome = 'refused' | 'imported'

async function tryImport(app: TestApp, bytes: Uint8Array): Promise<Outcome> {
  const before = snapshot(app)
  const file = { fileName: 'fuzz.csv', contentBase64: Buffer.from(bytes).toString('base64') }
  const staged = await app.call('imports:stage', { file })
  if (!staged.ok) {
    expect(ERROR_CODES).toContain(staged.error.code)
    expect(staged.error.message.length).toBeGreaterThan(0)
    expect(snapshot(app)).toBe(before)
    return 'refused'
  }
  const preview = await app.call('imports:preview', {
    stagingId: staged.value.stagingId,
    mapping: staged.value.mapping
  })
  const commit = await app.call('imports:commit', {
    stagingId: staged.value.stagingId,
    mapping: staged.value.mapping,
    skipInvalid: false
  })
  if (!preview.ok || !commit.ok) {
    const error = !preview.ok ? preview.error : !commit.ok ? commit.error : null
    expect(ERROR_CODES).toContain(error!.code)
    expect(error!.code).not.toBe('internal')
    expect(snapshot(app)).toBe(before)
    return 'refused'
  }
  // A file that imports does so exactly as its preview said.
  expect(commit.value.created + commit.value.updated + commit.value.unchanged).toBe(
    preview.value.validRows
  )
  expect(preview.value.problems).toEqual([])
  return 'imported'
}

describe('hostile case lists', () => {
  it('never crashes on random bytes: a clear error and no change, or a clean import', async () => {
    const app = await testApp()
    valueOf(await app.call('auditor:set', { name: 'Fuzz Tester', role: 'qa_officer' }))
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await tryImport(app, bytes)
      }),
      { numRuns: 150 }
    )
  })

  it('never crashes on CSV-like text: a clear error and no change, or a clean import', async () => {
    const app = await testApp()
    valueOf(await app.call('auditor:set', { name: 'Fuzz Tester', role: 'qa_officer' }))
    const outcomes: Outcome[] = []
    await fc.assert(
      fc.asyncProperty(csvish, async ({ clean, text }) => {
        const outcome = await tryImport(app, Buffer.from(text, 'utf8'))
        // A list whose every row is valid always imports.
        if (clean) expect(outcome).toBe('imported')
        outcomes.push(outcome)
      }),
      { numRuns: 200 }
    )
    // Some of these files are good enough to import, so the commit path is exercised too.
    expect(outcomes.filter((outcome) => outcome === 'imported').length).toBeGreaterThan(0)
    expect(outcomes.filter((outcome) => outcome === 'refused').length).toBeGreaterThan(0)
  })

  it('never crashes on random plan documents: each file is attached, unmatched or failed with a reason', async () => {
    const app = await testApp()
    valueOf(await app.call('auditor:set', { name: 'Fuzz Tester', role: 'qa_officer' }))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('plan.docx', 'plan.pdf', 'plan.txt', 'plan.rtf', 'plan.doc'),
        fc.uint8Array({ maxLength: 1024 }),
        async (fileName, bytes) => {
          const result = await app.call('plans:attach', {
            files: [{ fileName, contentBase64: Buffer.from(bytes).toString('base64') }]
          })
          expect(result.ok).toBe(true)
          if (result.ok) {
            const { attached, unmatched, failed } = result.value
            expect(attached.length + unmatched.length + failed.length).toBe(1)
          }
        }
      ),
      { numRuns: 100 }
    )
  })
})
