import { Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { AppError } from '../../../shared/errors'
import type { JobReporter } from '../../jobs'
import type { SourceTable } from './staging'
import { createTableBuilder } from './table'

/** The delimiters case-management exports use: Excel writes ; where the decimal mark is a comma. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const

/** Rows parsed between checkpoints, so progress is reported and a cancel is noticed promptly. */
export const ROWS_PER_CHUNK = 2000

const TEXT_CHUNK = 256 * 1024

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

function* textChunks(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += TEXT_CHUNK) {
    yield text.slice(start, start + TEXT_CHUNK)
  }
}

/** An upper bound on the records in the file, for a progress bar (quoted newlines overcount). */
function countLines(text: string): number {
  let lines = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines += 1
  }
  return lines
}

/**
 * Parses decoded CSV text with csv-parse, yielding to the event loop every ROWS_PER_CHUNK records.
 *
 * Row numbers are record numbers, counting the header as row 1: a record whose quoted field holds
 * line breaks is still one row, exactly as Excel shows the file, so "row 7" is the seventh row on
 * screen rather than the seventh physical line. Blank lines count as rows for the same reason.
 */
export async function parseCsv(
  text: string,
  delimiter: string,
  fileName: string,
  job: JobReporter
): Promise<SourceTable> {
  const parser = parse({
    delimiter,
    relax_column_count: true,
    // A stray quote inside an unquoted field (5" tall) is kept as text, as Excel does.
    relax_quotes: true,
    skip_empty_lines: false
  })
  Readable.from(textChunks(text)).pipe(parser)
  const total = countLines(text)
  const builder = createTableBuilder()
  let record = 0
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      record += 1
      builder.add(record, cells)
      if (record % ROWS_PER_CHUNK === 0) {
        job.report('reading', record, Math.max(total, record))
        await job.checkpoint()
      }
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : null
      throw new AppError(
        'invalid-input',
        `${fileName} could not be read as CSV${line ? ` near line ${line}` : ''}: ${error.message.split(':')[0]}. Check the file was saved as CSV.`
      )
    }
    throw error
  } finally {
    parser.destroy()
  }
  job.report('reading', record, record)
  const table = builder.finish()
  if (!table) throw new AppError('invalid-input', `${fileName} is empty: it has no header row.`)
  return table
}
