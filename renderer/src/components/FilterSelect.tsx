import { useId } from 'react'
import { PLAN_TYPES } from '../../../shared/domain'
import type { PlanType } from '../../../shared/domain'
import { planTypeLabel } from '../format'

export interface FilterOption<T extends string | number> {
  value: T
  label: string
}

interface FilterSelectProps<T extends string | number> {
  label: string
  /** What the empty choice says: "All teams", "Open and closed". */
  allLabel: string
  value: T | undefined
  options: readonly FilterOption<T>[]
  onChange: (value: T | undefined) => void
}

/**
 * One labelled filter in a filter bar. The empty choice means "no filter"; a chosen option comes
 * back as its own value (number or string), not the select's text.
 */
export function FilterSelect<T extends string | number>({
  label,
  allLabel,
  value,
  options,
  onChange
}: FilterSelectProps<T>) {
  const id = useId()
  return (
    <div className="filters__field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(event) =>
          onChange(options.find((option) => String(option.value) === event.target.value)?.value)
        }
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export const PLAN_TYPE_OPTIONS: FilterOption<PlanType>[] = PLAN_TYPES.map((planType) => ({
  value: planType,
  label: planTypeLabel(planType)
}))

/** Plain text values (teams, names) as options labelled with themselves. */
export function textOptions(values: readonly string[]): FilterOption<string>[] {
  return values.map((value) => ({ value, label: value }))
}
