import { Fragment, useId, useState } from 'react'
import type { ImportRecord } from '../../../shared/contract'
import { CASE_FIELDS } from '../../../shared/domain'
import { formatCount, formatDateTime } from '../format'

const COLUMNS = 9

/**
 * Every case list imported and plan batch attached, newest first. Each can be opened to show what
 * the record holds as evidence: the file's fingerprint, which column fed each field, and the rows
 * left out for their problems, so they can be found and put right in the source.
 */
export function ImportHistory({ history }: { history: ImportRecord[] }) {
  const id = useId()
  const [open, setOpen] = useState<number | null>(null)
  return (
    <section className="section" aria-labelledby={`${id}-history`}>
      <h2 className="section-title" id={`${id}-history`}>
        Import history
      </h2>
      {history.length === 0 ? (
        <p>No case lists imported yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">
            Case lists imported and plans attached, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Imported</th>
              <th scope="col">File</th>
              <th scope="col">By</th>
              <th scope="col" className="numeric">
                Rows
              </th>
              <th scope="col" className="numeric">
                New
              </th>
              <th scope="col" className="numeric">
                Updated
              </th>
              <th scope="col" className="numeric">
                Unchanged
              </th>
              <th scope="col" className="numeric">
                Skipped
              </th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((record) => {
              const detailsId = `${id}-details-${record.id}`
              const shown = open === record.id
              return (
                <Fragment key={record.id}>
                  <tr>
                    <td>{formatDateTime(record.importedAt)}</td>
                    <td>
                      {record.fileName}
                      {record.kind === 'plans' ? ' (plans)' : ''}
                    </td>
                    <td>{record.auditorName ?? 'Command line'}</td>
                    <td className="numeric">{formatCount(record.rowCount)}</td>
                    <td className="numeric">{formatCount(record.created)}</td>
                    <td className="numeric">{formatCount(record.updated)}</td>
                    <td className="numeric">{formatCount(record.unchanged)}</td>
                    <td className="numeric">{formatCount(record.skipped)}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={shown}
                        aria-controls={shown ? detailsId : undefined}
                        onClick={() => setOpen(shown ? null : record.id)}
                      >
                        {shown ? 'Hide details' : 'Details'}
                        <span className="visually-hidden"> of {record.fileName}</span>
                      </button>
                    </td>
                  </tr>
                  {shown && (
                    <tr id={detailsId}>
                      <td colSpan={COLUMNS}>
                        <ImportDetails record={record} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ImportDetails({ record }: { record: ImportRecord }) {
  const mapped = CASE_FIELDS.filter((field) => record.mapping?.[field.key])
  return (
    <dl className="summary-list summary-list--compact">
      <div className="summary-list__row">
        <dt>{record.kind === 'plans' ? 'Fingerprint of the documents' : 'File fingerprint'}</dt>
        <dd>
          <span className="mono">{record.sha256}</span> (SHA-256)
        </dd>
      </div>
      {mapped.length > 0 && (
        <div className="summary-list__row">
          <dt>Columns used</dt>
          <dd>
            <ul className="plain-list">
              {mapped.map((field) => (
                <li key={field.key}>
                  {field.label}: “{record.mapping![field.key]}”
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {record.kind === 'cases' && (
        <div className="summary-list__row">
          <dt>Rows skipped</dt>
          <dd>
            {record.skippedRows.length === 0
              ? 'None'
              : `Rows ${record.skippedRows.join(', ')} of the file, for their problems. Nothing from them was imported.`}
          </dd>
        </div>
      )}
    </dl>
  )
}
