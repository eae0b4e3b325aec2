import { useEffect, useId, useState } from 'react'
import type { ChangeEvent } from 'react'
import type { FrameworkSummary } from '../../../shared/contract'
import { FrameworkDuplicateDialog } from '../components/FrameworkDuplicateDialog'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { frameworkStatus, useFlash, useFrameworks } from '../state/frameworks'
import type { ImportOutcome } from '../state/frameworks'
import { useNavigation } from '../state/navigation'

/** The officer's words for which framework a control is about, for screen readers. */
function named(summary: FrameworkSummary): string {
  return `${summary.title}, version ${summary.version}`
}

function ImportResult({ outcome, onView }: { outcome: ImportOutcome; onView: () => void }) {
  if (outcome.kind === 'imported') {
    const { result } = outcome
    return (
      <Notice kind={result.outcome === 'unchanged' ? 'info' : 'success'}>
        <p>{result.message}</p>
        <p>
          <button type="button" className="link-button" onClick={onView}>
            View {named(result)}
          </button>
        </p>
      </Notice>
    )
  }
  const problems = Object.values(outcome.error.fields ?? {})
  return (
    <div className="notice notice--error framework-import__problems" role="alert">
      <h3 className="framework-import__title">{outcome.fileName} was not imported</h3>
      {problems.length > 1 ||
      (problems.length === 1 && outcome.error.fields?.json === undefined) ? (
        <>
          <p>Nothing was changed. Correct these problems in the file and import it again:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{outcome.error.message} Nothing was changed.</p>
      )}
    </div>
  )
}

function FrameworkRow({
  summary,
  onView,
  onExport,
  onDuplicate
}: {
  summary: FrameworkSummary
  onView: () => void
  onExport: () => void
  onDuplicate: () => void
}) {
  return (
    <tr className={summary.latest ? undefined : 'framework-row--earlier'}>
      <td className="mono-ref">{summary.key}</td>
      <th scope="row">
        {summary.title}
        {!summary.latest && <span className="tag tag--quiet">Earlier version</span>}
      </th>
      <td className="numeric">{summary.version}</td>
      <td className="numeric">{summary.criteria}</td>
      <td>{frameworkStatus(summary)}</td>
      <td className="actions-cell">
        <button type="button" className="button button--secondary button--small" onClick={onView}>
          View<span className="visually-hidden"> {named(summary)}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onExport}>
          Export<span className="visually-hidden"> {named(summary)}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onDuplicate}
        >
          Duplicate<span className="visually-hidden"> {named(summary)}</span>
        </button>
      </td>
    </tr>
  )
}

/** Every framework and version: view, export, duplicate, and import a framework file. */
export function Frameworks() {
  const { list, error, importing, imported, load, importFile, clearImport } = useFrameworks()
  const { exportFramework, duplicate, setFlash } = useFrameworks()
  const go = useNavigation((state) => state.go)
  const flash = useFlash()
  const [duplicating, setDuplicating] = useState<FrameworkSummary | null>(null)
  const [exportError, setExportError] = useState<string | null>(null)
  const id = useId()

  useEffect(() => {
    clearImport()
    void load()
  }, [load, clearImport])

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target
    const file = input.files?.[0]
    if (!file) return
    const text = file.size > 2_000_000 ? '' : await file.text()
    await importFile(file.name, text, file.size)
    // Cleared so the same file, once corrected, can be chosen again.
    input.value = ''
  }

  const view = (summary: FrameworkSummary) =>
    go({ screen: 'framework', key: summary.key, version: summary.version })

  return (
    <>
      <ScreenHeading>Frameworks</ScreenHeading>
      <p className="lead">
        The rubrics plans are graded against. A framework used by a cycle is locked, because its
        audits were scored against it: editing it makes a new version.
      </p>
      {flash && <Notice kind="success">{flash}</Notice>}
      {error && <Notice kind="error">{error.message}</Notice>}
      {exportError && <Notice kind="error">{exportError}</Notice>}

      {list === null ? (
        <p role="status">Loading frameworks…</p>
      ) : (
        <table className="table framework-table">
          <caption className="visually-hidden">Frameworks and their versions</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Title</th>
              <th scope="col" className="numeric">
                Version
              </th>
              <th scope="col" className="numeric">
                Criteria
              </th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((summary) => (
              <FrameworkRow
                key={summary.id}
                summary={summary}
                onView={() => view(summary)}
                onExport={() => {
                  setExportError(null)
                  void exportFramework(summary.key, summary.version).then((problem) =>
                    setExportError(problem?.message ?? null)
                  )
                }}
                onDuplicate={() => setDuplicating(summary)}
              />
            ))}
          </tbody>
        </table>
      )}

      <section className="section framework-import" aria-labelledby={`${id}-import`}>
        <h2 className="section-title" id={`${id}-import`}>
          Import a framework
        </h2>
        <div className="field">
          <label htmlFor={`${id}-file`} className="field__label">
            Framework file (.json)
          </label>
          <p id={`${id}-file-hint`} className="field__hint">
            A framework exported from Care Plan Audit, at most 2 MB. A new framework is added as it
            is; a framework already here gets its next version number; a file identical to a stored
            version changes nothing.
          </p>
          <input
            id={`${id}-file`}
            className="file-input"
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-file-hint`}
            disabled={importing}
            onChange={(event) => void chooseFile(event)}
          />
        </div>
        {importing && <p role="status">Checking the file…</p>}
        {imported && (
          <ImportResult
            outcome={imported}
            onView={() =>
              imported.kind === 'imported' &&
              go({
                screen: 'framework',
                key: imported.result.key,
                version: imported.result.version
              })
            }
          />
        )}
      </section>

      {duplicating && (
        <FrameworkDuplicateDialog
          source={duplicating}
          onClose={() => setDuplicating(null)}
          onDuplicate={async (newKey, newTitle) => {
            const result = await duplicate({
              key: duplicating.key,
              version: duplicating.version,
              newKey,
              newTitle
            })
            if (!result.ok) return result.error
            setFlash(
              `Duplicated as ${result.value.title} (${result.value.key}, version 1). Edit it to make it your own.`
            )
            go({ screen: 'framework', key: result.value.key })
            return null
          }}
        />
      )}
    </>
  )
}
