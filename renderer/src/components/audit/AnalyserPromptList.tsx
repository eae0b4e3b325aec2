import type { AnalysedAction, AnalyserPrompt } from '../../../../shared/analysis'
import { actionDomId, scrollPlanTo } from './PlanPanel'

interface AnalyserPromptListProps {
  prompts: AnalyserPrompt[]
  actions: readonly AnalysedAction[]
  dismissed: readonly string[]
  locked: boolean
  onDismiss: (key: string, dismissed: boolean) => void
}

/** Moves to an action in the plan: scrolled into view and focused, so a screen reader reads it. */
export function focusAction(index: number): void {
  const element = document.getElementById(actionDomId(index))
  if (!element) return
  scrollPlanTo(element)
  element.focus({ preventScroll: true })
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/**
 * What the analyser noticed that bears on this criterion. It points; the auditor judges: each
 * prompt can be dismissed, and dismissals are kept with the audit.
 */
export function AnalyserPromptList({
  prompts,
  actions,
  dismissed,
  locked,
  onDismiss
}: AnalyserPromptListProps) {
  if (prompts.length === 0) return null
  const shown = prompts.filter((prompt) => !dismissed.includes(prompt.key))
  const hidden = prompts.length - shown.length
  return (
    <aside className="analyser-prompts" aria-label="What the plan analyser noticed">
      <p className="analyser-prompts__title">The analyser noticed</p>
      <ul className="analyser-prompts__list">
        {shown.map((prompt) => (
          <li key={prompt.key} className="analyser-prompt">
            <p className="analyser-prompt__message">{prompt.message}</p>
            {prompt.actions.length > 0 && (
              <ul className="analyser-prompt__actions">
                {prompt.actions.map((index) => (
                  <li key={index}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => focusAction(index)}
                    >
                      Line {actions[index]!.line}: {shorten(actions[index]!.text)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {!locked && (
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => onDismiss(prompt.key, true)}
              >
                Dismiss<span className="visually-hidden">: {prompt.message}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="link-button"
          disabled={locked}
          onClick={() =>
            prompts.filter((p) => dismissed.includes(p.key)).forEach((p) => onDismiss(p.key, false))
          }
        >
          Show {hidden} dismissed prompt{hidden === 1 ? '' : 's'}
        </button>
      )}
    </aside>
  )
}
