import { describe, expect, it } from 'vitest'
import { valueOf } from '../support/app'
import { expectError, snapshot } from '../cases/support'
import { appWithCases, attach, caseId, textFile } from './support/app'

describe('pasting plan text', () => {
  it("records pasted text as the case's plan, dated from the case list unless a date is typed", async () => {
    const app = await appWithCases()
    const id = caseId(app, 'CP-10234')
    const pasted = valueOf(
      await app.call('plans:paste', { caseId: id, text: '  Mum to attend\r\nthe course  \r\n' })
    )
    expect(pasted).toEqual({
      fileName: 'Pasted text',
      caseRef: 'CP-10234',
      version: 1,
      status: 'new',
      characters: 24
    })
    const plan = valueOf(await app.call('plans:get', { caseId: id }))
    expect(plan).toMatchObject({
      text: 'Mum to attend\nthe course',
      planDate: '2026-01-14',
      sourceName: 'Pasted text'
    })
    const typed = valueOf(
      await app.call('plans:paste', { caseId: id, text: 'A new plan', planDate: '2026-04-30' })
    )
    expect(typed).toMatchObject({ version: 2, status: 'new-version' })
    expect(valueOf(await app.call('plans:get', { caseId: id })).planDate).toBe('2026-04-30')
  })

  it('leaves the plan as it is when the same text is pasted again', async () => {
    const app = await appWithCases()
    const id = caseId(app, 'CIN-200')
    valueOf(await app.call('plans:paste', { caseId: id, text: 'Same plan' }))
    const before = snapshot(app.context.store!)
    const again = valueOf(await app.call('plans:paste', { caseId: id, text: 'Same plan\n' }))
    expect(again).toMatchObject({ version: 1, status: 'unchanged' })
    expect(snapshot(app.context.store!)).toEqual(before)
  })

  it('refuses blank text, an impossible date and an unknown case, changing nothing', async () => {
    const app = await appWithCases()
    const before = snapshot(app.context.store!)
    const id = caseId(app, 'CIN-200')
    await expectError(app.call('plans:paste', { caseId: id, text: '   ' }), 'invalid-input')
    const date = await expectError(
      app.call('plans:paste', { caseId: id, text: 'Plan', planDate: '2026-02-31' }),
      'invalid-input'
    )
    expect(date).toBe('The plan date 2026-02-31 is not a real date.')
    await expectError(app.call('plans:paste', { caseId: 9999, text: 'Plan' }), 'not-found')
    expect(snapshot(app.context.store!)).toEqual(before)
  })
})

describe('plan versions and dates', () => {
  it('says when a case has no plan yet, or no such version', async () => {
    const app = await appWithCases()
    const id = caseId(app, 'PW-400')
    expect(await expectError(app.call('plans:get', { caseId: id }), 'not-found')).toBe(
      'Case PW-400 has no plan attached yet.'
    )
    expect(valueOf(await app.call('plans:versions', { caseId: id }))).toEqual([])
    await attach(app, [textFile('PW-400.txt', 'Plan')])
    expect(await expectError(app.call('plans:get', { caseId: id, version: 2 }), 'not-found')).toBe(
      'Case PW-400 has no plan version 2.'
    )
    await expectError(app.call('plans:versions', { caseId: 9999 }), 'not-found')
  })

  it("sets and clears a plan version's date, recording the change in the audit trail", async () => {
    const app = await appWithCases()
    const id = caseId(app, 'PW-400')
    await attach(app, [textFile('PW-400.txt', 'Plan')])
    const [version] = valueOf(await app.call('plans:versions', { caseId: id }))
    expect(version!.planDate).toBeNull()
    const dated = valueOf(
      await app.call('plans:set-date', { documentId: version!.id, planDate: '2026-03-15' })
    )
    expect(dated).toMatchObject({ id: version!.id, planDate: '2026-03-15', version: 1 })
    const cleared = valueOf(
      await app.call('plans:set-date', { documentId: version!.id, planDate: null })
    )
    expect(cleared.planDate).toBeNull()
    const events = app.context
      .store!.prepare("SELECT before, after FROM events WHERE action = 'set-date' ORDER BY id")
      .all()
    expect(events).toEqual([
      { before: '{"planDate":null}', after: '{"planDate":"2026-03-15"}' },
      { before: '{"planDate":"2026-03-15"}', after: '{"planDate":null}' }
    ])
    await expectError(
      app.call('plans:set-date', { documentId: version!.id, planDate: '2026-13-01' }),
      'invalid-input'
    )
    await expectError(app.call('plans:set-date', { documentId: 9999, planDate: null }), 'not-found')
  })
})
