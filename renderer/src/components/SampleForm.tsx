import { useEffect, useId, useMemo, useState } from 'react'
import type { FormEvent } from 'react'
import type { SampleSpecInput, StratifyBy } from '../../../shared/contract'
import { PLAN_TYPE_LABELS, PLAN_TYPES } from '../../../shared/domain'
import type { PlanType } from '../../../shared/domain'
import { api } from '../api'
import { ErrorSummary } from './ErrorSummary'
import type { FieldProblem } from './ErrorSummary'
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
  const [planTypes, setPlanTypes] = useState<PlanType[]>(initial?.planTypes ?? [...PLAN_TYPES])
  const [teamScope, setTeamScope] = useState<'all' | 'some'>(initial?.teams ? 'some' : 'all')
  const [teams, setTeams] = useState<string[]>(initial?.teams ?? [])

  function toggle(dimension: StratifyBy, on: boolean) {
    setStratifyBy(toggled(stratifyBy, dimension, on))
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
      // Every plan type ticked, or every team, is no scope at all: a sample of everything.
      planTypes: planTypes.length === PLAN_TYPES.length ? undefined : planTypes,
      teams: teamScope === 'all' ? undefined : teams,
      seed: seed.trim() || undefined
    })
  }

  // The call checks { cycleId, spec }: its problems are keyed "spec.size", "spec.teams" and so on.
  const fields = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(error?.fields ?? {}).map(([key, message]) => [
          key.replace(/^spec\./, ''),
          message
        ])
      ),
    [error]
  )
  const quotaMode = stratifyBy.length > 0 && allocation === 'quota'
  // Listed at the top, linked to their fields: the plan types and teams are far above the button.
  const problems = useMemo<FieldProblem[]>(() => {
    const fieldIds: Record<string, string> = {
      planTypes: `${id}-type-${PLAN_TYPES[0]}`,
      teams: `${id}-some-teams`,
      size: `${id}-size`,
      percent: `${id}-percent`,
      quota: `${id}-quota`,
      seed: `${id}-seed`
    }
    return Object.entries(fields).map(([key, message]) => ({
      fieldId: fieldIds[key] ?? `${id}-seed`,
      message
    }))
  }, [fields, id])
  return (
    <form className="form form--wide sample-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <ScopeFields
        idPrefix={id}
        planTypes={planTypes}
        onPlanTypes={setPlanTypes}
        teamScope={teamScope}
        onTeamScope={setTeamScope}
        teams={teams}
        onTeams={setTeams}
        errors={fields}
      />

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
              In proportion to its size (at least one from each group when the sample allows)
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

/** Ticks value on or off in a list, keeping the list's order of first ticking. */
function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value)
}

/**
 * Which cases the sample is drawn from: every plan type and team (a whole-service audit), or some
 * of them (a themed one, such as "child protection plans in the assessment teams").
 */
function ScopeFields(props: {
  idPrefix: string
  planTypes: PlanType[]
  onPlanTypes: (planTypes: PlanType[]) => void
  teamScope: 'all' | 'some'
  onTeamScope: (scope: 'all' | 'some') => void
  teams: string[]
  onTeams: (teams: string[]) => void
  errors: Record<string, string>
}) {
  const id = props.idPrefix
  const [knownTeams, setKnownTeams] = useState<string[] | null>(null)
  useEffect(() => {
    void api()
      .call('cases:teams', undefined)
      .then((result) => setKnownTeams(result.ok ? result.value : []))
  }, [])
  // A team chosen for an earlier draw stays offered even if the case list no longer has it.
  const offered = [...new Set([...(knownTeams ?? []), ...props.teams])]
  const { planTypes: planTypesError, teams: teamsError } = props.errors

  return (
    <>
      <fieldset
        className={`fieldset${planTypesError ? ' field--error' : ''}`}
        aria-describedby={planTypesError ? `${id}-types-error` : undefined}
      >
        <legend className="field__label">Plan types to sample</legend>
        {planTypesError && (
          <p className="field__error" id={`${id}-types-error`}>
            {planTypesError}
          </p>
        )}
        <div className="checkbox-row">
          {PLAN_TYPES.map((planType) => (
            <div className="checkbox" key={planType}>
              <input
                id={`${id}-type-${planType}`}
                type="checkbox"
                checked={props.planTypes.includes(planType)}
                onChange={(e) =>
                  props.onPlanTypes(toggled(props.planTypes, planType, e.target.checked))
                }
              />
              <label htmlFor={`${id}-type-${planType}`}>{PLAN_TYPE_LABELS[planType]}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset
        className={`fieldset${teamsError ? ' field--error' : ''}`}
        aria-describedby={teamsError ? `${id}-teams-error` : undefined}
      >
        <legend className="field__label">Teams to sample</legend>
        {teamsError && (
          <p className="field__error" id={`${id}-teams-error`}>
            {teamsError}
          </p>
        )}
        <div className="radio">
          <input
            id={`${id}-all-teams`}
            type="radio"
            name={`${id}-team-scope`}
            checked={props.teamScope === 'all'}
            onChange={() => props.onTeamScope('all')}
          />
          <label htmlFor={`${id}-all-teams`}>Every team</label>
        </div>
        <div className="radio">
          <input
            id={`${id}-some-teams`}
            type="radio"
            name={`${id}-team-scope`}
            checked={props.teamScope === 'some'}
            onChange={() => props.onTeamScope('some')}
          />
          <label htmlFor={`${id}-some-teams`}>Only the teams I tick</label>
        </div>
        {props.teamScope === 'some' &&
          (knownTeams === null ? (
            <p role="status">Loading the teams…</p>
          ) : (
            <div className="checkbox-grid">
              {offered.map((team, index) => (
                <div className="checkbox" key={team}>
                  <input
                    id={`${id}-team-${index}`}
                    type="checkbox"
                    checked={props.teams.includes(team)}
                    onChange={(e) => props.onTeams(toggled(props.teams, team, e.target.checked))}
                  />
                  <label htmlFor={`${id}-team-${index}`}>{team}</label>
                </div>
              ))}
            </div>
          ))}
      </fieldset>
    </>
  )
}
