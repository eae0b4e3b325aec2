import { describe, expect, it } from 'vitest'
import { analysePlan } from '../../shared/analysis'
import { report } from './report'

// The analyser runs live in the renderer and in batch in the CLI. These figures measure both on
// synthetic plans; they never fail on time (shared machines make timings flaky), only report.

/** A small seeded generator, so every run measures the same plans. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const names = ['Ella', 'Jayden', 'Tia', 'Noah', 'Amira', 'Leo', 'Keira', 'Mason', 'Ruby', 'Kai']
const owners = ['Mum', 'Dad', 'Nan', 'SW', 'HV', 'School', 'PA', 'The family support worker']
const tasks = [
  'to attend the parenting course',
  'to register {c} with a GP',
  'to visit the home and see {c} alone',
  'to make sure {c} gets to school on time',
  'to complete the child and family assessment',
  'to share attendance figures with the social worker',
  'to buy a bed for {c}',
  'to refer {c} to CAMHS',
  'to read with {c} before bed',
  'to help {c} join a football club'
]
const timescales = [
  'by 14/11/2026',
  'within 6 weeks',
  'before the next core group',
  'every two weeks',
  'by the end of the autumn term',
  'as needed',
  'weekly',
  'by 1st Sept',
  'within 10 working days of this plan',
  ''
]
const benefits = [
  ' so that {c} feels safe at home',
  ' so that Mum has support',
  '',
  '',
  ' so that {c} is no longer late for school'
]

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)]
  if (item === undefined) throw new Error('empty list')
  return item
}

function actionSentence(next: () => number, child: string): string {
  const sentence = `${pick(next, owners)} ${pick(next, tasks)} ${pick(next, timescales)}${pick(next, benefits)}`
  return sentence.replace(/\{c\}/g, child).replace(/\s+/g, ' ').trim() + '.'
}

/** A plan of about 3 KB in one of the template styles real plans arrive in. */
function syntheticPlan(seed: number, actionCount: number): string {
  const next = random(seed)
  const child = pick(next, names)
  const lines = [
    'OFFICIAL - SENSITIVE',
    'CHILD IN NEED PLAN',
    `Child: ${child}`,
    'Date of plan: 14/09/2026',
    'Lead social worker: Hannah Okafor',
    '',
    'Reasons for the plan',
    `${child} lives with Mum and a younger brother in a two-bedroom housing association flat. The Child and Family Assessment completed on 02/09/2026 found that ${child}'s needs are not consistently being met because Mum has been struggling with low mood and the flat is damp. There are no child protection concerns at this time. Mum agreed to a Child in Need plan at the meeting on 08/09/2026 and has signed this plan.`,
    '',
    'What are we worried about?',
    `${child} has missed 19 days of school this year and is often late. Mum has told us she finds mornings hard since she lost her job, and the flat is cold and damp. ${child} has had three chest infections since January.`,
    `School report that ${child} is tired and hungry on Mondays and finds it hard to concentrate in the afternoons.`,
    `${child} is behind with reading; the school's assessment in June 2026 showed a reading age about 18 months below ${child}'s actual age.`,
    '',
    "What's working well?",
    `${child} is close to Nan, who lives nearby and already collects ${child} from school twice a week. Mum has been open with the social worker and came to every meeting.`,
    '',
    `What ${child} said`,
    `"I like it when Nan takes me to the park. I don't like being late because everyone looks at me."`,
    `${child} said they would like to go swimming with Nan every week and that their bedroom "smells funny".`,
    '',
    'What needs to happen'
  ]
  const style = seed % 3
  if (style === 0) lines.push('What needs to happen | Who | By when | How will we know')
  for (let i = 0; i < actionCount; i += 1) {
    const sentence = actionSentence(next, child)
    if (style === 0) {
      const owner = sentence.split(' to ')[0] ?? 'SW'
      lines.push(
        `${sentence} | ${owner} | ${pick(next, timescales)} | ${child} is in school on time`
      )
    } else if (style === 1) {
      lines.push(`${i + 1}. ${sentence}`)
    } else {
      lines.push(`- ${sentence}`)
    }
  }
  lines.push(
    '',
    'Contingency plan',
    `If Mum becomes unwell, Nan will look after ${child} at her home.`,
    'Legal advice may be sought if the plan is not working.',
    '',
    'Signed: ____________  Date: ____________'
  )
  return lines.join('\n')
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function timeOnce(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

describe('plan analyser speed', () => {
  const plans = Array.from({ length: 1000 }, (_, i) => syntheticPlan(i + 1, 10 + (i % 5)))
  const options = { planDate: '2026-09-14' }

  it('analyses 1,000 plans of about 3 KB in batch', () => {
    const averageSize = plans.reduce((sum, p) => sum + p.length, 0) / plans.length
    console.log(`average synthetic plan size: ${Math.round(averageSize)} characters`)
    for (const plan of plans.slice(0, 100)) analysePlan(plan, options)

    let actions = 0
    const ms = timeOnce(() => {
      for (const plan of plans) actions += analysePlan(plan, options).actions.length
    })
    const perSecond = (plans.length / ms) * 1000
    expect(actions).toBeGreaterThan(plans.length * 9)
    report({
      name: 'analyser: 1,000 plans of ~3 KB',
      value: perSecond,
      unit: 'plans/s',
      target: '>= 1000 plans/s (1,000 plans in < 1 s)',
      met: ms < 1000
    })
  })

  it('analyses a typical plan fast enough to highlight as it is read', () => {
    const plan = plans[0] ?? ''
    const times = Array.from({ length: 200 }, () => timeOnce(() => analysePlan(plan, options)))
    const ms = median(times)
    report({
      name: 'analyser: one typical plan (median)',
      value: ms,
      unit: 'ms',
      target: '< 16 ms',
      met: ms < 16
    })
  })

  it('analyses a 30-action plan', () => {
    const plan = syntheticPlan(7, 30)
    const found = analysePlan(plan, options).actions.length
    expect(found).toBeGreaterThanOrEqual(30)
    for (let i = 0; i < 50; i += 1) analysePlan(plan, options)
    const times = Array.from({ length: 500 }, () => timeOnce(() => analysePlan(plan, options)))
    const ms = median(times)
    report({
      name: 'analyser: 30-action plan (median)',
      value: ms,
      unit: 'ms',
      target: '< 10 ms',
      met: ms < 10
    })
  })
})
