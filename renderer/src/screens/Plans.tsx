import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import type { ChangeEvent, FormEvent, RefObject } from 'react'
import { DATE_HINT, DateInput, readDateField } from '../components/DateInput'
import { ErrorSummary } from '../components/ErrorSummary'
import { describedBy, Field } from '../components/Field'
import type { FieldProblem } from '../components/ErrorSummary'
import { JobProgressBar } from '../components/JobProgressBar'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { api } from '../api'
import { formatCount, plural } from '../format'
import { findCaseByRef, noCaseMessage, useCases } from '../state/cases'
import { useLeaveGuard } from '../state/leave-guard'
import { useNavigation } from '../state/navigation'
import { usePlans } from '../state/plans'
import type { UnmatchedPlan } from '../state/plans'

// The analyser (with its date parser) loads only when someone pastes a plan.
const PlanAnalysisPreview = lazy(() => import('../components/PlanAnalysisPreview'))

const STATUS_LABELS = { new: 'First plan', 'new-version': 'New version', unchanged: 'Already held' }

/** Attach plan documents (files or a folder) to cases, or paste one plan's text. */
export function Plans() {
  const { busy, filesDone, filesTotal, result, error, cancelled, attach, cancel, clear } =
    usePlans()
  const id = useId()
  const folderInput = useRef<HTMLInputElement>(null)
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const [pasted, setPasted] = useState(0)

  useEffect(() => {
    // Let the folder picker choose a whole folder (a non-standard attribute React does not know).
    folderInput.current?.setAttribute('webkitdirectory', '')
  }, [])

  function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])]
    event.target.value = ''
    if (files.length === 0) return
    // Once the files are attached, focus goes to the result, where the next step is: the unmatched
    // files to attach by hand, or the list of what was matched.
    void attach(files).then(() => requestAnimationFrame(() => resultHeading.current?.focus()))
  }

  return (
    <>
      <ScreenHeading>Plans</ScreenHeading>
      <p className="lead">
        Attach the plan documents for your cases. Each file is matched to a case by the document
        name in the case list, or by a case reference in the file name. A changed document becomes a
        new version; the old one is kept.
      </p>
      <MissingPlans attachResult={result} pastes={pasted} />
      <div className="choose-files">
        <div className="field">
          <label htmlFor={`${id}-files`} className="field__label">
            Choose plan files
          </label>
          <p className="field__hint" id={`${id}-files-hint`}>
            Word (.docx), PDF, or text files. You can choose several at once.
          </p>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            className="file-input"
            accept=".docx,.pdf,.txt,.rtf"
            aria-describedby={`${id}-files-hint`}
            disabled={busy}
            onChange={onFiles}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-folder`} className="field__label">
            Or choose a folder
          </label>
          <p className="field__hint" id={`${id}-folder-hint`}>
            Every plan document in the folder and its subfolders.
          </p>
          <input
            id={`${id}-folder`}
            ref={folderInput}
            type="file"
            multiple
            className="file-input"
            aria-describedby={`${id}-folder-hint`}
            disabled={busy}
            onChange={onFiles}
          />
        </div>
      </div>

      {busy && (
        <JobProgressBar
          label="Attaching plans"
          progress={{
            jobId: '',
            phase: 'extracting',
            done: filesDone,
            total: filesTotal,
            cancelled,
            finished: false
          }}
          onCancel={() => void cancel()}
        />
      )}
      {error && <Notice kind="error">{error.message}</Notice>}
      {cancelled && !busy && (
        <Notice>Stopped. Files attached before you cancelled are kept.</Notice>
      )}
      {result && <AttachSummary heading={resultHeading} onClear={clear} />}

      <PastePlan onSaved={() => setPasted((count) => count + 1)} />
    </>
  )
}

/**
 * How many open cases still have no plan document, counted again after each attachment and paste,
 * with the way to the list of them: a sample that leaves out cases without a plan would miss them.
 */
function MissingPlans({ attachResult, pastes }: { attachResult: unknown; pastes: number }) {
  const go = useNavigation((state) => state.go)
  const [missing, setMissing] = useState<number | null>(null)

  useEffect(() => {
    let current = true
    void api()
      .call('cases:list', { plan: 'missing', status: 'open', limit: 1 })
      .then((list) => {
        if (current && list.ok) setMissing(list.value.total)
      })
    return () => {
      current = false
    }
  }, [attachResult, pastes])

  function showThem() {
    useCases.setState({ filters: { plan: 'missing', status: 'open' }, offset: 0 })
    go({ screen: 'cases' })
  }

  if (missing === null || missing === 0) return null
  return (
    <p>
      {plural(missing, 'open case')} {missing === 1 ? 'has' : 'have'} no plan document yet.{' '}
      <button type="button" className="link-button" onClick={showThem}>
        Show {missing === 1 ? 'it' : 'them'}
      </button>
    </p>
  )
}

function AttachSummary({
  heading: title,
  onClear
}: {
  heading: RefObject<HTMLHeadingElement | null>
  onClear: () => void
}) {
  const result = usePlans((state) => state.result)!
  const id = useId()
  const unmatchedRows = useRef<HTMLTableSectionElement>(null)

  /**
   * Once a file is attached by hand its row goes, so focus moves to the row that took its place
   * (or the one before, or the result's heading when none is left) rather than to the page.
   */
  function focusAfterAttaching(index: number) {
    requestAnimationFrame(() => {
      const inputs = unmatchedRows.current?.querySelectorAll('input') ?? []
      const next = inputs[Math.min(index, inputs.length - 1)]
      if (next) next.focus()
      else title.current?.focus()
    })
  }

  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 className="section-title" id={`${id}-title`} ref={title} tabIndex={-1}>
        Result
      </h2>
      <Notice kind={result.unmatched.length + result.failed.length > 0 ? 'info' : 'success'}>
        {plural(result.attached.length, 'file')} matched to cases
        {result.unmatched.length > 0 ? `, ${formatCount(result.unmatched.length)} not matched` : ''}
        {result.failed.length > 0 ? `, ${formatCount(result.failed.length)} could not be read` : ''}
        .
      </Notice>
      {result.unmatched.length > 0 && (
        <>
          <h3 className="section-title">Not matched to a case</h3>
          <p className="section-intro">
            Type the case reference each file belongs to and attach it, or rename the files so their
            names contain the case reference and choose them again.
          </p>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Why</th>
                <th scope="col">Attach to case</th>
              </tr>
            </thead>
            <tbody ref={unmatchedRows}>
              {result.unmatched.map((file, index) => (
                <tr key={file.key}>
                  <td>{file.fileName}</td>
                  <td>{file.reason}</td>
                  <td>
                    {file.file && (
                      <MatchByHand file={file} onAttached={() => focusAfterAttaching(index)} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {result.failed.length > 0 && (
        <>
          <h3 className="section-title">Could not be read</h3>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {result.failed.map((file) => (
                <tr key={file.fileName}>
                  <td>{file.fileName}</td>
                  <td>{file.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {result.attached.length > 0 && (
        <>
          <h3 className="section-title">Matched</h3>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Case</th>
                <th scope="col">Outcome</th>
                <th scope="col" className="numeric">
                  Version
                </th>
              </tr>
            </thead>
            <tbody>
              {result.attached.map((file) => (
                <tr key={`${file.fileName}-${file.caseRef}`}>
                  <td>{file.fileName}</td>
                  <td className="mono-ref">{file.caseRef}</td>
                  <td>{STATUS_LABELS[file.status]}</td>
                  <td className="numeric">{file.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" className="button button--secondary" onClick={onClear}>
        Clear the result
      </button>
    </section>
  )
}

/** A case reference for one unmatched file, and the button that attaches the file to that case. */
function MatchByHand({ file, onAttached }: { file: UnmatchedPlan; onAttached: () => void }) {
  const matchByHand = usePlans((state) => state.matchByHand)
  const id = useId()
  const [caseRef, setCaseRef] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const refused = await matchByHand(file.key, caseRef)
    // Attached, the row (and this form) is gone; refused, the reason is shown by the field.
    if (refused) {
      setBusy(false)
      setProblem(refused)
    } else onAttached()
  }

  return (
    <form className="match-by-hand" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-ref`} className="visually-hidden">
        Case reference for {file.fileName}
      </label>
      <input
        id={`${id}-ref`}
        className="input match-by-hand__ref"
        value={caseRef}
        onChange={(event) => setCaseRef(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit" className="button button--secondary button--small" disabled={busy}>
        Attach <span className="visually-hidden">{file.fileName}</span>
      </button>
      {problem && (
        <p className="field__error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </form>
  )
}

function PastePlan({ onSaved }: { onSaved: () => void }) {
  const id = useId()
  const [caseRef, setCaseRef] = useState('')
  const [text, setText] = useState('')
  const [planDate, setPlanDate] = useState('')
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [saved, setSaved] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const planDateReading = readDateField(planDate, 'The plan date')
  // A saved plan's text is cleared, so any text left in the box is unsaved.
  useLeaveGuard(() =>
    text.trim()
      ? {
          title: 'Leave without saving the plan?',
          description: 'The plan text you pasted has not been saved and will be lost.',
          confirmLabel: 'Discard the text',
          cancelLabel: 'Stay and save it'
        }
      : null
  )

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaved(null)
    const found: FieldProblem[] = []
    if (!caseRef.trim()) found.push({ fieldId: `${id}-ref`, message: 'Enter the case reference' })
    if ('error' in planDateReading) {
      found.push({ fieldId: `${id}-date`, message: planDateReading.error })
    }
    if (!text.trim()) found.push({ fieldId: `${id}-text`, message: 'Paste the plan text' })
    if (found.length > 0) return setProblems(found)
    setBusy(true)
    const match = await findCaseByRef(caseRef)
    if (!match) {
      setBusy(false)
      return setProblems([{ fieldId: `${id}-ref`, message: noCaseMessage(caseRef) }])
    }
    const result = await api().call('plans:paste', {
      caseId: match.id,
      text,
      planDate: 'date' in planDateReading ? planDateReading.date : undefined
    })
    setBusy(false)
    if (!result.ok) {
      const fields = result.error.fields ?? {}
      return setProblems([
        {
          fieldId: fields.planDate ? `${id}-date` : `${id}-text`,
          message: fields.planDate ?? fields.text ?? result.error.message
        }
      ])
    }
    setProblems([])
    setText('')
    onSaved()
    setSaved(
      result.value.status === 'unchanged'
        ? `That text is already held as version ${result.value.version} of ${result.value.caseRef}'s plan.`
        : `Saved as version ${result.value.version} of ${result.value.caseRef}'s plan.`
    )
  }

  const problemFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 className="section-title" id={`${id}-title`}>
        Paste a plan
      </h2>
      <form className="form form--wide" onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        {saved && <Notice kind="success">{saved}</Notice>}
        <div className="form__row">
          <Field
            id={`${id}-ref`}
            label="Case reference"
            hint="As it appears in the case list"
            error={problemFor(`${id}-ref`)}
          >
            <input
              id={`${id}-ref`}
              aria-describedby={describedBy(`${id}-ref`, 'hint', problemFor(`${id}-ref`))}
              aria-invalid={problemFor(`${id}-ref`) ? true : undefined}
              className="input input--medium"
              value={caseRef}
              onChange={(event) => setCaseRef(event.target.value)}
              spellCheck={false}
            />
          </Field>
          <Field
            id={`${id}-date`}
            label="Plan date (optional)"
            hint={DATE_HINT}
            error={problemFor(`${id}-date`)}
          >
            <DateInput
              id={`${id}-date`}
              describedBy={describedBy(`${id}-date`, DATE_HINT, problemFor(`${id}-date`))}
              invalid={problemFor(`${id}-date`) !== undefined}
              value={planDate}
              onChange={setPlanDate}
            />
          </Field>
        </div>
        <Field id={`${id}-text`} label="Plan text" error={problemFor(`${id}-text`)}>
          <textarea
            id={`${id}-text`}
            aria-describedby={describedBy(`${id}-text`, undefined, problemFor(`${id}-text`))}
            aria-invalid={problemFor(`${id}-text`) ? true : undefined}
            className="textarea"
            rows={8}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
        {text.trim() !== '' && (
          <Suspense fallback={null}>
            <PlanAnalysisPreview
              text={text}
              planDate={'date' in planDateReading ? (planDateReading.date ?? '') : ''}
            />
          </Suspense>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Save plan
          </button>
        </div>
      </form>
    </section>
  )
}
