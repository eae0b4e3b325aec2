import { useEffect } from 'react'
import { NavRail } from './components/NavRail'
import { Cycles } from './screens/Cycles'
import { FirstRun } from './screens/FirstRun'
import { Settings } from './screens/Settings'
import { StoreProblem } from './screens/StoreProblem'
import { useNavigation } from './state/navigation'
import type { ScreenId } from './state/navigation'
import { useSession } from './state/session'

const SCREEN_COMPONENTS: Record<ScreenId, () => React.JSX.Element> = {
  cycles: Cycles,
  settings: Settings
}

export function App() {
  const { phase, auditor, status, error, load } = useSession()
  const { screen, go } = useNavigation()

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

  const Screen = SCREEN_COMPONENTS[screen]
  return (
    <div className="layout">
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <NavRail current={screen} auditor={auditor} status={status} onGo={go} />
      <main id="main-content" className="main" tabIndex={-1}>
        <Screen key={screen} />
      </main>
    </div>
  )
}
