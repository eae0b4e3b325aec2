import { useEffect, useState } from 'react'
import { create } from 'zustand'
import type {
  FrameworkDetail,
  FrameworkImportResult,
  FrameworkSummary
} from '../../../shared/contract'
import type { AnalyserGroup, Framework, GradeValue, PlanType } from '../../../shared/domain'
import type { AppErrorData } from '../../../shared/errors'
import { api } from '../api'
import { downloadText } from '../files'
import { plural } from '../format'

/** The largest file the import call accepts (the contract's limit, in characters). */
export const MAX_FRAMEWORK_FILE = 2_000_000

/* ------------------------------------------------------------------------------------------------
 * The list, a framework's detail, import, export and duplicate.
 * --------------------------------------------------------------------------------------------- */

export type ImportOutcome =
  | { kind: 'imported'; fileName: string; result: FrameworkImportResult }
  | { kind: 'refused'; fileName: string; error: AppErrorData }

interface FrameworksState {
  list: FrameworkSummary[] | null
  error: AppErrorData | null
  detail: FrameworkDetail | null
  detailError: AppErrorData | null
  importing: boolean
  imported: ImportOutcome | null
  /** A message for the next screen to show once, such as "Saved as version 2". */
  flash: string | null
  load: () => Promise<void>
  loadDetail: (key: string, version?: number) => Promise<void>
  importFile: (fileName: string, text: string, size: number) => Promise<void>
  clearImport: () => void
  exportFramework: (key: string, version: number) => Promise<AppErrorData | null>
  duplicate: (input: {
    key: string
    version: number
    newKey: string
    newTitle: string
  }) => Promise<{ ok: true; value: FrameworkSummary } | { ok: false; error: AppErrorData }>
  setFlash: (message: string | null) => void
}

export const useFrameworks = create<FrameworksState>()((set, get) => ({
  list: null,
  error: null,
  detail: null,
  detailError: null,
  importing: false,
  imported: null,
  flash: null,

  load: async () => {
    const result = await api().call('frameworks:list')
    if (result.ok) set({ list: result.value, error: null })
    else set({ error: result.error })
  },

  loadDetail: async (key, version) => {
    set({ detail: null, detailError: null })
    const [detail, list] = await Promise.all([
      api().call('frameworks:get', { key, version }),
      api().call('frameworks:list')
    ])
    if (list.ok) set({ list: list.value })
    if (detail.ok) set({ detail: detail.value })
    else set({ detailError: detail.error })
  },

  importFile: async (fileName, text, size) => {
    if (size > MAX_FRAMEWORK_FILE) {
      const error: AppErrorData = {
        code: 'invalid-input',
        message: `${fileName} is too large: a framework file is at most 2 MB.`
      }
      set({ imported: { kind: 'refused', fileName, error } })
      return
    }
    set({ importing: true, imported: null })
    const result = await api().call('frameworks:import', { json: text, fileName })
    set({
      importing: false,
      imported: result.ok
        ? { kind: 'imported', fileName, result: result.value }
        : { kind: 'refused', fileName, error: result.error }
    })
    if (result.ok) await get().load()
  },

  clearImport: () => set({ imported: null }),

  exportFramework: async (key, version) => {
    const result = await api().call('frameworks:export', { key, version })
    if (!result.ok) return result.error
    downloadText(result.value.fileName, result.value.json, 'application/json')
    return null
  },

  duplicate: async (input) => {
    const result = await api().call('frameworks:duplicate', input)
    if (result.ok) await get().load()
    return result
  },

  setFlash: (flash) => set({ flash })
}))

/** The flash message waiting for this screen: shown once, then cleared from the store. */
export function useFlash(): string | null {
  const [message] = useState(() => useFrameworks.getState().flash)
  useEffect(() => {
    if (message) useFrameworks.getState().setFlash(null)
  }, [message])
  return message
}

/** "Locked: in use by 2 cycles" or "Not used yet", in words, never by colour or icon alone. */
export function frameworkStatus(summary: FrameworkSummary): string {
  if (summary.usedByCycles > 0) return `Locked: in use by ${plural(summary.usedByCycles, 'cycle')}`
  return summary.locked ? 'Locked' : 'Not used yet'
}

