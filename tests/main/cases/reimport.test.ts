import { describe, expect, it } from 'vitest'
import { verifyChain } from '../../../electron/store'
import { testApp, valueOf } from '../support/app'
import { caseByRef, csvFile, fixture, importFile, preview, stage } from './support'

const HEADER = 'Case Ref,Team,Allocated Worker,Team Manager,Plan Type,Plan Start Date'

describe('importing an updated case list', () => {
  it('updates changed cases, adds new ones and counts the unchanged', async () => {
    const app = await testApp()
    await importFile(
      app,
      csvFile('april.csv', [
        HEADER,
        'A-1,North Team,Ann,Tom,CP,01/04/2026',
        'A-2,North Team,Ben,Tom,CIN,02/04/2026',
        'A-3,South Team,Cat,Una,CLA,03/04/2026'
      ])
    )
    const may = csvFile('may.csv', [
      HEADER,
      'A-1,North Team,Ann,Tom,CP,01/04/2026',
      'A-2,East Team,Ben,Tom,CIN,02/04/2026',
      'A-3,South Team,Cat,Una,CLA,04/04/2026',
      'A-4,South Team,Dee,Una,EH,05/04/2026'
    ])
    const staged = await stage(app, may)
    const checked = await preview(app, staged)
    expect(checked).toMatchObject({ newCases: 1, updatedCases: 2, unchangedCases: 1 })
    // What changes, field by field, before anything is written.
    expect(checked.fieldChanges).toEqual([
      {
        field: 'team',
        cases: 1,
        examples: [{ caseRef: 'A-2', before: 'North Team', after: 'East Team' }]
      },
      {
        field: 'planStartDate',
        cases: 1,
        examples: [{ caseRef: 'A-3', before: '2026-04-03', after: '2026-04-04' }]
      }
    ])
    const result = valueOf(
      await app.call('imports:commit', { stagingId: staged.stagingId, mapping: staged.mapping })
    )
    expect(result).toMatchObject({ created: 1, updated: 2, unchanged: 1, skipped: 0 })
    const store = app.context.store!
    expect(caseByRef(store, 'A-2')).toMatchObject({ team: 'East Team', import_id: result.importId })
    expect(caseByRef(store, 'A-3')).toMatchObject({ plan_start_date: '2026-04-04' })
    expect(caseByRef(store, 'A-1')).toMatchObject({ import_id: result.importId - 1 })
    expect(store.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(4)
  })

  it('counts a field changed in many cases, with the first few as examples', async () => {
    const app = await testApp()
    const rows = Array.from({ length: 8 }, (_, i) => `B-${i + 1},North Team,Ann,Tom,CP,01/04/2026`)
    await importFile(app, csvFile('april.csv', [HEADER, ...rows]))
    // The next list's team column holds localities: every case would move.
    const moved = rows.map((row) => row.replace('North Team', 'Kestrel Locality'))
    const checked = await preview(app, await stage(app, csvFile('may.csv', [HEADER, ...moved])))
    expect(checked.fieldChanges).toEqual([
      {
        field: 'team',
        cases: 8,
        examples: ['B-1', 'B-2', 'B-3'].map((caseRef) => ({
          caseRef,
          before: 'North Team',
          after: 'Kestrel Locality'
        }))
      }
    ])
  })

  it('keeps stored values for fields the new list does not have', async () => {
    const app = await testApp()
    await importFile(app, csvFile('full.csv', [HEADER, 'A-1,North Team,Ann,Tom,CP,01/04/2026']))
    const result = await importFile(
      app,
      csvFile('no-manager.csv', ['Case Ref,Team,Plan Type', 'A-1,North Team,CP'])
    )
    expect(result).toMatchObject({ updated: 0, unchanged: 1 })
    expect(caseByRef(app.context.store!, 'A-1')).toMatchObject({
      team_manager: 'Tom',
      social_worker: 'Ann',
      plan_start_date: '2026-04-01'
    })
  })

  it('clears a mapped field that is now blank, and closes a case marked closed', async () => {
    const app = await testApp()
    await importFile(
      app,
      csvFile('a.csv', [`${HEADER},Status`, 'A-1,North,Ann,Tom,CP,01/04/2026,Open'])
    )
    await importFile(
      app,
      csvFile('b.csv', [`${HEADER},Status`, 'A-1,North,,Tom,CP,01/04/2026,Case closed'])
    )
    expect(caseByRef(app.context.store!, 'A-1')).toMatchObject({
      social_worker: null,
      status: 'closed'
    })
  })

  it('matches case references ignoring letter case and keeps the stored spelling', async () => {
    const app = await testApp()
    await importFile(app, csvFile('a.csv', ['Case Ref,Team,Plan Type', 'CP-10234,North,CP']))
    const result = await importFile(
      app,
      csvFile('b.csv', ['Case Ref,Team,Plan Type', 'cp-10234,South,CP'])
    )
    expect(result).toMatchObject({ created: 0, updated: 1 })
    const store = app.context.store!
    expect(store.prepare('SELECT case_ref, team FROM cases').all()).toEqual([
      { case_ref: 'CP-10234', team: 'South' }
    ])
    const staged = await stage(
      app,
      csvFile('dupes.csv', ['Case Ref,Team,Plan Type', 'X-1,North,CP', 'x-1,North,CP'])
    )
    const checked = await preview(app, staged)
    expect(checked.problems.map((p) => p.row)).toEqual([2, 3])
  })

  it('records each import in the history with its file, sha256, counts, mapping and auditor', async () => {
    const app = await testApp()
    valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))
    const file = fixture('mosaic-comma.csv')
    await importFile(app, file)
    await importFile(app, file)
    const history = valueOf(await app.call('imports:history'))
    expect(history).toHaveLength(2)
    const { createHash } = await import('node:crypto')
    expect(history[0]).toMatchObject({
      kind: 'cases',
      fileName: 'mosaic-comma.csv',
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      rowCount: 5,
      created: 0,
      updated: 0,
      unchanged: 5,
      skipped: 0,
      skippedRows: [],
      auditorName: 'Priya Shah',
      mapping: expect.objectContaining({ caseRef: 'Case Ref', team: 'Team' })
    })
    expect(history[1]).toMatchObject({ created: 5 })
    expect(history[0]!.id).toBeGreaterThan(history[1]!.id)
    expect(Date.parse(history[0]!.importedAt)).not.toBeNaN()
  })

  it('writes one audit-trail event per import, with counts and no case data', async () => {
    const app = await testApp()
    await importFile(app, fixture('mosaic-comma.csv'))
    const store = app.context.store!
    const events = store.prepare("SELECT * FROM events WHERE entity = 'import'").all() as {
      action: string
      after: string
    }[]
    expect(events).toHaveLength(1)
    expect(events[0]!.action).toBe('import-cases')
    expect(JSON.parse(events[0]!.after)).toMatchObject({
      fileName: 'mosaic-comma.csv',
      rowCount: 5,
      created: 5
    })
    expect(events[0]!.after).not.toContain('CP-10234')
    expect(store.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1)
    expect(verifyChain(store).valid).toBe(true)
  })

  it("records a plan-text column as each case's plan, and a changed text as a new version", async () => {
    const app = await testApp()
    const first = await importFile(
      app,
      csvFile('with-plans.csv', [
        'Case Ref,Team,Plan Type,Plan Start Date,Plan Text',
        'A-1,North,CP,01/04/2026,"1. Mum to attend the Freedom Programme by 30/06/2026\n2. School to report attendance weekly"',
        'A-2,North,CIN,,'
      ]),
      {
        mapping: {
          caseRef: 'Case Ref',
          team: 'Team',
          planType: 'Plan Type',
          planStartDate: 'Plan Start Date',
          planText: 'Plan Text'
        }
      }
    )
    expect(first.planTexts).toBe(1)
    const caseId = (caseByRef(app.context.store!, 'A-1') as { id: number }).id
    const plan = valueOf(await app.call('plans:get', { caseId }))
    expect(plan).toMatchObject({
      version: 1,
      sourceName: 'with-plans.csv (row 2)',
      planDate: '2026-04-01',
      text: '1. Mum to attend the Freedom Programme by 30/06/2026\n2. School to report attendance weekly'
    })
    const again = await importFile(
      app,
      csvFile('with-plans.csv', [
        'Case Ref,Team,Plan Type,Plan Start Date,Plan Text',
        'A-1,North,CP,01/04/2026,"1. Mum to attend the Freedom Programme by 30/06/2026\n2. School to report attendance weekly"'
      ])
    )
    expect(again).toMatchObject({ unchanged: 1, planTexts: 0 })
    const changed = await importFile(
      app,
      csvFile('with-plans.csv', [
        'Case Ref,Team,Plan Type,Plan Start Date,Plan Text',
        'A-1,North,CP,01/04/2026,"1. Mum to complete the Freedom Programme by 31/07/2026"'
      ])
    )
    expect(changed).toMatchObject({ unchanged: 1, planTexts: 1 })
    expect(valueOf(await app.call('plans:versions', { caseId })).map((v) => v.version)).toEqual([
      2, 1
    ])
  })
})

