import { create } from 'zustand'
import type {
  AgreementReport,
  ModerationComparison,
  ModerationList,
  ModerationSelection
} from '../../../shared/contract'
import type { CycleSummary, GradeValue } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

/** What the officer asks the selection for; the preview shows what it gives. */
export interface SelectionRequest {
  sharePercent: number
  seed?: string
  handPicked: number[]
  assignments: Record<string, number>
}

interface ModerationState {
  cycles: CycleSummary[] | null
  /** Everyone who uses the store: who a moderation can be given to. */
  auditors: { id: number; name: string }[]
  cycleId: number | null
  list: ModerationList | null
  agreement: AgreementReport | null
  /** The lists shown are from before the screen opened or the cycle changed; new ones are coming. */
  refreshing: boolean
  error: AppErrorData | null

  request: SelectionRequest
  preview: ModerationSelection | null
  previewError: AppErrorData | null
  saving: boolean
  /** Said once a selection or a change of moderator is saved. */
  flash: string | null

  /** The cycles, the queue, and the chosen (or most recent) cycle's moderations and agreement. */
  load: () => Promise<void>
  chooseCycle: (cycleId: number) => Promise<void>
  previewSelection: (request: SelectionRequest) => Promise<void>
  /** Saves the previewed selection; resolves to the error to show, or null when saved. */
  saveSelection: () => Promise<AppErrorData | null>
  discardPreview: () => void
  reassign: (moderationId: number, moderatorId: number) => Promise<AppErrorData | null>
}

const DEFAULT_REQUEST: SelectionRequest = { sharePercent: 10, handPicked: [], assignments: {} }

/** The cycle to show first: the newest with submitted audits, else the newest. */
function defaultCycle(cycles: CycleSummary[]): number | null {
  return (cycles.find((cycle) => cycle.submitted > 0) ?? cycles[0])?.id ?? null
}

/** The Moderation screen: the moderator's queue, a cycle's moderations, selection and agreement. */
export const useModeration = create<ModerationState>()((set, get) => {
  // Only the latest refresh may show its lists: choosing cycles quickly must not end on the
  // first cycle's lists because they happened to arrive last.
  let latestRefresh = 0

  async function refreshCycle(): Promise<void> {
    const { cycleId } = get()
    const ticket = ++latestRefresh
    const [list, agreement] = await Promise.all([
      api().call('moderation:list', cycleId === null ? {} : { cycleId }),
      cycleId === null ? null : api().call('moderation:agreement', { cycleId })
    ])
    if (ticket !== latestRefresh) return
    if (!list.ok) return set({ error: list.error, refreshing: false })
    if (agreement && !agreement.ok) return set({ error: agreement.error, refreshing: false })
    set({ list: list.value, agreement: agreement?.value ?? null, error: null, refreshing: false })
  }

  return {
    cycles: null,
    auditors: [],
    cycleId: null,
    list: null,
    agreement: null,
    refreshing: false,
    error: null,
    request: DEFAULT_REQUEST,
    preview: null,
    previewError: null,
    saving: false,
    flash: null,

    load: async () => {
      // Coming back to the screen shows the last lists until the new ones arrive, marked as such;
      // what was said about the last visit's selection is old news.
      set({ refreshing: true, flash: null })
      const [cycles, auditors] = await Promise.all([
        api().call('cycles:list'),
        api().call('auditors:list')
      ])
      if (!cycles.ok) return set({ error: cycles.error, refreshing: false })
      if (!auditors.ok) return set({ error: auditors.error, refreshing: false })
      const known = cycles.value.some((cycle) => cycle.id === get().cycleId)
      set({
        cycles: cycles.value,
        auditors: auditors.value.map(({ id, name }) => ({ id, name })),
        cycleId: known ? get().cycleId : defaultCycle(cycles.value)
      })
      await refreshCycle()
    },

    chooseCycle: async (cycleId) => {
      set({
        cycleId,
        refreshing: true,
        preview: null,
        previewError: null,
        request: DEFAULT_REQUEST,
        flash: null,
        agreement: null
      })
      await refreshCycle()
    },

    previewSelection: async (request) => {
      const { cycleId } = get()
      if (cycleId === null) return
      set({ request, previewError: null, flash: null })
      const result = await api().call('moderation:select', {
        cycleId,
        ...request,
        dryRun: true
      })
      if (result.ok) set({ preview: result.value })
      else set({ previewError: result.error, preview: null })
    },

    saveSelection: async () => {
      const { cycleId, preview, request } = get()
      if (cycleId === null || !preview) return null
      set({ saving: true })
      const result = await api().call('moderation:select', {
        cycleId,
        ...request,
        seed: preview.seed,
        expectedAuditIds: preview.items.map((item) => item.primaryAuditId),
        dryRun: false
      })
      set({ saving: false })
      if (!result.ok) return result.error
      const count = result.value.items.length
      set({
        preview: null,
        request: DEFAULT_REQUEST,
        flash: `${count} ${count === 1 ? 'audit' : 'audits'} chosen for moderation (seed ${result.value.seed}). Each moderator finds them under Audits for you to moderate.`
      })
      await refreshCycle()
      return null
    },

    discardPreview: () => set({ preview: null, previewError: null, request: DEFAULT_REQUEST }),

    reassign: async (moderationId, moderatorId) => {
      const result = await api().call('moderation:assign', { moderationId, moderatorId })
      if (!result.ok) return result.error
      set({
        flash: `${result.value.caseRef} will now be moderated by ${result.value.moderatorName}.`
      })
      await refreshCycle()
      return null
    }
  }
})

