import { PLAN_TYPE_LABELS } from '../../shared/domain'
import type { PlanType } from '../../shared/domain'

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