describe('the column mapping', () => {
  it('remembers the mapping used for a header set and offers it for the next file', async () => {
    const app = await testApp()
    const first = csvFile('march.csv', ['Ref No,Locality,Kind of plan', 'A-1,North,CP'])
    const staged = await stage(app, first)
    expect(staged.mappingRemembered).toBe(false)
    expect(staged.mapping.team).toBeUndefined()
    const mapping = { caseRef: 'Ref No', team: 'Locality', planType: 'Kind of plan' }
    await importFile(app, first, { mapping })
    // The same export next month, with its columns reordered and its headers in capitals.
    const next = await stage(
      app,
      csvFile('april.csv', ['KIND OF PLAN,REF NO,LOCALITY', 'CIN,A-2,South'])
    )
    expect(next.mappingRemembered).toBe(true)
    expect(next.mapping).toEqual({
      caseRef: 'REF NO',
      planType: 'KIND OF PLAN',
      team: 'LOCALITY'
    })
  })

  it('does not remember a mapping from an import that failed', async () => {
    const app = await testApp()
    const file = csvFile('bad.csv', ['Ref No,Locality,Kind of plan', 'A-1,North,Nope'])
    const staged = await stage(app, file)
    const mapping = { caseRef: 'Ref No', team: 'Locality', planType: 'Kind of plan' }
    const result = await app.call('imports:commit', { stagingId: staged.stagingId, mapping })
    expect(result.ok).toBe(false)
    expect((await stage(app, file)).mappingRemembered).toBe(false)
  })

  it('guesses common header names from each case-management system', async () => {
    const app = await testApp()
    const staged = await stage(
      app,
      csvFile('lcs.csv', [
        'Person ID,Child ID,Team Name,Social Worker,Practice Manager,Current Plan Type,Legal Status,Start Date,Last Review Date,Age Band,Open/Closed,Plan Document',
        '1,2,North,A,B,CP,,01/01/2026,,5-9,Open,plan.docx'
      ])
    )
    expect(staged.mapping).toEqual({
      caseRef: 'Child ID',
      planType: 'Current Plan Type',
      team: 'Team Name',
      socialWorker: 'Social Worker',
      teamManager: 'Practice Manager',
      planStartDate: 'Start Date',
      lastReviewDate: 'Last Review Date',
      legalStatus: 'Legal Status',
      ageBand: 'Age Band',
      status: 'Open/Closed',
      planDocumentName: 'Plan Document'
    })
  })

  it('says which unmapped columns look like personal details and will not be imported', async () => {
    const app = await testApp()
    const staged = await stage(
      app,
      csvFile('personal.csv', [
        'Case Ref,Forename,Surname,Child Name,DOB,Date of Birth,NHS Number,Address Line 1,Postcode,Team,Plan Type,Notes',
        'A-1,Jo,Bloggs,Jo Bloggs,01/01/2015,01/01/2015,123,1 High St,AB1 2CD,North,CP,none'
      ])
    )
    expect(staged.mapping).toEqual({ caseRef: 'Case Ref', team: 'Team', planType: 'Plan Type' })
    const checked = await preview(app, staged)
    expect(checked.sensitiveColumnsIgnored).toEqual([
      'Forename',
      'Surname',
      'Child Name',
      'DOB',
      'Date of Birth',
      'NHS Number',
      'Address Line 1',
      'Postcode'
    ])
    expect(checked.unmappedColumns).toEqual([...checked.sensitiveColumnsIgnored, 'Notes'])
    await importFile(
      app,
      csvFile('personal.csv', ['Case Ref,Forename,Team,Plan Type', 'A-1,Jo,North,CP'])
    )
    const stored = JSON.stringify(app.context.store!.prepare('SELECT * FROM cases').all())
    expect(stored).not.toContain('"Jo"')
  })

  it('shows which plan type values were normalised, and how many rows each', async () => {
    const app = await testApp()
    const staged = await stage(
      app,
      csvFile('types.csv', [
        'Case Ref,Team,Plan Type',
        'A-1,N,Child Protection',
        'A-2,N,CPP',
        'A-3,N,Child Protection',
        'A-4,N,LAC',
        'A-5,N,CLA',
        'A-6,N,Looked After',
        'A-7,N,Care Leaver',
        'A-8,N,Early Help',
        'A-9,N,Child in Need'
      ])
    )
    const checked = await preview(app, staged)
    expect(checked.problems).toEqual([])
    expect(checked.planTypeValues).toEqual([
      { value: 'Child Protection', planType: 'CP', rows: 2 },
      { value: 'Care Leaver', planType: 'PATHWAY', rows: 1 },
      { value: 'Child in Need', planType: 'CIN', rows: 1 },
      { value: 'CLA', planType: 'CLA', rows: 1 },
      { value: 'CPP', planType: 'CP', rows: 1 },
      { value: 'Early Help', planType: 'EARLY_HELP', rows: 1 },
      { value: 'LAC', planType: 'CLA', rows: 1 },
      { value: 'Looked After', planType: 'CLA', rows: 1 }
    ])
  })
})
