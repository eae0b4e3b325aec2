import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'

/** Where an export's text goes, a chunk at a time. */
export interface TextSink {
  write(chunk: string): void
}

/** The file a sink writes into; the default is the real file system. */
export interface FileOps {
  open(path: string): number
  write(fd: number, chunk: string | Uint8Array): void
  sync(fd: number): void
  close(fd: number): void
  rename(from: string, to: string): void
  remove(path: string): void
}

export const realFileOps: FileOps = {
  open: (path) => openSync(path, 'w'),
  write: (fd, chunk) => {
    // A write may take only part of the bytes (a disk filling up does exactly that): keep writing
    // the rest, so the next attempt reports the real error instead of a short file passing as whole.
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    for (let offset = 0; offset < bytes.length;) {
      const written = writeSync(fd, bytes, offset, bytes.length - offset)
      if (written <= 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' })
      offset += written
    }
  },
  sync: (fd) => fsyncSync(fd),
  close: (fd) => closeSync(fd),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true })
}

/** Writes go out in chunks of about this many characters: few system calls, little memory. */
const CHUNK = 1 << 20

/** A file being written under a temporary name: its sink, and how it is finished or abandoned. */
interface PartialFile {
  sink: TextSink
  /** Flushes, syncs to disk and gives the file its name. */
  finish: () => void
  /** Removes what was written and says which file could not be written. */
  fail: (error: unknown) => AppError
}

function openPartial(path: string, ops: FileOps): PartialFile {
  const partial = `${path}.partial`
  let fd: number | null = null
  const fail = (error: unknown): AppError => failed(error, path, partial, fd, ops)
  try {
    fd = ops.open(partial)
  } catch (error) {
    throw fail(error)
  }
  const handle = fd
  let pending = ''
  const flush = (): void => {
    if (pending === '') return
    ops.write(handle, pending)
    pending = ''
  }
  return {
    sink: {
      write(chunk) {
        pending += chunk
        if (pending.length >= CHUNK) flush()
      }
    },
    finish() {
      flush()
      ops.sync(handle)
      ops.close(handle)
      fd = null
      ops.rename(partial, path)
    },
    fail
  }
}

/**
 * Writes a file whole or not at all: the text goes to `${path}.partial`, is flushed to disk, and
 * only then takes the file's name. On any failure the partial file is removed and an AppError
 * names the file, so a failed export never leaves half a file where a whole one is expected.
 */
export function writeFileAtomically<T>(
  path: string,
  produce: (sink: TextSink) => T,
  ops: FileOps = realFileOps
): T {
  const file = openPartial(path, ops)
  try {
    const result = produce(file.sink)
    file.finish()
    return result
  } catch (error) {
    throw file.fail(error)
  }
}

/** writeFileAtomically for text produced over time: a cancelled job leaves no file either. */
export async function writeFileAtomicallyAsync<T>(
  path: string,
  produce: (sink: TextSink) => Promise<T>,
  ops: FileOps = realFileOps
): Promise<T> {
  const file = openPartial(path, ops)
  try {
    const result = await produce(file.sink)
    file.finish()
    return result
  } catch (error) {
    throw file.fail(error)
  }
}

/** Cleans up after a failed write and says which file could not be written. */
function failed(
  error: unknown,
  path: string,
  partial: string,
  fd: number | null,
  ops: FileOps
): AppError {
  if (fd !== null) {
    try {
      ops.close(fd)
    } catch {
      // Already failing: the partial file is removed below either way.
    }
  }
  try {
    ops.remove(partial)
  } catch {
    // Nothing more can be done; the message still names the file.
  }
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown }).code
  const where = typeof code === 'string' ? ` (${code})` : ''
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') {
    return new AppError(
      'disk-full',
      `Could not write ${path}${where}: the disk is full. Nothing was saved as ${basename(path)}: free some space, or choose another drive, and export again.`
    )
  }
  return new AppError(
    typeof code === 'string' && PATH_PROBLEMS.has(code) ? 'invalid-input' : 'internal',
    `Could not write ${path}${where}. Nothing was saved as ${basename(path)}: check the folder exists and you can write to it.`
  )
}

/** File-system errors that mean the chosen place is wrong, not that the app is. */
const PATH_PROBLEMS = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR', 'EROFS', 'ENOSPC'])

/** Bytes (a PDF, an HTML report) written whole or not at all, like writeFileAtomically. */
export function writeBytesAtomically(
  path: string,
  bytes: Uint8Array | string,
  ops: FileOps = realFileOps
): void {
  const partial = `${path}.partial`
  let fd: number | null = null
  try {
    fd = ops.open(partial)
    ops.write(fd, bytes)
    ops.sync(fd)
    ops.close(fd)
    fd = null
    ops.rename(partial, path)
  } catch (error) {
    throw failed(error, path, partial, fd, ops)
  }
}
