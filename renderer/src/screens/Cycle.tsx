import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import type { SampledCase, SampleResult, SampleSpec } from '../../../shared/contract'
import type { CycleSummary } from '../../../shared/domain'
import { describedBy, Field } from '../components/Field'
import { Notice } from '../components/Notice'
import { ReasonDialog } from '../components/ReasonDialog'
import { SampleForm } from '../components/SampleForm'
import { ScreenHeading } from '../components/ScreenHeading'
import { StaleRegion, StaleStatus } from '../components/StaleRegion'
import { GroupsOutOfReach, StrataTable } from '../components/StrataTable'
import { api } from '../api'
import { downloadText } from '../files'
import {
  formatCount,
  formatDateTime,
  formatFramework,
  formatPeriod,
  howChosenLabel,
  planTypeLabel,
  plural
} from '../format'
import { sampleCsv, sampleFileName } from '../saved-csv'
import { findCaseByRef, noCaseMessage } from '../state/cases'
import { useCycle } from '../state/cycle'
import { useNavigation } from '../state/navigation'

type PendingChange =
  | { kind: 'replace'; row: SampledCase }
  | { kind: 'remove'; row: SampledCase }
  | { kind: 'add'; caseId: number; caseRef: string }

/** One audit cycle: its settings and its sample, drawn, checked, adjusted. */
export function Cycle({ cycleId }: { cycleId: number }) {
  const {
    detail,
    error,
    preview,
    previewError,
    drawing,
    refreshing: stale,
    open,
    load,
    previewSample,
    saveSample,
    discardPreview
  } = useCycle()
  const go = useNavigation((state) => state.go)
  const [redrawing, setRedrawing] = useState(false)
  // Set once a drawn sample is saved: the Save button it was pressed with is gone, so focus moves
  // to the saved sample's heading.
  const [saved, setSaved] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [statusDialog, setStatusDialog] = useState<'open' | 'closed' | null>(null)

  useEffect(() => {
    void open(cycleId)
  }, [cycleId, open])

  async function setStatus(status: 'open' | 'closed', reason: string): Promise<string | null> {
    const result = await api().call('cycles:set-status', { cycleId, status, reason })
    if (!result.ok) return result.error.fields?.reason ?? result.error.message
    await load(cycleId)
    return null
  }

  if (error) return <Notice kind="error">{error.message}</Notice>
  if (!detail || detail.summary.id !== cycleId) return <p role="status">Loading the cycle…</p>

  const { summary, sample } = detail
  const closed = summary.status === 'closed'
  const showForm = !closed && (!sample || redrawing)
  return (
    <>
      <p className="caption">Cycles</p>
      <div className="screen-header">
        <ScreenHeading>{summary.name}</ScreenHeading>
        <StaleRegion stale={stale}>
          <div className="screen-header__actions">
            {closed ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setStatusDialog('open')}
              >
                Reopen the cycle
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => go({ screen: 'edit-cycle', cycleId })}
                >
                  Edit details
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setStatusDialog('closed')}
                >
                  Close the cycle
                </button>
              </>
            )}
          </div>
        </StaleRegion>
      </div>
      <StaleStatus stale={stale} />
      {closed && (
        <Notice>
          This cycle is closed: its sample, audits and moderation stay as they are, for reporting.
          Actions can still be followed up.
        </Notice>
      )}
      <StaleRegion stale={stale}>
        <dl className="summary-list summary-list--compact">
          <div className="summary-list__row">
            <dt>Period</dt>
            <dd>{formatPeriod(summary)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Framework</dt>
            <dd>{formatFramework(summary)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Progress</dt>
            <dd>
              {formatCount(summary.sampled)} sampled, {formatCount(summary.submitted)} submitted,{' '}
              {formatCount(summary.moderated)} moderated
            </dd>
          </div>
        </dl>
      </StaleRegion>

      {showForm ? (
        <section className="section" aria-labelledby="draw-title">
          <h2 className="section-title" id="draw-title">
            {sample ? 'Draw the sample again' : 'Draw the sample'}
          </h2>
          {sample && (
            <Notice>
              Drawing again replaces the current sample. The cases it held stay in the cycle&apos;s
              history.
            </Notice>
          )}
          <SampleForm
            initial={sample ? { ...sample.spec, seed: undefined } : undefined}
            busy={drawing}
            error={previewError}
            onPreview={(spec) => void previewSample(spec)}
          />
          {previewError && !previewError.fields && (
            <Notice kind="error">{previewError.message}</Notice>
          )}
          {preview && (
            <SamplePreview
              preview={preview}
              error={saveError}
              busy={drawing}
              onSave={async () => {
                const problem = await saveSample()
                setSaveError(problem?.message ?? null)
                if (!problem) {
                  setRedrawing(false)
                  setSaved(true)
                }
              }}
              onDiscard={discardPreview}
            />
          )}
          {sample && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setRedrawing(false)}
            >
              Keep the current sample
            </button>
          )}
        </section>
      ) : sample ? (
        <StaleRegion stale={stale}>
          <CurrentSample
            closed={closed}
            cycleName={summary.name}
            sample={sample}
            focusHeading={saved}
            onRedraw={() => {
              setSaved(false)
              setRedrawing(true)
            }}
          />
        </StaleRegion>
      ) : (
        <p>No sample was drawn before the cycle was closed.</p>
      )}
      {detail.history.length > 0 && (
        <section className="section" aria-labelledby="history-title">
          <h2 className="section-title" id="history-title">
            Removed and replaced
          </h2>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">What happened</th>
                <th scope="col">Reason</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {detail.history.map((entry, index) => (
                <tr key={`${entry.caseRef}-${index}`}>
                  <td className="mono-ref">{entry.caseRef}</td>
                  <td>{entry.state === 'replaced' ? 'Replaced' : 'Removed'}</td>
                  <td>{entry.reason}</td>
                  <td>{formatDateTime(entry.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {statusDialog === 'closed' && (
        <ReasonDialog
          title={`Close “${summary.name}”`}
          description={closingSummary(summary)}
          confirmLabel="Close the cycle"
          onConfirm={(reason) => setStatus('closed', reason)}
          onClose={() => setStatusDialog(null)}
        />
      )}
      {statusDialog === 'open' && (
        <ReasonDialog
          title={`Reopen “${summary.name}”`}
          description="Its sample, audits and moderation can change again until it is closed."
          confirmLabel="Reopen the cycle"
          onConfirm={(reason) => setStatus('open', reason)}
          onClose={() => setStatusDialog(null)}
        />
      )}
    </>
  )
}

/** What closing leaves as it is, so the officer closes a cycle knowing what is unfinished. */
function closingSummary(summary: CycleSummary): string {
  const unsubmitted = summary.sampled - summary.submitted
  const left =
    summary.sampled === 0
      ? 'No sample has been drawn. '
      : unsubmitted > 0
        ? `${plural(unsubmitted, 'sampled case')} ${unsubmitted === 1 ? 'has' : 'have'} no submitted audit; they will stay that way. `
        : 'Every sampled case has a submitted audit. '
  return `${left}Its sample, audits and moderation will not change while it is closed; actions can still be followed up. You can reopen it.`
}

function describeSpec(spec: SampleSpec): string {
  const spread =
    spec.stratifyBy.length === 0
      ? 'simple random sample'
      : `spread across ${spec.stratifyBy.map((d) => (d === 'team' ? 'teams' : 'plan types')).join(' and ')}`
  const size =
    spec.allocation === 'quota'
      ? `${spec.quota} from each group`
      : spec.percent !== undefined
        ? `${spec.percent}% of eligible cases`
        : `${spec.size} cases`
  const left = [
    spec.excludeClosed ? 'closed cases' : null,
    spec.excludeAuditedWithinMonths > 0
      ? `cases audited in the last ${spec.excludeAuditedWithinMonths} months`
      : null,
    spec.excludeWithoutPlan ? 'cases without a plan' : null
  ].filter(Boolean)
  return `${size}${describeScope(spec)}, ${spread}${left.length > 0 ? `; leaving out ${left.join(', ')}` : ''}.`
}

/** ", of child protection plans only, in North Team and South Team"; empty for no scope. */
function describeScope(spec: SampleSpec): string {
  const list = (items: string[]) =>
    items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`
  const types = spec.planTypes
    ? `, of ${list(spec.planTypes.map((type) => planTypeLabel(type).toLowerCase()))} plans only`
    : ''
  const teams = spec.teams ? `, in ${list(spec.teams)} only` : ''
  return types + teams
}

function ExclusionSummary({ result }: { result: SampleResult }) {
  const scoped = result.spec.planTypes !== undefined || result.spec.teams !== undefined
  return (
    <p>
      {plural(result.eligible, 'eligible case')}. Left out:{' '}
      {scoped && `${formatCount(result.excluded.outOfScope)} of other plan types or teams, `}
      {formatCount(result.excluded.closed)} closed, {formatCount(result.excluded.recentlyAudited)}{' '}
      audited recently, {formatCount(result.excluded.withoutPlan)} without a plan.
    </p>
  )
}

function SamplePreview({
  preview,
  error,
  busy,
  onSave,
  onDiscard
}: {
  preview: SampleResult
  error: string | null
  busy: boolean
  onSave: () => void
  onDiscard: () => void
}) {
  return (
    <section className="preview-panel" aria-labelledby="preview-title">
      <h3 className="section-title" id="preview-title">
        Preview: {plural(preview.cases.length, 'case')} (seed {preview.seed})
      </h3>
      <p>{describeSpec(preview.spec)}</p>
      <ExclusionSummary result={preview} />
      <StrataTable
        strata={preview.strata}
        caption="Sample by group, against the eligible population"
      />
      <GroupsOutOfReach result={preview} />
      {error && <Notice kind="error">{error}</Notice>}
      <div className="form__actions">
        <button type="button" className="button" disabled={busy} onClick={onSave}>
          Save this sample
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          Discard the preview
        </button>
      </div>
    </section>
  )
}

function CurrentSample({
  closed,
  cycleName,
  sample,
  focusHeading,
  onRedraw
}: {
  /** A closed cycle's sample is shown as it is, with nothing offered to change it. */
  closed: boolean
  cycleName: string
  sample: SampleResult
  /** Take focus (and scroll to the heading) when shown: the sample was just saved. */
  focusHeading: boolean
  onRedraw: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusHeading) heading.current?.focus()
  }, [focusHeading])
  const { replace, remove, add } = useCycle()
  const go = useNavigation((state) => state.go)
  const [pending, setPending] = useState<PendingChange | null>(null)
  const anyStarted = sample.cases.some((row) => row.auditStarted)

  return (
    <section className="section section--full" aria-labelledby="sample-title">
      <div className="screen-header">
        <h2 className="section-title" id="sample-title" ref={heading} tabIndex={-1}>
          Sample: {plural(sample.cases.length, 'case')}
        </h2>
        <div className="screen-header__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadText(sampleFileName(cycleName, sample.seed), sampleCsv(sample))}
          >
            Save the list as CSV
          </button>
          {!anyStarted && !closed && (
            <button type="button" className="button button--secondary" onClick={onRedraw}>
              Draw again
            </button>
          )}
        </div>
      </div>
      <p>
        {describeSpec(sample.spec)} Seed <strong className="mono">{sample.seed}</strong>.
      </p>
      <ExclusionSummary result={sample} />
      <StrataTable
        strata={sample.strata}
        caption="Sample by group, against the eligible population when drawn"
      />
      <GroupsOutOfReach result={sample} />
      <table className="table">
        <caption className="visually-hidden">Sampled cases</caption>
        <thead>
          <tr>
            <th scope="col">Case reference</th>
            <th scope="col">Plan type</th>
            <th scope="col">Team</th>
            <th scope="col">Social worker</th>
            <th scope="col">Plan</th>
            <th scope="col">How chosen</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sample.cases.map((row) => (
            <tr key={row.cycleCaseId}>
              <th scope="row" className="mono-ref">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => go({ screen: 'case', caseId: row.caseId })}
                >
                  {row.caseRef}
                </button>
                {row.safeguardingFlag && <span className="tag tag--warning">Safeguarding</span>}
              </th>
              <td>{planTypeLabel(row.planType)}</td>
              <td>{row.team}</td>
              <td>{row.socialWorker}</td>
              <td>{row.hasPlan ? 'Attached' : 'None yet'}</td>
              <td>
                {howChosenLabel(row.source)}
                {row.reason ? <span className="secondary">: {row.reason}</span> : null}
              </td>
              <td className="actions-cell">
                {row.auditStarted ? (
                  <span className="secondary">Audit started</span>
                ) : closed ? null : (
                  <>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => setPending({ kind: 'replace', row })}
                    >
                      Replace<span className="visually-hidden"> {row.caseRef}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => setPending({ kind: 'remove', row })}
                    >
                      Remove<span className="visually-hidden"> {row.caseRef}</span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!closed && (
        <AddCase onFound={(caseId, caseRef) => setPending({ kind: 'add', caseId, caseRef })} />
      )}

      {pending?.kind === 'replace' && (
        <ReasonDialog
          title={`Replace ${pending.row.caseRef}`}
          description="A random eligible case from the same group takes its place."
          confirmLabel="Replace"
          onConfirm={async (reason) => (await replace(pending.row.caseId, reason))?.message ?? null}
          onClose={() => setPending(null)}
        />
      )}
      {pending?.kind === 'remove' && (
        <ReasonDialog
          title={`Remove ${pending.row.caseRef}`}
          description="The case leaves this cycle's sample. It stays in the cycle's history."
          confirmLabel="Remove"
          onConfirm={async (reason) => (await remove(pending.row.caseId, reason))?.message ?? null}
          onClose={() => setPending(null)}
        />
      )}
      {pending?.kind === 'add' && (
        <ReasonDialog
          title={`Add ${pending.caseRef}`}
          description="The case joins this cycle's sample, marked as added by hand."
          confirmLabel="Add"
          onConfirm={async (reason) => (await add(pending.caseId, reason))?.message ?? null}
          onClose={() => setPending(null)}
        />
      )}
    </section>
  )
}

function AddCase({ onFound }: { onFound: (caseId: number, caseRef: string) => void }) {
  const id = useId()
  const [caseRef, setCaseRef] = useState('')
  const [error, setError] = useState<string | undefined>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!caseRef.trim()) return setError('Enter the case reference')
    const match = await findCaseByRef(caseRef)
    if (!match) return setError(noCaseMessage(caseRef))
    setError(undefined)
    setCaseRef('')
    onFound(match.id, match.caseRef)
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <Field
        id={`${id}-ref`}
        label="Add a case by hand"
        hint="Its reference, as in the case list."
        error={error}
      >
        <div className="inline-form__row">
          <input
            id={`${id}-ref`}
            className="input input--medium"
            value={caseRef}
            spellCheck={false}
            onChange={(event) => setCaseRef(event.target.value)}
            aria-describedby={describedBy(`${id}-ref`, 'hint', error)}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" className="button button--secondary">
            Add
          </button>
        </div>
      </Field>
    </form>
  )
}
