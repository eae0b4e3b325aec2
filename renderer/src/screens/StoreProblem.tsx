import { ScreenHeading } from '../components/ScreenHeading'
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
              To carry on from a backup, close Care Plan Audit, move the damaged file to another
              folder, then copy the newest backup listed below into its place under the same name.
            </p>
          ) : (
            <p>
              There are no backups of this store. Move the file to another folder to start a new,
              empty store, and ask your IT service whether the old one can be recovered.
            </p>
          ))}
        <StoreDetails status={status} />
      </div>
    </main>
  )
}
