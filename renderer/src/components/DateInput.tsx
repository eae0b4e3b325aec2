import { readDate } from '../../../shared/dates'

/** What to put under a date field's label. */
export const DATE_HINT = 'Day first, for example 31/03/2026'

/** A date field's text, read: blank (no date), a date (YYYY-MM-DD), or why it is not one. */
export type DateFieldReading = { date: string | undefined } | { error: string }

/**
 * Reads what was typed in a date field the way the case-list import reads a date: day first,
 * never month first, and 31/02 refused rather than rolled into March. The error starts with the
 * field's label, to stand on its own in an error summary.
 */
export function readDateField(text: string, label: string): DateFieldReading {
  const trimmed = text.trim()
  if (trimmed === '') return { date: undefined }
  const reading = readDate(trimmed, false)
  return 'date' in reading ? reading : { error: `${label} ${reading.error}` }
}

/** 2026-03-31 -> 31/03/2026: a stored date as it is typed, to put in a DateInput. */
export function dateFieldText(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

/**
 * 2026-03-31 -> Tuesday 31 March 2026. The weekday is added separately: ICU versions differ on
 * whether a comma follows it.
 */
function inWords(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })
  const day = date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  })
  return `${weekday} ${day}`
}

/**
 * A date typed as text, day first (31/03/2026, 31/3/26, 31 March 2026), rather than the
 * browser's own date box: that one takes its day and month order from the computer's language,
 * and on a laptop set to US English it asks for the month first. Once the text reads as a date,
 * the date is shown in words under the box, so 03/04 cannot be mistaken for 4 March.
 *
 * Put it in a Field with hint={DATE_HINT}; the parent keeps the text and reads it with
 * readDateField when the form is sent.
 */
export function DateInput(props: {
  id: string
  value: string
  onChange: (text: string) => void
  /** The hint and error ids from describedBy; the reading's id is added to them. */
  describedBy?: string
  invalid?: boolean
  disabled?: boolean
}) {
  const reading = readDateField(props.value, '')
  const readingId = `${props.id}-reading`
  const shown = 'date' in reading && reading.date !== undefined ? inWords(reading.date) : null
  const describedBy = [props.describedBy, shown ? readingId : null].filter(Boolean).join(' ')
  return (
    <>
      <input
        id={props.id}
        className="input input--medium"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-describedby={describedBy || undefined}
        aria-invalid={props.invalid ? true : undefined}
        disabled={props.disabled}
        autoComplete="off"
        spellCheck={false}
      />
      {shown && (
        <p id={readingId} className="field__reading">
          {shown}
        </p>
      )}
    </>
  )
}
