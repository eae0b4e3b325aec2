import { Parser } from 'papaparse'
import type { ParseError } from 'papaparse'
import { AppError } from '../../../shared/errors'
import type { JobReporter } from '../../jobs'
import type { SourceTable } from './staging'
import { createTableBuilder } from './table'
import type { HeadingTest } from './table'

/** The delimiters case-management exports use: Excel writes ; where the decimal mark is a comma. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const

/** Rows checked between checkpoints, so progress is reported and a cancel is noticed promptly. */
export const ROWS_PER_CHUNK = 2000

/**
 * Characters parsed between checkpoints: about 2,000 rows of a typical export, parsed in a few
 * milliseconds, so a cancel is noticed promptly without paying much for each yield.
 */
export const TEXT_CHUNK = 64 * 1024

type LineBreak = '\r\n' | '\n' | '\r'

/**
 * Picks the delimiter that occurs most often in the header line, counting only outside quotes (a
 * header like "Name, preferred" must not vote for the comma). Ties and a one-column file give the
 * comma.
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]))
  let inQuotes = false
  let seenContent = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!
    if (char === '"') inQuotes = !inQuotes
    else if (inQuotes) continue
    else if (char === '\n' || char === '\r') {
      if (seenContent) break
    } else {
      const count = counts.get(char)
      if (count !== undefined) counts.set(char, count + 1)
      if (char.trim() !== '') seenContent = true
    }
  }
  let best: string = CSV_DELIMITERS[0]
  for (const delimiter of CSV_DELIMITERS) {
    if (counts.get(delimiter)! > counts.get(best)!) best = delimiter
  }
  return best
}

/**
 * The file's record separator: the first line break outside quotes, CRLF, LF or a lone CR (old
 * Mac exports). Any other kind of line break later in the file is read as part of a cell, which
 * is what Excel does. A quote opens a quoted cell only at the start of a cell, as in parseCsv, so
 * a header like `Height 5" tall` does not hide the line break after it.
 */
export function sniffLineBreak(text: string, delimiter: string): LineBreak {
  let inQuotes = false
  let atCellStart = true
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (inQuotes) {
      if (char === '"') {
        if (text[index + 1] === '"') index += 1
        else inQuotes = false
      }
      continue
    }
    if (char === '\n') return '\n'
    if (char === '\r') return text[index + 1] === '\n' ? '\r\n' : '\r'
    if (char === '"' && atCellStart) inQuotes = true
    atCellStart = char === delimiter
  }
  return '\r\n'
}

/** An upper bound on the records in the file, for a progress bar (quoted newlines overcount). */
function countLines(text: string): number {
  let lines = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines += 1
  }
  return lines
}

interface ChunkResult {
  /** The complete records in the chunk. */
  data: string[][]
  errors: ParseError[]
  /** Where the first record not returned starts, in the whole text. */
  meta: { cursor: number }
}

const QUOTE_PROBLEMS: Partial<Record<string, string>> = {
  MissingQuotes: 'a quoted cell is never closed',
  InvalidQuotes: 'a quoted cell has text after its closing quote'
}

/**
 * Parses decoded CSV text with Papa Parse, TEXT_CHUNK characters at a time, yielding to the event
 * loop between chunks. Each chunk is handed to Papa Parse's core parser with its last, possibly
 * incomplete record held back (exactly how its own streaming reader works), and parsing resumes
 * where that record starts, so a quoted cell may span any number of chunks. Papa Parse exports and
 * types that parser but does not document it; large-lists.test.ts pins the behaviour relied on,
 * so an upgrade that changed it would fail there.
 *
 * Quotes follow RFC 4180: a quoted cell may hold delimiters, line breaks and doubled quotes; a
 * quote inside an unquoted cell (5" tall) is kept as text, as Excel does. A quoted cell that is
 * never closed, or has text after its closing quote, is refused rather than guessed at.
 *
 * Row numbers are record numbers, counting the first record as row 1: a record whose quoted field
 * holds line breaks is still one row, exactly as Excel shows the file, so "row 7" is the seventh
 * row on screen rather than the seventh physical line. Blank lines count as rows for the same
 * reason. The headings are found as createTableBuilder finds them.
 */
export async function parseCsv(
  text: string,
  delimiter: string,
  fileName: string,
  job: JobReporter,
  looksLikeHeadings?: HeadingTest
): Promise<SourceTable> {
  const parser = new Parser({ delimiter, newline: sniffLineBreak(text, delimiter), quoteChar: '"' })
  const total = countLines(text)
  const builder = createTableBuilder(looksLikeHeadings)
  let record = 0
  let start = 0
  while (start < text.length) {
    let end = Math.min(start + TEXT_CHUNK, text.length)
    let chunk = parser.parse(text.slice(start, end), start, end < text.length) as ChunkResult
    // A record longer than a chunk (a plan's text in one cell): widen until it is complete.
    while (chunk.data.length === 0 && end < text.length) {
      end = Math.min(start + 2 * (end - start), text.length)
      chunk = parser.parse(text.slice(start, end), start, end < text.length) as ChunkResult
    }
    // An error in the held-back record is not yet an error: it is read again with what follows.
    const problem = chunk.errors.find((error) => (error.row ?? 0) < chunk.data.length)
    if (problem) {
      const reason = QUOTE_PROBLEMS[problem.code] ?? problem.message.toLowerCase()
      throw new AppError(
        'invalid-input',
        `${fileName} could not be read as CSV at row ${record + (problem.row ?? 0) + 1}: ${reason}. Check the file was saved as CSV.`
      )
    }
    for (const cells of chunk.data) {
      record += 1
      builder.add(record, cells)
    }
    start = chunk.meta.cursor
    job.report('reading', record, Math.max(total, record))
    await job.checkpoint()
  }
  job.report('reading', record, record)
  const table = builder.finish()
  if (!table) throw new AppError('invalid-input', `${fileName} is empty: it has no header row.`)
  return table
}
