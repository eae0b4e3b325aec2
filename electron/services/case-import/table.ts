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
 * How many non-blank records are searched for the headings. Reports exported from a
 * case-management system often open with a title and their parameters ("Open cases as at
 * 20/11/2026", "Team: all") before the row of headings.
 */
export const HEADING_SEARCH_ROWS = 20

/** Tells headings from a title line: true when a row's cells read as a case list's headings. */
export type HeadingTest = (headers: string[]) => boolean

/** Whether one of the first HEADING_SEARCH_ROWS non-blank records reads as headings. */
export function hasHeadings(records: Iterable<string[]>, looksLikeHeadings: HeadingTest): boolean {
  let searched = 0
  for (const cells of records) {
    if (cleanCells(cells)) continue
    if (looksLikeHeadings(uniqueHeaders(cells))) return true
    searched += 1
    if (searched === HEADING_SEARCH_ROWS) return false
  }
  return false
}

/**
 * Collects a file's records into a table. The headings are the first of the first
 * HEADING_SEARCH_ROWS non-blank records that looksLikeHeadings accepts, else the first non-blank
 * record; records above the headings (a report's title) are left out. Blank records are dropped
 * (Excel's trailing ",,,," rows) while keeping their row numbers counted, so every later row keeps
 * the number the officer sees in a spreadsheet. The builder keeps the cells array it is given,
 * cleaned in place, rather than copying 50,000 of them.
 */
export function createTableBuilder(looksLikeHeadings: HeadingTest = () => false): {
  add: (row: number, cells: string[]) => void
  finish: () => SourceTable | null
} {
  let headers: string[] | null = null
  let headerRow = 0
  // Non-blank records read while the headings are still being looked for.
  let searching: SourceRow[] | null = []
  const rows: SourceRow[] = []

  function takeHeadings(index: number, named: string[]) {
    headers = named
    headerRow = searching![index]!.row
    rows.push(...searching!.slice(index + 1))
    searching = null
  }

  return {
    add(row, cells) {
      if (cleanCells(cells)) return
      if (searching === null) {
        rows.push({ row, cells })
        return
      }
      searching.push({ row, cells })
      const named = uniqueHeaders(cells)
      if (looksLikeHeadings(named)) takeHeadings(searching.length - 1, named)
      else if (searching.length === HEADING_SEARCH_ROWS) {
        takeHeadings(0, uniqueHeaders(searching[0]!.cells))
      }
    },
    finish() {
      if (searching !== null && searching.length > 0) {
        takeHeadings(0, uniqueHeaders(searching[0]!.cells))
      }
      return headers === null ? null : { headers, headerRow, rows }
    }
  }
}