/** The latest version of each framework, by title: what a new cycle can use. */
export function latestVersions(list: readonly FrameworkSummary[]): FrameworkSummary[] {
  return list.filter((f) => f.latest).sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
}

/* ------------------------------------------------------------------------------------------------
 * The editor: a draft of the definition, as the form holds it, and its way back to a definition.
 * --------------------------------------------------------------------------------------------- */

/** The analyser's prompt groups a criterion can show beside the plan, with their names. */
export const ANALYSER_GROUP_OPTIONS: { value: AnalyserGroup | ''; label: string }[] = [
  { value: '', label: 'None' },
  { value: 'outcome-focus', label: 'Outcome focus' },
  { value: 'timescales', label: 'Timescales' },
  { value: 'robustness', label: 'Robustness' }
]

export type GradeKey = '4' | '3' | '2' | '1'
export const GRADE_KEYS: GradeKey[] = ['4', '3', '2', '1']
type Descriptors = Record<GradeKey, string>

export interface DraftPrompt {
  /** Stable across reordering, for React; never saved. */
  uid: string
  /** Empty for a prompt added in the editor: made from its text when saved. */
  key: string
  text: string
}

export interface DraftCriterion {
  uid: string
  key: string
  /** A new criterion's key follows its title until the officer types a key of their own. */
  keyFollowsTitle: boolean
  title: string
  question: string
  guidance: string
  descriptors: Descriptors
  prompts: DraftPrompt[]
  allowNotApplicable: boolean
  evidenceRequiredAt: GradeValue[]
  limitsOverall: boolean
  analyser: AnalyserGroup | ''
}

export interface Draft {
  key: string
  version: number
  title: string
  description: string
  appliesTo: PlanType[]
  criteria: DraftCriterion[]
  overall: { title: string; question: string; descriptors: Descriptors; rationaleRequired: boolean }
}

let uidCounter = 0
function uid(): string {
  uidCounter += 1
  return `d${uidCounter}`
}

/** A key in the schema's format (lower-case letters, digits, hyphens) made from some words. */
export function keyFromText(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 48)
    .replace(/-+$/, '')
  return slug || fallback
}

/** The key, or the key with -2, -3... when another item already has it. */
function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key
  let n = 2
  while (taken.has(`${key}-${n}`)) n += 1
  return `${key}-${n}`
}

export function toDraft(definition: Framework): Draft {
  return {
    key: definition.key,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    appliesTo: [...definition.appliesTo],
    criteria: definition.criteria.map((criterion) => ({
      uid: uid(),
      key: criterion.key,
      keyFollowsTitle: false,
      title: criterion.title,
      question: criterion.question,
      guidance: criterion.guidance ?? '',
      descriptors: { ...criterion.descriptors },
      prompts: criterion.prompts.map((prompt) => ({ uid: uid(), ...prompt })),
      allowNotApplicable: criterion.allowNotApplicable,
      evidenceRequiredAt: [...criterion.evidenceRequiredAt],
      limitsOverall: criterion.limitsOverall,
      analyser: criterion.analyser ?? ''
    })),
    overall: { ...definition.overall, descriptors: { ...definition.overall.descriptors } }
  }
}

function promptsToSave(prompts: readonly DraftPrompt[]): { key: string; text: string }[] {
  const taken = new Set(prompts.map((p) => p.key).filter(Boolean))
  return prompts.map((prompt) => {
    if (prompt.key) return { key: prompt.key, text: prompt.text }
    const key = uniqueKey(keyFromText(prompt.text, 'prompt'), taken)
    taken.add(key)
    return { key, text: prompt.text }
  })
}

/**
 * The definition to save. Optional fields left empty are left out, so opening and saving without
 * a change gives back exactly what was stored. The server validates it with the same schema.
 */
