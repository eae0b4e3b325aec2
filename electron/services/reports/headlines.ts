import type { GradeDistribution, GroupFigures, Share, TargetStatus } from '../../../shared/contract'
import { OVERALL } from './grades'

/** 41, the way a report prints it: whole percentages, "–" when nothing was measured. */
export function percentText(share: Share): string {
  return share.percent === null ? '–' : `${Math.round(share.percent)}%`
}

function subject(title: string, key: string): string {
  return key === OVERALL ? 'Overall judgements' : title
}

function targetSentence(target: TargetStatus): string {
  const verdict = target.met === null ? 'nothing to measure yet' : target.met ? 'met' : 'not met'
  const n = `n = ${target.actual.n}`
  if (target.kind === 'inadequate-max') {
    const what = target.criterionKey === OVERALL ? 'overall' : `for ${target.title}`
    return `${percentText(target.actual)} of audited plans were Inadequate ${what} (${n}) against a target of at most ${target.percent}%: ${verdict}.`
  }
  return `${subject(target.title, target.criterionKey)} were Good or better in ${percentText(target.actual)} of plans (${n}) against a target of at least ${target.percent}%: ${verdict}.`
}

function changeSentence(now: GradeDistribution, before: GradeDistribution, cycle: string): string {
  const a = now.goodOrBetter
  const b = before.goodOrBetter
  const difference = Math.round(a.percent ?? 0) - Math.round(b.percent ?? 0)
  const direction = difference > 0 ? 'up from' : difference < 0 ? 'down from' : 'the same as'
  return `${subject(now.title, now.key)} were Good or better in ${percentText(a)} of plans (n = ${a.n}), ${direction} ${percentText(b)} in ${cycle} (n = ${b.n}).`
}

/**
 * Sentences for the cover of a report: each target against its figure, then, for a chosen cycle,
 * each criterion's Good-or-better share against the cycle before it.
 */
export function headlines(
  targets: TargetStatus[],
  trend: GroupFigures[],
  cycleId: number | undefined
): string[] {
  const lines = targets.map(targetSentence)
  if (cycleId === undefined) return lines
  const index = trend.findIndex((row) => row.group === String(cycleId))
  const now = trend[index]
  const before = index > 0 ? trend[index - 1] : undefined
  if (!now || !before) return lines
  const previous = new Map(before.grades.map((grade) => [grade.key, grade]))
  for (const grade of now.grades) {
    const earlier = previous.get(grade.key)
    if (grade.goodOrBetter.n > 0 && earlier && earlier.goodOrBetter.n > 0) {
      lines.push(changeSentence(grade, earlier, before.label))
    }
  }
  return lines
}
