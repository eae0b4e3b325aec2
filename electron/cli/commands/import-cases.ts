import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { ImportPreview, ImportResult, StagedImport } from '../../../shared/contract'
import { CASE_FIELDS, ColumnMapping } from '../../../shared/domain'
import type { CliIo } from '../io'
import { callOrFail, CommandFailure, plural, readFileOrFail, UsageError, withStore } from '../io'

export const IMPORT_CASES_USAGE = `Usage: care-audit import-cases FILE --db PATH [--sheet NAME] [--mapping MAP.json]
                              [--skip-invalid] [--json]

Imports a case list (CSV or XLSX) into the audit store. The columns are mapped by MAP.json
(a JSON object of field -> column header, e.g. {"caseRef": "Case Ref", "team": "Team"}), else
by the mapping remembered for a file with these headers, else guessed from the header names.
Prints the preview: rows, new, updated and unchanged cases, and every problem by row and column.

If any row has a problem nothing is imported and the exit code is 1, unless --skip-invalid is
given: then the valid rows are imported and the skipped rows listed.

Fields: ${CASE_FIELDS.map((field) => field.key).join(', ')}`

/** How many problems the text report lists; --json gives every one. */
const PROBLEMS_SHOWN = 50

function readMappingFile(path: string): ColumnMapping {
  let json: unknown
  try {
    json = JSON.parse(readFileOrFail(path).toString('utf8'))
  } catch (error) {
    if (error instanceof CommandFailure) throw error
    throw new CommandFailure(`${path} is not valid JSON.`)
  }
  const parsed = ColumnMapping.safeParse(json)
  if (!parsed.success) {
    throw new CommandFailure(
      `${path} is not a column mapping: it must be a JSON object of field -> column header, with fields from: ${CASE_FIELDS.map((f) => f.key).join(', ')}.`
    )
  }
  return parsed.data
}

function describeSource(staged: StagedImport): string {
  const headings = staged.headerRow > 1 ? `, headings on row ${staged.headerRow}` : ''
  if (staged.format === 'xlsx') return `XLSX, sheet "${staged.sheet}"${headings}`
  const delimiter = staged.delimiter === '\t' ? 'tab' : `"${staged.delimiter}"`
  return `CSV, ${staged.encoding}, delimiter ${delimiter}${headings}`
}

function printPreview(
  io: CliIo,
  staged: StagedImport,
  preview: ImportPreview,
  mapping: ColumnMapping,
  mappingSource: string
): void {
  io.out(`Case list: ${staged.fileName} (${describeSource(staged)})`)
  io.out(
    `Rows: ${preview.rowCount}, valid: ${preview.validRows}; cases new: ${preview.newCases}, updated: ${preview.updatedCases}, unchanged: ${preview.unchangedCases}`
  )
  io.out(`Mapping (${mappingSource}):`)
  for (const field of CASE_FIELDS) {
    const header = mapping[field.key]
    if (header) io.out(`  ${field.label.padEnd(24)} <- ${header}`)
  }
  if (preview.planTypeValues.length > 0) {
    const values = preview.planTypeValues.map(
      (value) => `"${value.value}" -> ${value.planType} (${plural(value.rows, 'row')})`
    )
    io.out(`Plan types: ${values.join(', ')}`)
  }
  for (const change of preview.fieldChanges) {
    const label = CASE_FIELDS.find((field) => field.key === change.field)!.label
    const examples = change.examples
      .map((example) => `${example.caseRef} "${example.before ?? ''}" -> "${example.after ?? ''}"`)
      .join('; ')
    io.out(`Changes: ${label} in ${plural(change.cases, 'case')} (${examples})`)
  }
  if (preview.sensitiveColumnsIgnored.length > 0) {
    io.out(
      `Not imported (personal details): ${preview.sensitiveColumnsIgnored.map((h) => `"${h}"`).join(', ')}`
    )
  }
  const other = preview.unmappedColumns.filter((h) => !preview.sensitiveColumnsIgnored.includes(h))
  if (other.length > 0) io.out(`Not imported: ${other.map((h) => `"${h}"`).join(', ')}`)
  if (preview.problems.length > 0) {
    const rows = preview.rowCount - preview.validRows
    io.out(`Problems (${plural(rows, 'row')}):`)
    for (const problem of preview.problems.slice(0, PROBLEMS_SHOWN)) {
      io.out(`  row ${problem.row}, "${problem.column}", "${problem.value}": ${problem.message}`)
    }
    if (preview.problems.length > PROBLEMS_SHOWN) {
      io.out(`  ... and ${preview.problems.length - PROBLEMS_SHOWN} more (--json lists them all)`)
    }
  }
}

function printResult(io: CliIo, result: ImportResult): void {
  const skipped =
    result.skipped > 0
      ? `, ${result.skipped} skipped (row${result.skipped === 1 ? '' : 's'} ${result.skippedRows.join(', ')})`
      : ''
  const plans = result.planTexts > 0 ? `; ${plural(result.planTexts, 'plan text')} recorded` : ''
  io.out(
    `Imported (import ${result.importId}): ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged${skipped}${plans}.`
  )
}

/** `import-cases`: stage, preview and commit a case list through the app's own calls. */
export async function importCases(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      sheet: { type: 'string' },
      mapping: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    io.out(IMPORT_CASES_USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('import-cases needs one FILE')
  if (!values.db) throw new UsageError('import-cases needs --db PATH')
  const path = positionals[0]!
  return withStore(values.db, async (context) => {
    const mappingFromFile = values.mapping ? readMappingFile(values.mapping) : null
    const bytes = readFileOrFail(path)
    const staged = await callOrFail(context, 'imports:stage', {
      file: { fileName: basename(path), contentBase64: bytes.toString('base64') },
      ...(values.sheet !== undefined ? { sheet: values.sheet } : {})
    })
    const mapping = mappingFromFile ?? staged.mapping
    const mappingSource = mappingFromFile
      ? `from ${basename(values.mapping!)}`
      : staged.mappingRemembered
        ? 'remembered from an earlier import'
        : 'guessed from the headers'
    const preview = await callOrFail(context, 'imports:preview', {
      stagingId: staged.stagingId,
      mapping
    })
    const blocked = preview.problems.length > 0 && !values['skip-invalid']
    const result = blocked
      ? null
      : await callOrFail(context, 'imports:commit', {
          stagingId: staged.stagingId,
          mapping,
          skipInvalid: values['skip-invalid'] ?? false
        })
    if (values.json) {
      const { sampleRows: _sampleRows, ...file } = staged
      io.out(JSON.stringify({ file, mapping, preview, imported: result !== null, result }, null, 2))
    } else {
      printPreview(io, staged, preview, mapping, mappingSource)
      if (result) printResult(io, result)
    }
    if (blocked) {
      const rows = preview.rowCount - preview.validRows
      io.err(
        `Nothing was imported: ${plural(rows, 'row')} of ${staged.fileName} ${rows === 1 ? 'has' : 'have'} problems. Correct the file, or run again with --skip-invalid to import the valid rows.`
      )
      return 1
    }
    return 0
  })
}
