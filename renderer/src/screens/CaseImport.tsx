import { useEffect, useId, useState } from 'react'
import type { ChangeEvent } from 'react'
import { CASE_FIELDS, PLAN_TYPE_LABELS } from '../../../shared/domain'
import type { CaseFieldKey, PlanType } from '../../../shared/domain'
import type { ImportPreview } from '../../../shared/contract'
import { ErrorSummary } from '../components/ErrorSummary'
import type { FieldProblem } from '../components/ErrorSummary'
import { JobProgressBar } from '../components/JobProgressBar'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { Steps } from '../components/Steps'
import { downloadText } from '../files'
import { formatCount, formatDate, planTypeLabel, plural } from '../format'
import { problemsCsv, problemsFileName } from '../saved-csv'
import { missingRequired, useCaseImport } from '../state/caseImport'
import type { CaseImportState, ImportStep } from '../state/caseImport'
import { useJobProgress } from '../state/jobs'
import { useLeaveGuard } from '../state/leave-guard'
import { useNavigation } from '../state/navigation'
import type { LeaveQuestion } from '../state/navigation'

const STEPS: { id: ImportStep; label: string }[] = [
  { id: 'choose', label: 'Choose the file' },
  { id: 'mapping', label: 'Match the columns' },
  { id: 'preview', label: 'Check and import' },
  { id: 'done', label: 'Done' }
]

/** How many problems are listed on screen; all of them can be saved as CSV (and the CLI's --json lists all). */
const PROBLEMS_SHOWN = 200

/**
 * What leaving asks while a file is read but not imported: matching a dozen columns is work to
 * lose. Once the import is being saved it finishes either way, and the history will show it.
 */
function leaveQuestion(state: CaseImportState): LeaveQuestion | null {
  if (state.busy === 'committing') {
    return {
      title: 'Leave while the import is saved?',
      description: `${state.staged?.fileName ?? 'The case list'} is being saved and will finish; the import history will show it.`,
      confirmLabel: 'Leave',
      cancelLabel: 'Stay and see the result'
    }
  }
  if (state.staged === null || state.step === 'done') return null
  return {
    title: 'Leave without importing?',
    description: `${state.staged.fileName} has not been imported, and nothing from it has been saved. The columns you matched will be forgotten.`,
    confirmLabel: 'Leave the import',
    cancelLabel: 'Stay'
  }
}

export function CaseImport() {
  const state = useCaseImport()
  const go = useNavigation((s) => s.go)
  const progress = useJobProgress(state.jobId, state.busy !== null)
  const stepIndex = STEPS.findIndex((step) => step.id === state.step)

  // Leaving the flow forgets the staged file rather than keeping a copy of the case list in memory.
  const reset = state.reset
  useEffect(() => () => void reset(), [reset])
  useLeaveGuard(() => leaveQuestion(state))

  return (
    <>
      <p className="caption">Cases</p>
      <ScreenHeading>Import a case list</ScreenHeading>
      <Steps steps={STEPS.map((step) => step.label)} current={stepIndex} />
      {state.error && state.error.code !== 'cancelled' && (
        <Notice kind="error">{state.error.message}</Notice>
      )}
      {state.error?.code === 'cancelled' && <Notice>Import cancelled. Nothing was saved.</Notice>}
      {state.busy && (
        <JobProgressBar
          label={
            state.busy === 'committing'
              ? 'Importing'
              : state.busy === 'previewing'
                ? 'Checking'
                : 'Reading'
          }
          progress={progress}
          onCancel={() => void state.cancel()}
        />
      )}
      {!state.busy && state.step === 'choose' && <ChooseFile />}
      {!state.busy && state.step === 'mapping' && <MapColumns />}
      {!state.busy && state.step === 'preview' && <PreviewImport />}
      {!state.busy && state.step === 'done' && (
        <ImportDone
          onViewCases={() => go({ screen: 'cases' })}
          onAnother={() => void state.reset()}
        />
      )}
    </>
  )
}

