import type { CellValue, Worksheet } from 'exceljs'
import { AppError } from '../../../shared/errors'
import type { JobReporter } from '../../jobs'
import { ROWS_PER_CHUNK } from './csv'
import type { SourceTable } from './staging'
import { createTableBuilder, hasHeadings } from './table'
import type { HeadingTest } from './table'

export interface XlsxTable {
  sheets: string[]
  sheet: string
  table: SourceTable
}

/**
 * A date cell as the ISO date it shows. ExcelJS turns a date-formatted serial into a Date at UTC
 * midnight (plus the time of day, if any), so the UTC calendar date is the one Excel displays.
 */
function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)
}

/**
 * A cell's value as text. Numbers stay as their digits, so a date column holding bare serials
 * (an export that lost its date format) can still be read as Excel serial dates by validation.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return isoDate(value)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('hyperlink' in value) return cellText(value.text as CellValue)
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result)
  if ('error' in value) return value.error
  return ''
}

function namedSheet(sheets: Worksheet[], wanted: string, fileName: string): Worksheet {
  const names = sheets.map((sheet) => sheet.name)
  const found =
    sheets.find((sheet) => sheet.name === wanted) ??
    sheets.find((sheet) => sheet.name.toLowerCase() === wanted.trim().toLowerCase())
  if (!found) {
    throw new AppError(
      'invalid-input',
      `${fileName} has no sheet named "${wanted}". Its sheets are: ${names.map((n) => `"${n}"`).join(', ')}.`,
      { sheet: `Choose one of: ${names.join(', ')}` }
    )
  }
  return found
}

/** A row's cells as text. */
function rowCells(worksheet: Worksheet, rowNumber: number): string[] {
  const values = worksheet.findRow(rowNumber)?.values
  return Array.isArray(values)
    ? Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) =>
        cellText(values[i + 1] as CellValue)
      )
    : []
}

function* sheetRows(worksheet: Worksheet): Generator<string[]> {
  for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber += 1) {
    yield rowCells(worksheet, rowNumber)
  }
}

/**
 * The sheet to read when none is named: the first one, unless it does not look like a case list
 * and a later one does. Exports often open with a cover or "Read me" sheet; reading that would
 * show an officer an empty mapping with no hint why.
 */
function defaultSheet(sheets: Worksheet[], looksLikeHeadings: HeadingTest): Worksheet {
  return sheets.find((sheet) => hasHeadings(sheetRows(sheet), looksLikeHeadings)) ?? sheets[0]!
}

/**
 * Reads one sheet of an .xlsx workbook with ExcelJS: the one named, else the first that looks like
 * a case list (see defaultSheet), its headings found as createTableBuilder finds them. Row numbers
 * are the sheet's own, so they match what Excel shows even when rows are skipped.
 */
export async function readXlsx(
  bytes: Uint8Array,
  wanted: { sheet?: string; looksLikeHeadings: HeadingTest },
  fileName: string,
  job: JobReporter
): Promise<XlsxTable> {
  // Loaded on first use: the CLI's other commands should not pay for ExcelJS at start-up.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  job.report('opening workbook', 0, null)
  try {
    // ExcelJS's typings declare their own Buffer (an ArrayBuffer); at run time it takes Node's.
    const data = Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]
    await workbook.xlsx.load(data)
  } catch {
    throw new AppError(
      'invalid-input',
      `${fileName} could not be read as an Excel workbook (.xlsx). It may be damaged or password-protected; an older .xls file must be saved as .xlsx or CSV first.`
    )
  }
  await job.checkpoint()
  const sheets = workbook.worksheets
  if (sheets.length === 0) throw new AppError('invalid-input', `${fileName} has no sheets.`)
  const worksheet =
    wanted.sheet === undefined
      ? defaultSheet(sheets, wanted.looksLikeHeadings)
      : namedSheet(sheets, wanted.sheet, fileName)
  const total = worksheet.rowCount
  const builder = createTableBuilder(wanted.looksLikeHeadings)
  for (let rowNumber = 1; rowNumber <= total; rowNumber += 1) {
    if (worksheet.findRow(rowNumber)) builder.add(rowNumber, rowCells(worksheet, rowNumber))
    if (rowNumber % ROWS_PER_CHUNK === 0) {
      job.report('reading', rowNumber, total)
      await job.checkpoint()
    }
  }
  const table = builder.finish()
  if (!table) {
    throw new AppError('invalid-input', `The sheet "${worksheet.name}" in ${fileName} is empty.`)
  }
  return {
    sheets: workbook.worksheets.map((sheet) => sheet.name),
    sheet: worksheet.name,
    table
  }
}