export function fromDraft(draft: Draft): unknown {
  return {
    key: draft.key,
    version: draft.version,
    title: draft.title,
    description: draft.description,
    appliesTo: draft.appliesTo,
    criteria: draft.criteria.map((c) => ({
      key: c.key,
      title: c.title,
      question: c.question,
      ...(c.guidance.trim() ? { guidance: c.guidance } : {}),
      descriptors: c.descriptors,
      prompts: promptsToSave(c.prompts),
      allowNotApplicable: c.allowNotApplicable,
      evidenceRequiredAt: c.evidenceRequiredAt,
      limitsOverall: c.limitsOverall,
      ...(c.analyser ? { analyser: c.analyser } : {})
    })),
    overall: draft.overall
  }
}

function newCriterion(taken: ReadonlySet<string>): DraftCriterion {
  return {
    uid: uid(),
    key: uniqueKey('new-criterion', taken),
    keyFollowsTitle: true,
    title: '',
    question: '',
    guidance: '',
    descriptors: { '4': '', '3': '', '2': '', '1': '' },
    prompts: [],
    allowNotApplicable: false,
    evidenceRequiredAt: [1, 2],
    limitsOverall: false,
    analyser: ''
  }
}

/** The id of the control for a path in the definition: "criteria.1.title" -> "fw-criteria-1-title". */
export function controlId(path: string): string {
  return `fw-${path.replace(/\./g, '-')}`
}

/** Every path the editor has a control (or a fieldset) for, so an error can link to it. */
function editorPaths(draft: Draft): Set<string> {
  const paths = ['title', 'description', 'appliesTo', 'criteria', 'overall']
  for (const field of ['title', 'question', 'rationaleRequired']) paths.push(`overall.${field}`)
  for (const grade of GRADE_KEYS) paths.push(`overall.descriptors.${grade}`)
  draft.criteria.forEach((criterion, i) => {
    const at = `criteria.${i}`
    paths.push(at, `${at}.prompts`, `${at}.evidenceRequiredAt`)
    for (const field of ['key', 'title', 'question', 'guidance', 'analyser']) {
      paths.push(`${at}.${field}`)
    }
    for (const field of ['allowNotApplicable', 'limitsOverall']) paths.push(`${at}.${field}`)
    for (const grade of GRADE_KEYS) paths.push(`${at}.descriptors.${grade}`)
    criterion.prompts.forEach((_, j) => paths.push(`${at}.prompts.${j}.text`))
  })
  return new Set(paths)
}

/**
 * The control a server-side problem is about. Paths the editor has no control for (a prompt's
 * key, one grade in a list) go to the nearest control that holds them, else the title.
 */
export function controlForPath(path: string, draft: Draft): string {
  const known = editorPaths(draft)
  const promptKey = /^(criteria\.\d+\.prompts\.\d+)\.key$/.exec(path)
  let candidate = promptKey ? `${promptKey[1]}.text` : path
  while (candidate && !known.has(candidate)) {
    candidate = candidate.includes('.') ? candidate.slice(0, candidate.lastIndexOf('.')) : ''
  }
  return controlId(candidate || 'title')
}

export interface EditorProblem {
  fieldId: string
  /** With the path in words, for the error summary: "criterion 2 (timescales), title: …" */
  message: string
  /** Without it, for beside the field. */
  short: string
}

/** The server's problems by path, mapped to the controls of the draft that was saved. */
function problemsFor(error: AppErrorData, draft: Draft): EditorProblem[] {
  return Object.entries(error.fields ?? {}).map(([path, message]) => {
    const colon = message.indexOf(': ')
    return {
      fieldId: controlForPath(path, draft),
      message,
      short: colon === -1 ? message : message.slice(colon + 2)
    }
  })
}

