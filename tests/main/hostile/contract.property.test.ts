import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { CALL_NAMES, contract } from '../../../shared/contract'
import { ERROR_CODES } from '../../../shared/errors'
import type { TestApp } from '../support/app'
import { testApp, valueOf } from '../support/app'

function snapshot(app: TestApp): string {
  const store = app.context.store!
  const tables = store
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]
  return JSON.stringify(
    tables.map((table) => [table, store.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()])
  )
}

/** Values chosen to break things: wrong types, huge strings, prototype keys, paths out of the box. */
const nasty = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '../../etc/passwd',
    '..\\..\\windows\\system32',
    '/etc/shadow',
    'file:///etc/passwd',
    '\u0000',
    'x'.repeat(200_000),
    -1,
    0,
    1.5,
    Number.MAX_SAFE_INTEGER,
    NaN,
    null,
    [],
    {}
  ),
  fc.dictionary(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'cycleId',
      'caseId',
      'auditId',
      'fileName',
      'path',
      'backupFile',
      'name'
    ),
    fc.oneof(fc.constantFrom('../../etc/passwd', '__proto__', 99999999, -5, true), fc.anything())
  ),
  fc.constant(
    JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'
    )
  )
)

describe('every contract call under malformed and hostile payloads', () => {
  it('answers with a typed result, never throws, and changes nothing when the input is invalid', async () => {
    const app = await testApp()
    valueOf(await app.call('auditor:set', { name: 'Fuzz Tester', role: 'qa_officer' }))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      for (const name of CALL_NAMES) {
        await fc.assert(
          fc.asyncProperty(nasty, async (payload) => {
            const valid = contract[name].input.safeParse(payload).success
            const before = snapshot(app)
            const result = await app.callRaw(name, payload)
            expect(typeof result.ok).toBe('boolean')
            if (!result.ok) {
              expect(ERROR_CODES).toContain(result.error.code)
              expect(typeof result.error.message).toBe('string')
            }
            if (!valid) {
              expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
              expect(snapshot(app)).toBe(before)
            }
          }),
          { numRuns: 40 }
        )
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
    } finally {
      logged.mockRestore()
    }
  })
})
