/**
 * The names of every call the renderer may make, and nothing else. Kept apart from the schemas so
 * the sandboxed preload can allow-list them without bundling zod; contract.ts is checked against
 * this list by the compiler, so the two cannot drift.
 */
export const CALL_NAMES = [
  'app:info',
  'auditor:get',
  'auditor:set',
  'store:status',
  'cycles:list'
] as const

export type CallName = (typeof CALL_NAMES)[number]

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name)
}
