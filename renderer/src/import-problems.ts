import type { ImportProblem } from '../../shared/contract'
import { BOM, numberField, record, textField } from '../../shared/csv'

/**
 * A preview's problems as CSV, every one of them (the screen shows the first few hundred): for
 * fixing the file row by row in Excel, or for sending to whoever runs the case-management export.
 * Written by the same rules as the app's other exports, so a value like "=HYPERLINK(...)" in a
 * bad cell arrives as text, not as a formula.
 */
export function problemsCsv(problems: readonly ImportProblem[]): string {
  const lines = [record(['Row', 'Column', 'Value', 'Problem'])]
  for (const problem of problems) {
    lines.push(
      record([
        numberField(problem.row),
        textField(problem.column),
        textField(problem.value),
        textField(problem.message)
      ])
    )
  }
  return BOM + lines.join('')
}

/** "Mosaic export.csv" gives "Mosaic export - problems.csv", so the two sort together. */
export function problemsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '') || 'case list'
  return `${base} - problems.csv`
}
