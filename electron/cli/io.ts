import { readFileSync } from 'node:fs'
import type { CallInput, CallName, CallOutput } from '../../shared/contract'
import type { AppContext } from '../context'
import { closeAppContext, createAppContext } from '../context'
import { APP_VERSION } from '../version'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'

/** Where a command writes: JSON or the report on stdout, messages on stderr. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
}

/** A command's usage mistake: printed as one line with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure already explained in words; printed as one line, exit code 1. */
export class CommandFailure extends Error {
  override name = 'CommandFailure'
}

/** One call through the same dispatch the app uses; an error result becomes a CommandFailure. */
export async function callOrFail<N extends CallName>(
  context: AppContext,
  name: N,
  input: CallInput<N>
): Promise<CallOutput<N>> {
  const result = await dispatch(createHandlers(context), name, input)
  if (!result.ok) throw new CommandFailure(result.error.message)
  return result.value as CallOutput<N>
}

export function readFileOrFail(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new CommandFailure(
      `Cannot read ${path}${typeof code === 'string' ? ` (${code})` : ''}. Check the path.`
    )
  }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Runs a command's work on the store at a path, closing it however the work ends. */
export async function withStore<T>(
  storePath: string,
  work: (context: AppContext) => Promise<T>
): Promise<T> {
  const context = await createAppContext({ transport: 'cli', version: APP_VERSION, storePath })
  try {
    return await work(context)
  } finally {
    closeAppContext(context)
  }
}
