import { useEffect, useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { CaseStatus } from '../../../shared/domain'
import { FilterSelect, PLAN_TYPE_OPTIONS, textOptions } from '../components/FilterSelect'
import type { FilterOption } from '../components/FilterSelect'
import { ImportHistory } from '../components/ImportHistory'
import { Notice } from '../components/Notice'
import { ScreenHeading } from '../components/ScreenHeading'
import { formatCount, formatDate, planTypeLabel, plural } from '../format'
import { PAGE_SIZE, useCases } from '../state/cases'
import type { PlanPresence } from '../state/cases'
import { useNavigation } from '../state/navigation'

const STATUS_OPTIONS: FilterOption<CaseStatus>[] = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' }
]

const PLAN_OPTIONS: FilterOption<PlanPresence>[] = [
  { value: 'attached', label: 'Attached' },
  { value: 'missing', label: 'None attached' }
]

/** The case list: filters, counts by team and plan type, the cases, and the import history. */
export function Cases() {
  const { list, teams, history, filters, offset, loading, error, load, setFilters, setPage } =
    useCases()
  const go = useNavigation((state) => state.go)
  const [search, setSearch] = useState(filters.search ?? '')
  const id = useId()

  useEffect(() => {
    void load()
  }, [load])

  function submitSearch(event: FormEvent) {
    event.preventDefault()
    void setFilters({ ...filters, search: search.trim() || undefined })
  }

  const total = list?.total ?? 0
  const empty =
    list !== null && total === 0 && Object.values(filters).every((value) => value === undefined)

  return (
    <>
      <div className="screen-header">
        <ScreenHeading>Cases</ScreenHeading>
        <button type="button" className="button" onClick={() => go({ screen: 'import' })}>
          Import case list
        </button>
      </div>
      {error && <Notice kind="error">{error.message}</Notice>}

      {empty ? (
        <div className="empty-state">
          <h2 className="empty-state__title">No cases yet</h2>
          <p>
            Import the case list your case-management system exports (CSV or Excel). You choose
            which columns to bring in; only those are stored.
          </p>
        </div>
      ) : (
        <>
          <form className="filters" onSubmit={submitSearch} aria-label="Filter cases">
            <div className="filters__field">
              <label htmlFor={`${id}-search`} className="field__label">
                Case reference
              </label>
              <div className="filters__search">
                <input
                  id={`${id}-search`}
                  className="input"
                  type="search"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  placeholder="Starts with…"
                />
                <button type="submit" className="button button--secondary">
                  Search
                </button>
              </div>
            </div>
            <FilterSelect
              label="Team"
              allLabel="All teams"
              value={filters.team}
              options={textOptions(teams)}
              onChange={(team) => void setFilters({ ...filters, team })}
            />
            <FilterSelect
              label="Plan type"
              allLabel="All plan types"
              value={filters.planType}
              options={PLAN_TYPE_OPTIONS}
              onChange={(planType) => void setFilters({ ...filters, planType })}
            />
            <FilterSelect
              label="Status"
              allLabel="Open and closed"
              value={filters.status}
              options={STATUS_OPTIONS}
              onChange={(status) => void setFilters({ ...filters, status })}
            />
            <FilterSelect
              label="Plan document"
              allLabel="With or without"
              value={filters.plan}
              options={PLAN_OPTIONS}
              onChange={(plan) => void setFilters({ ...filters, plan })}
            />
          </form>

          {list && (
            <div className="counts">
              <table className="table table--compact">
                <caption className="table__caption">By team</caption>
                <thead>
                  <tr>
                    <th scope="col">Team</th>
                    <th scope="col" className="numeric">
                      Cases
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.byTeam.map((row) => (
                    <tr key={row.team}>
                      <th scope="row">{row.team}</th>
                      <td className="numeric">{formatCount(row.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="table table--compact">
                <caption className="table__caption">By plan type</caption>
                <thead>
                  <tr>
                    <th scope="col">Plan type</th>
                    <th scope="col" className="numeric">
                      Cases
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.byPlanType.map((row) => (
                    <tr key={row.planType}>
                      <th scope="row">{planTypeLabel(row.planType)}</th>
                      <td className="numeric">{formatCount(row.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h2 className="section-title" id={`${id}-cases`}>
            {loading && !list ? 'Loading cases…' : plural(total, 'case')}
          </h2>
          {list && list.rows.length > 0 && (
            <>
              <table className="table" aria-labelledby={`${id}-cases`}>
                <thead>
                  <tr>
                    <th scope="col">Case reference</th>
                    <th scope="col">Plan type</th>
                    <th scope="col">Team</th>
                    <th scope="col">Social worker</th>
                    <th scope="col">Plan start</th>
                    <th scope="col">Last review</th>
                    <th scope="col">Status</th>
                    <th scope="col">Plan document</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row" className="mono-ref">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => go({ screen: 'case', caseId: row.id })}
                        >
                          {row.caseRef}
                        </button>
                      </th>
                      <td>{planTypeLabel(row.planType)}</td>
                      <td>{row.team}</td>
                      <td>{row.socialWorker}</td>
                      <td>{formatDate(row.planStartDate)}</td>
                      <td>{formatDate(row.lastReviewDate)}</td>
                      <td>{row.status === 'open' ? 'Open' : 'Closed'}</td>
                      <td>
                        {row.planVersions === 0 ? 'None' : plural(row.planVersions, 'version')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <nav className="pagination" aria-label="Pages of cases">
                <p className="pagination__status">
                  Showing {formatCount(offset + 1)} to{' '}
                  {formatCount(Math.min(offset + PAGE_SIZE, total))} of {formatCount(total)}
                </p>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={offset === 0}
                  onClick={() => void setPage(Math.max(0, offset - PAGE_SIZE))}
                >
                  Previous
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={offset + PAGE_SIZE >= total}
                  onClick={() => void setPage(offset + PAGE_SIZE)}
                >
                  Next
                </button>
              </nav>
            </>
          )}
        </>
      )}

      <ImportHistory history={history} />
    </>
  )
}
