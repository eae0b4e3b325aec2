import { describe, expect, it } from 'vitest'
import { testApp, valueOf } from '../support/app'
import {
  caseByRef,
  csvFile,
  expectError,
  fixture,
  importFile,
  preview,
  snapshot,
  stage
} from './support'

describe('problems in a case list', () => {
  it('lists every problem with its row, column and value before anything is written', async () => {
    const app = await testApp()
    const before = snapshot(app.context.store!)
    const staged = await stage(app, fixture('problems.csv'))
    const checked = await preview(app, staged)
    expect(checked).toMatchObject({ rowCount: 10, validRows: 1, newCases: 1 })
    expect(checked.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, 'Case Ref', 'P-1'],
      [3, 'Team', ''],
      [4, 'Plan Type', 'Section 47'],
      [5, 'Plan Start Date', '31/02/2026'],
      [6, 'Plan Start Date', '03/31/2026'],
      [7, 'Status', 'Pending'],
      [8, 'Plan Start Date', 'not known'],
      [9, 'Case Ref', ''],
      [10, 'Case Ref', 'P-1']
    ])
    const messages = checked.problems.map((p) => p.message)
    expect(messages[0]).toBe(
      'This case reference appears on rows 2 and 10; each case must appear once'
    )
    expect(messages[1]).toBe('Team is missing')
    expect(messages[2]).toMatch(/^"Section 47" is not a plan type we recognise; use CIN, CP, CLA/)
    expect(messages[3]).toBe('Plan start date "31/02/2026" is not a real date')
    expect(messages[4]).toMatch(/month-first \(US\) date; dates must be day first/)
    expect(messages[5]).toMatch(/^Status "Pending" is not open or closed/)
    expect(messages[6]).toMatch(/is not a date we can read; dates must be day first/)
    expect(messages[7]).toBe('Case reference is missing')
    expect(snapshot(app.context.store!)).toEqual(before)
  })

  it('rejects a file with an unknown plan type and changes nothing', async () => {
    const app = await testApp()
    await importFile(app, fixture('mosaic-comma.csv'))
    const before = snapshot(app.context.store!)
    const file = csvFile('one-bad-row.csv', [
      'Case Ref,Team,Plan Type',
      'CP-10234,Moved Team,CP',
      'NEW-1,North Team,CIN',
      'NEW-2,North Team,Section 17 assessment'
    ])
    const staged = await stage(app, file)
    const message = await expectError(
      app.call('imports:commit', { stagingId: staged.stagingId, mapping: staged.mapping }),
      'invalid-input'
    )
    expect(message).toBe(
      'one-bad-row.csv: 1 row has problems, so nothing was imported. The first is row 4, column "Plan Type", value "Section 17 assessment": "Section 17 assessment" is not a plan type we recognise; use CIN, CP, CLA, Pathway or Early Help (or a common name for one). Correct the file, or import the valid rows and skip these.'
    )
    // Cases, the import history, the remembered mappings and the audit trail are all as they were.
    expect(snapshot(app.context.store!)).toEqual(before)
    expect(caseByRef(app.context.store!, 'CP-10234')).toMatchObject({ team: 'North Team' })
  })

  it('imports the valid rows and lists the skipped ones when asked to skip invalid rows', async () => {
    const app = await testApp()
    const result = await importFile(app, fixture('problems.csv'), { skipInvalid: true })
    expect(result).toMatchObject({
      created: 1,
      skipped: 9,
      skippedRows: [2, 3, 4, 5, 6, 7, 8, 9, 10]
    })
    const store = app.context.store!
    expect(store.prepare('SELECT case_ref FROM cases').pluck().all()).toEqual(['P-8'])
    const stored = store.prepare('SELECT skipped_rows FROM imports').pluck().get() as string
    expect(JSON.parse(stored)).toEqual(result.skippedRows)
    const [record] = valueOf(await app.call('imports:history'))
    expect(record).toMatchObject({ skipped: 9, skippedRows: [2, 3, 4, 5, 6, 7, 8, 9, 10] })
  })

  it('refuses a mapping naming a column the file does not have, or one column for two fields', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('mosaic-comma.csv'))
    const missing = await app.call('imports:preview', {
      stagingId: staged.stagingId,
      mapping: { ...staged.mapping, team: 'Teem' }
    })
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: { 'mapping.team': 'mosaic-comma.csv has no column "Teem"' }
      }
    })
    if (!missing.ok) {
      expect(missing.error.message).toBe(
        'The column mapping cannot be used: Team is mapped to "Teem", which is not a column of mosaic-comma.csv.'
      )
    }
    const twice = await app.call('imports:preview', {
      stagingId: staged.stagingId,
      mapping: { ...staged.mapping, lastReviewDate: 'Plan Start Date' }
    })
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!twice.ok) {
      expect(twice.error.message).toContain(
        'the column "Plan Start Date" is chosen for both Plan start date and Last review date'
      )
    }
    const unmapped = await app.call('imports:preview', {
      stagingId: staged.stagingId,
      mapping: { caseRef: 'Case Ref', planType: null }
    })
    expect(unmapped).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: {
          'mapping.planType': 'Choose the column for Plan type',
          'mapping.team': 'Choose the column for Team'
        }
      }
    })
  })

  it('refuses to preview or commit a list that was discarded', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('mosaic-comma.csv'))
    expect(valueOf(await app.call('imports:discard', { stagingId: staged.stagingId }))).toBeNull()
    await expectError(
      app.call('imports:preview', { stagingId: staged.stagingId, mapping: staged.mapping }),
      'not-found'
    )
    await expectError(
      app.call('imports:commit', { stagingId: staged.stagingId, mapping: staged.mapping }),
      'not-found'
    )
  })

  it('cannot commit the same staged list twice', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('mosaic-comma.csv'))
    valueOf(
      await app.call('imports:commit', { stagingId: staged.stagingId, mapping: staged.mapping })
    )
    await expectError(
      app.call('imports:commit', { stagingId: staged.stagingId, mapping: staged.mapping }),
      'not-found'
    )
    expect(app.context.store!.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(1)
  })

  it('keeps only the newest few staged lists in memory', async () => {
    const app = await testApp()
    const first = await stage(app, fixture('mosaic-comma.csv'))
    for (let i = 0; i < 3; i += 1) await stage(app, fixture('eclipse-tab.tsv'))
    expect(app.context.staging.files.size).toBe(3)
    await expectError(
      app.call('imports:preview', { stagingId: first.stagingId, mapping: first.mapping }),
      'not-found'
    )
  })

  it('reports a CSV with an unclosed quote, naming the file', async () => {
    const app = await testApp()
    const message = await expectError(
      app.call('imports:stage', {
        file: {
          fileName: 'broken.csv',
          contentBase64: Buffer.from('Case Ref,Team\r\nA-1,"North\r\n').toString('base64')
        }
      }),
      'invalid-input'
    )
    expect(message).toMatch(/^broken\.csv could not be read as CSV/)
  })
})
