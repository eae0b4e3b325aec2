import type { z } from 'zod'
import { Framework, GRADES, PLAN_TYPES } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'

/** One thing wrong with a framework file: where (its path, and in words) and what. */
export interface FrameworkProblem {
  /** Dotted path into the definition ("criteria.1.descriptors.1"); "framework" for the whole. */
  path: string
  /** "criterion 2 (timescales), descriptor for Inadequate: Enter the Inadequate descriptor" */
  message: string
}

type Segment = string | number

const FIELD_WORDS: Record<string, string> = {
  key: 'key',
  version: 'version',
  title: 'title',
  description: 'description',
  question: 'question',
  guidance: 'guidance',
  text: 'text',
  allowNotApplicable: '"N/A allowed"',
  limitsOverall: '"limits the overall judgement"',
  rationaleRequired: '"rationale required"',
  analyser: 'analyser group',
  overall: 'overall judgement',
  appliesTo: 'plan types',
  criteria: 'criteria',
  prompts: 'evidence prompts',
  descriptors: 'descriptors',
  evidenceRequiredAt: '"evidence required at"'
}

/** "1 (Inadequate), 2 (Requires improvement), 3 (Good) or 4 (Outstanding)" */
const GRADE_WORDS = [...GRADES]
  .reverse()
  .map((grade) => `${grade.value} (${grade.label})`)
  .join(', ')
  .replace(/, (?=[^,]*$)/, ' or ')

/** A problem reads as a sentence: "Criterion 2 (timescales), descriptor for Inadequate: …" */
function sentence(where: string, what: string): string {
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${what}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value at a path in the raw (unvalidated) input, or undefined where the path runs out. */
function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let here = data
  for (const segment of path) {
    if (Array.isArray(here) && typeof segment === 'number') here = here[segment]
    else if (isRecord(here) && typeof segment === 'string') here = here[segment]
    else return undefined
  }
  return here
}

function keyOf(item: unknown): string | null {
  return isRecord(item) && typeof item.key === 'string' && item.key !== '' ? item.key : null
}

/** An item of a list, named by its position (from 1) and its key where it has one. */
function itemWords(noun: string, index: number, item: unknown): string {
  const key = keyOf(item)
  return `${noun} ${index + 1}${key ? ` (${key})` : ''}`
}

/**
 * A path in the words an officer uses: ["criteria", 1, "descriptors", "1"] reads
 * "criterion 2 (timescales), descriptor for Inadequate".
 */
export function pathInWords(data: unknown, path: readonly Segment[]): string {
  const words: string[] = []
  let index = 0
  while (index < path.length) {
    const segment = path[index]!
    const next = path[index + 1]
    const list = valueAt(data, path.slice(0, index + 1))
    if (segment === 'criteria' && typeof next === 'number') {
      words.push(itemWords('criterion', next, Array.isArray(list) ? list[next] : undefined))
      index += 2
    } else if (segment === 'prompts' && typeof next === 'number') {
      words.push(itemWords('evidence prompt', next, Array.isArray(list) ? list[next] : undefined))
      index += 2
    } else if (segment === 'descriptors' && typeof next === 'string') {
      const grade = GRADES.find((g) => String(g.value) === next)
      words.push(grade ? `descriptor for ${grade.label}` : `descriptor "${next}"`)
      index += 2
    } else if (typeof segment === 'number') {
      words.push(`item ${segment + 1}`)
      index += 1
    } else {
      words.push(FIELD_WORDS[segment] ?? `"${segment}"`)
      index += 1
    }
  }
  return words.length > 0 ? words.join(', ') : 'the framework'
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object'
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text "${value.slice(0, 40)}"`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return TYPE_WORDS[typeof value] ?? typeof value
}

/** What is wrong, in words; the schema's own messages are kept where it has written them. */
function problemWords(issue: z.core.$ZodIssue, data: unknown): string {
  const parent = valueAt(data, issue.path.slice(0, -1) as Segment[])
  const last = issue.path.at(-1)
  const missing =
    issue.path.length > 0 && isRecord(parent) && typeof last === 'string' && !(last in parent)
  const inGrades = issue.path.at(-2) === 'evidenceRequiredAt'
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return 'This is required but missing'
      return `Expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(
        valueAt(data, issue.path as Segment[])
      )}`
    case 'invalid_union':
    case 'invalid_value':
      if (inGrades) {
        return `Use grades ${GRADE_WORDS}; found ${describeValue(valueAt(data, issue.path as Segment[]))}`
      }
      if (issue.path.at(-2) === 'appliesTo') {
        return `Use one of ${PLAN_TYPES.join(', ')}; found ${describeValue(
          valueAt(data, issue.path as Segment[])
        )}`
      }
      if (issue.code === 'invalid_value') {
        return `Use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
      }
      return issue.message
    default:
      return issue.message
  }
}

