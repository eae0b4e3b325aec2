import type { GradeValue } from '../../../../shared/domain'
import { gradeClass, gradeWords } from './labels'

/** A grade written out, with its colour as a bar beside the words (never the colour alone). */
export function GradeText({
  grade,
  notApplicable = false
}: {
  grade: GradeValue | null
  notApplicable?: boolean
}) {
  return (
    <span className={`grade-text ${gradeClass(grade)}`}>{gradeWords(grade, notApplicable)}</span>
  )
}
