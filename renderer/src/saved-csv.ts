/*
 * Lists the officer saves as CSV from what a screen already holds: an import's problems and a
 * cycle's sample. Written by the same rules as the app's exports (shared/csv.ts), so a value like
 * "=HYPERLINK(...)" arrives in Excel as text, not as a formula.
 */
import type { ImportProblem, SampleResult } from '../../shared/contract'
import { BOM, numberField, record, textField } from '../../shared/csv'
import { howChosenLabel, planTypeLabel } from './format'

function csvText(header: readonly string[], rows: readonly string[][]): string {
  return BOM + [header.map(textField), ...rows].map(record).join('')
}

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[\u0000-\u001f<>:"/\\|?*]+/g

/** Text made fit for a file name: refused characters become spaces. */
function fileNamePart(text: string): string {
  return text.replace(NOT_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * A preview's problems, every one of them (the screen shows the first few hundred): for fixing
 * the file row by row in Excel, or for sending to whoever runs the case-management export.
 */
export function problemsCsv(problems: readonly ImportProblem[]): string {
  return csvText(
    ['Row', 'Column', 'Value', 'Problem'],
    problems.map((problem) => [
      numberField(problem.row),
      textField(problem.column),
      textField(problem.value),
      textField(problem.message)
    ])
  )
}

/** "Mosaic export.csv" gives "Mosaic export - problems.csv", so the two sort together. */
export function problemsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '') || 'case list'
  return `${base} - problems.csv`
}

/**
 * A cycle's sample as a list to send to team managers, so the files are ready: each case, how it
 * was chosen and why when not at random. Audit findings (grades, safeguarding flags) are not in
 * it; they belong to the reports' exports.
 */
export function sampleCsv(sample: SampleResult): string {
  return csvText(
    [
      'Case reference',
      'Plan type',
      'Team',
      'Social worker',
      'Plan attached',
      'How chosen',
      'Reason'
    ],
    sample.cases.map((row) => [
      textField(row.caseRef),
      textField(planTypeLabel(row.planType)),
      textField(row.team),
      textField(row.socialWorker),
      row.hasPlan ? 'Yes' : 'No',
      howChosenLabel(row.source),
      textField(row.reason)
    ])
  )
}

/** The cycle's name and the sample's seed, so a saved list can be traced to its draw. */
export function sampleFileName(cycleName: string, seed: string): string {
  return `${fileNamePart(cycleName) || 'Audit cycle'} - sample (seed ${fileNamePart(seed)}).csv`
}
