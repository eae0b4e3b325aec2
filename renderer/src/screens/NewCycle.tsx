import { useEffect, useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { FrameworkSummary } from '../../../shared/contract'
import type { Auditor } from '../../../shared/domain'
import { AUDITOR_ROLE_LABELS, DEFAULT_FRAMEWORK_KEY } from '../../../shared/domain'
import { ErrorSummary } from '../components/ErrorSummary'
import type { FieldProblem } from '../components/ErrorSummary'
import { DATE_HINT, DateInput, readDateField } from '../components/DateInput'
import { describedBy, Field } from '../components/Field'
import { ScreenHeading } from '../components/ScreenHeading'
import { api } from '../api'
import { latestVersions } from '../state/frameworks'
import { useNavigation } from '../state/navigation'
import { useSession } from '../state/session'

/** Starts an audit cycle: its name, the period it covers and who will audit. */
export function NewCycle() {
  const go = useNavigation((state) => state.go)
  const me = useSession((state) => state.auditor)
  const id = useId()
  const [name, setName] = useState('')
  const [periodStart, setPeriodStart] = useState('')
  const [periodEnd, setPeriodEnd] = useState('')
  const [auditors, setAuditors] = useState<Auditor[]>([])
  const [chosen, setChosen] = useState<Set<number>>(new Set(me ? [me.id] : []))
  const [frameworks, setFrameworks] = useState<FrameworkSummary[]>([])
  const [frameworkKey, setFrameworkKey] = useState<string>(DEFAULT_FRAMEWORK_KEY)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void api()
      .call('auditors:list')
      .then((result) => result.ok && setAuditors(result.value))
    // The latest version of each framework; the default one is chosen unless it is missing.
    void api()
      .call('frameworks:list')
      .then((result) => {
        if (!result.ok) return
        const latest = latestVersions(result.value)
        setFrameworks(latest)
        if (!latest.some((f) => f.key === DEFAULT_FRAMEWORK_KEY)) {
          setFrameworkKey(latest[0]?.key ?? '')
        }
      })
  }, [])

  const fieldIds: Record<string, string> = {
    name: `${id}-name`,
    periodStart: `${id}-start`,
    periodEnd: `${id}-end`,
    frameworkKey: `${id}-framework`,
    auditorIds: `${id}-auditors`
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const start = readDateField(periodStart, 'Period from')
    const end = readDateField(periodEnd, 'Period to')
    const unread = [
      'error' in start ? { fieldId: fieldIds.periodStart!, message: start.error } : null,
      'error' in end ? { fieldId: fieldIds.periodEnd!, message: end.error } : null
    ].filter((problem) => problem !== null)
    if ('error' in start || 'error' in end) return setProblems(unread)
    setBusy(true)
    const result = await api().call('cycles:create', {
      name,
      periodStart: start.date,
      periodEnd: end.date,
      frameworkKey: frameworkKey || undefined,
      auditorIds: [...chosen]
    })
    setBusy(false)
    if (result.ok) return go({ screen: 'cycle', cycleId: result.value.id })
    const fields = result.error.fields ?? {}
    const found = Object.entries(fields).map(([field, message]) => ({
      fieldId: fieldIds[field.split('.')[0] ?? ''] ?? fieldIds.name!,
      message
    }))
    setProblems(
      found.length > 0 ? found : [{ fieldId: fieldIds.name!, message: result.error.message }]
    )
  }

  const errorFor = (field: string) => problems.find((p) => p.fieldId === fieldIds[field])?.message
  return (
    <>
      <p className="caption">Cycles</p>
      <ScreenHeading>New audit cycle</ScreenHeading>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        <Field
          id={fieldIds.name!}
          label="Name"
          hint="For example, “Q3 2026 child protection plans”."
          error={errorFor('name')}
        >
          <input
            id={fieldIds.name}
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={describedBy(fieldIds.name!, 'hint', errorFor('name'))}
            aria-invalid={errorFor('name') ? true : undefined}
          />
        </Field>
        <div className="form__row">
          <Field
            id={fieldIds.periodStart!}
            label="Period from (optional)"
            hint={DATE_HINT}
            error={errorFor('periodStart')}
          >
            <DateInput
              id={fieldIds.periodStart!}
              value={periodStart}
              onChange={setPeriodStart}
              describedBy={describedBy(fieldIds.periodStart!, DATE_HINT, errorFor('periodStart'))}
              invalid={errorFor('periodStart') !== undefined}
            />
          </Field>
          <Field
            id={fieldIds.periodEnd!}
            label="Period to (optional)"
            hint={DATE_HINT}
            error={errorFor('periodEnd')}
          >
            <DateInput
              id={fieldIds.periodEnd!}
              value={periodEnd}
              onChange={setPeriodEnd}
              describedBy={describedBy(fieldIds.periodEnd!, DATE_HINT, errorFor('periodEnd'))}
              invalid={errorFor('periodEnd') !== undefined}
            />
          </Field>
        </div>
        <Field
          id={fieldIds.frameworkKey!}
          label="Framework"
          hint="The rubric the plans are graded against. Its latest version is used, and locked."
          error={errorFor('frameworkKey')}
        >
          <select
            id={fieldIds.frameworkKey}
            className="select"
            value={frameworkKey}
            onChange={(event) => setFrameworkKey(event.target.value)}
            aria-describedby={describedBy(fieldIds.frameworkKey!, 'hint', errorFor('frameworkKey'))}
          >
            {frameworks.length === 0 && <option value="">No framework</option>}
            {frameworks.map((framework) => (
              <option key={framework.key} value={framework.key}>
                {framework.title} (version {framework.version})
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="fieldset" id={fieldIds.auditorIds} tabIndex={-1}>
          <legend className="field__label">Auditors</legend>
          <p className="field__hint">
            Who will score plans in this cycle. People appear here once they have used the app.
          </p>
          {auditors.map((auditor) => (
            <div className="checkbox" key={auditor.id}>
              <input
                id={`${id}-auditor-${auditor.id}`}
                type="checkbox"
                checked={chosen.has(auditor.id)}
                onChange={(event) => {
                  const next = new Set(chosen)
                  if (event.target.checked) next.add(auditor.id)
                  else next.delete(auditor.id)
                  setChosen(next)
                }}
              />
              <label htmlFor={`${id}-auditor-${auditor.id}`}>
                {auditor.name}{' '}
                <span className="secondary">({AUDITOR_ROLE_LABELS[auditor.role]})</span>
              </label>
            </div>
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Create cycle
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go({ screen: 'cycles' })}
          >
            Cancel
          </button>
        </div>
      </form>
    </>
  )
}
