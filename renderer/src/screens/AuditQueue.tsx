import { useEffect, useState } from 'react'
import type { QueueItem, QueueStatus } from '../../../shared/contract'
import { gradeLabel, GRADES } from '../../../shared/domain'
import type { PlanType } from '../../../shared/domain'
import { FilterSelect, PLAN_TYPE_OPTIONS } from '../components/FilterSelect'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { StaleRegion, StaleStatus } from '../components/StaleRegion'
import { formatDateTime, planTypeLabel } from '../format'
import { useNavigation } from '../state/navigation'
import { useQueue } from '../state/queue'
import { Progress } from './MyAudits'

const STATUS_LABELS: Record<QueueStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  skipped: 'Skipped',
  submitted: 'Submitted'
}

const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as QueueStatus[]).map((value) => ({
  value,
  label: STATUS_LABELS[value]
}))

/** The auditor's queue for one cycle: every sampled plan, its status, and where to carry on. */
export function AuditQueue({ cycleId }: { cycleId: number }) {
  const { queue, error, loadQueue, refreshingQueue: stale } = useQueue()
  const go = useNavigation((state) => state.go)
  const [status, setStatus] = useState<QueueStatus | undefined>()
  const [planType, setPlanType] = useState<PlanType | undefined>()

  useEffect(() => {
    void loadQueue(cycleId)
  }, [cycleId, loadQueue])

  if (error) return <Notice kind="error">{error.message}</Notice>
  if (!queue || queue.cycleId !== cycleId) return <p role="status">Loading your queue…</p>

  const open = (item: QueueItem) => go({ screen: 'audit', cycleId, caseId: item.caseId })
  const next = queue.items.find(
    (item) => item.status === 'not-started' || item.status === 'in-progress'
  )
  const resume = queue.items.find((item) => item.caseId === queue.resumeCaseId)
  const shown = queue.items.filter(
    (item) => (!status || item.status === status) && (!planType || item.planType === planType)
  )
  const allDone = queue.total > 0 && queue.submitted === queue.total

  return (
    <>
      <p className="caption">My audits</p>
      <div className="screen-header">
        <ScreenHeading>{queue.cycleName}</ScreenHeading>
        <StaleRegion stale={stale}>
          <div className="button-row">
            {!queue.cycleClosed && resume && (
              <button type="button" className="button" onClick={() => open(resume)}>
                Resume {resume.caseRef}
              </button>
            )}
            {!queue.cycleClosed && next && (!resume || next.caseId !== resume.caseId) && (
              <button
                type="button"
                className={resume ? 'button button--secondary' : 'button'}
                onClick={() => open(next)}
              >
                {next.status === 'not-started' ? 'Start' : 'Continue'} {next.caseRef}
              </button>
            )}
          </div>
        </StaleRegion>
      </div>
      <StaleStatus stale={stale} />
      {queue.cycleClosed && (
        <Notice>
          This cycle is closed. Its audits can be read, but none can be started or changed until the
          cycle is reopened.
        </Notice>
      )}
      <StaleRegion stale={stale}>
        <p>
          <Progress done={queue.submitted} total={queue.total} />
          {queue.frameworkTitle ? (
            <span className="secondary"> · Framework: {queue.frameworkTitle}</span>
          ) : null}
          {queue.takenByOthers > 0 ? (
            <span className="secondary">
              {' '}
              · {queue.takenByOthers} more being audited by colleagues
            </span>
          ) : null}
        </p>

        {allDone && <QueueSummary items={queue.items} />}

        <form
          className="filters"
          aria-label="Filter the queue"
          onSubmit={(event) => event.preventDefault()}
        >
          <FilterSelect
            label="Status"
            allLabel="All"
            value={status}
            options={STATUS_OPTIONS}
            onChange={setStatus}
          />
          <FilterSelect
            label="Plan type"
            allLabel="All plan types"
            value={planType}
            options={PLAN_TYPE_OPTIONS}
            onChange={setPlanType}
          />
        </form>

        <table className="table">
          <caption className="visually-hidden">Plans to audit in this cycle</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Plan type</th>
              <th scope="col">Team</th>
              <th scope="col">Status</th>
              <th scope="col">Overall</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.caseId}>
                <th scope="row">
                  {queue.cycleClosed && item.auditId === null ? (
                    // Not started before the cycle closed: there is no audit to read.
                    <span className="mono-ref">{item.caseRef}</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button mono-ref"
                      onClick={() => open(item)}
                    >
                      {item.caseRef}
                    </button>
                  )}
                  {item.safeguardingFlag && <span className="tag tag--warning">Safeguarding</span>}
                </th>
                <td>{planTypeLabel(item.planType)}</td>
                <td>{item.team}</td>
                <td>
                  <span className={`status status--${item.status}`}>
                    {STATUS_LABELS[item.status]}
                  </span>
                  {item.skipReason && <span className="secondary">: {item.skipReason}</span>}
                  {!item.hasPlan && <span className="secondary"> (no plan attached)</span>}
                </td>
                <td>{item.overallGrade ? gradeLabel(item.overallGrade) : ''}</td>
                <td>{item.updatedAt ? formatDateTime(item.updatedAt) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p>No plans match these filters.</p>}
      </StaleRegion>
    </>
  )
}

/** Shown when every plan in the queue is submitted: the auditor's own grades at a glance. */
function QueueSummary({ items }: { items: QueueItem[] }) {
  return (
    <section className="preview-panel" aria-labelledby="queue-summary">
      <h2 className="section-title" id="queue-summary">
        All {items.length} audits submitted
      </h2>
      <table className="table table--compact">
        <caption className="visually-hidden">Your overall grades in this cycle</caption>
        <thead>
          <tr>
            <th scope="col">Overall grade</th>
            <th scope="col" className="numeric">
              Plans
            </th>
          </tr>
        </thead>
        <tbody>
          {GRADES.map((grade) => (
            <tr key={grade.value}>
              <th scope="row">{grade.label}</th>
              <td className="numeric">
                {items.filter((item) => item.overallGrade === grade.value).length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{items.filter((item) => item.safeguardingFlag).length} raised a safeguarding concern.</p>
    </section>
  )
}
