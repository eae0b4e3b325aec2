import { AuditorForm } from '../components/AuditorForm'
import { ScreenHeading } from '../components/ScreenHeading'

/** The first screen on a new store: who is auditing. */
export function FirstRun() {
  return (
    <main className="first-run">
      <div className="first-run__panel">
        <p className="caption">Care Plan Audit</p>
        <ScreenHeading>Before you start</ScreenHeading>
        <p className="lead">
          Care Plan Audit keeps your case file audits on this computer. Tell us who you are so your
          audits, moderation and changes are recorded under your name.
        </p>
        <AuditorForm initial={null} submitLabel="Continue" />
      </div>
    </main>
  )
}
