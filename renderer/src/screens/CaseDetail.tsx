import { useEffect, useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { PlanDocument, PlanDocumentSummary } from '../../../shared/contract'
import type { CaseRecord } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { DATE_HINT, DateInput, dateFieldText, readDateField } from '../components/DateInput'
import { describedBy, Field } from '../components/Field'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { api } from '../api'
import { formatCount, formatDate, formatDateTime, planTypeLabel } from '../format'
import { useLeaveGuard } from '../state/leave-guard'
import { useNavigation } from '../state/navigation'

/** Whether a date field's text reads as this stored date (or, empty, as no date). */
function sameDate(text: string, stored: string | null): boolean {
  const reading = readDateField(text, '')
  return 'date' in reading && (reading.date ?? null) === stored
}

interface Loaded {
  caseRecord: CaseRecord
  versions: PlanDocumentSummary[]
}

/**
 * One case as the store holds it: what the case list said, and every version of its plan, each
 * readable, with the date the plan was made. The date is typed here when the case list had none
 * (or the wrong one): the analyser reads "within 4 weeks" from it, and the review minimums count
 * from it.
 */
export function CaseDetail({ caseId }: { caseId: number }) {
  const go = useNavigation((state) => state.go)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [shownVersion, setShownVersion] = useState<number | null>(null)
  // Plan dates typed and not yet saved, by version: kept while another version is shown.
  const [drafts, setDrafts] = useState<Record<number, string>>({})
  const unsaved = (loaded?.versions ?? []).filter(
    (row) => drafts[row.version] !== undefined && !sameDate(drafts[row.version]!, row.planDate)
  )
  useLeaveGuard(() =>
    unsaved.length > 0
      ? {
          title: 'Leave without saving the plan date?',
          description: `The plan date typed for version ${unsaved.map((row) => row.version).join(' and ')} has not been saved.`,
          confirmLabel: 'Discard the date',
          cancelLabel: 'Stay and save it'
        }
      : null
  )

  // Bumped after a plan date is saved, to read the versions again.
  const [reads, setReads] = useState(0)

  useEffect(() => {
    void Promise.all([
      api().call('cases:get', { id: caseId }),
      api().call('plans:versions', { caseId })
    ]).then(([record, versions]) => {
      if (!record.ok) return setError(record.error)
      if (!versions.ok) return setError(versions.error)
      setLoaded({ caseRecord: record.value, versions: versions.value })
    })
  }, [caseId, reads])

  if (error) {
    return (
      <>
        <p className="caption">Cases</p>
        <ScreenHeading>Case not found</ScreenHeading>
        <Notice kind="error">{error.message}</Notice>
        <button type="button" className="button" onClick={() => go({ screen: 'cases' })}>
          Back to cases
        </button>
      </>
    )
  }
  if (!loaded) return <p role="status">Loading the case…</p>

  const { caseRecord, versions } = loaded
  const latest = versions[0]?.version ?? null
  const version = shownVersion ?? latest
  return (
    <>
      <p className="caption">Cases</p>
      <ScreenHeading>{caseRecord.caseRef}</ScreenHeading>
      <CaseFacts caseRecord={caseRecord} />

      <section className="section" aria-labelledby="plan-versions-title">
        <h2 className="section-title" id="plan-versions-title">
          Plan
        </h2>
        {versions.length === 0 ? (
          <>
            <p>No plan is attached to this case yet.</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go({ screen: 'plans' })}
            >
              Attach a plan
            </button>
          </>
        ) : (
          <>
            <table className="table table--compact">
              <caption className="visually-hidden">Versions of the plan, newest first</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Version
                  </th>
                  <th scope="col">From</th>
                  <th scope="col">Plan date</th>
                  <th scope="col">Attached</th>
                  <th scope="col" className="numeric">
                    Characters
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Show</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((row) => (
                  <tr key={row.id} aria-current={row.version === version ? 'true' : undefined}>
                    <td className="numeric">{row.version}</td>
                    <td>{row.sourceName}</td>
                    <td>{row.planDate ? formatDate(row.planDate) : 'Not known'}</td>
                    <td>
                      {formatDateTime(row.attachedAt)}
                      {row.attachedBy ? `, ${row.attachedBy}` : ''}
                    </td>
                    <td className="numeric">{formatCount(row.characters)}</td>
                    <td>
                      {row.version === version ? (
                        <span className="secondary">Shown below</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() => setShownVersion(row.version)}
                        >
                          Show<span className="visually-hidden"> version {row.version}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {version !== null && (
              <PlanVersion
                key={version}
                caseId={caseId}
                version={version}
                draft={drafts[version]}
                onDraft={(text) => setDrafts({ ...drafts, [version]: text })}
                onDateSaved={() => {
                  const { [version]: _saved, ...others } = drafts
                  setDrafts(others)
                  setReads(reads + 1)
                }}
              />
            )}
          </>
        )}
      </section>
    </>
  )
}

function CaseFacts({ caseRecord }: { caseRecord: CaseRecord }) {
  const facts: [string, string][] = [
    ['Plan type', planTypeLabel(caseRecord.planType)],
    ['Team', caseRecord.team],
    ['Social worker', caseRecord.socialWorker ?? ''],
    ['Team manager', caseRecord.teamManager ?? ''],
    ['Legal status', caseRecord.legalStatus ?? ''],
    ['Age band', caseRecord.ageBand ?? ''],
    ['Status', caseRecord.status === 'open' ? 'Open' : 'Closed'],
    ['Plan start date', formatDate(caseRecord.planStartDate)],
    ['Last review', formatDate(caseRecord.lastReviewDate)],
    ['Plan document (case list)', caseRecord.planDocumentName ?? '']
  ]
  return (
    <dl className="summary-list summary-list--compact">
      {facts.map(([label, value]) => (
        <div className="summary-list__row" key={label}>
          <dt>{label}</dt>
          <dd>{value || <span className="secondary">Not in the case list</span>}</dd>
        </div>
      ))}
    </dl>
  )
}

/** One version's text, and its plan date to type or correct. */
function PlanVersion({
  caseId,
  version,
  draft,
  onDraft,
  onDateSaved
}: {
  caseId: number
  version: number
  /** What was typed in the date field, if anything; else the saved date is shown. */
  draft: string | undefined
  onDraft: (text: string) => void
  onDateSaved: () => void
}) {
  const id = useId()
  const [plan, setPlan] = useState<PlanDocument | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [dateProblem, setDateProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void api()
      .call('plans:get', { caseId, version })
      .then((result) => {
        if (!result.ok) return setError(result.error.message)
        setPlan(result.value)
      })
  }, [caseId, version])

  const dateText = draft ?? (plan?.planDate ? dateFieldText(plan.planDate) : '')
  const reading = readDateField(dateText, 'The plan date')
  const changed = plan !== null && !sameDate(dateText, plan.planDate)

  async function saveDate(event: FormEvent) {
    event.preventDefault()
    if (!plan) return
    setSaved(null)
    if ('error' in reading) return setDateProblem(reading.error)
    setBusy(true)
    const result = await api().call('plans:set-date', {
      documentId: plan.id,
      planDate: reading.date ?? null
    })
    setBusy(false)
    if (!result.ok) return setDateProblem(result.error.fields?.planDate ?? result.error.message)
    setDateProblem(null)
    setPlan({ ...plan, planDate: result.value.planDate })
    setSaved(
      result.value.planDate
        ? `Plan date saved: ${formatDate(result.value.planDate)}.`
        : 'Plan date cleared.'
    )
    onDateSaved()
  }

  if (error) return <Notice kind="error">{error}</Notice>
  if (!plan) return <p role="status">Loading version {version}…</p>
  return (
    <section className="case-plan" aria-labelledby={`${id}-title`}>
      <h3 className="section-title" id={`${id}-title`}>
        Version {plan.version}: {plan.sourceName}
      </h3>
      <form className="form case-plan__date" onSubmit={saveDate} noValidate>
        {saved && <Notice kind="success">{saved}</Notice>}
        <Field
          id={`${id}-date`}
          label="Plan date"
          hint={`The date the plan was made or last reviewed. ${DATE_HINT}; leave it empty if not known.`}
          error={dateProblem ?? undefined}
        >
          <DateInput
            id={`${id}-date`}
            describedBy={describedBy(`${id}-date`, 'hint', dateProblem ?? undefined)}
            invalid={dateProblem !== null}
            value={dateText}
            onChange={(text) => {
              onDraft(text)
              setSaved(null)
            }}
          />
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy || !changed}>
          Save the plan date
        </button>
      </form>
      <div
        className="case-plan__text"
        role="region"
        aria-label={`Text of version ${plan.version}`}
        tabIndex={0}
      >
        {plan.text}
      </div>
    </section>
  )
}
