import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { SampleSpecInput, StratifyBy } from '../../../shared/contract'
import { describedBy, Field } from './Field'

interface SampleFormProps {
  initial?: SampleSpecInput
  busy: boolean
  error?: { message: string; fields?: Record<string, string> } | null
  onPreview: (spec: SampleSpecInput) => void
}

/** The sample's settings: how many, spread across which groups, what to leave out, and the seed. */
export function SampleForm({ initial, busy, error, onPreview }: SampleFormProps) {
  const id = useId()
  const [sizeKind, setSizeKind] = useState<'size' | 'percent'>(
    initial?.percent ? 'percent' : 'size'
  )
  const [size, setSize] = useState(String(initial?.size ?? 20))
  const [percent, setPercent] = useState(String(initial?.percent ?? 5))
  const [stratifyBy, setStratifyBy] = useState<StratifyBy[]>(
    initial?.stratifyBy ?? ['team', 'planType']
  )
  const [allocation, setAllocation] = useState<'proportional' | 'quota'>(
    initial?.allocation ?? 'proportional'
  )
  const [quota, setQuota] = useState(String(initial?.quota ?? 2))
  const [excludeClosed, setExcludeClosed] = useState(initial?.excludeClosed ?? true)
  const [excludeAudited, setExcludeAudited] = useState(
    (initial?.excludeAuditedWithinMonths ?? 12) > 0
  )
  const [months, setMonths] = useState(String(initial?.excludeAuditedWithinMonths || 12))
  const [excludeWithoutPlan, setExcludeWithoutPlan] = useState(initial?.excludeWithoutPlan ?? false)
  const [seed, setSeed] = useState(initial?.seed ?? '')

  function toggle(dimension: StratifyBy, on: boolean) {
    setStratifyBy(
      on ? [...new Set([...stratifyBy, dimension])] : stratifyBy.filter((d) => d !== dimension)
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const quotaMode = stratifyBy.length > 0 && allocation === 'quota'
    onPreview({
      size: !quotaMode && sizeKind === 'size' ? Number(size) : undefined,
      percent: !quotaMode && sizeKind === 'percent' ? Number(percent) : undefined,
      stratifyBy,
      allocation: stratifyBy.length > 0 ? allocation : 'proportional',
      quota: quotaMode ? Number(quota) : undefined,
      excludeClosed,
      excludeAuditedWithinMonths: excludeAudited ? Number(months) : 0,
      excludeWithoutPlan,
      seed: seed.trim() || undefined
    })
  }

  const fields = error?.fields ?? {}
  const quotaMode = stratifyBy.length > 0 && allocation === 'quota'
  return (
    <form className="form form--wide sample-form" onSubmit={submit} noValidate>
      <fieldset className="fieldset">
        <legend className="field__label">Spread the sample across</legend>
        <div className="checkbox">
          <input
            id={`${id}-team`}
            type="checkbox"
            checked={stratifyBy.includes('team')}
            onChange={(e) => toggle('team', e.target.checked)}
          />
          <label htmlFor={`${id}-team`}>Teams</label>
        </div>
        <div className="checkbox">
          <input
            id={`${id}-plan`}
            type="checkbox"
            checked={stratifyBy.includes('planType')}
            onChange={(e) => toggle('planType', e.target.checked)}
          />
          <label htmlFor={`${id}-plan`}>Plan types</label>
        </div>
        <p className="field__hint">
          Leave both unticked for a simple random sample of all eligible cases.
        </p>
      </fieldset>

      {stratifyBy.length > 0 && (
        <fieldset className="fieldset">
          <legend className="field__label">How many from each group</legend>
          <div className="radio">
            <input
              id={`${id}-proportional`}
              type="radio"
              name={`${id}-allocation`}
              checked={allocation === 'proportional'}
              onChange={() => setAllocation('proportional')}
            />
            <label htmlFor={`${id}-proportional`}>
              In proportion to its size (every group gets at least one)
            </label>
          </div>
          <div className="radio">
            <input
              id={`${id}-quota-mode`}
              type="radio"
              name={`${id}-allocation`}
              checked={allocation === 'quota'}
              onChange={() => setAllocation('quota')}
            />
            <label htmlFor={`${id}-quota-mode`}>The same number from every group</label>
          </div>
          {quotaMode && (
            <Field id={`${id}-quota`} label="Cases per group" error={fields.quota}>
              <input
                id={`${id}-quota`}
                className="input input--short"
                type="number"
                min={1}
                value={quota}
                onChange={(e) => setQuota(e.target.value)}
                aria-describedby={describedBy(`${id}-quota`, undefined, fields.quota)}
              />
            </Field>
          )}
        </fieldset>
      )}

      {!quotaMode && (
        <fieldset className="fieldset">
          <legend className="field__label">Sample size</legend>
          <div className="radio-with-input">
            <div className="radio">
              <input
                id={`${id}-by-size`}
                type="radio"
                name={`${id}-size-kind`}
                checked={sizeKind === 'size'}
                onChange={() => setSizeKind('size')}
              />
              <label htmlFor={`${id}-by-size`}>A number of cases</label>
            </div>
            {sizeKind === 'size' && (
              <Field id={`${id}-size`} label="Number of cases" error={fields.size}>
                <input
                  id={`${id}-size`}
                  className="input input--short"
                  type="number"
                  min={1}
                  value={size}
                  onChange={(e) => setSize(e.target.value)}
                  aria-describedby={describedBy(`${id}-size`, undefined, fields.size)}
                />
              </Field>
            )}
          </div>
          <div className="radio-with-input">
            <div className="radio">
              <input
                id={`${id}-by-percent`}
                type="radio"
                name={`${id}-size-kind`}
                checked={sizeKind === 'percent'}
                onChange={() => setSizeKind('percent')}
              />
              <label htmlFor={`${id}-by-percent`}>A percentage of eligible cases</label>
            </div>
            {sizeKind === 'percent' && (
              <Field id={`${id}-percent`} label="Percentage" error={fields.percent}>
                <input
                  id={`${id}-percent`}
                  className="input input--short"
                  type="number"
                  min={1}
                  max={100}
                  value={percent}
                  onChange={(e) => setPercent(e.target.value)}
                  aria-describedby={describedBy(`${id}-percent`, undefined, fields.percent)}
                />
              </Field>
            )}
          </div>
        </fieldset>
      )}

      <fieldset className="fieldset">
        <legend className="field__label">Leave out</legend>
        <div className="checkbox">
          <input
            id={`${id}-closed`}
            type="checkbox"
            checked={excludeClosed}
            onChange={(e) => setExcludeClosed(e.target.checked)}
          />
          <label htmlFor={`${id}-closed`}>Closed cases</label>
        </div>
        <div className="checkbox checkbox--with-input">
          <input
            id={`${id}-audited`}
            type="checkbox"
            checked={excludeAudited}
            onChange={(e) => setExcludeAudited(e.target.checked)}
          />
          <label htmlFor={`${id}-audited`}>Cases audited in the last</label>
          <input
            id={`${id}-months`}
            className="input input--short"
            type="number"
            min={1}
            max={120}
            value={months}
            disabled={!excludeAudited}
            aria-label="Months"
            onChange={(e) => setMonths(e.target.value)}
          />
          <span aria-hidden="true">months</span>
        </div>
        <div className="checkbox">
          <input
            id={`${id}-noplan`}
            type="checkbox"
            checked={excludeWithoutPlan}
            onChange={(e) => setExcludeWithoutPlan(e.target.checked)}
          />
          <label htmlFor={`${id}-noplan`}>Cases with no plan document attached</label>
        </div>
      </fieldset>

      <Field
        id={`${id}-seed`}
        label="Seed (optional)"
        hint="The same seed, cases and settings always give the same sample. Leave blank for a new one."
        error={fields.seed}
      >
        <input
          id={`${id}-seed`}
          className="input input--medium"
          value={seed}
          spellCheck={false}
          onChange={(e) => setSeed(e.target.value)}
          aria-describedby={describedBy(`${id}-seed`, 'hint', fields.seed)}
        />
      </Field>

      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          Preview the sample
        </button>
      </div>
    </form>
  )
}
