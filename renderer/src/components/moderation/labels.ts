import type { ModerationReason, ModerationStage } from '../../../../shared/contract'
import { gradeLabel } from '../../../../shared/domain'
import type { GradeValue } from '../../../../shared/domain'

export const REASON_LABELS: Record<ModerationReason, string> = {
  random: 'Random share',
  inadequate: 'Inadequate overall',
  safeguarding: 'Safeguarding concern',
  'hand-picked': 'Picked by hand'
}

export const STAGE_LABELS: Record<ModerationStage, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'ready-to-compare': 'Ready to compare',
  agreed: 'Agreed'
}

/** The class that gives a grade its colour, always beside the grade in words. */
export function gradeClass(grade: GradeValue | null): string {
  switch (grade) {
    case 4:
      return 'grade--outstanding'
    case 3:
      return 'grade--good'
    case 2:
      return 'grade--requires-improvement'
    case 1:
      return 'grade--inadequate'
    default:
      return 'grade--na'
  }
}

/** A grade in words: "Good", "N/A", or "Not graded". */
export function gradeWords(grade: GradeValue | null, notApplicable = false): string {
  if (grade !== null) return gradeLabel(grade)
  return notApplicable ? 'N/A' : 'Not graded'
}

/** 0.8125 -> "81%"; undefined statistics are said to be so. */
export function percentWords(value: number | null): string {
  return value === null ? 'Not defined' : `${Math.round(value * 100)}%`
}

export function coefficientWords(value: number | null): string {
  return value === null ? 'Not defined' : value.toFixed(2)
}
