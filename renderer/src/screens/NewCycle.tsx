import { useEffect, useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { CycleDetail, FrameworkSummary } from '../../../shared/contract'
import type { Auditor, CycleSummary } from '../../../shared/domain'
import { AUDITOR_ROLE_LABELS, DEFAULT_FRAMEWORK_KEY } from '../../../shared/domain'
import { ErrorSummary } from '../components/ErrorSummary'
import type { FieldProblem } from '../components/ErrorSummary'
import { DATE_HINT, DateInput, dateFieldText, readDateField } from '../components/DateInput'
import { describedBy, Field } from '../components/Field'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { api } from '../api'
import { formatFramework } from '../format'
import { latestVersions } from '../state/frameworks'
import { useNavigation } from '../state/navigation'
import { useSession } from '../state/session'

/** Starts an audit cycle: its name, the period it covers and who will audit. */
export function NewCycle() {
  const me = useSession((state) => state.auditor)
  return <CycleForm editing={null} initialAuditorIds={me ? [me.id] : []} />
}

/** Corrects a cycle's name, period and auditors; its framework stays as it was made. */
export function EditCycle({ cycleId }: { cycleId: number }) {
  const [detail, setDetail] = useState<CycleDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void api()
      .call('cycles:get', { cycleId })
      .then((result) => (result.ok ? setDetail(result.value) : setError(result.error.message)))
  }, [cycleId])
  if (error) return <Notice kind="error">{error}</Notice>
  if (!detail) return <p role="status">Loading the cycle…</p>
  return <CycleForm editing={detail.summary} initialAuditorIds={detail.auditorIds} />
}

/** 2026-04-01 as the date field shows it, or empty. */
function dateText(iso: string | null): string {
  return iso ? dateFieldText(iso) : ''
}

function CycleForm({
  editing,
  initialAuditorIds
}: {
  /** The cycle being corrected, or null for a new one. */
  editing: CycleSummary | null
  initialAuditorIds: number[]
}) {
  const go = useNavigation((state) => state.go)
  const id = useId()
  const [name, setName] = useState(editing?.name ?? '')
  const [periodStart, setPeriodStart] = useState(dateText(editing?.periodStart ?? null))
  const [periodEnd, setPeriodEnd] = useState(dateText(editing?.periodEnd ?? null))
  const [auditors, setAuditors] = useState<Auditor[]>([])
  const [chosen, setChosen] = useState<Set<number>>(new Set(initialAuditorIds))
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
    const details = {
      name,
      periodStart: start.date,
      periodEnd: end.date,
      auditorIds: [...chosen]
    }
    const result = editing
      ? await api().call('cycles:update', { cycleId: editing.id, ...details })
      : await api().call('cycles:create', { ...details, frameworkKey: frameworkKey || undefined })
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
      <ScreenHeading>{editing ? `Edit “${editing.name}”` : 'New audit cycle'}</ScreenHeading>
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
        {editing ? (
          <div className="field">
            <p className="field__label">Framework</p>
            <p className="field__hint">
              Its version was locked for this cycle when the cycle was made, and audits are scored
              against it, so it cannot change.
            </p>
            <p>{formatFramework(editing)}</p>
          </div>
        ) : (
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
              aria-describedby={describedBy(
                fieldIds.frameworkKey!,
                'hint',
                errorFor('frameworkKey')
              )}
            >
              {frameworks.length === 0 && <option value="">No framework</option>}
              {frameworks.map((framework) => (
                <option key={framework.key} value={framework.key}>
                  {framework.title} (version {framework.version})
                </option>
              ))}
            </select>
          </Field>
        )}
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
            {editing ? 'Save the changes' : 'Create cycle'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              go(editing ? { screen: 'cycle', cycleId: editing.id } : { screen: 'cycles' })
            }
          >
            Cancel
          </button>
        </div>
      </form>
    </>
  )
}
