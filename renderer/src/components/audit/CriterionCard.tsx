import { useId } from 'react'
import type { ChecklistAnswer } from '../../../../shared/contract'
import type { Criterion } from '../../../../shared/domain'
import { gradeLabel } from '../../../../shared/domain'
import { evidenceRequired } from '../../../../shared/audit-rules'
import type { LocalScore } from '../../state/audit'
import { GradeChoice } from './GradeChoice'

interface CriterionCardProps {
  criterion: Criterion
  position: string
  score: LocalScore
  locked: boolean
  error?: string
  onGrade: (grade: 1 | 2 | 3 | 4) => void
  onNotApplicable: () => void
  onEvidence: (text: string) => void
  onChecklist: (prompt: string, answer: ChecklistAnswer | null) => void
  children?: React.ReactNode
}

const ANSWERS: { value: ChecklistAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'na', label: 'N/A' }
]

/** One criterion: its question and guidance, the graded descriptors, evidence prompts and note. */
export function CriterionCard(props: CriterionCardProps) {
  const { criterion, score, locked, error } = props
  const id = useId()
  const required = evidenceRequired(criterion, score.grade)
  const requiredAt = criterion.evidenceRequiredAt.map(gradeLabel).join(' or ')
  return (
    <article className="criterion-card" aria-labelledby={`${id}-title`}>
      <p className="criterion-card__position">{props.position}</p>
      <h2 id={`${id}-title`} className="criterion-card__title" tabIndex={-1}>
        {criterion.title}
      </h2>
      <p className="criterion-card__question">{criterion.question}</p>
      {criterion.guidance && (
        <details className="criterion-card__guidance">
          <summary>Guidance</summary>
          <p>{criterion.guidance}</p>
        </details>
      )}
      {props.children}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <GradeChoice
        name={`${id}-grade`}
        legend={`Grade for ${criterion.title}`}
        descriptors={criterion.descriptors}
        value={score.grade}
        notApplicable={{
          allowed: criterion.allowNotApplicable,
          selected: score.notApplicable,
          onSelect: props.onNotApplicable
        }}
        disabled={locked}
        onChange={props.onGrade}
      />
      {criterion.prompts.length > 0 && (
        <fieldset className="evidence-prompts" disabled={locked}>
          <legend className="field__label">Is this evidenced in the plan?</legend>
          {criterion.prompts.map((prompt) => (
            <div
              className="evidence-prompt"
              key={prompt.key}
              role="radiogroup"
              aria-labelledby={`${id}-${prompt.key}`}
            >
              <span id={`${id}-${prompt.key}`} className="evidence-prompt__text">
                {prompt.text}
              </span>
              <span className="evidence-prompt__answers">
                {ANSWERS.map((answer) => (
                  <label
                    key={answer.value}
                    className={`segment${score.checklist[prompt.key] === answer.value ? ' segment--selected' : ''}`}
                  >
                    <input
                      type="radio"
                      name={`${id}-${prompt.key}`}
                      value={answer.value}
                      checked={score.checklist[prompt.key] === answer.value}
                      onChange={() => props.onChecklist(prompt.key, answer.value)}
                    />
                    {answer.label}
                  </label>
                ))}
              </span>
            </div>
          ))}
        </fieldset>
      )}
      <div className={`field${required && score.evidence.trim() === '' ? ' field--warning' : ''}`}>
        <label htmlFor={`${id}-evidence`} className="field__label">
          Evidence{required ? ' (required)' : ''}
        </label>
        <p id={`${id}-evidence-hint`} className="field__hint">
          What in the plan supports the grade. Required at {requiredAt}.
        </p>
        <textarea
          id={`${id}-evidence`}
          className="textarea"
          rows={4}
          value={score.evidence}
          readOnly={locked}
          aria-describedby={`${id}-evidence-hint`}
          onChange={(event) => props.onEvidence(event.target.value)}
        />
      </div>
    </article>
  )
}