interface EditorState {
  draft: Draft | null
  summary: FrameworkSummary | null
  loadError: AppErrorData | null
  /** Changed since it was loaded or saved. */
  dirty: boolean
  saving: boolean
  /** The last save's refusal, and its problems each linked to the control it is about. */
  saveError: AppErrorData | null
  problems: EditorProblem[]
  open: (key: string) => Promise<void>
  edit: (patch: Partial<Omit<Draft, 'criteria' | 'overall'>>) => void
  editOverall: (patch: Partial<Draft['overall']>) => void
  editCriterion: (index: number, patch: Partial<DraftCriterion>) => void
  addCriterion: () => void
  removeCriterion: (index: number) => void
  moveCriterion: (index: number, by: -1 | 1) => void
  addPrompt: (criterion: number) => void
  editPrompt: (criterion: number, prompt: number, text: string) => void
  removePrompt: (criterion: number, prompt: number) => void
  /** Saves the draft; the summary of what was stored, or null when refused. */
  save: () => Promise<FrameworkSummary | null>
}

export const useFrameworkEditor = create<EditorState>()((set, get) => {
  function changeDraft(change: (draft: Draft) => Draft): void {
    const { draft } = get()
    if (draft) set({ draft: change(draft), dirty: true })
  }

  function changeCriteria(change: (criteria: DraftCriterion[]) => DraftCriterion[]): void {
    changeDraft((draft) => ({ ...draft, criteria: change(draft.criteria) }))
  }

  function changePrompts(index: number, change: (prompts: DraftPrompt[]) => DraftPrompt[]): void {
    changeCriteria((criteria) =>
      criteria.map((c, i) => (i === index ? { ...c, prompts: change(c.prompts) } : c))
    )
  }

  return {
    draft: null,
    summary: null,
    loadError: null,
    dirty: false,
    saving: false,
    saveError: null,
    problems: [],

    open: async (key) => {
      set({
        draft: null,
        summary: null,
        loadError: null,
        dirty: false,
        saveError: null,
        problems: []
      })
      const result = await api().call('frameworks:get', { key })
      if (result.ok) set({ draft: toDraft(result.value.definition), summary: result.value.summary })
      else set({ loadError: result.error })
    },

    edit: (patch) => changeDraft((draft) => ({ ...draft, ...patch })),

    editOverall: (patch) =>
      changeDraft((draft) => ({ ...draft, overall: { ...draft.overall, ...patch } })),

    editCriterion: (index, patch) =>
      changeCriteria((criteria) =>
        criteria.map((criterion, i) => {
          if (i !== index) return criterion
          const next = { ...criterion, ...patch }
          if (patch.key !== undefined) next.keyFollowsTitle = false
          if (patch.title !== undefined && next.keyFollowsTitle) {
            const others = new Set(criteria.filter((_, j) => j !== i).map((c) => c.key))
            next.key = uniqueKey(keyFromText(patch.title, 'new-criterion'), others)
          }
          return next
        })
      ),

    addCriterion: () =>
      changeCriteria((criteria) => [
        ...criteria,
        newCriterion(new Set(criteria.map((c) => c.key)))
      ]),

    removeCriterion: (index) =>
      changeCriteria((criteria) => criteria.filter((_, i) => i !== index)),

    moveCriterion: (index, by) =>
      changeCriteria((criteria) => {
        const target = index + by
        if (target < 0 || target >= criteria.length) return criteria
        const next = [...criteria]
        ;[next[index], next[target]] = [next[target]!, next[index]!]
        return next
      }),

    addPrompt: (criterion) =>
      changePrompts(criterion, (prompts) => [...prompts, { uid: uid(), key: '', text: '' }]),

    editPrompt: (criterion, prompt, text) =>
      changePrompts(criterion, (prompts) =>
        prompts.map((p, j) => (j === prompt ? { ...p, text } : p))
      ),

    removePrompt: (criterion, prompt) =>
      changePrompts(criterion, (prompts) => prompts.filter((_, j) => j !== prompt)),

    save: async () => {
      const { draft } = get()
      if (!draft) return null
      set({ saving: true, saveError: null, problems: [] })
      const result = await api().call('frameworks:save', { definition: fromDraft(draft) })
      if (!result.ok) {
        set({ saving: false, saveError: result.error, problems: problemsFor(result.error, draft) })
        return null
      }
      set({ saving: false, dirty: false, summary: result.value })
      return result.value
    }
  }
})
