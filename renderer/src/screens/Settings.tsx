import { useEffect, useState } from 'react'
import { Notice } from '../components/Notice'
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
  const restore = useSession((state) => state.restore)
  const backUp = useSession((state) => state.backUp)
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
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
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => {
            const error = await backUp()
            setNotice(
              error
                ? { kind: 'error', text: error.message }
                : { kind: 'success', text: 'Backup taken.' }
            )
          }}
        >
          Back up now
        </button>
        {status && (
          <StoreDetails
            status={status}
            onRestore={async (backup) => {
              const error = await restore(backup.file)
              setNotice(
                error
                  ? { kind: 'error', text: error.message }
                  : {
                      kind: 'success',
                      text: 'Backup restored. The file it replaced is kept beside the store.'
                    }
              )
            }}
          />
        )}
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
