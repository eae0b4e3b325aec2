import { z } from 'zod'
import { PlanType } from '../domain'
import { call, Id, JobId, NoInput } from './call'

/**
 * Reports: the dashboard, the printable cycle report and CSV exports. Every figure counts
 * "audited plans": submitted primary audits within the filters, each taken at its agreed result
 * where its moderation has been agreed (moderation audits themselves are the second opinion and
 * are not counted). Audits the current auditor is moderating blind are left out of everything.
 */

/** What every panel and every export is narrowed to. Absent = all. */
export const ReportFilters = z
  .object({
    /** One cycle; absent = all cycles (the trend always spans every cycle). */
    cycleId: Id.optional(),
    team: z.string().trim().min(1).max(200).optional(),
    planType: PlanType.optional(),
    /** The auditor of the primary audit (the first auditor). */
    auditorId: Id.optional()
  })
  .strict()
export type ReportFilters = z.infer<typeof ReportFilters>

/**
 * A share of audited plans: count of n, as a percentage (0-100, unrounded), null when n is 0.
 * N/A scores are outside n.
 */
export const Share = z.object({
  count: z.number().int(),
  n: z.number().int(),
  percent: z.number().nullable()
})
export type Share = z.infer<typeof Share>

/** Counts per grade of one criterion (or the overall judgement), with the two headline shares. */
export const GradeDistribution = z.object({
  /** A criterion key, or 'overall'. */
  key: z.string(),
  title: z.string(),
  outstanding: z.number().int(),
  good: z.number().int(),
  requiresImprovement: z.number().int(),
  inadequate: z.number().int(),
  notApplicable: z.number().int(),
  goodOrBetter: Share,
  inadequateShare: Share
})
export type GradeDistribution = z.infer<typeof GradeDistribution>

/** One team, plan type or cycle: its audited plans and the two shares per criterion and overall. */
export const GroupFigures = z.object({
  /** The team name, plan type code or cycle id (as text). */
  group: z.string(),
  label: z.string(),
  audited: z.number().int(),
  /** 'overall' and every criterion key -> the distribution within this group. */
  grades: z.array(GradeDistribution)
})
export type GroupFigures = z.infer<typeof GroupFigures>

export const ActionCounts = z.object({
  /** Open and not yet due (or with no due date). */
  open: z.number().int(),
  /** Open with a due date before today. */
  overdue: z.number().int(),
  done: z.number().int(),
  total: z.number().int()
})
export type ActionCounts = z.infer<typeof ActionCounts>

export const TargetKind = z.enum(['inadequate-max', 'good-or-better-min'])
export type TargetKind = z.infer<typeof TargetKind>

export const ReportTarget = z.object({
  /** A criterion key, or 'overall'. */
  criterionKey: z.string(),
  kind: TargetKind,
  percent: z.number()
})
export type ReportTarget = z.infer<typeof ReportTarget>

/** A target against the filtered figures: met is null when there is nothing to measure yet. */
export const TargetStatus = ReportTarget.extend({
  title: z.string(),
  actual: Share,
  met: z.boolean().nullable()
})
export type TargetStatus = z.infer<typeof TargetStatus>

export const CycleRef = z.object({
  id: z.number().int(),
  name: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable()
})
export type CycleRef = z.infer<typeof CycleRef>

export const CompletionRow = z.object({
  cycleId: z.number().int(),
  cycleName: z.string(),
  /** Cases in the sample now (for an auditor filter: the cases that auditor has audited). */
  sampled: z.number().int(),
  submitted: z.number().int(),
  /** Submitted audits whose moderation has been agreed. */
  moderated: z.number().int()
})
export type CompletionRow = z.infer<typeof CompletionRow>

/** The charts as SVG documents drawn by the chart library, each with a sentence saying what it shows. */
export const ChartSvg = z.object({ svg: z.string(), description: z.string() })
export type ChartSvg = z.infer<typeof ChartSvg>

export const DashboardCharts = z.object({
  distribution: ChartSvg,
  byTeam: ChartSvg,
  byPlanType: ChartSvg,
  trend: ChartSvg,
  actions: ChartSvg,
  completion: ChartSvg
})
export type DashboardCharts = z.infer<typeof DashboardCharts>

