import { describe, expect, it } from 'vitest'
import { analysePlan } from '../../../shared/analysis'
import type { AnalysedAction } from '../../../shared/analysis'

function action(text: string): AnalysedAction {
  const found = analysePlan(text, { lines: true }).actions[0]
  if (!found) throw new Error(`no action found in: ${text}`)
  return found
}

const ownerOf = (text: string): string | null => action(text).owner
const isOutcome = (text: string): boolean => action(text).outcomeFocused

describe('who owns an action', () => {
  it('names the subject of "X to ..." and "X will ..." exactly as written', () => {
    expect(ownerOf('Nanna to take Kyra swimming on Saturdays.')).toBe('Nanna')
    expect(ownerOf('The youth worker will meet Dylan at the hub.')).toBe('The youth worker')
    expect(ownerOf('Mr and Mrs Ahmed to apply for a school place by June.')).toBe(
      'Mr and Mrs Ahmed'
    )
    expect(ownerOf("Aisha's key worker to book her dental check.")).toBe("Aisha's key worker")
    expect(ownerOf('CAMHS and the school nurse to share their reports.')).toBe(
      'CAMHS and the school nurse'
    )
    expect(ownerOf('IDVA must contact Mum within 2 days.')).toBe('IDVA')
  })

  it('skips conditions, time phrases and relative clauses in front of the subject', () => {
    expect(ownerOf('If the placement ends, the fostering team will find an emergency carer.')).toBe(
      'the fostering team'
    )
    expect(ownerOf('Within a week, Uncle Sam to collect the children from school.')).toBe(
      'Uncle Sam'
    )
    expect(ownerOf('Dad, who works nights, to take Ruby to school on Fridays.')).toBe('Dad')
  })

  it('gives the agent of a passive, and nobody for an agentless one', () => {
    expect(ownerOf('Mum to be supported by the health visitor with feeding.')).toBe(
      'the health visitor'
    )
    expect(ownerOf("Kyle's PEP to be reviewed by the designated teacher by 1 May.")).toBe(
      'the designated teacher'
    )
    expect(ownerOf('Referral to be made to the speech and language service.')).toBeNull()
    expect(ownerOf('Life story work to be completed before the final hearing.')).toBeNull()
  })

  it('gives nobody for a nominalisation, unless a by-agent names someone', () => {
    expect(ownerOf('Assessment of the paternal grandparents.')).toBeNull()
    expect(ownerOf('Weekly support from the family hub.')).toBeNull()
    expect(ownerOf('Fortnightly visits to Leo by the social worker.')).toBe('the social worker')
  })

  it('names the child who acts, but nobody when the child is in a state', () => {
    expect(ownerOf('Maisie will walk to school with her friends.')).toBe('Maisie')
    expect(ownerOf('Jaden will be able to name two adults he trusts.')).toBe('Jaden')
    expect(ownerOf('Maisie will feel settled in her new school.')).toBeNull()
    expect(ownerOf('Maisie will be happier at home.')).toBeNull()
    expect(ownerOf('Maisie to have a cot and a bedroom of her own.')).toBeNull()
  })

  it('names an adult who "has" something done, unlike a child who has something', () => {
    expect(ownerOf('Dad to have the boiler repaired by the landlord.')).toBe('Dad')
  })

  it('names "I" in first-person pathway statements', () => {
    expect(ownerOf('I will book my driving theory test.')).toBe('I')
    expect(ownerOf('I will feel ready to live on my own.')).toBe('I')
  })

  it('finds an owner named in brackets at the end, or in a later clause', () => {
    expect(ownerOf('To attend all school meetings about attendance (Dad)')).toBe('Dad')
    expect(ownerOf('To attend all school meetings (weekly)')).toBeNull()
    expect(
      ownerOf('If Mum is unwell, M. will stay with her aunt and the SW will call a meeting.')
    ).toBe('the SW')
  })

  it('does not take a thing for an agent', () => {
    expect(ownerOf('Placement to continue.')).toBeNull()
    expect(ownerOf('Therapy to start in the spring term.')).toBeNull()
    expect(ownerOf('Speech and language therapy for Aaron to start soon.')).toBeNull()
  })

  it('reads the Who cell of a table row as the owner', () => {
    const plan = [
      'What needs to happen | Who | By when | How will we know',
      'Book a dental check for Kai | Foster carer (Mrs Lee) | By 30/11/2026 | Kai has no toothache'
    ].join('\n')
    expect(analysePlan(plan).actions[0]?.owner).toBe('Foster carer (Mrs Lee)')
  })
})

describe('outcome focus', () => {
  it('is true when a "so that" clause names a change for the child', () => {
    expect(isOutcome('Dad to fix the stair gate so that Ollie cannot fall down the stairs.')).toBe(
      true
    )
    expect(isOutcome('SW to read with Tia weekly so that her reading improves.')).toBe(true)
  })

  it('is false when the benefit is for a parent, a professional or the process', () => {
    expect(isOutcome('Nan to babysit on Fridays so that Mum can go to her group.')).toBe(false)
    expect(isOutcome('SW to send the report so that the conference can go ahead.')).toBe(false)
    expect(isOutcome('SW to gather views so that the plan is up to date.')).toBe(false)
  })

  it('is false for process alone', () => {
    expect(isOutcome('Mum to attend all appointments.')).toBe(false)
    expect(isOutcome('School to monitor attendance.')).toBe(false)
    expect(isOutcome('SW to refer Leo to CAMHS.')).toBe(false)
    expect(isOutcome('Core group to meet monthly.')).toBe(false)
    expect(isOutcome('Children to be seen alone at each visit.')).toBe(false)
  })

  it('is false for "improve outcomes" without a named change', () => {
    expect(isOutcome('All agencies to work together to improve outcomes for Jay.')).toBe(false)
    expect(isOutcome('SW to review the plan so that his needs are met.')).toBe(false)
  })

  it('is true for a change stated about the child or in the care the child gets', () => {
    expect(isOutcome("Aaron's behaviour at school to improve.")).toBe(true)
    expect(isOutcome('Maisie will feel settled in her new school.')).toBe(true)
    expect(isOutcome('Jaden will be able to name two adults he trusts.')).toBe(true)
    expect(isOutcome('Mum not to smoke in the house.')).toBe(true)
    expect(isOutcome('Carers to help Ben learn to ride a bike.')).toBe(true)
  })

  it('counts a "how will we know" cell that names a change for the child', () => {
    const plan = [
      'Action\tWho\tWhen\tHow will we know',
      'Set up a reward chart\tMum\tWithin 2 weeks\tJosh goes to bed by 8pm and is less tired',
      'Send the chronology\tSW\tBy the next core group\tChronology circulated'
    ].join('\n')
    const [first, second] = analysePlan(plan).actions
    expect(first?.outcomeFocused).toBe(true)
    expect(second?.outcomeFocused).toBe(false)
  })
})
