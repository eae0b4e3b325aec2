import { ANALYSER_GROUP_OPTIONS, GRADE_KEYS, controlId } from '../state/frameworks'
import type { DraftCriterion, GradeKey } from '../state/frameworks'
import type { AnalyserGroup, GradeValue } from '../../../shared/domain'
import { describedBy, Field } from './Field'

/** Problems beside their fields, by control id: the short message, without the path in words. */
export type FieldErrors = Record<string, string>

const GRADE_NAMES: Record<GradeKey, string> = {
  '4': 'Outstanding',
  '3': 'Good',
  '2': 'Requires improvement',
  '1': 'Inadequate'
}

/** The grade colour classes the stepper uses, so a grade looks the same everywhere. */
const GRADE_CLASSES: Record<GradeKey, string> = {
  '4': 'grade--outstanding',
  '3': 'grade--good',
  '2': 'grade--requires-improvement',
  '1': 'grade--inadequate'
}

interface TextProps {
  path: string
  label: string
  hint?: string
  value: string
  errors: FieldErrors
  onChange: (value: string) => void
  /** A key or code: a monospaced single line, not spell-checked. */
  mono?: boolean
  /** A textarea of this many rows (growing with its text) instead of a single line. */
  rows?: number
}

/** A labelled text control for one path of the definition, with its problem beside it. */
export function FrameworkTextField({
  path,
  label,
  hint,
  value,
  errors,
  onChange,
  mono,
  rows
}: TextProps) {
  const id = controlId(path)
  const error = errors[id]
  const shared = {
    id,
    value,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined
  }
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {rows === undefined ? (
        <input
          {...shared}
          className={`input${mono ? ' input--mono' : ''}`}
          spellCheck={mono ? false : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <textarea
          {...shared}
          className="textarea"
          rows={rows}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

/** The four descriptors, best first, each labelled with its grade written out. */
export function FrameworkDescriptorFields({
  path,
  descriptors,
  errors,
  onChange
}: {
  path: string
  descriptors: Record<GradeKey, string>
  errors: FieldErrors
  onChange: (grade: GradeKey, value: string) => void
}) {
  return (
    <fieldset className="fieldset framework-descriptors">
      <legend className="field__label">What each grade looks like</legend>
      <div className="framework-descriptors__grid">
        {GRADE_KEYS.map((grade) => (
          <div key={grade} className={`framework-descriptors__grade ${GRADE_CLASSES[grade]}`}>
            <FrameworkTextField
              path={`${path}.${grade}`}
              label={GRADE_NAMES[grade]}
              value={descriptors[grade]}
              errors={errors}
              rows={4}
              onChange={(value) => onChange(grade, value)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
}

function Checkbox({
  id,
  label,
  checked,
  error,
  onChange
}: {
  id: string
  label: string
  checked: boolean
  error?: string
  onChange: (checked: boolean) => void
}) {
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

interface CriterionFieldsProps {
  index: number
  count: number
  criterion: DraftCriterion
  errors: FieldErrors
  onChange: (patch: Partial<DraftCriterion>) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
  onAddPrompt: () => void
  onEditPrompt: (prompt: number, text: string) => void
  onRemovePrompt: (prompt: number) => void
}

function toggleGrade(grades: readonly GradeValue[], grade: GradeValue, on: boolean): GradeValue[] {
  const rest = grades.filter((g) => g !== grade)
  return (on ? [...rest, grade] : rest).sort((a, b) => a - b)
}

/** One criterion of the editor in its own fieldset: words, descriptors, prompts and options. */
export function FrameworkCriterionFields({
  index,
  count,
  criterion,
  errors,
  onChange,
  onMove,
  onRemove,
  onAddPrompt,
  onEditPrompt,
  onRemovePrompt
}: CriterionFieldsProps) {
  const at = `criteria.${index}`
  const name = criterion.title.trim() || 'New criterion'
  const fieldsetError = errors[controlId(at)]
  const promptsError = errors[controlId(`${at}.prompts`)]
  const gradesError = errors[controlId(`${at}.evidenceRequiredAt`)]
  return (
    <fieldset
      className={`framework-criterion${fieldsetError ? ' field--error' : ''}`}
      id={controlId(at)}
      tabIndex={-1}
    >
      <legend className="framework-criterion__legend">
        Criterion {index + 1}: {name}
      </legend>
      <div className="framework-criterion__tools">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={index === 0 ? true : undefined}
          onClick={() => index > 0 && onMove(-1)}
        >
          Move up<span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={index === count - 1 ? true : undefined}
          onClick={() => index < count - 1 && onMove(1)}
        >
          Move down<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button--warning button--small" onClick={onRemove}>
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {fieldsetError && <p className="field__error">{fieldsetError}</p>}
      <div className="framework-criterion__row">
        <FrameworkTextField
          path={`${at}.title`}
          label="Title"
          value={criterion.title}
          errors={errors}
          onChange={(title) => onChange({ title })}
        />
        <FrameworkTextField
          path={`${at}.key`}
          label="Key"
          hint={
            criterion.keyFollowsTitle
              ? 'Made from the title; you can change it.'
              : 'Names the criterion in reports and exports.'
          }
          value={criterion.key}
          errors={errors}
          mono
          onChange={(key) => onChange({ key })}
        />
      </div>
      <FrameworkTextField
        path={`${at}.question`}
        label="Guidance question"
        hint="The question the auditor answers."
        value={criterion.question}
        errors={errors}
        rows={2}
        onChange={(question) => onChange({ question })}
      />
      <FrameworkTextField
        path={`${at}.guidance`}
        label="Guidance (optional)"
        hint="Notes for the auditor: statutory minimums, what to look for."
        value={criterion.guidance}
        errors={errors}
        rows={3}
        onChange={(guidance) => onChange({ guidance })}
      />
      <FrameworkDescriptorFields
        path={`${at}.descriptors`}
        descriptors={criterion.descriptors}
        errors={errors}
        onChange={(grade, value) =>
          onChange({ descriptors: { ...criterion.descriptors, [grade]: value } })
        }
      />
      <fieldset
        className={`fieldset framework-prompts${promptsError ? ' field--error' : ''}`}
        id={controlId(`${at}.prompts`)}
        tabIndex={-1}
      >
        <legend className="field__label">Evidence prompts</legend>
        <p className="field__hint">Yes / No / N/A questions: is this evidenced in the plan?</p>
        {promptsError && <p className="field__error">{promptsError}</p>}
        {criterion.prompts.length > 0 && (
          <ol className="framework-prompts__list">
            {criterion.prompts.map((prompt, j) => {
              const id = controlId(`${at}.prompts.${j}.text`)
              const error = errors[id]
              return (
                <li key={prompt.uid} className={error ? 'field--error' : undefined}>
                  <label htmlFor={id} className="visually-hidden">
                    Evidence prompt {j + 1}
                  </label>
                  {error && (
                    <p id={`${id}-error`} className="field__error">
                      <span className="visually-hidden">Error: </span>
                      {error}
                    </p>
                  )}
                  <div className="framework-prompts__row">
                    <input
                      id={id}
                      className="input"
                      value={prompt.text}
                      onChange={(event) => onEditPrompt(j, event.target.value)}
                      aria-describedby={error ? `${id}-error` : undefined}
                      aria-invalid={error ? true : undefined}
                    />
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => onRemovePrompt(j)}
                    >
                      Remove<span className="visually-hidden"> evidence prompt {j + 1}</span>
                    </button>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onAddPrompt}
        >
          Add an evidence prompt<span className="visually-hidden"> to {name}</span>
        </button>
      </fieldset>
      <fieldset
        className={`fieldset framework-options${gradesError ? ' field--error' : ''}`}
        id={controlId(`${at}.evidenceRequiredAt`)}
        tabIndex={-1}
      >
        <legend className="field__label">Options</legend>
        {gradesError && <p className="field__error">{gradesError}</p>}
        <Checkbox
          id={controlId(`${at}.allowNotApplicable`)}
          label="N/A allowed"
          checked={criterion.allowNotApplicable}
          onChange={(allowNotApplicable) => onChange({ allowNotApplicable })}
        />
        <Checkbox
          id={controlId(`${at}.limitsOverall`)}
          label="Limits the overall judgement (the overall grade cannot be better than this one)"
          checked={criterion.limitsOverall}
          onChange={(limitsOverall) => onChange({ limitsOverall })}
        />
        {([2, 1] as const).map((grade) => (
          <Checkbox
            key={grade}
            id={`${controlId(`${at}.evidenceRequiredAt`)}-${grade}`}
            label={`Evidence note required at ${grade === 2 ? 'Requires improvement' : 'Inadequate'} (grade ${grade})`}
            checked={criterion.evidenceRequiredAt.includes(grade)}
            onChange={(on) =>
              onChange({ evidenceRequiredAt: toggleGrade(criterion.evidenceRequiredAt, grade, on) })
            }
          />
        ))}
        <div className="field field--inline framework-options__analyser">
          <label htmlFor={controlId(`${at}.analyser`)} className="field__label">
            Analyser prompts
          </label>
          <select
            id={controlId(`${at}.analyser`)}
            className="select select--auto"
            value={criterion.analyser}
            onChange={(event) => onChange({ analyser: event.target.value as AnalyserGroup | '' })}
          >
            {ANALYSER_GROUP_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </fieldset>
  )
}
