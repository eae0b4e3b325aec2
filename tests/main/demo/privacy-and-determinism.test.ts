import { describe, expect, it } from 'vitest'
import { generateDemoData, seedDemo } from '../../../electron/services/demo'
import {
  adultFirstNames,
  adultSurnames,
  CHILD_FIRST_NAMES,
  DEMO_TEAMS
} from '../../../electron/services/demo/names'
import { DEMO_AUDITORS } from '../../../electron/services/demo'
import type { Store } from '../../../electron/store'
import { DEMO_NOW, freshStore } from './support'

describe('demo data is synthetic and identifies nobody', () => {
  it('draws children only from first names, never sharing a name with an adult', () => {
    const adults = new Set([
      ...adultFirstNames(),
      ...Object.values(DEMO_AUDITORS).map((auditor) => auditor.name.split(' ')[0]!)
    ])
    for (const name of CHILD_FIRST_NAMES) {
      expect(name).toMatch(/^[A-Z][a-z]+$/)
      expect(adults.has(name)).toBe(false)
    }
    const surnames = new Set(adultSurnames())
    for (const name of CHILD_FIRST_NAMES) expect(surnames.has(name)).toBe(false)
    expect(DEMO_TEAMS.flatMap((team) => team.workers)).toHaveLength(18)
  })

  it('never writes a child’s first name with a surname, a date of birth or an address', () => {
    const { documents } = generateDemoData(DEMO_NOW)
    const child = CHILD_FIRST_NAMES.join('|')
    const fullName = new RegExp(`\\b(?:${child}) +[A-Z][a-z]{2,}`)
    const surname = new RegExp(`\\b(?:${child})\\s+(?:${adultSurnames().join('|')})\\b`)
    for (const document of documents) {
      expect(document.text).not.toMatch(surname)
      expect(document.text).not.toMatch(fullName)
      expect(document.text).not.toMatch(/date of birth|\bD\.?O\.?B\b/i)
      // A UK postcode is the surest sign of an address.
      expect(document.text).not.toMatch(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/)
      // The header names the child by initials only.
      expect(document.text).toMatch(/^(?:Child|Young person): [A-Z]\.[A-Z]\.$/m)
      expect(document.text).toContain('SYNTHETIC DEMO PLAN')
    }
  })
})

function caseList(store: Store): unknown[] {
  return store
    .prepare(
      `SELECT case_ref, plan_type, team, social_worker, team_manager, plan_start_date,
         last_review_date, legal_status, age_band, status, plan_document_name
       FROM cases ORDER BY case_ref`
    )
    .all()
}

function planTexts(store: Store): unknown[] {
  return store
    .prepare(
      `SELECT c.case_ref, d.version, d.plan_date, d.text FROM plan_documents d
       JOIN cases c ON c.id = d.case_id ORDER BY c.case_ref, d.version`
    )
    .all()
}

describe('demo data is reproducible', () => {
  it('gives two fresh stores the same cases, plans, sample and grades', async () => {
    const first = await freshStore('first.sqlite')
    const second = await freshStore('second.sqlite')
    seedDemo(first, { now: DEMO_NOW })
    seedDemo(second, { now: DEMO_NOW })
    expect(caseList(second)).toEqual(caseList(first))
    expect(planTexts(second)).toEqual(planTexts(first))
    const sampleAndGrades = (store: Store): unknown[] =>
      store
        .prepare(
          `SELECT c.case_ref, a.status, a.overall_grade FROM cycle_cases cc
           JOIN cases c ON c.id = cc.case_id
           LEFT JOIN audits a ON a.case_id = cc.case_id AND a.cycle_id = cc.cycle_id
           ORDER BY c.case_ref`
        )
        .all()
    expect(sampleAndGrades(second)).toEqual(sampleAndGrades(first))
  })

  it('generates the same data for the same day, whatever the time', () => {
    const morning = generateDemoData(new Date('2026-05-20T07:00:00Z'))
    const evening = generateDemoData(new Date('2026-05-20T21:00:00Z'))
    expect(evening).toEqual(morning)
    // Plan dates run over the year before that day.
    const dates = morning.cases.map((demoCase) => demoCase.planStartDate).sort()
    expect(dates[0]! >= '2025-05-20').toBe(true)
    expect(dates[dates.length - 1]! < '2026-05-20').toBe(true)
  })
})
