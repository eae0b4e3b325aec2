import { useEffect, useState } from 'react'
import { FrameworkRubric } from '../components/FrameworkRubric'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { formatDateTime, planTypeLabel } from '../format'
import { frameworkStatus, useFlash, useFrameworks } from '../state/frameworks'
import { useNavigation } from '../state/navigation'

/** One framework version, the whole rubric readable, with Edit (latest only) and Export. */
export function FrameworkDetail({
  frameworkKey,
  version
}: {
  frameworkKey: string
  version?: number
}) {
  const { detail, detailError, list, loadDetail, exportFramework } = useFrameworks()
  const go = useNavigation((state) => state.go)
  const flash = useFlash()
  const [exportError, setExportError] = useState<string | null>(null)

  useEffect(() => {
    void loadDetail(frameworkKey, version)
  }, [frameworkKey, version, loadDetail])

  if (detailError) {
    return (
      <>
        <p className="caption">Frameworks</p>
        <ScreenHeading>Framework not found</ScreenHeading>
        <Notice kind="error">{detailError.message}</Notice>
        <button type="button" className="button" onClick={() => go({ screen: 'frameworks' })}>
          Back to frameworks
        </button>
      </>
    )
  }
  const shown = detail?.summary
  if (!detail || !shown || shown.key !== frameworkKey || (version && shown.version !== version)) {
    return <p role="status">Loading the framework…</p>
  }

  const { summary, definition } = detail
  const versions = (list ?? []).filter((f) => f.key === summary.key)
  const latest = versions.find((f) => f.latest)
  return (
    <>
      <p className="caption">Frameworks</p>
      <div className="screen-header">
        <ScreenHeading>{definition.title}</ScreenHeading>
        <div className="screen-header__actions">
          {summary.latest && (
            <button
              type="button"
              className="button"
              onClick={() => go({ screen: 'framework-edit', key: summary.key })}
            >
              Edit
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setExportError(null)
              void exportFramework(summary.key, summary.version).then((problem) =>
                setExportError(problem?.message ?? null)
              )
            }}
          >
            Export
          </button>
        </div>
      </div>
      {flash && <Notice kind="success">{flash}</Notice>}
      {exportError && <Notice kind="error">{exportError}</Notice>}
      {!summary.latest && latest && (
        <Notice>
          <p>
            This is an earlier version, kept because audits may refer to it. It cannot be edited.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => go({ screen: 'framework', key: summary.key })}
            >
              View the latest, version {latest.version}
            </button>
          </p>
        </Notice>
      )}
      <dl className="summary-list summary-list--compact framework-summary">
        <div className="summary-list__row">
          <dt>Key</dt>
          <dd className="mono-ref">{summary.key}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Version</dt>
          <dd>
            {summary.version}
            {summary.latest ? ' (latest)' : ''}, added {formatDateTime(summary.createdAt)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Status</dt>
          <dd>
            {frameworkStatus(summary)}
            {summary.locked && summary.latest ? '. Saving an edit makes the next version.' : ''}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Plan types</dt>
          <dd>{definition.appliesTo.map(planTypeLabel).join(', ')}</dd>
        </div>
        {definition.description && (
          <div className="summary-list__row">
            <dt>Description</dt>
            <dd className="framework-summary__description">{definition.description}</dd>
          </div>
        )}
        {versions.length > 1 && (
          <div className="summary-list__row">
            <dt>Versions</dt>
            <dd>
              <ul className="framework-versions" aria-label="Versions of this framework">
                {versions.map((other) => (
                  <li key={other.id}>
                    {other.version === summary.version ? (
                      <span aria-current="page">Version {other.version} (shown)</span>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() =>
                          go({ screen: 'framework', key: other.key, version: other.version })
                        }
                      >
                        Version {other.version}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <FrameworkRubric framework={definition} />
    </>
  )
}
