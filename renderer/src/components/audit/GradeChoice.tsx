import type { GradeDescriptors, GradeValue } from '../../../../shared/domain'
import { GRADES } from '../../../../shared/domain'

interface GradeChoiceProps {
  name: string
  legend: string
  descriptors: GradeDescriptors
  value: GradeValue | null
  notApplicable?: { allowed: boolean; selected: boolean; onSelect: () => void }
  /** Grades above this cannot be chosen (the limiting rule); they stay visible, marked why. */
  maxGrade?: GradeValue | null
  disabled: boolean
  onChange: (grade: GradeValue) => void
}

const GRADE_CLASS: Record<GradeValue, string> = {
  4: 'grade--outstanding',
  3: 'grade--good',
  2: 'grade--requires-improvement',
  1: 'grade--inadequate'
}

/**
 * The four grades as radio buttons, each with its descriptor in full beside it, so the auditor
 * grades against the words and not the colour. Keys 1-4 (and 0 for N/A) are handled by the stepper.
 */
export function GradeChoice({
  name,
  legend,
  descriptors,
  value,
  notApplicable,
  maxGrade,
  disabled,
  onChange
}: GradeChoiceProps) {
  return (
    <fieldset className="grade-choice" disabled={disabled}>
      <legend className="grade-choice__legend">{legend}</legend>
      {GRADES.map((grade) => {
        const inputId = `${name}-${grade.value}`
        const capped = maxGrade != null && grade.value > maxGrade
        return (
          <div
            key={grade.value}
            className={`grade-option ${GRADE_CLASS[grade.value]}${value === grade.value ? ' grade-option--selected' : ''}`}
          >
            <input
              id={inputId}
              type="radio"
              name={name}
              checked={value === grade.value}
              disabled={capped}
              onChange={() => onChange(grade.value)}
              aria-describedby={`${inputId}-descriptor`}
            />
            <label htmlFor={inputId} className="grade-option__label">
              <span className="grade-option__key" aria-hidden="true">
                {grade.value}
              </span>
              <span className="grade-option__name">{grade.label}</span>
              {capped && <span className="grade-option__capped"> (not allowed: see below)</span>}
            </label>
            <p id={`${inputId}-descriptor`} className="grade-option__descriptor">
              {descriptors[String(grade.value) as keyof GradeDescriptors]}
            </p>
          </div>
        )
      })}
      {notApplicable?.allowed && (
        <div
          className={`grade-option grade--na${notApplicable.selected ? ' grade-option--selected' : ''}`}
        >
          <input
            id={`${name}-na`}
            type="radio"
            name={name}
            checked={notApplicable.selected}
            onChange={notApplicable.onSelect}
          />
          <label htmlFor={`${name}-na`} className="grade-option__label">
            <span className="grade-option__key" aria-hidden="true">
              0
            </span>
            <span className="grade-option__name">Not applicable</span>
          </label>
        </div>
      )}
    </fieldset>
  )
}