function ChooseFile() {
  const chooseFile = useCaseImport((s) => s.chooseFile)
  const id = useId()
  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (file) void chooseFile(file)
  }
  return (
    <div className="field">
      <label htmlFor={`${id}-file`} className="field__label">
        Case list file
      </label>
      <p id={`${id}-hint`} className="field__hint">
        A CSV or Excel (.xlsx) export from Mosaic, Liquidlogic, Eclipse, CareFirst or a spreadsheet.
        Nothing is saved until you have checked the preview.
      </p>
      <input
        id={`${id}-file`}
        type="file"
        className="file-input"
        accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-hint`}
        onChange={onChange}
      />
    </div>
  )
}

function MapColumns() {
  const { staged, sheetChosen, mapping, setField, runPreview, chooseFile, file } = useCaseImport()
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const id = useId()
  if (!staged) return null
  const fieldId = (key: CaseFieldKey) => `${id}-${key}`
  const example = (header: string | null | undefined): string => {
    if (!header) return ''
    const column = staged.headers.indexOf(header)
    return (
      staged.sampleRows.map((row) => row[column] ?? '').find((value) => value.trim() !== '') ?? ''
    )
  }

  function preview() {
    const missing = missingRequired(mapping)
    const found = missing.map((key) => ({
      fieldId: fieldId(key),
      message: `Choose the column that holds the ${CASE_FIELDS.find((f) => f.key === key)!.label.toLowerCase()}`
    }))
    setProblems(found)
    if (found.length === 0) void runPreview()
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt>File</dt>
          <dd>{staged.fileName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Rows</dt>
          <dd>{formatCount(staged.rowCount)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Read as</dt>
          <dd>
            {staged.format === 'xlsx'
              ? `Excel workbook, sheet “${staged.sheet}”`
              : `CSV, ${staged.encoding}, separated by ${delimiterName(staged.delimiter)}`}
          </dd>
        </div>
        {staged.headerRow > 1 && (
          <div className="summary-list__row">
            <dt>Headings</dt>
            <dd>
              Row {staged.headerRow}; the {plural(staged.headerRow - 1, 'row')} above (a title or
              blank lines) {staged.headerRow === 2 ? 'is' : 'are'} not imported
            </dd>
          </div>
        )}
      </dl>
      {staged.format === 'xlsx' && !sheetChosen && staged.sheet !== staged.sheets[0] && (
        <Notice>
          The first sheet, “{staged.sheets[0]}”, does not look like a case list, so “{staged.sheet}”
          is read. Choose another sheet if that is wrong.
        </Notice>
      )}
      {staged.format === 'xlsx' && staged.sheets.length > 1 && file && (
        <div className="field field--inline">
          <label htmlFor={`${id}-sheet`} className="field__label">
            Sheet
          </label>
          <select
            id={`${id}-sheet`}
            className="select select--auto"
            value={staged.sheet ?? ''}
            onChange={(event) => void chooseFile(file, event.target.value)}
          >
            {staged.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      )}
      {staged.mappingRemembered && (
        <Notice>
          The columns are matched as they were for the last file with these headings. Check them
          before going on.
        </Notice>
      )}
      <p className="section-intro">
        Match each field to a column in the file. Only matched columns are imported; everything else
        in the file is left behind.
      </p>
      <table className="table mapping-table">
        <caption className="visually-hidden">Fields and the file's columns</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">First value</th>
          </tr>
        </thead>
        <tbody>
          {CASE_FIELDS.map((field) => {
            const problem = problems.find((p) => p.fieldId === fieldId(field.key))
            return (
              <tr key={field.key} className={problem ? 'row--error' : undefined}>
                <th scope="row">
                  <label htmlFor={fieldId(field.key)}>{field.label}</label>
                  {field.required ? (
                    <span className="tag">Required</span>
                  ) : (
                    <span className="tag tag--quiet">Optional</span>
                  )}
                </th>
                <td>
                  {problem && (
                    <p className="field__error" id={`${fieldId(field.key)}-error`}>
                      <span className="visually-hidden">Error: </span>
                      {problem.message}
                    </p>
                  )}
                  <select
                    id={fieldId(field.key)}
                    className="select"
                    value={mapping[field.key] ?? ''}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${fieldId(field.key)}-error` : undefined}
                    onChange={(event) => setField(field.key, event.target.value || null)}
                  >
                    <option value="">Not imported</option>
                    {staged.headers.map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="example-cell">{example(mapping[field.key])}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="form__actions">
        <button type="button" className="button" onClick={preview}>
          Check the file
        </button>
      </div>
    </>
  )
}

function delimiterName(delimiter: string | null): string {
  if (delimiter === '\t') return 'tabs'
  if (delimiter === ';') return 'semicolons'
  return 'commas'
}

