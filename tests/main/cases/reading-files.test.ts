import { describe, expect, it } from 'vitest'
import { testApp, valueOf } from '../support/app'
import { caseByRef, csvFile, fixture, importFile, preview, stage, xlsxFile } from './support'

describe('reading a case list', () => {
  it('reads a comma CSV exported by Mosaic and guesses the mapping from its headers', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('mosaic-comma.csv'))
    expect(staged).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      rowCount: 5,
      sheets: [],
      sheet: null,
      mappingRemembered: false
    })
    expect(staged.headers).toContain('Allocated Worker')
    expect(staged.sampleRows[0]).toEqual([
      'CP-10234',
      'Child A',
      '01/02/2015',
      'North Team',
      'Zoë O’Brien',
      'Sam Patel',
      'Child Protection',
      '',
      '14/01/2026',
      '28/02/2026',
      'Open'
    ])
    expect(staged.mapping).toEqual({
      caseRef: 'Case Ref',
      planType: 'Plan Type',
      team: 'Team',
      socialWorker: 'Allocated Worker',
      teamManager: 'Team Manager',
      planStartDate: 'Plan Start Date',
      lastReviewDate: 'Date of Last Review',
      legalStatus: 'Legal Status',
      status: 'Case Status'
    })
  })

  it('imports every plan type, date style and status of the Mosaic list', async () => {
    const app = await testApp()
    const result = await importFile(app, fixture('mosaic-comma.csv'))
    expect(result).toMatchObject({ created: 5, updated: 0, unchanged: 0, skipped: 0 })
    const store = app.context.store!
    expect(caseByRef(store, 'CP-10234')).toMatchObject({
      plan_type: 'CP',
      team: 'North Team',
      social_worker: 'Zoë O’Brien',
      team_manager: 'Sam Patel',
      plan_start_date: '2026-01-14',
      last_review_date: '2026-02-28',
      legal_status: null,
      status: 'open'
    })
    expect(caseByRef(store, 'CIN-20001')).toMatchObject({
      plan_type: 'CIN',
      plan_start_date: '2026-03-02',
      status: 'open'
    })
    expect(caseByRef(store, 'LAC-30001')).toMatchObject({
      plan_type: 'CLA',
      plan_start_date: '2025-11-03',
      legal_status: 'S31 Full Care Order'
    })
    expect(caseByRef(store, 'PW-40001')).toMatchObject({
      plan_type: 'PATHWAY',
      plan_start_date: '2026-03-01'
    })
    expect(caseByRef(store, 'EH-50001')).toMatchObject({
      plan_type: 'EARLY_HELP',
      status: 'closed'
    })
  })

  it('stores only the mapped columns, never the child name or date of birth', async () => {
    const app = await testApp()
    await importFile(app, fixture('mosaic-comma.csv'))
    const everything =
      JSON.stringify(app.context.store!.prepare('SELECT * FROM cases').all()) +
      JSON.stringify(app.context.store!.prepare('SELECT * FROM events').all())
    expect(everything).not.toContain('Child A')
    expect(everything).not.toContain('01/02/2015')
    expect(everything).not.toContain('2015-02-01')
  })

  it('reads a semicolon CSV saved as UTF-8 with a BOM, with quoted delimiters in a field', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('lcs-semicolon-bom.csv'))
    expect(staged).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', rowCount: 2 })
    expect(staged.headers[0]).toBe('Person ID')
    expect(staged.mapping).toMatchObject({ caseRef: 'Person ID', socialWorker: 'Worker' })
    await importFile(app, fixture('lcs-semicolon-bom.csv'))
    expect(caseByRef(app.context.store!, '10234')).toMatchObject({
      plan_type: 'CP',
      social_worker: 'Zoë O’Brien',
      plan_start_date: '2026-04-01'
    })
    expect(caseByRef(app.context.store!, '10235')).toMatchObject({ social_worker: 'Smith; Jones' })
  })

  it('reads a tab-delimited export', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('eclipse-tab.tsv'))
    expect(staged).toMatchObject({ delimiter: '\t', rowCount: 2 })
    expect(staged.mapping).toMatchObject({ caseRef: 'Child ID', planType: 'Plan Type' })
    await importFile(app, fixture('eclipse-tab.tsv'))
    expect(caseByRef(app.context.store!, 'C-2')).toMatchObject({
      plan_type: 'PATHWAY',
      plan_start_date: '2026-01-04',
      legal_status: 'S20 Voluntary'
    })
  })

  it('reads a Windows-1252 CSV as Excel saves it, so £, ’, “ and é arrive intact', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('excel-windows-1252.csv'))
    expect(staged).toMatchObject({ encoding: 'windows-1252', delimiter: ',' })
    await importFile(app, fixture('excel-windows-1252.csv'))
    const store = app.context.store!
    expect(caseByRef(store, 'CF-1')).toMatchObject({
      team: 'Café Team',
      social_worker: 'Renée O’Neil',
      legal_status: 'Fee £25 paid'
    })
    expect(caseByRef(store, 'CF-2')).toMatchObject({ legal_status: '“Interim” order' })
  })

  it('reads a UTF-16 LE file with a BOM (Excel\'s "Unicode text")', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('utf16le-bom.csv'))
    expect(staged).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', rowCount: 2 })
    await importFile(app, fixture('utf16le-bom.csv'))
    expect(caseByRef(app.context.store!, 'U-1')).toMatchObject({ team: 'Équipe Nord' })
  })

  it('reads a UTF-16 BE file with a BOM', async () => {
    const app = await testApp()
    const text = 'Case Ref,Team,Plan Type\r\nB-1,Équipe Sud,CIN\r\n'
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.alloc(le.length + 2)
    be[0] = 0xfe
    be[1] = 0xff
    for (let i = 0; i < le.length; i += 2) {
      be[i + 2] = le[i + 1]!
      be[i + 3] = le[i]!
    }
    const staged = await stage(app, { fileName: 'be.csv', bytes: be })
    expect(staged).toMatchObject({ encoding: 'utf-16be', rowCount: 1 })
    expect(staged.sampleRows[0]).toEqual(['B-1', 'Équipe Sud', 'CIN'])
  })

  it('numbers rows as a spreadsheet shows them when quoted fields hold line breaks', async () => {
    const app = await testApp()
    const staged = await stage(app, fixture('embedded-newlines.csv'))
    expect(staged.rowCount).toBe(4)
    expect(staged.sampleRows[0]![3]).toBe('Interim care order\ngranted 3 March\nrenewed 30 March')
    const checked = await preview(app, staged)
    // "Section 20" is on physical line 5 and "Unknown Plan" on line 8, but they are the third and
    // fifth rows in Excel: the quoted line breaks stay inside their cells.
    expect(checked.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [3, 'Plan Type', 'Section 20'],
      [5, 'Plan Type', 'Unknown Plan']
    ])
  })

  it('keeps row numbers across blank lines and ignores blank rows Excel leaves at the end', async () => {
    const app = await testApp()
    const file = csvFile('blanks.csv', [
      'Case Ref,Team,Plan Type',
      'A-1,North,CP',
      '',
      'A-2,North,Nope',
      ',,',
      ',,'
    ])
    const staged = await stage(app, file)
    expect(staged.rowCount).toBe(2)
    const checked = await preview(app, staged)
    expect(checked.problems).toEqual([
      expect.objectContaining({ row: 4, column: 'Plan Type', value: 'Nope' })
    ])
  })

  it('unwraps ="00123" cells, which keep leading zeros in Excel', async () => {
    const app = await testApp()
    await importFile(
      app,
      csvFile('zeros.csv', ['Case Ref,Team,Plan Type', '"=""00123""",North,CP'])
    )
    expect(caseByRef(app.context.store!, '00123')).toBeDefined()
  })

  it('gives blank and repeated headers names of their own', async () => {
    const app = await testApp()
    const staged = await stage(
      app,
      csvFile('headers.csv', ['Case Ref,Team,Plan Type,,Team', 'A-1,North,CP,x,y'])
    )
    expect(staged.headers).toEqual(['Case Ref', 'Team', 'Plan Type', 'Column 4', 'Team (2)'])
  })

  it('refuses an empty file, an old .xls and a damaged workbook, naming the file', async () => {
    const app = await testApp()
    const call = (fileName: string, bytes: Uint8Array) =>
      app.call('imports:stage', {
        file: { fileName, contentBase64: Buffer.from(bytes).toString('base64') }
      })
    const empty = await call('empty.csv', new Uint8Array())
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!empty.ok) expect(empty.error.message).toContain('empty.csv')
    const xls = await call('old.xls', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    expect(xls).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!xls.ok) expect(xls.error.message).toMatch(/old\.xls.*save it as \.xlsx or CSV/)
    const damaged = await call('broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'))
    expect(damaged).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!damaged.ok) expect(damaged.error.message).toContain('broken.xlsx')
  })
})

