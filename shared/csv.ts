/*
 * CSV as RFC 4180 describes it, for Excel as councils use it: CRLF between records, a field quoted
 * only when it holds a quote, comma, CR or LF (quotes inside doubled), UTF-8 with a byte-order
 * mark so Excel does not read it as the local code page, and text that Excel would take for a
 * formula neutralised as OWASP's CSV-injection guidance says: a leading apostrophe.
 */

export const BOM = '\uFEFF'
export const EOL = '\r\n'

const NEEDS_QUOTES = /[",\r\n]/
/** =, +, -, @, tab and carriage return start a formula (or a DDE payload) in Excel and its kin. */
const FORMULA_START = /^[=+\-@\t\r]/

/** A text field: neutralised if it could start a formula, then quoted if it must be. */
export function textField(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTES, '""')}"` : safe
}

const QUOTES = /"/g

/** A number written as digits (never neutralised: a grade is a number, not text). */
export function numberField(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value)
}

export type FieldKind = 'text' | 'number'

function anyText(value: unknown): string {
  return textField(value === null || value === undefined ? null : String(value))
}

function anyNumber(value: unknown): string {
  return numberField(typeof value === 'number' ? value : null)
}

/** The encoder for a column of this kind. */
export function encoderFor(kind: FieldKind): (value: unknown) => string {
  return kind === 'number' ? anyNumber : anyText
}

export function field(kind: FieldKind, value: unknown): string {
  return encoderFor(kind)(value)
}

export function record(fields: string[]): string {
  return fields.join(',') + EOL
}
