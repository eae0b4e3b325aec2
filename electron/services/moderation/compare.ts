import type {
  AgreedModeration,
  ComparedScore,
  ComparisonRow,
  ModerationComparison,
  Score
} from '../../../shared/contract'
import type { Criterion, Framework, GradeValue } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { appendEvent } from '../../store/events'
import type { Store } from '../../store/open'
import { requireCurrentAuditor } from '../auditors'
import { cycleFramework, findAudit, scoresOf } from '../audits/records'
import { hiddenAuditIds } from '../blinding'
import { findModeration, moderationSubmitted, parseJson, toItem } from './rows'
import type { ModerationRow } from './rows'

const APART = ['Same grade', 'One grade apart', 'Two grades apart', 'Three grades apart']

const UNSCORED: ComparedScore = { grade: null, notApplicable: false, evidence: '' }

function side(score: Score | undefined): ComparedScore {
  return score
    ? { grade: score.grade, notApplicable: score.notApplicable, evidence: score.evidence }
    : UNSCORED
}

/**
 * How far apart two answers are, in words, and whether the agreed result needs a discussion
 * note: two or more grades apart, or any difference on a criterion that limits the overall
 * judgement (N/A against a grade counts as a difference there).
 */
export function compareAnswers(
  first: ComparedScore,
  moderator: ComparedScore,
  limitsOverall: boolean
): Pick<
  ComparisonRow,
  'difference' | 'differenceText' | 'discussionRequired' | 'discussionReason'
> {
  if (first.grade !== null && moderator.grade !== null) {
    const difference = moderator.grade - first.grade
    const apart = Math.abs(difference)
    const reason =
      apart >= 2
        ? 'the grades are two or more apart'
        : apart === 1 && limitsOverall
          ? 'the grades differ on a criterion that limits the overall judgement'
          : null
    return {
      difference,
      differenceText: APART[apart]!,
      discussionRequired: reason !== null,
      discussionReason: reason
    }
  }
  if (first.notApplicable && moderator.notApplicable) {
    return {
      difference: null,
      differenceText: 'Both N/A',
      discussionRequired: false,
      discussionReason: null
    }
  }
  const oneEach =
    (first.notApplicable && moderator.grade !== null) ||
    (moderator.notApplicable && first.grade !== null)
  if (oneEach) {
    const reason = limitsOverall
      ? 'one says N/A and the other gave a grade, on a criterion that limits the overall judgement'
      : null
    return {
      difference: null,
      differenceText: 'N/A against a grade',
      discussionRequired: reason !== null,
      discussionReason: reason
    }
  }
  return {
    difference: null,
    differenceText: 'Not graded by both',
    discussionRequired: false,
    discussionReason: null
  }
}

function criterionRow(criterion: Criterion, first: ComparedScore, moderator: ComparedScore) {
  return {
    key: criterion.key,
    title: criterion.title,
    limitsOverall: criterion.limitsOverall,
    allowNotApplicable: criterion.allowNotApplicable,
    first,
    moderator,
    ...compareAnswers(first, moderator, criterion.limitsOverall)
  }
}

function overallSide(grade: GradeValue | null, rationale: string | null): ComparedScore {
  return { grade, notApplicable: false, evidence: rationale ?? '' }
}

function agreedOf(row: ModerationRow): AgreedModeration | null {
  if (row.status !== 'agreed' || row.agreed_overall === null || row.resolved_at === null)
    return null
  return {
    grades: parseJson<Record<string, GradeValue | null>>(row.agreed_grades, {}),
    overall: row.agreed_overall,
    rationale: row.agreed_rationale ?? '',
    discussion: parseJson<Record<string, string>>(row.discussion, {}),
    resolvedAt: row.resolved_at
  }
}

/** Both audits side by side, per criterion and overall, with the agreed result if recorded. */
export function buildComparison(
  store: Store,
  row: ModerationRow,
  viewerId: number
): ModerationComparison {
  const framework: Framework = cycleFramework(store, row.cycle_id)
  const primary = findAudit(store, row.primary_audit_id)
  const second = findAudit(store, row.moderation_audit_id!)
  const firstScores = new Map(scoresOf(store, primary.id).map((s) => [s.criterionKey, s]))
  const secondScores = new Map(scoresOf(store, second.id).map((s) => [s.criterionKey, s]))
  const first = overallSide(primary.overall_grade, primary.overall_rationale)
  const moderator = overallSide(second.overall_grade, second.overall_rationale)
  return {
    moderation: toItem(row, viewerId, hiddenAuditIds(store, viewerId)),
    framework,
    rows: framework.criteria.map((criterion) =>
      criterionRow(
        criterion,
        side(firstScores.get(criterion.key)),
        side(secondScores.get(criterion.key))
      )
    ),
    overall: {
      key: 'overall',
      title: framework.overall.title,
      limitsOverall: false,
      allowNotApplicable: false,
      first,
      moderator,
      ...compareAnswers(first, moderator, false)
    },
    firstRationale: primary.overall_rationale ?? '',
    moderatorRationale: second.overall_rationale ?? '',
    firstSafeguarding: primary.safeguarding_flag === 1,
    moderatorSafeguarding: second.safeguarding_flag === 1,
    agreed: agreedOf(row)
  }
}

/**
 * The moderation, for one of its two auditors once the moderator has submitted. The moderator
 * is refused ('forbidden') until then: this is where blind moderation is enforced for the
 * comparison, whatever a screen shows. Anyone else is refused too.
 */
export function participantRow(
  store: Store,
  moderationId: number
): {
  row: ModerationRow
  viewerId: number
} {
  const viewer = requireCurrentAuditor(store)
  const row = findModeration(store, moderationId)
  const isModerator = viewer.id === row.moderator_id
  if (!isModerator && viewer.id !== row.first_auditor_id) {
    throw new AppError(
      'forbidden',
      `Only ${row.first_auditor_name} and ${row.moderator_name}, the two auditors, can compare this moderation.`
    )
  }
  if (!moderationSubmitted(row)) {
    throw isModerator
      ? new AppError(
          'forbidden',
          'Submit your own scoring first: the first audit stays hidden from you until you have.'
        )
      : new AppError(
          'conflict',
          `${row.moderator_name} has not submitted their moderation yet, so there is nothing to compare.`
        )
  }
  return { row, viewerId: viewer.id }
}

/**
 * The comparison screen's data. The first time either auditor opens it the moderation moves
 * from assigned to compared, logged.
 */
export function compareModeration(
  store: Store,
  moderationId: number,
  now = new Date()
): ModerationComparison {
  return store
    .transaction(() => {
      const { row, viewerId } = participantRow(store, moderationId)
      if (row.status === 'assigned') {
        store.prepare(`UPDATE moderations SET status = 'compared' WHERE id = ?`).run(row.id)
        appendEvent(
          store,
          {
            auditorId: viewerId,
            entity: 'moderation',
            entityId: row.id,
            action: 'compare',
            before: { status: 'assigned' },
            after: { status: 'compared' }
          },
          now
        )
      }
      return buildComparison(store, findModeration(store, row.id), viewerId)
    })
    .immediate()
}