export const Dashboard = z.object({
  filters: ReportFilters,
  /** What the filters can be set to. */
  options: z.object({
    cycles: z.array(CycleRef),
    teams: z.array(z.string()),
    planTypes: z.array(PlanType),
    auditors: z.array(z.object({ id: z.number().int(), name: z.string() }))
  }),
  /** The criteria in framework order ('overall' not included). */
  criteria: z.array(z.object({ key: z.string(), title: z.string() })),
  audited: z.number().int(),
  /** Audited plans whose figures are the agreed result of a moderation. */
  agreedResults: z.number().int(),
  /** Primary audits left out because the current auditor is moderating them blind. */
  hiddenForModeration: z.number().int(),
  overall: GradeDistribution,
  byCriterion: z.array(GradeDistribution),
  byTeam: z.array(GroupFigures),
  byPlanType: z.array(GroupFigures),
  /** Every cycle (whatever the cycle filter), oldest first. */
  trend: z.array(GroupFigures),
  actions: z.object({
    today: z.string(),
    all: ActionCounts,
    byTeam: z.array(ActionCounts.extend({ team: z.string() }))
  }),
  safeguarding: z.object({
    flagged: z.number().int(),
    audited: z.number().int(),
    byTeam: z.array(
      z.object({ team: z.string(), flagged: z.number().int(), audited: z.number().int() })
    )
  }),
  completion: z.array(CompletionRow),
  targets: z.array(TargetStatus),
  /** Sentences for a cover page: "23% of audited plans were Inadequate against a target of at most 10%". */
  headlines: z.array(z.string()),
  charts: DashboardCharts
})
export type Dashboard = z.infer<typeof Dashboard>

/** The plan analyser's reading of the audited plans, beside what the auditors graded. */
export const AnalyserRow = z.object({
  group: z.string(),
  plans: z.number().int(),
  /** Plans where the analyser found no action at all. */
  plansWithoutActions: z.number().int(),
  actions: z.number().int(),
  withTimescale: Share,
  withOwner: Share,
  outcomeFocused: Share
})
export type AnalyserRow = z.infer<typeof AnalyserRow>

export const AnalyserFigures = z.object({
  all: AnalyserRow,
  byTeam: z.array(AnalyserRow),
  /** Audited plans with no plan document attached: not analysed. */
  withoutDocument: z.number().int(),
  /** Each analyser measure beside the auditors' grades for the criterion it informs. */
  beside: z.array(
    z.object({
      measure: z.enum(['withTimescale', 'outcomeFocused', 'withOwner']),
      label: z.string(),
      analyser: Share,
      criterionKey: z.string().nullable(),
      criterionTitle: z.string().nullable(),
      goodOrBetter: Share.nullable()
    })
  )
})
export type AnalyserFigures = z.infer<typeof AnalyserFigures>

export const ReportAction = z.object({
  caseRef: z.string(),
  team: z.string(),
  planType: PlanType,
  description: z.string(),
  owner: z.string().nullable(),
  dueDate: z.string().nullable(),
  priority: z.string(),
  status: z.enum(['open', 'overdue', 'done'])
})
export type ReportAction = z.infer<typeof ReportAction>

/** Everything the printable report shows for one cycle (and the CLI's HTML file). */
export const CycleReport = z.object({
  cycle: CycleRef.extend({ frameworkTitle: z.string().nullable() }),
  generatedAt: z.string(),
  /** The officer's key themes, written on the report screen. */
  summary: z.string(),
  dashboard: Dashboard,
  analyser: AnalyserFigures,
  actions: z.array(ReportAction)
})
export type CycleReport = z.infer<typeof CycleReport>

export const ExportKind = z.enum(['scores', 'audits', 'actions'])
export type ExportKind = z.infer<typeof ExportKind>

const SummaryText = z.string().max(20_000, 'At most 20,000 characters')

export const reportsContract = {
  'reports:dashboard': call({ input: ReportFilters, output: Dashboard }),
  /** Runs the analyser over the filtered plans: a job that can be followed and cancelled. */
  'reports:analyser': call({
    input: z.object({ filters: ReportFilters, jobId: JobId }).strict(),
    output: AnalyserFigures
  }),
  'reports:targets': call({ input: NoInput, output: z.array(ReportTarget) }),
  /** Sets one target; a null percent removes it. */
  'reports:set-target': call({
    input: z
      .object({
        criterionKey: z.string().min(1).max(64),
        kind: TargetKind,
        percent: z
          .number()
          .min(0, 'A percentage from 0 to 100')
          .max(100, 'A percentage from 0 to 100')
          .nullable()
      })
      .strict(),
    output: z.array(ReportTarget)
  }),
  'reports:cycle-report': call({
    input: ReportFilters.extend({ cycleId: Id }).strict(),
    output: CycleReport
  }),
  'reports:save-summary': call({
    input: z.object({ cycleId: Id, summary: SummaryText }).strict(),
    output: z.object({ summary: z.string(), updatedAt: z.string() })
  }),
  /** The CSV as text, for a browser download (fine up to a few thousand audits). */
  'reports:export': call({
    input: z.object({ kind: ExportKind, filters: ReportFilters, jobId: JobId }).strict(),
    output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() })
  }),
  /** Desktop only: asks where to save, then writes the file. A null path = the officer cancelled. */
  'reports:export-to-file': call({
    input: z.object({ kind: ExportKind, filters: ReportFilters, jobId: JobId }).strict(),
    output: z.object({ path: z.string().nullable(), rows: z.number().int() })
  }),
  /** Desktop only: saves the window's current page (the printable report) as an A4 PDF. */
  'reports:print-to-pdf': call({
    input: z.object({ defaultName: z.string().min(1).max(200) }).strict(),
    output: z.object({ path: z.string().nullable() })
  })
}
