import { useState } from 'react'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { useSession } from '../state/session'
import { StoreDetails } from '../components/StoreDetails'
import type { StoreStatus } from '../../../shared/contract'

const TITLES: Record<StoreStatus['state'], string> = {
  ok: 'The audit store is open',
  damaged: 'The audit store is damaged',
  newer: 'The audit store is from a newer version',
  locked: 'The audit store is in use',
  readonly: 'The audit store cannot be written to',
  unavailable: 'The audit store cannot be opened'
}

/** Shown instead of the app when the store cannot be used; the file has not been changed. */
export function StoreProblem({ status }: { status: StoreStatus }) {
  const restore = useSession((state) => state.restore)
  const [error, setError] = useState<string | null>(null)
  return (
    <main className="first-run">
      <div className="first-run__panel first-run__panel--wide">
        <p className="caption">Care Plan Audit</p>
        <ScreenHeading>{TITLES[status.state]}</ScreenHeading>
        <div className="notice notice--error" role="alert">
          {status.message}
        </div>
        <p>Nothing has been written to this file. Keep it: it may be recoverable.</p>
        {status.state === 'damaged' &&
          (status.backups.length > 0 ? (
            <p>
              To carry on, restore one of the backups below (the newest is first). The damaged file
              is kept beside the store under a new name, never deleted.
            </p>
          ) : (
            <p>
              There are no backups of this store. Move the file to another folder to start a new,
              empty store, and ask your IT service whether the old one can be recovered.
            </p>
          ))}
        {error && <Notice kind="error">{error}</Notice>}
        <StoreDetails
          status={status}
          onRestore={
            status.state === 'damaged' || status.state === 'unavailable'
              ? async (backup) => setError((await restore(backup.file))?.message ?? null)
              : undefined
          }
        />
      </div>
    </main>
  )
}
