import type { z } from 'zod'
import { contract, isCallName } from '../shared/contract'
import { AppError } from '../shared/errors'
import type { Result } from '../shared/errors'
import type { Handlers } from './handlers'
import { describeRuntimeFailure } from './store/open'

function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'input'
    fields[key] ??= issue.message
  }
  return fields
}

/**
 * Runs one call for any transport: checks the name against the contract, validates the input,
 * runs the handler and checks its output. Never throws: errors come back as data, and an
 * unexpected failure is logged by kind only (never its values, which may be case content).
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  payload: unknown
): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return {
      ok: false,
      error: {
        code: 'unknown-call',
        message: `There is no call named ${JSON.stringify(String(name)).slice(0, 80)}.`
      }
    }
  }
  const spec = contract[name]
  const parsed = spec.input.safeParse(payload)
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error)
    const summary = Object.entries(fields)
      .map(([field, message]) => `${field}: ${message}`)
      .join('; ')
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Invalid input for ${name}. ${summary}`, fields }
    }
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    const value: unknown = await handler(parsed.data)
    return { ok: true, value: (spec.output as z.ZodType).parse(value) }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() }
    const storeFailure = describeRuntimeFailure(error)
    if (storeFailure) return { ok: false, error: storeFailure.toData() }
    const kind = error instanceof Error ? error.name : typeof error
    const code = (error as { code?: unknown } | null)?.code
    console.error(
      `[care-plan-audit] ${name} failed unexpectedly: ${kind}${typeof code === 'string' ? ` (${code})` : ''}`
    )
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong while running ${name}. Nothing was saved.`
      }
    }
  }
}
