import type { PlanAnalysis } from '../../../shared/analysis'
import type { ChecklistAnswer } from '../../../shared/contract'
import type { GradeValue } from '../../../shared/domain'
import { gradeLabel } from '../../../shared/domain'
import type { DemoCase } from './cases'
import type { PlanQuality } from './names'
import type { DemoRandom } from './random'

/** One criterion as a demo auditor grades it. */
export interface DemoScore {
  criterionKey: string
  grade: GradeValue
  evidence: string
  checklist: Record<string, ChecklistAnswer>
}

/** A complete audit a demo auditor would submit: grades that fit the plan, and why. */
export interface DemoJudgement {
  scores: DemoScore[]
  overall: GradeValue
  rationale: string
}

/** The criteria of the default framework whose grade caps the overall judgement. */
const LIMITING = ['outcome-focus', 'timescales', 'robustness'] as const

const TITLES: Record<string, string> = {
  'outcome-focus': 'outcome focus',
  timescales: 'timescales',
  robustness: 'robustness',
  'childs-voice': "the child's voice",
  'multi-agency': 'multi-agency contribution'
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

function of(part: number, whole: number): string {
  return `${part} of ${whole}`
}

/** Up to three vague timescales the plan uses, quoted, for the evidence note. */
function vagueWords(analysis: PlanAnalysis): string {
  const words = [
    ...new Set(
      analysis.actions
        .filter((action) => action.timescale.kind === 'vague')
        .map((action) => `"${action.timescale.text ?? ''}"`)
    )
  ].slice(0, 3)
  return words.length > 0 ? ` It relies on ${words.join(', ')}.` : ''
}

function outcomeScore(quality: PlanQuality, analysis: PlanAnalysis, random: DemoRandom): DemoScore {
  const { actions, outcomeFocused } = analysis.summary
  const grade: GradeValue =
    quality === 'good' ? (random.chance(0.3) ? 4 : 3) : quality === 'mediocre' ? 2 : 1
  const evidence: Record<GradeValue, string> = {
    4: `Every need in the assessment has an outcome written as a change for the child, and each action says how we will know it has made a difference (${of(outcomeFocused, actions)} actions name a change for the child).`,
    3: `Outcomes are written as changes for the child and follow from the worries in the assessment. ${of(outcomeFocused, actions)} actions name the change for the child; the rest are clear steps towards it.`,
    2: `${outcomeFocused === 0 ? `None of the ${actions}` : `Only ${of(outcomeFocused, actions)}`} actions say what will change for the child; most describe services or tasks for adults. The link to the assessed needs is implied rather than stated.`,
    1: `The plan lists services and monitoring (${of(outcomeFocused, actions)} actions name any change for the child) and does not say what should be different for the child, so progress cannot be judged.`
  }
  return {
    criterionKey: 'outcome-focus',
    grade,
    evidence: evidence[grade],
    checklist: {
      'outcomes-for-child': grade >= 3 ? 'yes' : 'no',
      'linked-to-assessment': grade >= 2 ? 'yes' : 'no'
    }
  }
}

function timescaleScore(analysis: PlanAnalysis): DemoScore {
  const { actions, withTimescale } = analysis.summary
  const timed = share(withTimescale, actions)
  const grade: GradeValue = timed >= 0.95 ? 4 : timed >= 0.75 ? 3 : timed >= 0.35 ? 2 : 1
  const counted = `${of(withTimescale, actions)} actions have a clear timescale.`
  const evidence: Record<GradeValue, string> = {
    4: `${counted} Review and visit frequencies are set and meet the statutory minimums.`,
    3: `${counted} Review points are set; the one or two without a date do not leave the child waiting.`,
    2: `${counted}${vagueWords(analysis)} Drift is possible before the next review.`,
    1: `${counted}${vagueWords(analysis)} Nothing in the plan would show that an action had slipped.`
  }
  return {
    criterionKey: 'timescales',
    grade,
    evidence: evidence[grade],
    checklist: { 'every-action-timed': withTimescale === actions ? 'yes' : 'no' }
  }
}

function robustnessScore(quality: PlanQuality, analysis: PlanAnalysis): DemoScore {
  const { actions, withOwner, contingency } = analysis.summary
  const owned = share(withOwner, actions)
  let grade: GradeValue = owned >= 0.9 && contingency ? 3 : owned >= 0.6 ? 2 : 1
  if (grade === 3 && quality === 'good' && !analysis.summary.tooManyActions) grade = 4
  if (quality === 'poor') grade = 1
  const counted = `${of(withOwner, actions)} actions name who is responsible.`
  const plan = contingency
    ? 'There is a contingency plan.'
    : 'There is no contingency plan for what happens if things do not improve.'
  const evidence: Record<GradeValue, string> = {
    4: `${counted} Each action has a measure of success based on change for the child, and the contingency plan is specific about who does what and when.`,
    3: `${counted} ${plan} Most actions say how we will know they have worked.`,
    2: `${counted} ${plan} Success is often measured by attendance or engagement rather than change for the child.`,
    1: `${counted} ${plan} Actions are process ("to monitor", "to engage"), so there is no way to tell whether the plan is working.`
  }
  return {
    criterionKey: 'robustness',
    grade,
    evidence: evidence[grade],
    checklist: {
      'named-owners': withOwner === actions ? 'yes' : 'no',
      contingency: contingency ? 'yes' : 'no'
    }
  }
}

function voiceScore(quality: PlanQuality, analysis: PlanAnalysis, random: DemoRandom): DemoScore {
  const heard = analysis.summary.childsVoice
  const grade: GradeValue = !heard ? 1 : quality === 'good' ? (random.chance(0.4) ? 4 : 3) : 2
  const evidence: Record<GradeValue, string> = {
    4: 'The child was seen alone recently, their own words are quoted, and they helped choose the actions; the plan reflects what they asked for.',
    3: 'The child was seen alone and their words are recorded; some of what they said is reflected in the actions.',
    2: "The child's views are brief and second-hand (reported by an adult), with no sign they shaped the plan.",
    1: "The child's views were not gathered, and the plan does not say when they were last seen or what they think."
  }
  return {
    criterionKey: 'childs-voice',
    grade,
    evidence: evidence[grade],
    checklist: { 'views-recorded': heard ? 'yes' : 'no' }
  }
}

function agencyScore(quality: PlanQuality, random: DemoRandom): DemoScore {
  const grade: GradeValue =
    quality === 'good'
      ? random.chance(0.3)
        ? 4
        : 3
      : quality === 'mediocre'
        ? 2
        : random.pick([1, 2])
  const evidence: Record<GradeValue, string> = {
    4: 'The agencies involved (education, health, housing and others) hold their own actions, and their information is reflected in the plan.',
    3: 'The main agencies hold actions; one partner who knows the child is less visible.',
    2: 'The plan relies mainly on the allocated worker; partner agencies are named but their actions are unclear.',
    1: 'Partner agencies are absent from the plan, although school and health know the child.'
  }
  return { criterionKey: 'multi-agency', grade, evidence: evidence[grade], checklist: {} }
}

/**
 * How a careful auditor would grade a demo plan: from what the analyser finds in it (the share of
 * actions with timescales and owners, a contingency plan, the child's voice) and how well it was
 * written. The overall judgement is the lowest limiting grade, as the framework's rule requires.
 */
export function judgePlan(
  demoCase: DemoCase,
  analysis: PlanAnalysis,
  random: DemoRandom
): DemoJudgement {
  const quality = demoCase.quality
  const scores = [
    outcomeScore(quality, analysis, random),
    timescaleScore(analysis),
    robustnessScore(quality, analysis),
    voiceScore(quality, analysis, random),
    agencyScore(quality, random)
  ]
  const limiting = scores.filter((score) =>
    (LIMITING as readonly string[]).includes(score.criterionKey)
  )
  const lowest = limiting.reduce((low, score) => (score.grade < low.grade ? score : low))
  const overall = lowest.grade
  const strongest = scores.reduce((high, score) => (score.grade > high.grade ? score : high))
  const rationale =
    `${gradeLabel(overall)}: the overall judgement is limited by ${TITLES[lowest.criterionKey]} (${gradeLabel(lowest.grade)}).` +
    (strongest.grade > overall
      ? ` The plan is stronger on ${TITLES[strongest.criterionKey]} (${gradeLabel(strongest.grade)}).`
      : '') +
    (overall <= 2
      ? ' The plan needs rewriting before the next review so that every action says who will do what, by when, and what will change for the child.'
      : ' The plan should help the child make progress; minor improvements are noted in the evidence.')
  return { scores, overall, rationale }
}
