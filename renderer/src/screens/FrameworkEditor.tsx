import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { PLAN_TYPES } from '../../../shared/domain'
import { ErrorSummary } from '../components/ErrorSummary'
import { ConfirmDialog } from '../components/ConfirmDialog'
import {
  FrameworkCriterionFields,
  FrameworkDescriptorFields,
  FrameworkTextField
} from '../components/FrameworkEditorFields'
import type { FieldErrors } from '../components/FrameworkEditorFields'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { planTypeLabel, plural } from '../format'
import { controlId, useFrameworkEditor, useFrameworks } from '../state/frameworks'
import type { FrameworkSummary } from '../../../shared/contract'
import { useLeaveGuard } from '../state/leave-guard'
import { useNavigation } from '../state/navigation'

type Confirming = { kind: 'remove'; index: number; name: string } | null

/** What saving will do to the version being edited, said before the officer saves. */
function SaveNotice({ summary }: { summary: FrameworkSummary }) {
  if (summary.locked) {
    const users = summary.usedByCycles > 0 ? plural(summary.usedByCycles, 'cycle') : 'a cycle'
    return (
      <Notice>
        Version {summary.version} is locked: it is used by {users}, so it stays as it is. Saving
        makes version {summary.version + 1}.
      </Notice>
    )
  }
  return (
    <Notice>
      Version {summary.version} is not used by any cycle yet, so saving changes it in place.
    </Notice>
  )
}

