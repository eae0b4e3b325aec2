import { z } from 'zod'

/** One call: the schema its input must pass and the schema its output keeps to. */
export interface CallSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I
  output: O
}

export function call<I extends z.ZodType, O extends z.ZodType>(
  spec: CallSpec<I, O>
): CallSpec<I, O> {
  return spec
}

/** For calls that take nothing. */
export const NoInput = z.object({}).strict().optional()

/** A database id as it crosses the boundary. */
export const Id = z.number().int().positive()

/** An ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-04-30')

/**
 * Optional on long calls: an id the renderer makes up, so it can ask jobs:progress how far the
 * work has got and jobs:cancel to stop it.
 */
export const JobId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'A job id is 8 to 64 letters, digits, _ or -')
  .optional()

/** A file's bytes as they cross IPC or HTTP: its name (no folders) and base64 content. */
export const UploadedFile = z
  .object({
    fileName: z
      .string()
      .min(1)
      .max(255)
      .refine(
        (name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..',
        'A file name, not a path'
      ),
    contentBase64: z.string().max(90 * 1024 * 1024, 'Files over 64 MB cannot be imported')
  })
  .strict()
export type UploadedFile = z.infer<typeof UploadedFile>
