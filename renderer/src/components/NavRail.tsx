import { AUDITOR_ROLE_LABELS } from '../../../shared/domain'
import type { Auditor } from '../../../shared/domain'
import type { StoreStatus } from '../../../shared/contract'
import { SECTIONS } from '../state/navigation'
import type { SectionId } from '../state/navigation'

interface NavRailProps {
  current: SectionId
  auditor: Auditor
  status: StoreStatus | null
  onGo: (section: SectionId) => void
}

/** The left rail: the app's sections, then who is signed in and whether the store is healthy. */
export function NavRail({ current, auditor, status, onGo }: NavRailProps) {
  const healthy = status?.state === 'ok' && status.chainValid !== false
  return (
    <nav className="nav-rail" aria-label="Main">
      <p className="nav-rail__product">Care Plan Audit</p>
      <ul className="nav-rail__list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="nav-rail__item"
              aria-current={section.id === current ? 'page' : undefined}
              onClick={() => onGo(section.id)}
            >
              {section.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="nav-rail__footer">
        <p className="nav-rail__who">
          <span className="nav-rail__name">{auditor.name}</span>
          <span className="nav-rail__role">{AUDITOR_ROLE_LABELS[auditor.role]}</span>
        </p>
        <p className={`store-badge ${healthy ? 'store-badge--ok' : 'store-badge--problem'}`}>
          {healthy ? 'Store healthy' : 'Store needs attention'}
        </p>
      </div>
    </nav>
  )
}
