import { z } from 'zod'
import { Framework } from '../domain'
import { call, NoInput } from './call'

export const FrameworkSummary = z.object({
  id: z.number().int(),
  key: z.string(),
  version: z.number().int(),
  title: z.string(),
  /** Used by a cycle: it can no longer change; saving an edit makes the next version. */
  locked: z.boolean(),
  /** The newest version of its key. */
  latest: z.boolean(),
  criteria: z.number().int(),
  usedByCycles: z.number().int(),
  createdAt: z.string()
})
export type FrameworkSummary = z.infer<typeof FrameworkSummary>

/**
 * What an import did: 'added' a new key, stored a 'new-version' of a key already here (numbered
 * by the store, whatever the file says), or nothing, the file being 'unchanged' from a version
 * already stored. The message says so in a sentence, for the screen and the command line.
 */
export const FrameworkImportResult = FrameworkSummary.extend({
  outcome: z.enum(['added', 'new-version', 'unchanged']),
  message: z.string()
})
export type FrameworkImportResult = z.infer<typeof FrameworkImportResult>

export const FrameworkDetail = z.object({ summary: FrameworkSummary, definition: Framework })
export type FrameworkDetail = z.infer<typeof FrameworkDetail>

const FrameworkRef = z
  .object({ key: z.string().max(64), version: z.number().int().positive().optional() })
  .strict()

export const frameworksContract = {
  'frameworks:list': call({ input: NoInput, output: z.array(FrameworkSummary) }),
  /** Without a version: the latest. */
  'frameworks:get': call({ input: FrameworkRef, output: FrameworkDetail }),
  'frameworks:import': call({
    input: z
      .object({
        /** The file's text; validated against the framework schema, errors naming the path. */
        json: z.string().max(2_000_000, 'A framework file is at most 2 MB'),
        fileName: z.string().max(255).optional()
      })
      .strict(),
    output: FrameworkImportResult
  }),
  'frameworks:export': call({
    input: FrameworkRef,
    output: z.object({ fileName: z.string(), json: z.string() })
  }),
  'frameworks:duplicate': call({
    input: z
      .object({
        key: z.string().max(64),
        version: z.number().int().positive().optional(),
        newKey: z.string().max(64),
        newTitle: z.string().trim().min(1, 'Enter a title').max(200)
      })
      .strict(),
    output: FrameworkSummary
  }),
  /**
   * Saves an edited definition of an existing key: in place while its latest version is unused,
   * otherwise as the next version (the locked one is kept as it was).
   */
  'frameworks:save': call({
    input: z.object({ definition: z.unknown() }).strict(),
    output: FrameworkSummary
  })
}
