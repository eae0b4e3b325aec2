import { z } from 'zod'
import { Auditor, AuditorRole } from '../domain'
import { call, NoInput } from './call'

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

export const JobProgress = z.object({
  jobId: z.string(),
  phase: z.string(),
  done: z.number().int(),
  total: z.number().int().nullable(),
  cancelled: z.boolean(),
  finished: z.boolean()
})
export type JobProgress = z.infer<typeof JobProgress>

export const appContract = {
  'app:info': call({ input: NoInput, output: AppInfo }),
  'auditor:get': call({ input: NoInput, output: Auditor.nullable() }),
  'auditor:set': call({
    input: z.object({ name: AuditorName, role: AuditorRole }).strict(),
    output: Auditor
  }),
  'auditors:list': call({ input: NoInput, output: z.array(Auditor) }),
  'store:status': call({ input: NoInput, output: StoreStatus }),
  /** Takes a backup of the store now, beside the daily ones. */
  'store:backup': call({ input: NoInput, output: BackupInfo }),
  /**
   * Puts one of the store's backups in its place. The file in place is moved aside under a dated
   * name, never deleted.
   */
  'store:restore': call({
    input: z.object({ backupFile: z.string().min(1).max(4096) }).strict(),
    output: z.object({ restoredFrom: z.string(), movedAside: z.string().nullable() })
  }),
  'jobs:progress': call({
    input: z.object({ jobId: z.string().max(64) }).strict(),
    output: JobProgress.nullable()
  }),
  'jobs:cancel': call({ input: z.object({ jobId: z.string().max(64) }).strict(), output: z.null() })
}
