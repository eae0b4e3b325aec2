import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { GradeDistribution, TargetKind, TargetStatus } from '../../../../shared/contract'
import type { AppErrorData } from '../../../../shared/errors'
import { describedBy, Field } from '../Field'
import { percentText } from './format'

const KIND_LABELS: Record<TargetKind, string> = {
  'inadequate-max': 'Inadequate at most',
  'good-or-better-min': 'Good or better at least'
}

export function targetText(target: { kind: TargetKind; percent: number }): string {
  return `${KIND_LABELS[target.kind]} ${target.percent}%`
}

function verdict(met: boolean | null): string {
  return met === null ? 'Nothing to measure yet' : met ? 'Met' : 'Not met'
}

/** The targets against the filtered figures, met or not, and a form to set or remove one. */
export function TargetsPanel({
  targets,
  criteria,
  editable,
  onSet
}: {
  targets: TargetStatus[]
  criteria: GradeDistribution[]
  editable: boolean
  onSet: (key: string, kind: TargetKind, percent: number | null) => Promise<AppErrorData | null>
}) {
  const id = useId()
  const [key, setKey] = useState(criteria[0]?.key ?? 'overall')
  const [kind, setKind] = useState<TargetKind>('inadequate-max')
  const [percent, setPercent] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const value = Number(percent.trim().replace(/%$/, ''))
    if (percent.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      return setError('Enter a percentage from 0 to 100, like 10')
    }
    setBusy(true)
    const problem = await onSet(key, kind, value)
    setBusy(false)
    setError(problem?.message)
    if (!problem) setPercent('')
  }

  return (
    <>
      {targets.length === 0 ? (
        <p>
          {editable
            ? 'No targets set. Set one below, for example “Inadequate at most 10%”.'
            : 'No targets have been set.'}
        </p>
      ) : (
        <table className="table table--compact report-table">
          <caption className="table__caption">Targets against these figures</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Target</th>
              <th scope="col" className="numeric">
                Actual
              </th>
              <th scope="col">Result</th>
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => (
              <tr key={`${target.criterionKey}-${target.kind}`}>
                <th scope="row">{target.title}</th>
                <td>{targetText(target)}</td>
                <td className="numeric">
                  {percentText(target.actual)}{' '}
                  <span className="report-n">(n = {target.actual.n})</span>
                </td>
                <td>
                  <span
                    className={`tag ${target.met === false ? 'tag--warning' : target.met ? 'tag--success' : 'tag--quiet'}`}
                  >
                    {verdict(target.met)}
                  </span>
                </td>
                {editable && (
                  <td className="actions-cell">
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => void onSet(target.criterionKey, target.kind, null)}
                    >
                      Remove<span className="visually-hidden"> the target for {target.title}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <form className="report-target-form" onSubmit={submit} noValidate aria-label="Set a target">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-criterion`}>
              Criterion
            </label>
            <select
              id={`${id}-criterion`}
              className="select"
              value={key}
              onChange={(event) => setKey(event.target.value)}
            >
              {criteria.map((criterion) => (
                <option key={criterion.key} value={criterion.key}>
                  {criterion.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-kind`}>
              Target
            </label>
            <select
              id={`${id}-kind`}
              className="select"
              value={kind}
              onChange={(event) => setKind(event.target.value as TargetKind)}
            >
              <option value="inadequate-max">{KIND_LABELS['inadequate-max']}</option>
              <option value="good-or-better-min">{KIND_LABELS['good-or-better-min']}</option>
            </select>
          </div>
          <Field id={`${id}-percent`} label="Percentage" error={error}>
            <input
              id={`${id}-percent`}
              className="input report-target-form__percent"
              inputMode="decimal"
              value={percent}
              onChange={(event) => setPercent(event.target.value)}
              aria-describedby={describedBy(`${id}-percent`, undefined, error)}
              aria-invalid={error ? true : undefined}
            />
          </Field>
          <button type="submit" className="button button--secondary" disabled={busy}>
            Set target
          </button>
        </form>
      )}
    </>
  )
}
