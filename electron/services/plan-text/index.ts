import { extname } from 'node:path'
import { decodeText } from '../case-import/decode'
import { docxText } from './docx'
import { pdfText } from './pdf'
import { rtfText } from './rtf'

export type PlanTextReading = { text: string } | { error: string }

type Extractor = (bytes: Uint8Array) => string | Promise<string>

/** The readers for each kind of plan document, with what to say when one cannot be read. */
const READERS: Record<string, { read: Extractor; unreadable: string }> = {
  '.docx': {
    read: docxText,
    unreadable: 'could not be read as a Word document (is it damaged or password-protected?)'
  },
  '.pdf': {
    read: pdfText,
    unreadable: 'could not be read as a PDF (is it damaged?)'
  },
  '.txt': { read: (bytes) => decodeText(bytes).text, unreadable: 'could not be read as text' },
  '.text': { read: (bytes) => decodeText(bytes).text, unreadable: 'could not be read as text' },
  '.rtf': { read: rtfText, unreadable: 'could not be read as an RTF document (is it damaged?)' }
}

const SUPPORTED = 'attach .docx, .pdf, .txt or .rtf files'

/** Whether a file's extension is one we can read; the message says what to do when it is not. */
export function unsupportedReason(fileName: string): string | null {
  const extension = extname(fileName).toLowerCase()
  if (READERS[extension]) return null
  if (extension === '.doc') {
    return 'Word 97-2003 (.doc) files cannot be read: save it as .docx in Word and attach that'
  }
  const kind = extension ? `${extension} files are` : 'a file without an extension is'
  return `${kind} not supported: ${SUPPORTED}`
}

/**
 * Plan text as the analyser and the stepper use it: Unix line ends, no trailing spaces on lines,
 * at most one blank line in a row, nothing before the first or after the last line.
 */
export function normalisePlanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
}

/**
 * Reads the text of a plan document by its extension. Never throws: a file that cannot be read
 * comes back with a message for the officer naming the file and nothing of its content.
 */
export async function extractPlanText(
  fileName: string,
  bytes: Uint8Array
): Promise<PlanTextReading> {
  const failed = (reason: string): PlanTextReading => ({ error: `${fileName}: ${reason}` })
  const unsupported = unsupportedReason(fileName)
  if (unsupported) return failed(unsupported)
  const reader = READERS[extname(fileName).toLowerCase()]!
  let text: string
  try {
    text = normalisePlanText(await reader.read(bytes))
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name
    if (name === 'PasswordException') {
      return failed('it is password-protected: remove the password and attach it again')
    }
    return failed(reader.unreadable)
  }
  if (text.trim() === '') return failed('no text found (is it a scanned image?)')
  return { text }
}
