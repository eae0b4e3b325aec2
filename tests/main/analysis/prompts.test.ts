import { describe, expect, it } from 'vitest'
import { analysePlan, analyserPrompts } from '../../../shared/analysis'

const PLAN = [
  'What needs to happen',
  '1. Mum to attend the parenting course (ongoing).',
  '2. Referral to be made to CAMHS.',
  '3. SW to visit every 2 weeks so that J. feels safe at home.'
].join('\n')

describe('the analyser’s prompts beside the rubric', () => {
  it('groups what it found by criterion, names the actions, and counts in plain English', () => {
    const analysis = analysePlan(PLAN, { planDate: '2026-04-01' })
    const prompts = analyserPrompts(analysis)
    const byKey = Object.fromEntries(prompts.map((prompt) => [prompt.key, prompt]))
    expect(byKey['timescales:no-timescale']).toMatchObject({
      group: 'timescales',
      message: '1 of 3 actions has no timescale.'
    })
    expect(analysis.actions[byKey['timescales:no-timescale']!.actions[0]!]!.text).toContain('CAMHS')
    expect(byKey['timescales:vague']?.message).toBe(
      '1 of 3 actions has only a vague timescale ("ongoing", "ASAP").'
    )
    expect(byKey['robustness:no-owner']?.actions).toHaveLength(1)
    expect(byKey['robustness:no-contingency']).toMatchObject({ group: 'robustness', actions: [] })
    expect(byKey['childs-voice:not-found']?.group).toBe('childs-voice')
    expect(byKey['robustness:too-many']).toBeUndefined()
  })

  it('says so when no actions are found at all', () => {
    const prompts = analyserPrompts(analysePlan('The family have had a difficult year.'))
    expect(prompts.map((prompt) => prompt.key)).toContain('robustness:no-actions')
  })
})
