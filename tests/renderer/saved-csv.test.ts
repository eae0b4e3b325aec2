import { describe, expect, it } from 'vitest'
import type { SampleResult } from '../../shared/contract'
import {
  problemsCsv,
  problemsFileName,
  sampleCsv,
  sampleFileName
} from '../../renderer/src/saved-csv'

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

describe('the saved list of a sample', () => {
  const sample = {
    seed: 'K7/Q2',
    cases: [
      {
        caseRef: 'CP-1',
        planType: 'CP',
        team: 'North Team',
        socialWorker: 'Zoë O’Brien',
        source: 'sample',
        reason: null,
        hasPlan: true,
        safeguardingFlag: true
      },
      {
        caseRef: 'CLA-2',
        planType: 'CLA',
        team: 'Children in Care',
        socialWorker: null,
        source: 'manual',
        reason: '=asked for by the head of service, after a complaint',
        hasPlan: false,
        safeguardingFlag: false
      }
    ]
  } as unknown as SampleResult

  it('lists each case and how it was chosen, and nothing the audit found', () => {
    expect(sampleCsv(sample)).toBe(
      '\uFEFFCase reference,Plan type,Team,Social worker,Plan attached,How chosen,Reason\r\n' +
        'CP-1,Child protection,North Team,Zoë O’Brien,Yes,Random,\r\n' +
        `CLA-2,Child looked after,Children in Care,,No,Added by hand,"'=asked for by the head of service, after a complaint"\r\n`
    )
    expect(sampleCsv(sample)).not.toMatch(/safeguarding/i)
  })

  it('is named after the cycle and the seed, in characters any file system takes', () => {
    expect(sampleFileName('Q1 2027: CP plans', 'K7/Q2')).toBe(
      'Q1 2027 CP plans - sample (seed K7 Q2).csv'
    )
    expect(sampleFileName('???', 'abc')).toBe('Audit cycle - sample (seed abc).csv')
  })
})
