import { describe, expect, it } from 'vitest'
import { problemsCsv, problemsFileName } from '../../renderer/src/import-problems'

describe('the saved list of import problems', () => {
  it('is named after the case list, whatever its extension', () => {
    expect(problemsFileName('Mosaic export.csv')).toBe('Mosaic export - problems.csv')
    expect(problemsFileName('cases.2026-11.xlsx')).toBe('cases.2026-11 - problems.csv')
    expect(problemsFileName('cases')).toBe('cases - problems.csv')
    expect(problemsFileName('.csv')).toBe('case list - problems.csv')
  })

  it('writes one record per problem, quoting and neutralising as the exports do', () => {
    const csv = problemsCsv([
      { row: 2, column: 'Team', value: '', message: 'Team is missing' },
      { row: 7, column: 'Plan, type', value: '@SUM(A1)', message: 'Not "a" plan type' }
    ])
    expect(csv).toBe(
      '\uFEFFRow,Column,Value,Problem\r\n' +
        '2,Team,,Team is missing\r\n' +
        `7,"Plan, type",'@SUM(A1),"Not ""a"" plan type"\r\n`
    )
  })
})
