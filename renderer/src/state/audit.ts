import { create } from 'zustand'
import type {
  ActionPriority,
  AuditAction,
  AuditDetail,
  CallInput,
  CallName,
  ChecklistAnswer
} from '../../../shared/contract'
import type { GradeValue } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'

/** The steps after the criteria, in order. */
export const FINAL_STEPS = ['overall', 'actions', 'safeguarding', 'submit'] as const
export type FinalStep = (typeof FINAL_STEPS)[number]

export interface LocalScore {
  grade: GradeValue | null
  notApplicable: boolean
  evidence: string
  checklist: Record<string, ChecklistAnswer>
}

export type SaveState = 'saved' | 'saving' | 'retrying' | 'failed'

export type AuditTarget =
  | { kind: 'primary'; cycleId: number; caseId: number }
  | { kind: 'moderation'; moderationId: number }

export function targetKey(target: AuditTarget): string {
  return target.kind === 'primary'
    ? `audit:${target.cycleId}:${target.caseId}`
    : `moderation:${target.moderationId}`
}

/** Text is saved this long after the last keystroke; choices are saved at once. */
const TEXT_DEBOUNCE_MS = 300
const RETRY_MS = 1500

/** An action being typed in "Add an action", kept while the officer moves between steps. */
export interface ActionDraft {
  description: string
  owner: string
  dueDate: string
  priority: ActionPriority
}

export const EMPTY_ACTION_DRAFT: ActionDraft = {
  description: '',
  owner: '',
  dueDate: '',
  priority: 'medium'
}

/** Whether a draft holds anything typed: the priority alone is a default, not work. */
export function hasActionDraft(draft: ActionDraft): boolean {
  return Boolean(draft.description.trim() || draft.owner.trim() || draft.dueDate.trim())
}

interface AuditState {
  detail: AuditDetail | null
  /** Which target `detail` belongs to, so a screen never shows the previous audit's data. */
  loadedFor: string | null
  loadError: AppErrorData | null
  scores: Record<string, LocalScore>
  overallGrade: GradeValue | null
  overallRationale: string
  safeguardingFlag: boolean
  safeguardingNote: string
  actions: AuditAction[]
  actionDraft: ActionDraft
  dismissedPrompts: string[]
  step: string
  saveState: SaveState
  savedAt: string | null
  saveError: AppErrorData | null
  submitErrors: Record<string, string>

  /** Opens the auditor's own audit of a sampled case, or a moderator's blind re-score. */
  load: (target: AuditTarget) => Promise<void>
  goStep: (step: string) => void
  setGrade: (key: string, grade: GradeValue | null) => void
  setNotApplicable: (key: string) => void
  setEvidence: (key: string, text: string) => void
  setChecklist: (key: string, prompt: string, answer: ChecklistAnswer | null) => void
  setOverallGrade: (grade: GradeValue | null) => void
  setRationale: (text: string) => void
  setSafeguarding: (flag: boolean) => void
  setSafeguardingNote: (text: string) => void
  addAction: (input: {
    description: string
    owner?: string
    dueDate?: string
    priority: ActionPriority
  }) => Promise<AppErrorData | null>
  setActionStatus: (actionId: number, status: 'open' | 'done') => Promise<void>
  deleteAction: (actionId: number) => Promise<void>
  dismissPrompt: (promptKey: string, dismissed: boolean) => void
  setActionDraft: (draft: ActionDraft) => void
  savePlanScroll: (planScroll: number) => void
  /** Sends every pending change now; resolves when all are saved (or have failed). */
  flush: () => Promise<boolean>
  submit: () => Promise<boolean>
  reopen: (reason: string) => Promise<AppErrorData | null>
  skip: (reason: string) => Promise<AppErrorData | null>
  pendingCount: () => number
}

function emptyScore(): LocalScore {
  return { grade: null, notApplicable: false, evidence: '', checklist: {} }
}

