import { describe, expect, it } from 'vitest'
import { testApp, valueOf } from '../support/app'
import { csvFile, expectError, importFile } from './support'

async function appWithCases() {
  const app = await testApp()
  await importFile(
    app,
    csvFile('cases.csv', [
      'Case Ref,Team,Plan Type,Status,Plan Document',
      'CP-100,North Team,CP,Open,cp-100 plan.docx',
      'CP-101,North Team,CP,Closed,',
      'CIN_200,South Team,CIN,Open,',
      'CLA-300,South Team,CLA,Open,',
      'EH-400,Early Help,EH,Open,'
    ])
  )
  return app
}

describe('the case list', () => {
  it('lists cases by reference with counts by team and plan type', async () => {
    const app = await appWithCases()
    const list = valueOf(await app.call('cases:list', {}))
    expect(list.total).toBe(5)
    expect(list.rows.map((row) => row.caseRef)).toEqual([
      'CIN_200',
      'CLA-300',
      'CP-100',
      'CP-101',
      'EH-400'
    ])
    expect(list.rows[2]).toMatchObject({
      caseRef: 'CP-100',
      planType: 'CP',
      team: 'North Team',
      status: 'open',
      planDocumentName: 'cp-100 plan.docx',
      planVersions: 0
    })
    expect(list.byTeam).toEqual([
      { team: 'Early Help', count: 1 },
      { team: 'North Team', count: 2 },
      { team: 'South Team', count: 2 }
    ])
    expect(list.byPlanType).toEqual([
      { planType: 'CIN', count: 1 },
      { planType: 'CLA', count: 1 },
      { planType: 'CP', count: 2 },
      { planType: 'EARLY_HELP', count: 1 }
    ])
  })

  it('filters by team, plan type, status and the start of a reference ignoring case', async () => {
    const app = await appWithCases()
    const north = valueOf(await app.call('cases:list', { team: 'North Team', status: 'open' }))
    expect(north.rows.map((row) => row.caseRef)).toEqual(['CP-100'])
    expect(north.byTeam).toEqual([{ team: 'North Team', count: 1 }])
    const search = valueOf(await app.call('cases:list', { search: 'cp-1' }))
    expect(search.total).toBe(2)
    const underscore = valueOf(await app.call('cases:list', { search: 'CIN_' }))
    expect(underscore.rows.map((row) => row.caseRef)).toEqual(['CIN_200'])
    const percent = valueOf(await app.call('cases:list', { search: '%' }))
    expect(percent.total).toBe(0)
    const type = valueOf(await app.call('cases:list', { planType: 'CLA' }))
    expect(type.rows.map((row) => row.caseRef)).toEqual(['CLA-300'])
  })

  it('pages through the list', async () => {
    const app = await appWithCases()
    const page = valueOf(await app.call('cases:list', { offset: 2, limit: 2 }))
    expect(page.total).toBe(5)
    expect(page.rows.map((row) => row.caseRef)).toEqual(['CP-100', 'CP-101'])
  })

  it('gets one case, and says when there is no such case', async () => {
    const app = await appWithCases()
    const first = valueOf(await app.call('cases:list', { limit: 1 })).rows[0]!
    expect(valueOf(await app.call('cases:get', { id: first.id }))).toEqual(first)
    await expectError(app.call('cases:get', { id: 9999 }), 'not-found')
  })

  it('lists the teams alphabetically', async () => {
    const app = await appWithCases()
    expect(valueOf(await app.call('cases:teams'))).toEqual([
      'Early Help',
      'North Team',
      'South Team'
    ])
  })
})

describe('the plan document filter', () => {
  it('lists the cases with a plan version attached, or with none', async () => {
    const app = await appWithCases()
    const { rows } = valueOf(await app.call('cases:list', {}))
    const byRef = new Map(rows.map((row) => [row.caseRef, row.id]))
    valueOf(await app.call('plans:paste', { caseId: byRef.get('CLA-300')!, text: 'A plan' }))
    valueOf(await app.call('plans:paste', { caseId: byRef.get('CLA-300')!, text: 'Its update' }))
    valueOf(await app.call('plans:paste', { caseId: byRef.get('CP-101')!, text: 'Another' }))

    const attached = valueOf(await app.call('cases:list', { plan: 'attached' }))
    expect(attached.rows.map((row) => row.caseRef)).toEqual(['CLA-300', 'CP-101'])
    expect(attached.total).toBe(2)
    // A document name in the case list is not a plan until the document is attached.
    const missing = valueOf(await app.call('cases:list', { plan: 'missing', status: 'open' }))
    expect(missing.rows.map((row) => row.caseRef)).toEqual(['CIN_200', 'CP-100', 'EH-400'])
    expect(missing.byTeam).toEqual([
      { team: 'Early Help', count: 1 },
      { team: 'North Team', count: 1 },
      { team: 'South Team', count: 1 }
    ])
  })

  it('refuses a value it does not know', async () => {
    const app = await appWithCases()
    await expectError(app.call('cases:list', { plan: 'some' as 'missing' }), 'invalid-input')
  })
})
