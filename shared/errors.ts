/**
 * Errors cross every transport as data: a code the renderer can act on and words a person can read.
 * Messages never carry case content (names, plan text), only file paths, call names and counts.
 */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'unknown-call',
  'forbidden',
  'conflict',
  'cancelled',
  /** The capability needs the desktop app (a save dialog, printing to PDF); browser mode has another way. */
  'unsupported',
  'no-auditor',
  'store-damaged',
  'store-newer',
  'store-locked',
  'store-readonly',
  'store-unavailable',
  'disk-full',
  'disconnected',
  'internal'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppErrorData {
  code: ErrorCode
  message: string
  /** For invalid input: the message for each field, keyed by its path ("name", "rows.3.team"). */
  fields?: Record<string, string>
}

/** Thrown by services; turned into `{ ok: false, error }` at the transport boundary. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string> | undefined

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.fields = fields
  }

  toData(): AppErrorData {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message }
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }
