import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { verifyChain } from '../../../electron/store'
import { testApp, valueOf } from '../support/app'
import { snapshot } from '../cases/support'
import { appWithCases, attach, caseId, planFixture, textFile, upload } from './support/app'
import { makeDocx, makePdf } from './support/documents'

describe('attaching plan documents', () => {
  it('reads a Word plan, keeping each table row as one tab-separated line', async () => {
    const app = await appWithCases()
    const docx = await makeDocx([
      { heading: 'Child protection plan' },
      { paragraph: 'What needs to happen' },
      { numbered: 'Mum to attend the Freedom Programme & report back' },
      { numbered: 'School to report attendance weekly' },
      { bullet: 'Dad to engage with the drug service' },
      {
        table: [
          ['Action', 'Who', 'By when'],
          ['Attend GP appointment', 'Mum', '30/06/2026'],
          ['Review safety plan\nwith the family', 'Social worker', 'next core group']
        ]
      }
    ])
    const result = await attach(app, [{ fileName: 'CP-10234 plan March.docx', bytes: docx }])
    expect(result.unmatched).toEqual([])
    expect(result.failed).toEqual([])
    expect(result.attached).toEqual([
      {
        fileName: 'CP-10234 plan March.docx',
        caseRef: 'CP-10234',
        version: 1,
        status: 'new',
        characters: expect.any(Number)
      }
    ])
    const plan = valueOf(await app.call('plans:get', { caseId: caseId(app, 'CP-10234') }))
    expect(plan.text).toBe(
      [
        'Child protection plan',
        'What needs to happen',
        '1. Mum to attend the Freedom Programme & report back',
        '2. School to report attendance weekly',
        '- Dad to engage with the drug service',
        'Action\tWho\tBy when',
        'Attend GP appointment\tMum\t30/06/2026',
        'Review safety plan with the family\tSocial worker\tnext core group'
      ].join('\n')
    )
    expect(plan).toMatchObject({
      caseRef: 'CP-10234',
      sourceName: 'CP-10234 plan March.docx',
      sha256: createHash('sha256').update(docx).digest('hex'),
      planDate: '2026-01-14',
      characters: plan.text.length
    })
  })

  it('reads a PDF plan line by line, page by page', async () => {
    const app = await appWithCases()
    const pdf = makePdf([
      ['Child in need plan', 'Mum to attend the Caf\u00e9 group weekly (\u00a35 travel paid)'],
      ['Review in 3 months']
    ])
    const result = await attach(app, [{ fileName: 'plan_CIN-200.pdf', bytes: pdf }])
    expect(result.attached).toMatchObject([{ caseRef: 'CIN-200', status: 'new' }])
    const plan = valueOf(await app.call('plans:get', { caseId: caseId(app, 'CIN-200') }))
    expect(plan.text).toBe(
      'Child in need plan\nMum to attend the Caf\u00e9 group weekly (\u00a35 travel paid)\n\nReview in 3 months'
    )
  })

  it('reads a Windows-1252 text plan and a WordPad RTF plan', async () => {
    const app = await appWithCases()
    const result = await attach(app, [
      planFixture('CIN-200 plan.txt'),
      planFixture('PW-400 pathway plan.rtf')
    ])
    expect(result.attached.map((a) => a.caseRef)).toEqual(['CIN-200', 'PW-400'])
    const text = valueOf(await app.call('plans:get', { caseId: caseId(app, 'CIN-200') })).text
    expect(text).toBe(
      'Child in need plan for CIN-200\n\nWhat needs to happen\n1. Mum to attend the parenting course at the Caf\u00e9 Hub by 30/06/2026\n2. School to provide \u2018free school meals\u2019 and a \u00a325 uniform grant within 4 weeks'
    )
    const rtf = valueOf(await app.call('plans:get', { caseId: caseId(app, 'PW-400') })).text
    expect(rtf).toBe(
      [
        'Pathway plan for PW-400',
        '',
        'Young person to register with a GP by 31/05/2026',
        'Personal adviser to visit \u201cfortnightly\u201d and check caf\u00e9 job \u2013offer',
        'Action\tWho',
        'Apply for college\tPA'
      ].join('\n')
    )
  })

  it('matches by the plan-document column, ignoring case, with or without the extension', async () => {
    const app = await appWithCases([
      'A-1,North,CP,,Care plan (J) v3.docx',
      'A-2,North,CP,,Johnson pathway',
      'A-3,North,CP,,H:\\Plans\\Smith CP.pdf'
    ])
    const result = await attach(app, [
      { fileName: 'care plan (j) v3.docx', bytes: await makeDocx([{ paragraph: 'Plan one' }]) },
      textFile('Johnson pathway.txt', 'Plan two'),
      { fileName: 'smith cp.pdf', bytes: makePdf([['Plan three']]) }
    ])
    expect(result.attached.map((a) => [a.fileName, a.caseRef])).toEqual([
      ['care plan (j) v3.docx', 'A-1'],
      ['Johnson pathway.txt', 'A-2'],
      ['smith cp.pdf', 'A-3']
    ])
  })

  it('matches a reference only as whole words, preferring the longest reference found', async () => {
    const app = await appWithCases([
      '10234,North,CP,,',
      'CP-10234,North,CP,,',
      '102,North,CIN,,',
      'CP/555,North,CP,,'
    ])
    const result = await attach(app, [
      textFile('plan_10234.txt', 'one'),
      textFile('CP-10234 plan March.txt', 'two'),
      textFile('cp_555 review.txt', 'three'),
      textFile('plan 1023.txt', 'four'),
      textFile('plan10234.txt', 'five')
    ])
    expect(result.attached.map((a) => [a.fileName, a.caseRef])).toEqual([
      ['plan_10234.txt', '10234'],
      ['CP-10234 plan March.txt', 'CP-10234'],
      ['cp_555 review.txt', 'CP/555']
    ])
    expect(result.unmatched.map((u) => u.fileName)).toEqual(['plan 1023.txt', 'plan10234.txt'])
    expect(result.unmatched[0]!.reason).toBe(
      'No case reference from the case list is in the file name, and no case lists it as its plan document'
    )
  })

  it('lists a file naming two cases as unmatched rather than guessing', async () => {
    const app = await appWithCases()
    const result = await attach(app, [textFile('CP-10234 and CIN-200 joint plan.txt', 'joint')])
    expect(result.attached).toEqual([])
    expect(result.unmatched).toEqual([
      {
        fileName: 'CP-10234 and CIN-200 joint plan.txt',
        reason:
          'The file name matches more than one case (CP-10234, CIN-200); attach it to the right case by hand'
      }
    ])
  })

  it('attaches a file to the case chosen by hand whatever its name', async () => {
    const app = await appWithCases()
    const id = caseId(app, 'PW-400')
    const result = await attach(app, [textFile('scan 0042.txt', 'Pathway plan text')], id)
    expect(result.attached).toMatchObject([{ caseRef: 'PW-400', version: 1 }])
    const missing = await app.call('plans:attach', {
      files: [upload(textFile('x.txt', 'y'))],
      caseId: 9999
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('lists files it cannot read, and why, and still attaches the others', async () => {
    const app = await appWithCases()
    const result = await attach(app, [
      { fileName: 'CP-10234 scanned.pdf', bytes: makePdf([[]]) },
      { fileName: 'CP-10234 broken.docx', bytes: Buffer.from('not a zip at all') },
      { fileName: 'CP-10234 broken.pdf', bytes: Buffer.from('%PDF-1.4 nothing else') },
      textFile('CP-10234 old.doc', 'binary'),
      textFile('CP-10234 photo.jpg', 'binary'),
      textFile('CP-10234 empty.txt', '   \r\n  '),
      textFile('CIN-200 plan.txt', 'A plan that reads fine')
    ])
    expect(result.attached.map((a) => a.fileName)).toEqual(['CIN-200 plan.txt'])
    expect(result.failed).toEqual([
      {
        fileName: 'CP-10234 scanned.pdf',
        message: 'CP-10234 scanned.pdf: no text found (is it a scanned image?)'
      },
      {
        fileName: 'CP-10234 broken.docx',
        message:
          'CP-10234 broken.docx: could not be read as a Word document (is it damaged or password-protected?)'
      },
      {
        fileName: 'CP-10234 broken.pdf',
        message: 'CP-10234 broken.pdf: could not be read as a PDF (is it damaged?)'
      },
      {
        fileName: 'CP-10234 old.doc',
        message:
          'CP-10234 old.doc: Word 97-2003 (.doc) files cannot be read: save it as .docx in Word and attach that'
      },
      {
        fileName: 'CP-10234 photo.jpg',
        message:
          'CP-10234 photo.jpg: .jpg files are not supported: attach .docx, .pdf, .txt or .rtf files'
      },
      {
        fileName: 'CP-10234 empty.txt',
        message: 'CP-10234 empty.txt: no text found (is it a scanned image?)'
      }
    ])
  })

  it('says to import the case list first when there are no cases', async () => {
    const app = await testApp()
    const before = snapshot(app.context.store!)
    const result = await attach(app, [textFile('CP-1 plan.txt', 'text')])
    expect(result.unmatched).toEqual([
      {
        fileName: 'CP-1 plan.txt',
        reason: 'No cases have been imported yet: import the case list first'
      }
    ])
    expect(snapshot(app.context.store!)).toEqual(before)
  })

  it('makes a changed document a new version and leaves the same text as it is', async () => {
    const app = await appWithCases()
    const first = await attach(app, [textFile('CIN-200.txt', 'Version one\r\nof the plan')])
    expect(first.attached[0]).toMatchObject({ version: 1, status: 'new' })
    const same = await attach(app, [textFile('CIN-200 copy.txt', 'Version one\nof the plan\n')])
    expect(same.attached[0]).toMatchObject({ version: 1, status: 'unchanged' })
    const changed = await attach(app, [textFile('CIN-200.txt', 'Version two of the plan')])
    expect(changed.attached[0]).toMatchObject({ version: 2, status: 'new-version' })
    const id = caseId(app, 'CIN-200')
    const versions = valueOf(await app.call('plans:versions', { caseId: id }))
    expect(versions.map((v) => [v.version, v.sourceName, v.planDate])).toEqual([
      [2, 'CIN-200.txt', '2026-03-02'],
      [1, 'CIN-200.txt', '2026-03-02']
    ])
    expect(valueOf(await app.call('plans:get', { caseId: id, version: 1 })).text).toBe(
      'Version one\nof the plan'
    )
    const list = valueOf(await app.call('cases:get', { id }))
    expect(list.planVersions).toBe(2)
  })

  it('records each attachment in the import history and the audit trail, without the text', async () => {
    const app = await appWithCases()
    valueOf(await app.call('auditor:set', { name: 'Priya Shah', role: 'qa_officer' }))
    await attach(app, [
      textFile('CIN-200.txt', 'Secret plan words'),
      textFile('PW-400.txt', 'More plan words'),
      textFile('nobody.txt', 'unmatched')
    ])
    const history = valueOf(await app.call('imports:history'))
    expect(history[0]).toMatchObject({
      kind: 'plans',
      fileName: '2 plan documents',
      rowCount: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      mapping: null,
      auditorName: 'Priya Shah'
    })
    const store = app.context.store!
    const events = store
      .prepare(
        "SELECT action, after FROM events WHERE entity IN ('plan_document', 'import') ORDER BY id"
      )
      .all() as { action: string; after: string }[]
    expect(events.map((e) => e.action)).toEqual([
      'import-cases',
      'attach',
      'attach',
      'attach-plans'
    ])
    expect(JSON.stringify(events)).not.toContain('plan words')
    expect(verifyChain(store).valid).toBe(true)
    const versions = valueOf(await app.call('plans:versions', { caseId: caseId(app, 'CIN-200') }))
    expect(versions[0]!.attachedBy).toBe('Priya Shah')
  })

  it('stops when cancelled between files and attaches none of them', async () => {
    const app = await appWithCases()
    const before = snapshot(app.context.store!)
    const docx = await makeDocx([{ paragraph: 'A plan' }])
    const files = Array.from({ length: 40 }, (_, i) =>
      upload({ fileName: `CP-10234 v${i}.docx`, bytes: docx })
    )
    const jobId = 'attach-job-0001'
    const running = app.call('plans:attach', { files, jobId })
    for (;;) {
      const progress = valueOf(await app.call('jobs:progress', { jobId }))
      if (progress && progress.done > 0) break
      await new Promise((resolve) => setImmediate(resolve))
    }
    valueOf(await app.call('jobs:cancel', { jobId }))
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(snapshot(app.context.store!)).toEqual(before)
  })
})
