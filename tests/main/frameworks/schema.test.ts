import { describe, expect, it } from 'vitest'
import { parseJson, validateFramework } from '../../../electron/services/frameworks/validate'
import { Framework } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { defaultFramework, fixtureJson, fixtureText } from './support'

function refusal(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected the framework to be refused')
}

function problemsIn(name: string): Record<string, string> {
  const error = refusal(() => validateFramework(fixtureJson(`invalid/${name}`), name))
  expect(error.code).toBe('invalid-input')
  return error.fields ?? {}
}

describe('the framework schema', () => {
  it('accepts the shipped default: five criteria, three limiting the overall judgement', () => {
    const framework = Framework.parse(defaultFramework())
    expect(framework.key).toBe('care-plan-quality')
    expect(framework.version).toBe(1)
    expect(framework.criteria.map((c) => c.key)).toEqual([
      'outcome-focus',
      'timescales',
      'robustness',
      'childs-voice',
      'multi-agency'
    ])
    expect(framework.criteria.filter((c) => c.limitsOverall).map((c) => c.key)).toEqual([
      'outcome-focus',
      'timescales',
      'robustness'
    ])
    for (const criterion of framework.criteria) {
      expect(Object.keys(criterion.descriptors).sort()).toEqual(['1', '2', '3', '4'])
    }
  })

  it('accepts a small valid file and fills in the defaults', () => {
    const framework = validateFramework(fixtureJson('valid/pathway-plans.json'), 'pathway.json')
    expect(framework.criteria[0]).toMatchObject({
      allowNotApplicable: false,
      evidenceRequiredAt: [1, 2],
      limitsOverall: true
    })
    expect(framework.criteria[1]!.prompts).toEqual([])
  })

  it('refuses a missing descriptor, naming the criterion and the grade', () => {
    expect(problemsIn('missing-descriptor.json')).toEqual({
      'criteria.1.descriptors.1':
        'Criterion 2 (timescales), descriptor for Inadequate: This is required but missing'
    })
  })

  it('refuses a blank descriptor with the schema’s own words', () => {
    expect(problemsIn('blank-descriptor.json')).toEqual({
      'criteria.1.descriptors.1':
        'Criterion 2 (timescales), descriptor for Inadequate: Enter the Inadequate descriptor'
    })
  })

  it('refuses two criteria with the same key, pointing at the second', () => {
    expect(problemsIn('duplicate-criterion-keys.json')).toEqual({
      'criteria.1.key':
        'Criterion 2 (outcome-focus), key: Two criteria share the key "outcome-focus" (criteria 1 and 2); keys must be unique'
    })
  })

  it('refuses two evidence prompts with the same key in one criterion', () => {
    expect(problemsIn('duplicate-prompt-keys.json')).toEqual({
      'criteria.0.prompts.1.key':
        'Criterion 1 (outcome-focus), evidence prompt 2 (own-words), key: Two evidence prompts share the key "own-words" (evidence prompts 1 and 2); keys must be unique'
    })
  })

  it('refuses keys that are not lower-case letters, digits and hyphens', () => {
    const rule = 'Use lower-case letters, digits and hyphens, starting with a letter'
    expect(problemsIn('bad-key.json')).toEqual({
      key: `Key: ${rule}`,
      'criteria.0.key': `Criterion 1 (Outcome_Focus), key: ${rule}`
    })
  })

  it('refuses a property the schema does not know', () => {
    expect(problemsIn('unknown-property.json')).toEqual({
      'criteria.1.weighting':
        'Criterion 2 (timescales): Unknown property "weighting": check its spelling, or remove it'
    })
  })

  it('refuses a framework with no criteria', () => {
    expect(problemsIn('empty-criteria.json')).toEqual({
      criteria: 'Criteria: A framework needs at least one criterion'
    })
  })

  it('refuses a grade outside the scale in "evidence required at"', () => {
    expect(problemsIn('wrong-grade.json')).toEqual({
      'criteria.0.evidenceRequiredAt.1':
        'Criterion 1 (outcome-focus), "evidence required at", item 2: Use grades 1 (Inadequate), 2 (Requires improvement), 3 (Good) or 4 (Outstanding); found 5'
    })
  })

  it('lists every problem at once, duplicates included, in the message and by path', () => {
    const file = fixtureJson('valid/pathway-plans.json')
    const [first, second] = file.criteria
    second!.key = first!.key
    first!.descriptors['4'] = ''
    file.appliesTo = ['PATHWAY', 'ADOPTION' as never]
    const error = refusal(() => validateFramework(file, 'mixed.json'))
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'appliesTo.1',
      'criteria.0.descriptors.4',
      'criteria.1.key'
    ])
    expect(error.message).toMatch(/^mixed\.json is not a valid framework \(3 problems\): /)
    expect(error.message).toContain(
      'Criterion 1 (outcome-focus), descriptor for Outstanding: Enter the Outstanding descriptor'
    )
    expect(error.message).toContain(
      'Plan types, item 2: Use one of CIN, CP, CLA, PATHWAY, EARLY_HELP; found the text "ADOPTION"'
    )
  })

  it('says where a JSON syntax error is, by line and column', () => {
    const error = refusal(() => parseJson(fixtureText('invalid/syntax-error.json'), 'broken.json'))
    expect(error.code).toBe('invalid-input')
    expect(error.message).toMatch(/^broken\.json is not valid JSON: .+ at line 36, column 7\.$/)
    expect(error.fields).toEqual({ json: error.message })
  })

  it('says when a file is not a framework at all', () => {
    const error = refusal(() => validateFramework([1, 2], 'list.json'))
    expect(error.fields).toEqual({
      framework: 'The framework: Expected an object, found a list'
    })
  })
})