function PreviewImport() {
  const { staged, preview, skipInvalid, setSkipInvalid, commit, backToMapping } = useCaseImport()
  const id = useId()
  if (!preview) return null
  const headerRow = staged?.headerRow ?? 1
  const problemRows = new Set(preview.problems.map((problem) => problem.row)).size
  const canImport = preview.problems.length === 0 || (skipInvalid && preview.validRows > 0)
  const toImport = skipInvalid ? preview.validRows : preview.rowCount

  return (
    <>
      <h2 className="section-title">What will happen</h2>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt>Rows in the file</dt>
          <dd>{formatCount(preview.rowCount)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>New cases</dt>
          <dd>{formatCount(preview.newCases)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Cases updated</dt>
          <dd>{formatCount(preview.updatedCases)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Cases unchanged</dt>
          <dd>{formatCount(preview.unchangedCases)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Problems</dt>
          <dd>
            {preview.problems.length === 0
              ? 'None'
              : `${plural(preview.problems.length, 'problem')} in ${plural(problemRows, 'row')}`}
          </dd>
        </div>
      </dl>

      {preview.fieldChanges.length > 0 && <FieldChanges changes={preview.fieldChanges} />}

      {preview.sensitiveColumnsIgnored.length > 0 && (
        <Notice>
          These columns look like personal details and will not be imported:{' '}
          <strong>{preview.sensitiveColumnsIgnored.join(', ')}</strong>.
        </Notice>
      )}

      {preview.planTypeValues.length > 0 && (
        <>
          <h3 className="section-title">Plan types in the file</h3>
          <table className="table table--compact">
            <caption className="visually-hidden">How the file's plan type values were read</caption>
            <thead>
              <tr>
                <th scope="col">Value in the file</th>
                <th scope="col">Read as</th>
                <th scope="col" className="numeric">
                  Rows
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.planTypeValues.map((row) => (
                <tr key={row.value}>
                  <td>{row.value}</td>
                  <td>{PLAN_TYPE_LABELS[row.planType]}</td>
                  <td className="numeric">{formatCount(row.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {preview.problems.length > 0 && (
        <>
          <h3 className="section-title" id={`${id}-problems`}>
            Problems to fix
          </h3>
          <p className="section-intro">
            Fix these in the file and choose it again, or skip these rows and import the rest. Row
            numbers are as your spreadsheet shows them (the headings are row {headerRow}).
          </p>
          <div
            className="table-scroll"
            tabIndex={0}
            aria-labelledby={`${id}-problems`}
            role="region"
          >
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Value</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
                  <tr key={`${problem.row}-${problem.column}-${index}`}>
                    <td className="numeric">{problem.row}</td>
                    <td>{problem.column}</td>
                    <td className="mono import-problem__value">
                      {problem.value === '' ? '(empty)' : problem.value}
                    </td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            {preview.problems.length > PROBLEMS_SHOWN &&
              `Showing the first ${formatCount(PROBLEMS_SHOWN)} of ${formatCount(preview.problems.length)} problems. `}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                downloadText(problemsFileName(preview.fileName), problemsCsv(preview.problems))
              }
            >
              {preview.problems.length === 1
                ? 'Save the problem as CSV'
                : `Save all ${plural(preview.problems.length, 'problem')} as CSV`}
            </button>
          </p>
          {preview.validRows > 0 ? (
            <div className="checkbox">
              <input
                id={`${id}-skip`}
                type="checkbox"
                checked={skipInvalid}
                onChange={(event) => setSkipInvalid(event.target.checked)}
              />
              <label htmlFor={`${id}-skip`}>
                Skip the {plural(problemRows, 'row')} with problems and import the other{' '}
                {formatCount(preview.validRows)}
              </label>
            </div>
          ) : (
            <p>Every row has a problem, so nothing can be imported until the file is fixed.</p>
          )}
        </>
      )}

      <div className="form__actions">
        {preview.validRows > 0 && (
          <button
            type="button"
            className="button"
            disabled={!canImport}
            onClick={() => void commit()}
          >
            Import {plural(toImport, 'row')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={backToMapping}>
          Back to the columns
        </button>
      </div>
    </>
  )
}

const FIELD_LABELS = new Map(CASE_FIELDS.map((field) => [field.key, field.label]))

/** A stored value as the officer reads it: plan types by name, dates in UK form, blanks said. */
function changedValue(field: CaseFieldKey, value: string | null): string {
  if (value === null || value === '') return '(blank)'
  if (field === 'planType') return planTypeLabel(value as PlanType)
  if (field === 'planStartDate' || field === 'lastReviewDate') return formatDate(value)
  if (field === 'status') return value === 'open' ? 'Open' : 'Closed'
  return value
}

/**
 * What an updated list changes, field by field: a column mapped wrongly (a locality taken for the
 * team) shows here as hundreds of cases moving, before anything is written.
 */
function FieldChanges({ changes }: { changes: ImportPreview['fieldChanges'] }) {
  return (
    <>
      <h3 className="section-title">What the updates change</h3>
      <table className="table table--compact">
        <caption className="visually-hidden">Fields the updated cases change</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col" className="numeric">
              Cases
            </th>
            <th scope="col">For example</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{FIELD_LABELS.get(change.field)}</th>
              <td className="numeric">{formatCount(change.cases)}</td>
              <td>
                <ul className="plain-list">
                  {change.examples.map((example) => (
                    <li key={example.caseRef}>
                      <span className="mono-ref">{example.caseRef}</span>:{' '}
                      {changedValue(change.field, example.before)} →{' '}
                      {changedValue(change.field, example.after)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

function ImportDone({
  onViewCases,
  onAnother
}: {
  onViewCases: () => void
  onAnother: () => void
}) {
  const result = useCaseImport((s) => s.result)
  if (!result) return null
  return (
    <>
      <Notice kind="success">
        <strong>Case list imported.</strong> {plural(result.created, 'new case')},{' '}
        {plural(result.updated, 'case')} updated, {formatCount(result.unchanged)} unchanged
        {result.skipped > 0 ? `, ${plural(result.skipped, 'row')} skipped` : ''}
        {result.planTexts > 0 ? `, ${plural(result.planTexts, 'plan text')} saved` : ''}.
      </Notice>
      {result.skippedRows.length > 0 && (
        <p>
          Rows skipped: {result.skippedRows.slice(0, 50).join(', ')}
          {result.skippedRows.length > 50 ? ` and ${result.skippedRows.length - 50} more` : ''}.
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={onViewCases}>
          View cases
        </button>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </>
  )
}
