import { lazy, Suspense, useEffect } from 'react'
import { NavRail } from './components/NavRail'
import { ConfirmDialog } from './components/ConfirmDialog'
import { CaseDetail } from './screens/CaseDetail'
import { CaseImport } from './screens/CaseImport'
import { Cases } from './screens/Cases'
import { Cycle } from './screens/Cycle'
import { Cycles } from './screens/Cycles'
import { FirstRun } from './screens/FirstRun'
import { FrameworkDetail } from './screens/FrameworkDetail'
import { FrameworkEditor } from './screens/FrameworkEditor'
import { Frameworks } from './screens/Frameworks'
import { AuditQueue } from './screens/AuditQueue'
import { Comparison } from './screens/Comparison'
import { Moderation } from './screens/Moderation'
import { MyAudits } from './screens/MyAudits'
import { EditCycle, NewCycle } from './screens/NewCycle'
import { Plans } from './screens/Plans'
import { Settings } from './screens/Settings'
import { StoreProblem } from './screens/StoreProblem'
import { routeKey, sectionOf, useNavigation } from './state/navigation'
import type { Route } from './state/navigation'
import { useSession } from './state/session'

// The stepper brings the plan analyser (and its date parser): load it when first needed, so the
// first screen appears sooner.
const Audit = lazy(() => import('./screens/Audit').then((module) => ({ default: module.Audit })))
// The reports bring their tables and charts: loaded when first opened, like the stepper.
const Reports = lazy(() =>
  import('./screens/Reports').then((module) => ({ default: module.Reports }))
)
const ReportPrint = lazy(() =>
  import('./screens/ReportPrint').then((module) => ({ default: module.ReportPrint }))
)

function CurrentScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'cycles':
      return <Cycles />
    case 'cycle':
      return <Cycle cycleId={route.cycleId} />
    case 'new-cycle':
      return <NewCycle />
    case 'edit-cycle':
      return <EditCycle cycleId={route.cycleId} />
    case 'cases':
      return <Cases />
    case 'case':
      return <CaseDetail caseId={route.caseId} />
    case 'import':
      return <CaseImport />
    case 'plans':
      return <Plans />
    case 'my-audits':
      return <MyAudits />
    case 'queue':
      return <AuditQueue cycleId={route.cycleId} />
    case 'audit':
      return <Audit target={{ kind: 'primary', cycleId: route.cycleId, caseId: route.caseId }} />
    case 'moderation':
      return <Moderation />
    case 'moderate':
      return <Audit target={{ kind: 'moderation', moderationId: route.moderationId }} />
    case 'compare':
      return <Comparison moderationId={route.moderationId} />
    case 'reports':
      return <Reports />
    case 'report': {
      const { screen: _screen, ...filters } = route
      return <ReportPrint filters={filters} />
    }
    case 'frameworks':
      return <Frameworks />
    case 'framework':
      return <FrameworkDetail frameworkKey={route.key} version={route.version} />
    case 'framework-edit':
      return <FrameworkEditor frameworkKey={route.key} />
    case 'settings':
      return <Settings />
  }
}

export function App() {
  const { phase, auditor, status, error, load } = useSession()
  const { route, go, pending, leave, stay } = useNavigation()

  useEffect(() => {
    void load()
  }, [load])

  if (phase === 'loading') {
    return (
      <main className="first-run">
        <p role="status">Opening the audit store…</p>
      </main>
    )
  }
  if (phase === 'failed' || !status) {
    return (
      <main className="first-run">
        <div className="first-run__panel">
          <h1 className="screen-heading">Care Plan Audit could not start</h1>
          <div className="notice notice--error" role="alert">
            {error?.message ?? 'The app did not answer.'}
          </div>
          <button type="button" className="button" onClick={() => void load()}>
            Try again
          </button>
        </div>
      </main>
    )
  }
  if (status.state !== 'ok') return <StoreProblem status={status} />
  if (!auditor) return <FirstRun />

  return (
    <div className="layout">
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <NavRail
        current={sectionOf(route)}
        auditor={auditor}
        status={status}
        onGo={(section) => go({ screen: section })}
      />
      <main
        id="main-content"
        className={
          route.screen === 'audit' || route.screen === 'moderate' ? 'main main--flush' : 'main'
        }
        tabIndex={-1}
      >
        <Suspense fallback={<p role="status">Loading…</p>}>
          <CurrentScreen key={routeKey(route)} route={route} />
        </Suspense>
      </main>
      {pending && (
        <ConfirmDialog
          title={pending.question.title}
          description={pending.question.description}
          confirmLabel={pending.question.confirmLabel}
          cancelLabel={pending.question.cancelLabel}
          onConfirm={leave}
          onClose={stay}
        />
      )}
    </div>
  )
}
