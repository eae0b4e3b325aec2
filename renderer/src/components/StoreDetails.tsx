import type { StoreStatus } from '../../../shared/contract'
import { formatDateTime } from '../format'

function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'Unknown'
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Where the store is, its health and its backups. */
export function StoreDetails({ status }: { status: StoreStatus }) {
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>File</dt>
          <dd className="mono">{status.path}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Size</dt>
          <dd>{formatBytes(status.sizeBytes)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Schema version</dt>
          <dd>
            {status.schemaVersion ?? 'Unknown'} (this app: {status.latestSchemaVersion})
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Audit trail</dt>
          <dd>
            {status.chainValid === null
              ? 'Not checked'
              : `${status.events} events, ${status.chainValid ? 'intact' : 'altered: see below'}`}
          </dd>
        </div>
      </dl>
      <h3 className="section-title">Backups</h3>
      {status.backups.length === 0 ? (
        <p>No backups yet. One is taken before any upgrade of the store and once a day.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Backups of the audit store, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" className="numeric">
                Size
              </th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {status.backups.map((backup) => (
              <tr key={backup.file}>
                <td>{formatDateTime(backup.createdAt)}</td>
                <td>{backup.reason === 'daily' ? 'Daily' : `Before upgrade (${backup.reason})`}</td>
                <td className="numeric">{formatBytes(backup.sizeBytes)}</td>
                <td className="mono">{backup.file}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