/** The agreed result as the form holds it: undefined = not chosen yet, null = N/A. */
export interface ResolutionForm {
  agreed: Record<string, GradeValue | null | undefined>
  overall: GradeValue | null
  rationale: string
  discussion: Record<string, string>
}

interface ComparisonState {
  moderationId: number | null
  comparison: ModerationComparison | null
  error: AppErrorData | null
  form: ResolutionForm
  /** The service's problems with the last attempt, keyed like its fields (agreed.<key>, ...). */
  fieldErrors: Record<string, string>
  saving: boolean
  savedAt: string | null
  load: (moderationId: number) => Promise<void>
  setAgreed: (key: string, grade: GradeValue | null | undefined) => void
  setOverall: (grade: GradeValue | null) => void
  setRationale: (text: string) => void
  setDiscussion: (key: string, text: string) => void
  /** Records the agreed result; true when it was recorded. */
  resolve: () => Promise<boolean>
  /** Whether the form holds anything not yet recorded: a grade, the rationale or a note. */
  unsaved: () => boolean
}

/**
 * The form's starting point: the recorded result when there is one; otherwise the grade both
 * gave where they agree, and nothing chosen where they differ.
 */
function formFor(comparison: ModerationComparison): ResolutionForm {
  const { agreed } = comparison
  if (agreed) {
    return {
      agreed: { ...agreed.grades },
      overall: agreed.overall,
      rationale: agreed.rationale,
      discussion: { ...agreed.discussion }
    }
  }
  const same = (
    first: { grade: GradeValue | null; notApplicable: boolean },
    second: typeof first
  ) =>
    first.notApplicable && second.notApplicable
      ? null
      : first.grade !== null && first.grade === second.grade
        ? first.grade
        : undefined
  return {
    agreed: Object.fromEntries(
      comparison.rows.map((row) => [row.key, same(row.first, row.moderator)])
    ),
    overall: same(comparison.overall.first, comparison.overall.moderator) ?? null,
    rationale: '',
    discussion: {}
  }
}

/** A form's content, ignoring what cannot matter: unchosen grades and blank notes. */
function formKey(form: ResolutionForm): string {
  const chosen = Object.entries(form.agreed).filter(([, grade]) => grade !== undefined)
  const notes = Object.entries(form.discussion).filter(([, text]) => text.trim() !== '')
  const sorted = (entries: [string, unknown][]) => entries.sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify([
    sorted(chosen),
    form.overall,
    form.rationale.trim(),
    sorted(notes.map(([key, text]) => [key, text.trim()]))
  ])
}

const EMPTY_FORM: ResolutionForm = { agreed: {}, overall: null, rationale: '', discussion: {} }

/** The comparison screen: both audits side by side, and the agreed result. */
export const useComparison = create<ComparisonState>()((set, get) => ({
  moderationId: null,
  comparison: null,
  error: null,
  form: EMPTY_FORM,
  fieldErrors: {},
  saving: false,
  savedAt: null,

  load: async (moderationId) => {
    set({
      moderationId,
      comparison: null,
      error: null,
      form: EMPTY_FORM,
      fieldErrors: {},
      savedAt: null
    })
    const result = await api().call('moderation:compare', { moderationId })
    if (get().moderationId !== moderationId) return
    if (!result.ok) return set({ error: result.error })
    set({ comparison: result.value, form: formFor(result.value) })
  },

  setAgreed: (key, grade) =>
    set((state) => ({ form: { ...state.form, agreed: { ...state.form.agreed, [key]: grade } } })),
  setOverall: (grade) => set((state) => ({ form: { ...state.form, overall: grade } })),
  setRationale: (text) => set((state) => ({ form: { ...state.form, rationale: text } })),
  setDiscussion: (key, text) =>
    set((state) => ({
      form: { ...state.form, discussion: { ...state.form.discussion, [key]: text } }
    })),

  resolve: async () => {
    const { moderationId, form } = get()
    if (moderationId === null) return false
    set({ saving: true, savedAt: null })
    const agreed: Record<string, GradeValue | null> = {}
    for (const [key, grade] of Object.entries(form.agreed))
      if (grade !== undefined) agreed[key] = grade
    const result = await api().call('moderation:resolve', {
      moderationId,
      agreed,
      agreedOverall: form.overall,
      agreedRationale: form.rationale,
      discussion: form.discussion
    })
    if (!result.ok) {
      set({
        saving: false,
        fieldErrors: result.error.fields ?? { form: result.error.message }
      })
      return false
    }
    set({
      saving: false,
      comparison: result.value,
      form: formFor(result.value),
      fieldErrors: {},
      savedAt: result.value.agreed?.resolvedAt ?? null
    })
    return true
  },

  unsaved: () => {
    const { comparison, form } = get()
    return comparison !== null && formKey(form) !== formKey(formFor(comparison))
  }
}))