/** Two items of a list that share a key: the second and later ones are the problem. */
function duplicateKeys(
  data: unknown,
  listPath: Segment[],
  noun: string
): { path: Segment[]; words: string }[] {
  const list = valueAt(data, listPath)
  if (!Array.isArray(list)) return []
  const seen = new Map<string, number>()
  const found: { path: Segment[]; words: string }[] = []
  list.forEach((item: unknown, index) => {
    const key = keyOf(item)
    if (key === null) return
    const first = seen.get(key)
    if (first === undefined) seen.set(key, index)
    else {
      found.push({
        path: [...listPath, index, 'key'],
        words: `Two ${noun} share the key "${key}" (${noun} ${first + 1} and ${index + 1}); keys must be unique`
      })
    }
  })
  return found
}

/**
 * The schema's duplicate-key checks run only once everything else is valid, and name the list
 * rather than the item. Checking the raw input as well lists every duplicate, on its own key, in
 * the same pass as the other problems.
 */
function duplicateProblems(data: unknown): FrameworkProblem[] {
  const criteria = valueAt(data, ['criteria'])
  const found = duplicateKeys(data, ['criteria'], 'criteria')
  if (Array.isArray(criteria)) {
    criteria.forEach((_, index) => {
      found.push(...duplicateKeys(data, ['criteria', index, 'prompts'], 'evidence prompts'))
    })
  }
  return found.map(({ path, words }) => ({
    path: path.join('.'),
    message: sentence(pathInWords(data, path), words)
  }))
}

/** The schema's own duplicate-key issues, left out for the ones above (matched by its wording). */
function isDuplicateRefinement(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && /share a key/.test(issue.message)
}

/** Every problem with a definition, each with its path and its path in words. */
export function frameworkProblems(data: unknown, error: z.ZodError | null): FrameworkProblem[] {
  const problems: FrameworkProblem[] = []
  for (const issue of error?.issues ?? []) {
    if (isDuplicateRefinement(issue)) continue
    const path = issue.path as Segment[]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: [...path, key].join('.'),
          message: sentence(
            pathInWords(data, path),
            `Unknown property "${key}": check its spelling, or remove it`
          )
        })
      }
      continue
    }
    problems.push({
      path: path.length > 0 ? path.join('.') : 'framework',
      message: sentence(pathInWords(data, path), problemWords(issue, data))
    })
  }
  return [...problems, ...duplicateProblems(data)]
}

/** The line and column (from 1) of a character offset, for a JSON syntax error. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** Parses a framework file's text; a syntax error names the file and where in it. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(
      / in JSON at position \d+.*$/,
      ''
    )
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')
    const offset = position ? Number(position[1]) : text.length
    const { line, column } = lineAndColumn(text, offset)
    const message = `${source} is not valid JSON: ${reason} at line ${line}, column ${column}.`
    throw new AppError('invalid-input', message, { json: message })
  }
}

/**
 * Validates a definition against the framework schema. Throws 'invalid-input' listing every
 * problem, each with its path in words, in the message and in `fields` keyed by path.
 */
export function validateFramework(data: unknown, source: string): Framework {
  const parsed = Framework.safeParse(data)
  const problems = frameworkProblems(data, parsed.success ? null : parsed.error)
  if (parsed.success && problems.length === 0) return parsed.data
  const fields: Record<string, string> = {}
  for (const problem of problems) fields[problem.path] ??= problem.message
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
  throw new AppError(
    'invalid-input',
    `${source} is not a valid framework (${count}): ${problems.map((p) => p.message).join('; ')}.`,
    fields
  )
}
