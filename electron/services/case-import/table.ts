import type { SourceRow, SourceTable } from './staging'

/**
 * Some case-management exports protect leading zeros by writing a cell as ="00123"; Excel shows
 * 00123, so that is the value the officer expects.
 */
const EXCEL_TEXT_FORMULA = /^="(.*)"$/s

/** A cell's value as the officer sees it: trimmed, with an ="..." text wrapper removed. */
export function cleanCell(value: string): string {
  const trimmed = value.trim()
  if (!trimmed.startsWith('=')) return trimmed
  const wrapped = EXCEL_TEXT_FORMULA.exec(trimmed)
  return wrapped ? wrapped[1]!.trim() : trimmed
}

/**
 * Makes every header usable as a mapping target: a blank header becomes "Column N" and a repeated
 * one gets " (2)", " (3)" so each column can be chosen on its own.
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return raw.map((value, index) => {
    const base = value === '' ? `Column ${index + 1}` : value
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1
    seen.set(base.toLowerCase(), count)
    return count === 1 ? base : `${base} (${count})`
  })
}

/** Cleans each cell in place (see cleanCell); true when every cell is then empty. */
function cleanCells(cells: string[]): boolean {
  let blank = true
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cleanCell(cells[index]!)
    cells[index] = cell
    if (cell !== '') blank = false
  }
  return blank
}

/**
 * Collects a file's records into a table: the first non-blank record is the header, and blank
 * records are dropped (Excel's trailing ",,,," rows) while keeping their row numbers counted, so
 * every later row keeps the number the officer sees in a spreadsheet. The builder keeps the
 * cells array it is given, cleaned in place, rather than copying 50,000 of them.
 */
export function createTableBuilder(): {
  add: (row: number, cells: string[]) => void
  finish: () => SourceTable | null
} {
  let headers: string[] | null = null
  const rows: SourceRow[] = []
  return {
    add(row, cells) {
      if (cleanCells(cells)) return
      if (headers === null) headers = uniqueHeaders(cells)
      else rows.push({ row, cells })
    },
    finish: () => (headers === null ? null : { headers, rows })
  }
}
