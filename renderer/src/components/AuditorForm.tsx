import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { AUDITOR_ROLE_LABELS, AUDITOR_ROLES } from '../../../shared/domain'
import type { Auditor, AuditorRole } from '../../../shared/domain'
import { useSession } from '../state/session'
import { ErrorSummary } from './ErrorSummary'
import { describedBy, Field } from './Field'
import type { FieldProblem } from './ErrorSummary'

interface AuditorFormProps {
  initial: Auditor | null
  submitLabel: string
  onSaved?: () => void
}

/** Name and role of the person auditing; used on first run and in Settings. */
export function AuditorForm({ initial, submitLabel, onSaved }: AuditorFormProps) {
  const saveAuditor = useSession((state) => state.saveAuditor)
  const [name, setName] = useState(initial?.name ?? '')
  const [role, setRole] = useState<AuditorRole>(initial?.role ?? 'qa_officer')
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)
  const id = useId()
  const nameId = `${id}-name`
  const roleId = `${id}-role`

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setSaved(false)
    const error = await saveAuditor({ name, role })
    setSaving(false)
    if (!error) {
      setProblems([])
      setSaved(true)
      onSaved?.()
      return
    }
    const fields = error.fields ?? {}
    const found: FieldProblem[] = []
    if (fields.name) found.push({ fieldId: nameId, message: fields.name })
    if (fields.role) found.push({ fieldId: roleId, message: 'Choose your role' })
    setProblems(found.length > 0 ? found : [{ fieldId: nameId, message: error.message }])
  }

  const nameProblem = problems.find((problem) => problem.fieldId === nameId)
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <Field
        id={nameId}
        label="Your name"
        hint="Recorded on every audit you score and in the audit trail."
        error={nameProblem?.message}
      >
        <input
          id={nameId}
          className="input"
          type="text"
          autoComplete="name"
          spellCheck={false}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-describedby={describedBy(nameId, 'hint', nameProblem?.message)}
          aria-invalid={nameProblem ? true : undefined}
        />
      </Field>
      <Field id={roleId} label="Your role">
        <select
          id={roleId}
          className="select"
          value={role}
          onChange={(event) => setRole(event.target.value as AuditorRole)}
        >
          {AUDITOR_ROLES.map((value) => (
            <option key={value} value={value}>
              {AUDITOR_ROLE_LABELS[value]}
            </option>
          ))}
        </select>
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {saved && !onSaved && (
          <p className="form__saved" role="status">
            Saved
          </p>
        )}
      </div>
    </form>
  )
}
