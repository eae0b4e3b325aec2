import { useEffect } from 'react'
import { AuditorForm } from '../components/AuditorForm'
import { ScreenHeading } from '../components/ScreenHeading'
import { StoreDetails } from '../components/StoreDetails'
import { useSession } from '../state/session'

/** You, and the audit store: where it lives, its health and its backups. */
export function Settings() {
  const auditor = useSession((state) => state.auditor)
  const status = useSession((state) => state.status)
  const info = useSession((state) => state.info)
  const refreshStatus = useSession((state) => state.refreshStatus)
  useEffect(() => {
    void refreshStatus()
  }, [refreshStatus])

  return (
    <>
      <ScreenHeading>Settings</ScreenHeading>
      <section className="section" aria-labelledby="settings-you">
        <h2 id="settings-you" className="section-title">
          You
        </h2>
        <p className="section-intro">
          Entering a colleague&apos;s name switches to them; their earlier audits stay theirs.
        </p>
        <AuditorForm key={auditor?.id ?? 'new'} initial={auditor} submitLabel="Save" />
      </section>
      <section className="section" aria-labelledby="settings-store">
        <h2 id="settings-store" className="section-title">
          Audit store
        </h2>
        {status && <StoreDetails status={status} />}
      </section>
      {info && (
        <p className="footnote">
          Care Plan Audit {info.version},{' '}
          {info.transport === 'browser' ? 'browser mode' : 'desktop app'}
        </p>
      )}
    </>
  )
}
