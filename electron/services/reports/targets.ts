import type {
  GradeDistribution,
  ParsedInput,
  ReportTarget,
  Share,
  TargetStatus
} from '../../../shared/contract'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { currentAuditorId } from '../auditors'

interface TargetRow {
  criterion_key: string
  kind: ReportTarget['kind']
  percent: number
}

export function listTargets(store: Store): ReportTarget[] {
  const rows = store
    .prepare('SELECT criterion_key, kind, percent FROM report_targets ORDER BY criterion_key, kind')
    .all() as TargetRow[]
  return rows.map((row) => ({
    criterionKey: row.criterion_key,
    kind: row.kind,
    percent: row.percent
  }))
}

/** Sets (or, with a null percent, removes) one target, recorded in the audit trail. */
export function setTarget(
  store: Store,
  input: ParsedInput<'reports:set-target'>,
  now = new Date()
): ReportTarget[] {
  store
    .transaction(() => {
      const before = store
        .prepare('SELECT percent FROM report_targets WHERE criterion_key = ? AND kind = ?')
        .pluck()
        .get(input.criterionKey, input.kind) as number | undefined
      const auditorId = currentAuditorId(store)
      if (input.percent === null) {
        store
          .prepare('DELETE FROM report_targets WHERE criterion_key = ? AND kind = ?')
          .run(input.criterionKey, input.kind)
      } else {
        store
          .prepare(
            `INSERT INTO report_targets (criterion_key, kind, percent, updated_by, updated_at)
             VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (criterion_key, kind) DO UPDATE
             SET percent = excluded.percent, updated_by = excluded.updated_by,
                 updated_at = excluded.updated_at`
          )
          .run(input.criterionKey, input.kind, input.percent, auditorId, now.toISOString())
      }
      appendEvent(
        store,
        {
          auditorId,
          entity: 'report-target',
          entityId: `${input.criterionKey}:${input.kind}`,
          action: input.percent === null ? 'remove' : 'set',
          before: before ?? null,
          after: input.percent
        },
        now
      )
    })
    .immediate()
  return listTargets(store)
}

/** Whether the measured share meets the target: null when no plan could be measured. */
export function targetMet(
  kind: ReportTarget['kind'],
  target: number,
  actual: Share
): boolean | null {
  if (actual.percent === null) return null
  return kind === 'inadequate-max' ? actual.percent <= target : actual.percent >= target
}

/** Each target beside the filtered figure it is about; targets for criteria not in view are left out. */
export function targetStatuses(
  targets: ReportTarget[],
  distributions: GradeDistribution[]
): TargetStatus[] {
  const byKey = new Map(distributions.map((distribution) => [distribution.key, distribution]))
  return targets.flatMap((target) => {
    const distribution = byKey.get(target.criterionKey)
    if (!distribution) return []
    const actual =
      target.kind === 'inadequate-max' ? distribution.inadequateShare : distribution.goodOrBetter
    return [
      {
        ...target,
        title: distribution.title,
        actual,
        met: targetMet(target.kind, target.percent, actual)
      }
    ]
  })
}
