import { z } from 'zod'
import type { CallName } from './calls'
import { Auditor, AuditorRole, CycleSummary } from './domain'
import type { Result } from './errors'

/** One call: the schema its input must pass and the schema its output keeps to. */
interface CallSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I
  output: O
}

function call<I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>): CallSpec<I, O> {
  return spec
}

const NoInput = z.object({}).strict().optional()

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['desktop', 'browser', 'cli']),
  platform: z.string()
})
export type AppInfo = z.infer<typeof AppInfo>

export const BackupInfo = z.object({
  file: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number().int()
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const StoreStatus = z.object({
  state: z.enum(['ok', 'damaged', 'newer', 'locked', 'readonly', 'unavailable']),
  path: z.string(),
  message: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  latestSchemaVersion: z.number().int(),
  sizeBytes: z.number().int().nullable(),
  events: z.number().int().nullable(),
  chainValid: z.boolean().nullable(),
  backups: z.array(BackupInfo)
})
export type StoreStatus = z.infer<typeof StoreStatus>

const AuditorName = z
  .string()
  .trim()
  .min(1, 'Enter your name')
  .max(100, 'Name must be 100 characters or fewer')

/**
 * Every call the renderer may make: name (domain:verb) -> input schema and output schema.
 * The single source of truth for IPC, browser mode and the CLI.
 */
export const contract = {
  'app:info': call({ input: NoInput, output: AppInfo }),
  'auditor:get': call({ input: NoInput, output: Auditor.nullable() }),
  'auditor:set': call({
    input: z.object({ name: AuditorName, role: AuditorRole }).strict(),
    output: Auditor
  }),
  'store:status': call({ input: NoInput, output: StoreStatus }),
  'cycles:list': call({ input: NoInput, output: z.array(CycleSummary) })
} satisfies { [N in CallName]: CallSpec<z.ZodType, z.ZodType> }

export type Contract = typeof contract
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>

/** What window.api offers the renderer, in the desktop app and (through HTTP) in browser mode. */
export interface Api {
  call<N extends CallName>(name: N, input?: CallInput<N>): Promise<Result<CallOutput<N>>>
}