/** A simple editor over a framework's definition; the server checks it with the same schema. */
export function FrameworkEditor({ frameworkKey }: { frameworkKey: string }) {
  const editor = useFrameworkEditor()
  const { draft, summary, loadError, dirty, saving, saveError, problems } = editor
  const setFlash = useFrameworks((state) => state.setFlash)
  const go = useNavigation((state) => state.go)
  const [confirming, setConfirming] = useState<Confirming>(null)
  useLeaveGuard(() =>
    useFrameworkEditor.getState().dirty
      ? {
          title: 'Leave without saving?',
          description: 'Your changes to this framework have not been saved and will be lost.',
          confirmLabel: 'Discard changes',
          cancelLabel: 'Keep editing'
        }
      : null
  )
  const focusAfterRender = useRef<string | null>(null)

  const open = editor.open
  useEffect(() => {
    void open(frameworkKey)
  }, [frameworkKey, open])

  // A control added or moved to by an action takes the focus once it has been drawn.
  useEffect(() => {
    if (!focusAfterRender.current) return
    document.getElementById(focusAfterRender.current)?.focus()
    focusAfterRender.current = null
  }, [draft])

  if (loadError) {
    return (
      <>
        <p className="caption">Frameworks</p>
        <ScreenHeading>Framework not found</ScreenHeading>
        <Notice kind="error">{loadError.message}</Notice>
      </>
    )
  }
  if (!draft || !summary || draft.key !== frameworkKey) {
    return <p role="status">Loading the framework…</p>
  }

  const errors: FieldErrors = {}
  for (const problem of problems) errors[problem.fieldId] ??= problem.short
  const leave = () => go({ screen: 'framework', key: frameworkKey })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const before = useFrameworkEditor.getState().summary
    const changed = useFrameworkEditor.getState().dirty
    const saved = await useFrameworkEditor.getState().save()
    if (!saved || !before) return
    setFlash(
      saved.version > before.version
        ? `Saved as version ${saved.version}. Version ${before.version} is used by a cycle and stays as it was.`
        : changed
          ? `Saved version ${saved.version}.`
          : 'Nothing had changed, so nothing was saved.'
    )
    leave()
  }

  return (
    <>
      <p className="caption">Frameworks</p>
      <ScreenHeading>Edit {summary.title}</ScreenHeading>
      <SaveNotice summary={summary} />
      <form className="framework-editor" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        {saveError && problems.length === 0 && <Notice kind="error">{saveError.message}</Notice>}

        <section className="section" aria-labelledby="fw-about-title">
          <h2 className="section-title" id="fw-about-title">
            About this framework
          </h2>
          <p className="secondary">
            Key <span className="mono-ref">{draft.key}</span>: a framework’s key cannot change.
            Duplicate it to start a framework of your own.
          </p>
          <FrameworkTextField
            path="title"
            label="Title"
            value={draft.title}
            errors={errors}
            onChange={(title) => editor.edit({ title })}
          />
          <FrameworkTextField
            path="description"
            label="Description (optional)"
            value={draft.description}
            rows={3}
            errors={errors}
            onChange={(description) => editor.edit({ description })}
          />
          <fieldset
            className={`fieldset${errors[controlId('appliesTo')] ? ' field--error' : ''}`}
            id={controlId('appliesTo')}
            tabIndex={-1}
          >
            <legend className="field__label">Plan types it applies to</legend>
            {errors[controlId('appliesTo')] && (
              <p className="field__error">{errors[controlId('appliesTo')]}</p>
            )}
            <div className="framework-plan-types">
              {PLAN_TYPES.map((planType) => (
                <div className="checkbox" key={planType}>
                  <input
                    id={`fw-plan-${planType}`}
                    type="checkbox"
                    checked={draft.appliesTo.includes(planType)}
                    onChange={(event) =>
                      editor.edit({
                        appliesTo: event.target.checked
                          ? PLAN_TYPES.filter((p) => p === planType || draft.appliesTo.includes(p))
                          : draft.appliesTo.filter((p) => p !== planType)
                      })
                    }
                  />
                  <label htmlFor={`fw-plan-${planType}`}>{planTypeLabel(planType)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </section>

        <section className="section" aria-labelledby={controlId('criteria')}>
          <h2 className="section-title" id={controlId('criteria')} tabIndex={-1}>
            Criteria ({draft.criteria.length})
          </h2>
          {errors[controlId('criteria')] && (
            <p className="field__error">{errors[controlId('criteria')]}</p>
          )}
          {draft.criteria.map((criterion, index) => (
            <FrameworkCriterionFields
              key={criterion.uid}
              index={index}
              count={draft.criteria.length}
              criterion={criterion}
              errors={errors}
              onChange={(patch) => editor.editCriterion(index, patch)}
              onMove={(by) => editor.moveCriterion(index, by)}
              onRemove={() =>
                setConfirming({
                  kind: 'remove',
                  index,
                  name: criterion.title.trim() || `criterion ${index + 1}`
                })
              }
              onAddPrompt={() => {
                focusAfterRender.current = controlId(
                  `criteria.${index}.prompts.${criterion.prompts.length}.text`
                )
                editor.addPrompt(index)
              }}
              onEditPrompt={(prompt, text) => editor.editPrompt(index, prompt, text)}
              onRemovePrompt={(prompt) => {
                focusAfterRender.current = controlId(`criteria.${index}.prompts`)
                editor.removePrompt(index, prompt)
              }}
            />
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusAfterRender.current = controlId(`criteria.${draft.criteria.length}.title`)
              editor.addCriterion()
            }}
          >
            Add a criterion
          </button>
        </section>

        <section className="section" aria-labelledby={controlId('overall')}>
          <h2 className="section-title" id={controlId('overall')} tabIndex={-1}>
            Overall judgement
          </h2>
          <FrameworkTextField
            path="overall.title"
            label="Title"
            value={draft.overall.title}
            errors={errors}
            onChange={(title) => editor.editOverall({ title })}
          />
          <FrameworkTextField
            path="overall.question"
            label="Question"
            value={draft.overall.question}
            errors={errors}
            rows={2}
            onChange={(question) => editor.editOverall({ question })}
          />
          <FrameworkDescriptorFields
            path="overall.descriptors"
            descriptors={draft.overall.descriptors}
            errors={errors}
            onChange={(grade, value) =>
              editor.editOverall({ descriptors: { ...draft.overall.descriptors, [grade]: value } })
            }
          />
          <div className="checkbox">
            <input
              id={controlId('overall.rationaleRequired')}
              type="checkbox"
              checked={draft.overall.rationaleRequired}
              onChange={(event) => editor.editOverall({ rationaleRequired: event.target.checked })}
            />
            <label htmlFor={controlId('overall.rationaleRequired')}>
              A written rationale is required for the overall judgement
            </label>
          </div>
        </section>

        <div className="form__actions framework-editor__actions">
          <button type="submit" className="button" disabled={saving}>
            {summary.locked ? `Save as version ${summary.version + 1}` : 'Save changes'}
          </button>
          <button type="button" className="button button--secondary" onClick={leave}>
            Cancel
          </button>
          {dirty && <p className="framework-editor__unsaved">You have unsaved changes.</p>}
        </div>
      </form>

      {confirming?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove ${confirming.name}?`}
          description="The criterion, its descriptors and its evidence prompts are taken out of this draft. Nothing is saved until you save the framework."
          confirmLabel="Remove criterion"
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            focusAfterRender.current = controlId('criteria')
            editor.removeCriterion(confirming.index)
            setConfirming(null)
          }}
        />
      )}
    </>
  )
}
