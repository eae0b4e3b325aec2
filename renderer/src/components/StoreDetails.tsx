import { useState } from 'react'
import type { BackupInfo, StoreStatus } from '../../../shared/contract'
import { formatDateTime } from '../format'
import { ConfirmDialog } from './ConfirmDialog'

function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'Unknown'
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function reasonLabel(reason: string): string {
  if (reason.startsWith('daily')) return 'Daily'
  if (reason.startsWith('manual')) return 'Taken by hand'
  if (reason.startsWith('before-v')) return `Before upgrade (${reason.slice('before-'.length)})`
  return reason
}

interface StoreDetailsProps {
  status: StoreStatus
  /** Offered where restoring makes sense; the store is replaced only after a confirmation. */
  onRestore?: (backup: BackupInfo) => void
}

/** Where the store is, its health and its backups. */
export function StoreDetails({ status, onRestore }: StoreDetailsProps) {
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
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
              {onRestore && (
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {status.backups.map((backup) => (
              <tr key={backup.file}>
                <td>{formatDateTime(backup.createdAt)}</td>
                <td>{reasonLabel(backup.reason)}</td>
                <td className="numeric">{formatBytes(backup.sizeBytes)}</td>
                <td className="mono">{backup.file}</td>
                {onRestore && (
                  <td className="actions-cell">
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => setConfirming(backup)}
                    >
                      Restore
                      <span className="visually-hidden">
                        {' '}
                        the backup taken {formatDateTime(backup.createdAt)}
                      </span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && onRestore && (
        <ConfirmDialog
          title={`Restore the backup from ${formatDateTime(confirming.createdAt)}?`}
          description={`The audit store will be replaced by this backup. Anything saved since it was taken will not be in the restored store; the current file is kept beside it (renamed, never deleted), so nothing is lost.`}
          confirmLabel="Restore this backup"
          onConfirm={() => {
            onRestore(confirming)
            setConfirming(null)
          }}
          onClose={() => setConfirming(null)}
        />
      )}
    </>
  )
}
