import { useEffect, useId } from 'react'
import { AgreementPanel } from '../components/moderation/AgreementPanel'
import { CycleModerations } from '../components/moderation/CycleModerations'
import { ModerationQueue } from '../components/moderation/ModerationQueue'
import { SelectionPanel } from '../components/moderation/SelectionPanel'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { StaleRegion, StaleStatus } from '../components/StaleRegion'
import { useModeration } from '../state/moderation'
import { useNavigation } from '../state/navigation'

/**
 * Moderation: the audits the current auditor has to moderate, then, per cycle, its agreement
 * statistics, the audits chosen and who moderates them, and choosing more.
 */
export function Moderation() {
  const state = useModeration()
  const go = useNavigation((s) => s.go)
  const id = useId()
  const { load } = state

  useEffect(() => {
    void load()
  }, [load])

  const cycle = state.cycles?.find((item) => item.id === state.cycleId) ?? null
  // The lists from the last visit, or from the cycle just left, stay in view until the new ones
  // arrive, dimmed and out of reach, so nobody acts on a row that has since changed.
  const stale = state.refreshing && state.list !== null
  return (
    <>
      <ScreenHeading>Moderation</ScreenHeading>
      <p className="lead moderation-lead">
        A second auditor scores a share of each cycle&apos;s submitted audits again, without seeing
        the first auditor&apos;s grades or notes until they submit; then the two compare and agree.
      </p>
      {state.error && <Notice kind="error">{state.error.message}</Notice>}
      <StaleStatus stale={stale} />

      <section className="section section--full" aria-labelledby={`${id}-mine`}>
        <h2 className="section-title" id={`${id}-mine`}>
          Audits for you to moderate
        </h2>
        {state.list ? (
          <StaleRegion stale={stale}>
            <ModerationQueue
              items={state.list.mine}
              onScore={(item) => go({ screen: 'moderate', moderationId: item.id })}
              onCompare={(item) => go({ screen: 'compare', moderationId: item.id })}
            />
          </StaleRegion>
        ) : (
          !state.error && <p role="status">Loading your moderation queue…</p>
        )}
      </section>

      <section className="section section--full" aria-labelledby={`${id}-cycle`}>
        <h2 className="section-title" id={`${id}-cycle`}>
          Moderation by cycle
        </h2>
        {state.cycles && state.cycles.length === 0 && <p>There are no audit cycles yet.</p>}
        {state.cycles && state.cycles.length > 0 && (
          <div className="field field--inline moderation-cycle">
            <label htmlFor={`${id}-choose`} className="field__label">
              Cycle
            </label>
            <select
              id={`${id}-choose`}
              className="select select--auto"
              value={state.cycleId ?? ''}
              onChange={(event) => void state.chooseCycle(Number(event.target.value))}
            >
              {state.cycles.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name} ({item.submitted} submitted, {item.moderated} moderated)
                </option>
              ))}
            </select>
          </div>
        )}
        {cycle && state.flash && <Notice kind="success">{state.flash}</Notice>}
        {cycle && (
          <>
            <section className="moderation-agreement" aria-labelledby={`${id}-agreement`}>
              <h3 className="section-title moderation-subtitle" id={`${id}-agreement`}>
                Agreement in {cycle.name}
              </h3>
              {state.agreement?.cycleId === cycle.id ? (
                <StaleRegion stale={stale}>
                  <AgreementPanel report={state.agreement} />
                </StaleRegion>
              ) : (
                !state.error && <p role="status">Working out the agreement…</p>
              )}
            </section>

            <h3 className="section-title moderation-subtitle">Audits chosen for moderation</h3>
            {state.list && (
              <StaleRegion stale={stale}>
                <CycleModerations
                  cycleName={cycle.name}
                  items={state.list.cycle}
                  moderators={state.auditors}
                  onCompare={(item) => go({ screen: 'compare', moderationId: item.id })}
                  onReassign={async (item, moderatorId) =>
                    (await state.reassign(item.id, moderatorId))?.message ?? null
                  }
                />
              </StaleRegion>
            )}

            <h3 className="section-title moderation-subtitle">Choose audits to moderate</h3>
            <SelectionPanel
              key={cycle.id}
              request={state.request}
              preview={state.preview}
              previewError={state.previewError}
              saving={state.saving}
              onPreview={(request) => void state.previewSelection(request)}
              onSave={state.saveSelection}
              onDiscard={state.discardPreview}
            />
          </>
        )}
      </section>
    </>
  )
}
