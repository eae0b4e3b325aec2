import type { FormEvent } from 'react'
import type { ComparisonRow, ModerationComparison } from '../../../../shared/contract'
import { describeCap, overallCap } from '../../../../shared/audit-rules'
import { GRADES } from '../../../../shared/domain'
import type { GradeValue } from '../../../../shared/domain'
import type { ResolutionForm as FormValues } from '../../state/moderation'
import { describedBy, Field } from '../Field'

/** The id of the control a field error (agreed.<key>, discussion.<key>, ...) belongs to. */
export function controlId(field: string): string {
  if (field === 'agreedOverall') return 'agreed-overall'
  if (field === 'agreedRationale') return 'agreed-rationale'
  return field.replace('.', '-')
}

interface ResolutionFormProps {
  comparison: ModerationComparison
  form: FormValues
  errors: Record<string, string>
  saving: boolean
  onAgreed: (key: string, grade: GradeValue | null | undefined) => void
  onOverall: (grade: GradeValue | null) => void
  onRationale: (text: string) => void
  onDiscussion: (key: string, text: string) => void
  onSubmit: () => void
}

function gradeValue(value: string): GradeValue | null | undefined {
  if (value === '') return undefined
  if (value === 'na') return null
  return Number(value) as GradeValue
}

function DiscussionField({
  row,
  value,
  error,
  onChange
}: {
  row: ComparisonRow
  value: string
  error: string | undefined
  onChange: (text: string) => void
}) {
  const id = controlId(`discussion.${row.key}`)
  const hint = row.discussionRequired
    ? `Required: ${row.discussionReason ?? 'the grades differ'}.`
    : 'Optional: what you agreed about the difference.'
  return (
    <Field id={id} label={`Discussion note for ${row.title}`} hint={hint} error={error}>
      <textarea
        id={id}
        className="textarea"
        rows={2}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  )
}

/**
 * The agreed result: a grade per criterion (the shared grade is filled in where the two agreed),
 * a discussion note wherever the rules need one, and the agreed overall judgement with its
 * rationale. The service checks it all; the errors come back keyed to these controls.
 */
export function ResolutionForm(props: ResolutionFormProps) {
  const { comparison, form, errors, saving } = props
  const scores = Object.fromEntries(
    comparison.rows.map((row) => [
      row.key,
      { grade: form.agreed[row.key] ?? null, notApplicable: false, evidence: '' }
    ])
  )
  const cap = overallCap(comparison.framework, scores)

  function submit(event: FormEvent) {
    event.preventDefault()
    props.onSubmit()
  }

  const rows = [...comparison.rows]
  return (
    <form className="form resolution-form" onSubmit={submit} noValidate>
      {rows.map((row) => {
        const id = controlId(`agreed.${row.key}`)
        const error = errors[`agreed.${row.key}`]
        const value = form.agreed[row.key]
        const differs = row.difference !== 0
        return (
          <fieldset key={row.key} className="fieldset resolution-criterion">
            <legend>{row.title}</legend>
            <Field id={id} label={`Agreed grade for ${row.title}`} error={error}>
              <select
                id={id}
                className="select select--auto"
                value={value === undefined ? '' : value === null ? 'na' : String(value)}
                aria-describedby={describedBy(id, undefined, error)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => props.onAgreed(row.key, gradeValue(event.target.value))}
              >
                <option value="">Choose the agreed grade</option>
                {GRADES.map((grade) => (
                  <option key={grade.value} value={grade.value}>
                    {grade.label}
                  </option>
                ))}
                {row.allowNotApplicable && <option value="na">N/A</option>}
              </select>
            </Field>
            {(differs || row.discussionRequired) && (
              <DiscussionField
                row={row}
                value={form.discussion[row.key] ?? ''}
                error={errors[`discussion.${row.key}`]}
                onChange={(text) => props.onDiscussion(row.key, text)}
              />
            )}
          </fieldset>
        )
      })}
      <fieldset className="fieldset resolution-criterion">
        <legend>{comparison.overall.title}</legend>
        <Field
          id="agreed-overall"
          label={`Agreed ${comparison.overall.title.toLowerCase()}`}
          hint={cap ? describeCap(cap) : undefined}
          error={errors.agreedOverall}
        >
          <select
            id="agreed-overall"
            className="select select--auto"
            value={form.overall === null ? '' : String(form.overall)}
            aria-describedby={describedBy(
              'agreed-overall',
              cap ? 'hint' : undefined,
              errors.agreedOverall
            )}
            aria-invalid={errors.agreedOverall ? true : undefined}
            onChange={(event) =>
              props.onOverall(
                event.target.value === '' ? null : (Number(event.target.value) as GradeValue)
              )
            }
          >
            <option value="">Choose the agreed grade</option>
            {GRADES.map((grade) => (
              <option key={grade.value} value={grade.value}>
                {grade.label}
                {cap && grade.value > cap.grade ? ' (above the limit)' : ''}
              </option>
            ))}
          </select>
        </Field>
        {(comparison.overall.difference !== 0 || comparison.overall.discussionRequired) && (
          <DiscussionField
            row={comparison.overall}
            value={form.discussion.overall ?? ''}
            error={errors['discussion.overall']}
            onChange={(text) => props.onDiscussion('overall', text)}
          />
        )}
        <Field
          id="agreed-rationale"
          label="Rationale for the agreed grades"
          hint="Recorded as the moderated result, beside both original audits."
          error={errors.agreedRationale}
        >
          <textarea
            id="agreed-rationale"
            className="textarea"
            rows={3}
            value={form.rationale}
            aria-describedby={describedBy('agreed-rationale', 'hint', errors.agreedRationale)}
            aria-invalid={errors.agreedRationale ? true : undefined}
            onChange={(event) => props.onRationale(event.target.value)}
          />
        </Field>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {comparison.agreed ? 'Update the agreed result' : 'Record the agreed result'}
        </button>
      </div>
    </form>
  )
}
