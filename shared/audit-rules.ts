import type { Criterion, Framework, GradeValue } from './domain'
import { gradeLabel } from './domain'

/** One criterion's answer as the auditor left it. */
export interface ScoreState {
  grade: GradeValue | null
  notApplicable: boolean
  evidence: string
}

export interface AuditState {
  scores: Record<string, ScoreState | undefined>
  overallGrade: GradeValue | null
  overallRationale: string
  safeguardingFlag: boolean
  safeguardingNote: string
}

/** The best overall grade the limiting criteria allow, and which criterion sets it. */
export interface OverallCap {
  grade: GradeValue
  criterion: Criterion
}

/**
 * The limiting rule: the overall judgement may not be better than any limiting criterion's grade.
 * Null when no limiting criterion has a grade yet (N/A does not limit).
 */
export function overallCap(framework: Framework, scores: AuditState['scores']): OverallCap | null {
  let cap: OverallCap | null = null
  for (const criterion of framework.criteria) {
    if (!criterion.limitsOverall) continue
    const grade = scores[criterion.key]?.grade ?? null
    if (grade !== null && (cap === null || grade < cap.grade)) cap = { grade, criterion }
  }
  return cap
}

export function describeCap(cap: OverallCap): string {
  return `Overall cannot be better than ${gradeLabel(cap.grade)}, because ${cap.criterion.title} is graded ${gradeLabel(cap.grade)}.`
}

export function evidenceRequired(criterion: Criterion, grade: GradeValue | null): boolean {
  return grade !== null && criterion.evidenceRequiredAt.includes(grade)
}

/** Something that stops an audit being submitted, keyed to the part of the stepper to fix it in. */
export interface Incomplete {
  /** A criterion key, or 'overall', 'rationale' or 'safeguarding'. */
  field: string
  message: string
}

/**
 * Everything missing before an audit can be submitted. The service refuses a submit while this is
 * non-empty, and the stepper shows the same list, so the two can never disagree.
 */
export function incompleteItems(framework: Framework, audit: AuditState): Incomplete[] {
  const problems: Incomplete[] = []
  for (const criterion of framework.criteria) {
    const score = audit.scores[criterion.key]
    if (!score || (score.grade === null && !score.notApplicable)) {
      problems.push({ field: criterion.key, message: `Grade ${criterion.title}` })
    } else if (score.notApplicable && !criterion.allowNotApplicable) {
      problems.push({ field: criterion.key, message: `${criterion.title} cannot be N/A: grade it` })
    } else if (evidenceRequired(criterion, score.grade) && score.evidence.trim() === '') {
      problems.push({
        field: criterion.key,
        message: `Write the evidence for ${criterion.title} (required at ${gradeLabel(score.grade!)})`
      })
    }
  }
  if (audit.overallGrade === null) {
    problems.push({
      field: 'overall',
      message: `Give the ${framework.overall.title.toLowerCase()}`
    })
  } else {
    const cap = overallCap(framework, audit.scores)
    if (cap && audit.overallGrade > cap.grade)
      problems.push({ field: 'overall', message: describeCap(cap) })
  }
  if (framework.overall.rationaleRequired && audit.overallRationale.trim() === '') {
    problems.push({ field: 'rationale', message: 'Write the rationale for the overall judgement' })
  }
  if (audit.safeguardingFlag && audit.safeguardingNote.trim() === '') {
    problems.push({
      field: 'safeguarding',
      message: 'Record who was told about the safeguarding concern, and when'
    })
  }
  return problems
}