export const useAudit = create<AuditState>()((set, get) => {
  /** Changes waiting for their debounce, by a key naming the field; the latest value wins. */
  const pending = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; send: () => Promise<void> }
  >()
  /** Saves go one after another, so the store sees them in the order they were made. */
  let chain: Promise<void> = Promise.resolve()
  let inFlight = 0
  let planScrollTimer: ReturnType<typeof setTimeout> | null = null

  function auditId(): number {
    return get().detail!.audit.id
  }

  async function send<N extends CallName>(name: N, input: CallInput<N>): Promise<void> {
    inFlight += 1
    set({ saveState: 'saving' })
    for (let attempt = 0; ; attempt += 1) {
      const result = await api().call(name, input)
      if (result.ok) {
        const value = result.value as { updatedAt?: string }
        set({ savedAt: value.updatedAt ?? new Date().toISOString(), saveError: null })
        break
      }
      // A lost connection (browser mode restarted) is retried; anything else is shown and stops.
      if (result.error.code === 'disconnected' && attempt < 20) {
        set({ saveState: 'retrying', saveError: result.error })
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
        continue
      }
      set({ saveState: 'failed', saveError: result.error })
      inFlight -= 1
      return
    }
    inFlight -= 1
    if (inFlight === 0 && pending.size === 0 && get().saveState !== 'failed')
      set({ saveState: 'saved' })
  }

  function enqueue<N extends CallName>(name: N, input: CallInput<N>): Promise<void> {
    chain = chain.then(() => send(name, input))
    return chain
  }

  function schedule(key: string, delay: number, makeCall: () => Promise<void>): void {
    const existing = pending.get(key)
    if (existing) clearTimeout(existing.timer)
    set({ saveState: 'saving' })
    const entry = {
      timer: setTimeout(() => {
        pending.delete(key)
        void makeCall()
      }, delay),
      send: makeCall
    }
    pending.set(key, entry)
  }

  function updateScore(key: string, change: (score: LocalScore) => LocalScore): void {
    const scores = get().scores
    set({ scores: { ...scores, [key]: change(scores[key] ?? emptyScore()) } })
  }

  function clearSubmitError(field: string): void {
    const errors = get().submitErrors
    if (errors[field]) {
      set({
        submitErrors: Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field))
      })
    }
  }

  return {
    detail: null,
    loadedFor: null,
    loadError: null,
    scores: {},
    overallGrade: null,
    overallRationale: '',
    safeguardingFlag: false,
    safeguardingNote: '',
    actions: [],
    actionDraft: EMPTY_ACTION_DRAFT,
    dismissedPrompts: [],
    step: '',
    saveState: 'saved',
    savedAt: null,
    saveError: null,
    submitErrors: {},

    load: async (target) => {
      await get().flush()
      set({
        detail: null,
        loadedFor: null,
        loadError: null,
        submitErrors: {},
        saveError: null,
        saveState: 'saved',
        actionDraft: EMPTY_ACTION_DRAFT
      })
      const result =
        target.kind === 'primary'
          ? await api().call('audits:open', { cycleId: target.cycleId, caseId: target.caseId })
          : await api().call('moderation:open', { moderationId: target.moderationId })
      if (!result.ok) return set({ loadError: result.error })
      const detail = result.value
      const scores: Record<string, LocalScore> = {}
      for (const score of detail.scores) {
        scores[score.criterionKey] = {
          grade: score.grade,
          notApplicable: score.notApplicable,
          evidence: score.evidence,
          checklist: score.checklist
        }
      }
      const firstStep = detail.framework.criteria[0]?.key ?? 'overall'
      const remembered = detail.audit.position?.step
      const known = [...detail.framework.criteria.map((c) => c.key), ...FINAL_STEPS] as string[]
      set({
        detail,
        loadedFor: targetKey(target),
        scores,
        overallGrade: detail.audit.overallGrade,
        overallRationale: detail.audit.overallRationale,
        safeguardingFlag: detail.audit.safeguardingFlag,
        safeguardingNote: detail.audit.safeguardingNote,
        actions: detail.actions,
        dismissedPrompts: detail.audit.dismissedPrompts,
        step: remembered && known.includes(remembered) ? remembered : firstStep,
        savedAt: detail.audit.updatedAt
      })
    },

    goStep: (step) => {
      set({ step })
      const detail = get().detail
      if (!detail) return
      void api().call('audits:save-position', {
        auditId: detail.audit.id,
        position: { step, planScroll: detail.audit.position?.planScroll ?? 0 }
      })
    },

    setGrade: (key, grade) => {
      updateScore(key, (score) => ({
        ...score,
        grade,
        notApplicable: grade === null ? score.notApplicable : false
      }))
      clearSubmitError(key)
      void enqueue('audits:save-score', { auditId: auditId(), criterionKey: key, grade })
    },

    setNotApplicable: (key) => {
      updateScore(key, (score) => ({ ...score, grade: null, notApplicable: true }))
      clearSubmitError(key)
      void enqueue('audits:save-score', {
        auditId: auditId(),
        criterionKey: key,
        notApplicable: true
      })
    },

    setEvidence: (key, text) => {
      updateScore(key, (score) => ({ ...score, evidence: text }))
      clearSubmitError(key)
      const id = auditId()
      schedule(`evidence:${key}`, TEXT_DEBOUNCE_MS, () =>
        enqueue('audits:save-score', { auditId: id, criterionKey: key, evidence: text })
      )
    },

    setChecklist: (key, prompt, answer) => {
      updateScore(key, (score) => {
        const others = Object.entries(score.checklist).filter(([key]) => key !== prompt)
        const checklist = Object.fromEntries(
          answer === null ? others : [...others, [prompt, answer]]
        )
        return { ...score, checklist }
      })
      void enqueue('audits:save-score', {
        auditId: auditId(),
        criterionKey: key,
        checklist: { [prompt]: answer }
      })
    },

    setOverallGrade: (grade) => {
      set({ overallGrade: grade })
      clearSubmitError('overall')
      void enqueue('audits:save-overall', { auditId: auditId(), grade })
    },

    setRationale: (text) => {
      set({ overallRationale: text })
      clearSubmitError('rationale')
      const id = auditId()
      schedule('rationale', TEXT_DEBOUNCE_MS, () =>
        enqueue('audits:save-overall', { auditId: id, rationale: text })
      )
    },

    setSafeguarding: (flag) => {
      set({ safeguardingFlag: flag })
      clearSubmitError('safeguarding')
      void enqueue('audits:save-safeguarding', { auditId: auditId(), flag })
    },

    setSafeguardingNote: (text) => {
      set({ safeguardingNote: text })
      clearSubmitError('safeguarding')
      const id = auditId()
      schedule('safeguarding-note', TEXT_DEBOUNCE_MS, () =>
        enqueue('audits:save-safeguarding', { auditId: id, note: text })
      )
    },

    addAction: async (input) => {
      const result = await api().call('actions:add', { auditId: auditId(), ...input })
      if (!result.ok) return result.error
      set({ actions: [...get().actions, result.value], savedAt: result.value.updatedAt })
      return null
    },

    setActionStatus: async (actionId, status) => {
      const result = await api().call('actions:update', { actionId, status })
      if (result.ok)
        set({ actions: get().actions.map((a) => (a.id === actionId ? result.value : a)) })
      else set({ saveError: result.error, saveState: 'failed' })
    },

    deleteAction: async (actionId) => {
      const result = await api().call('actions:delete', { actionId })
      if (result.ok) set({ actions: get().actions.filter((a) => a.id !== actionId) })
      else set({ saveError: result.error, saveState: 'failed' })
    },

    setActionDraft: (draft) => set({ actionDraft: draft }),

    dismissPrompt: (promptKey, dismissed) => {
      const current = get().dismissedPrompts
      set({
        dismissedPrompts: dismissed
          ? [...new Set([...current, promptKey])]
          : current.filter((k) => k !== promptKey)
      })
      void enqueue('audits:dismiss-prompt', { auditId: auditId(), promptKey, dismissed })
    },

    savePlanScroll: (planScroll) => {
      const detail = get().detail
      if (!detail) return
      if (planScrollTimer) clearTimeout(planScrollTimer)
      const id = detail.audit.id
      planScrollTimer = setTimeout(() => {
        void api().call('audits:save-position', {
          auditId: id,
          position: { step: get().step, planScroll }
        })
      }, 500)
    },

    flush: async () => {
      for (const [key, entry] of pending) {
        clearTimeout(entry.timer)
        pending.delete(key)
        void entry.send()
      }
      await chain
      return get().saveState !== 'failed'
    },

    submit: async () => {
      if (!(await get().flush())) return false
      const result = await api().call('audits:submit', { auditId: auditId() })
      if (!result.ok) {
        set({ submitErrors: result.error.fields ?? { submit: result.error.message } })
        return false
      }
      set({ detail: { ...get().detail!, audit: result.value }, submitErrors: {} })
      return true
    },

    reopen: async (reason) => {
      const result = await api().call('audits:reopen', { auditId: auditId(), reason })
      if (!result.ok) return result.error
      set({ detail: { ...get().detail!, audit: result.value } })
      return null
    },

    skip: async (reason) => {
      const detail = get().detail!
      await get().flush()
      const result = await api().call('audits:skip', {
        cycleId: detail.audit.cycleId,
        caseId: detail.audit.caseId,
        reason
      })
      return result.ok ? null : result.error
    },

    pendingCount: () => pending.size + inFlight
  }
})
