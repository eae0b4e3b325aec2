import { useEffect, useRef } from 'react'

export interface FieldProblem {
  /** The id of the control the problem is about; the summary links to it. */
  fieldId: string
  message: string
}

/**
 * The GOV.UK error summary: a box at the top of the form listing every problem, each a link that
 * moves focus to its field. It takes focus when it appears, so the problems are announced.
 */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus()
  }, [problems])
  if (problems.length === 0) return null
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem.fieldId + problem.message}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                event.preventDefault()
                document.getElementById(problem.fieldId)?.focus()
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
