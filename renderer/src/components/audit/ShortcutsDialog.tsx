import { useModalDialog } from '../ConfirmDialog'

const SHORTCUTS: [string, string][] = [
  ['1 2 3 4', 'Grade: Inadequate, Requires improvement, Good, Outstanding'],
  ['0', 'Not applicable (where the criterion allows it)'],
  ['J', 'Next step'],
  ['K', 'Previous step'],
  ['Ctrl+Enter', 'Submit the audit'],
  ['?', 'Show these shortcuts'],
  ['Esc', 'Close this list; in a text box, leave the box so the keys above work']
]

/** The stepper's keyboard shortcuts, in a modal dialog. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog()
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onCancel={onClose}>
      <h2 id="shortcuts-title" className="section-title">
        Keyboard shortcuts
      </h2>
      <p>These work when you are not typing in a box.</p>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, does]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose} data-autofocus>
        Close
      </button>
    </dialog>
  )
}