describe('finding the headings below a report title', () => {
  it('skips the title lines of a report, keeping the spreadsheet row numbers', async () => {
    const app = await testApp()
    const staged = await stage(
      app,
      csvFile('report.csv', [
        'Open cases report as at 20/11/2026,,,',
        'Team: All,,,',
        ',,,',
        'Case Ref,Team,Plan Type,Plan Start Date',
        'T-1,North Team,CP,01/02/2026',
        'T-2,North Team,CP,31/02/2026'
      ])
    )
    expect(staged).toMatchObject({
      headers: ['Case Ref', 'Team', 'Plan Type', 'Plan Start Date'],
      headerRow: 4,
      rowCount: 2,
      mapping: { caseRef: 'Case Ref', team: 'Team', planType: 'Plan Type' }
    })
    const checked = await preview(app, staged)
    expect(checked.problems).toEqual([
      expect.objectContaining({ row: 6, column: 'Plan Start Date', value: '31/02/2026' })
    ])
  })

  it('does not take a title that names one field for the headings', async () => {
    const app = await testApp()
    const staged = await stage(
      app,
      csvFile('titled.csv', [
        'Case reference report',
        'Case Ref,Team,Plan Type',
        'T-1,North Team,CP'
      ])
    )
    expect(staged).toMatchObject({ headerRow: 2, headers: ['Case Ref', 'Team', 'Plan Type'] })
  })

  it('reads the first row as the headings when none of the first twenty look like them', async () => {
    const app = await testApp()
    const lines = ['Ident,Unit,Kind']
    for (let i = 1; i <= 25; i += 1) lines.push(`Q-${i},North Team,CP`)
    lines.push('Case Ref,Team,Plan Type')
    const staged = await stage(app, csvFile('unknown.csv', lines))
    expect(staged).toMatchObject({ headerRow: 1, headers: ['Ident', 'Unit', 'Kind'], rowCount: 26 })
    expect(staged.mapping).toEqual({})
  })
})

