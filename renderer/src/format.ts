import { PLAN_TYPE_LABELS } from '../../shared/domain'
import type { CycleSummary, PlanType } from '../../shared/domain'
import type { SampledCase } from '../../shared/contract'

/** 2026-03-04 -> 4 Mar 2026, the UK way; empty for a missing date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC'
  })
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-GB')
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

export function planTypeLabel(planType: PlanType): string {
  return PLAN_TYPE_LABELS[planType]
}

const HOW_CHOSEN: Record<SampledCase['source'], string> = {
  sample: 'Random',
  replacement: 'Replacement',
  manual: 'Added by hand'
}

/** How a sampled case came into the sample: drawn at random, a replacement, or added by hand. */
export function howChosenLabel(source: SampledCase['source']): string {
  return HOW_CHOSEN[source]
}

/** A cycle's period, 1 Apr 2026 to 30 Jun 2026; an open end shows as an ellipsis. */
export function formatPeriod(cycle: Pick<CycleSummary, 'periodStart' | 'periodEnd'>): string {
  if (!cycle.periodStart && !cycle.periodEnd) return 'Not set'
  return `${formatDate(cycle.periodStart) || '…'} to ${formatDate(cycle.periodEnd) || '…'}`
}

/** A cycle's framework by its title and version, as the officer chose it. */
export function formatFramework(
  cycle: Pick<CycleSummary, 'frameworkKey' | 'frameworkTitle' | 'frameworkVersion'>
): string {
  if (!cycle.frameworkKey) return 'Not chosen yet'
  return `${cycle.frameworkTitle ?? cycle.frameworkKey} (version ${cycle.frameworkVersion})`
}