describe('reading an XLSX workbook written by ExcelJS', () => {
  const header = ['Case Ref', 'Team', 'Plan Type', 'Plan Start Date', 'Date of Last Review']

  it('reads the first sheet, with real date cells and Excel serial dates', async () => {
    const app = await testApp()
    const file = await xlsxFile('cases.xlsx', {
      Cases: [
        header,
        ['X-1', 'North Team', 'Child Protection', new Date(Date.UTC(2026, 0, 14)), 46082],
        [10234, 'South Team', 'CLA', '03/02/2026', '2026-02-20'],
        ['X-3', 'South Team', 'CIN', 46000.5, null]
      ],
      Notes: [['Nothing to see']]
    })
    const staged = await stage(app, file)
    expect(staged).toMatchObject({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      sheets: ['Cases', 'Notes'],
      sheet: 'Cases',
      rowCount: 3
    })
    const result = valueOf(
      await app.call('imports:commit', {
        stagingId: staged.stagingId,
        mapping: staged.mapping
      })
    )
    expect(result.created).toBe(3)
    const store = app.context.store!
    // 46082 is Excel's serial for 1 March 2026; 46000.5 is midday on 9 December 2025.
    expect(caseByRef(store, 'X-1')).toMatchObject({
      plan_start_date: '2026-01-14',
      last_review_date: '2026-03-01'
    })
    expect(caseByRef(store, '10234')).toMatchObject({
      plan_start_date: '2026-02-03',
      last_review_date: '2026-02-20'
    })
    expect(caseByRef(store, 'X-3')).toMatchObject({ plan_start_date: '2025-12-09' })
  })

  it('reads a sheet chosen by name, numbering rows as Excel does', async () => {
    const app = await testApp()
    const file = await xlsxFile('two-sheets.xlsx', {
      Summary: [['Totals'], [3]],
      'Open cases': [header, ['Y-1', 'North Team', 'CP', null, null], ['Y-2', 'North Team', '??']]
    })
    const staged = await stage(app, file, 'Open cases')
    expect(staged).toMatchObject({ sheet: 'Open cases', rowCount: 2 })
    const checked = await preview(app, staged)
    expect(checked.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Plan Type', value: '??' })
    ])
  })

  it('passes over a cover sheet to the first sheet that looks like a case list', async () => {
    const app = await testApp()
    const file = await xlsxFile('export.xlsx', {
      'Read me': [['Produced by Mosaic on 20/11/2026'], [], ['Contains open cases only']],
      Summary: [
        ['Team', 'Cases'],
        ['North Team', 2]
      ],
      'Open cases': [[], ['Child cases'], header, ['Y-1', 'North Team', 'CP']],
      'Closed cases': [header, ['Z-1', 'South Team', 'CIN']]
    })
    const staged = await stage(app, file)
    expect(staged).toMatchObject({
      sheets: ['Read me', 'Summary', 'Open cases', 'Closed cases'],
      sheet: 'Open cases',
      headerRow: 3,
      rowCount: 1,
      mapping: { caseRef: 'Case Ref', team: 'Team', planType: 'Plan Type' }
    })
  })

  it('takes a sheet whose headings have a remembered mapping as a case list too', async () => {
    const app = await testApp()
    const odd = ['Ident', 'Unit', 'Kind']
    // The first import of these headings is mapped by hand, and the mapping remembered.
    const first = await stage(app, csvFile('odd.csv', [odd.join(','), 'Q-1,North Team,CP']))
    valueOf(
      await app.call('imports:commit', {
        stagingId: first.stagingId,
        mapping: { caseRef: 'Ident', team: 'Unit', planType: 'Kind' }
      })
    )
    const file = await xlsxFile('odd.xlsx', {
      Notes: [['Read me']],
      Data: [odd, ['Q-2', 'South Team', 'CIN']]
    })
    expect(await stage(app, file)).toMatchObject({ sheet: 'Data', mappingRemembered: true })
  })

  it('reads the first sheet when no sheet looks like a case list', async () => {
    const app = await testApp()
    const file = await xlsxFile('unknown.xlsx', {
      First: [
        ['Ident', 'Unit'],
        ['A', 'B']
      ],
      Second: [
        ['Other', 'Thing'],
        ['C', 'D']
      ]
    })
    expect(await stage(app, file)).toMatchObject({ sheet: 'First', rowCount: 1 })
  })

  it('refuses a sheet name the workbook does not have, listing the ones it has', async () => {
    const app = await testApp()
    const file = await xlsxFile('cases.xlsx', { Cases: [header] })
    const result = await app.call('imports:stage', {
      file: { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64') },
      sheet: 'Closed'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!result.ok)
      expect(result.error.message).toBe(
        'cases.xlsx has no sheet named "Closed". Its sheets are: "Cases".'
      )
  })

  it('does not read a serial number as a date in a CSV, where Excel would show the number', async () => {
    const app = await testApp()
    const staged = await stage(
      app,
      csvFile('serial.csv', ['Case Ref,Team,Plan Type,Plan Start Date', 'A-1,North,CP,46082'])
    )
    const checked = await preview(app, staged)
    expect(checked.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Plan Start Date', value: '46082' })
    ])
  })
})
