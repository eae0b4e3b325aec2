import { decodeText, decodeWindows1252 } from '../case-import/decode'

/** Groups whose content is formatting or metadata, never the document's text. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'fldinst',
  'filetbl',
  'revtbl',
  'pgdsctbl'
])

/** Control words that stand for a character. */
const CHARACTER_WORDS: Record<string, string> = {
  par: '\n',
  line: '\n',
  row: '\n',
  sect: '\n',
  page: '\n',
  tab: '\t',
  cell: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  bullet: '\u2022',
  emspace: ' ',
  enspace: ' '
}

const TOKEN =
  /\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)/g

interface Group {
  skip: boolean
  /** How many fallback characters follow a \u escape (\ucN). */
  unicodeSkip: number
}

/**
 * The text of an RTF document (as WordPad and Word save it): paragraphs, tabs and table cells
 * kept, formatting and metadata groups dropped, \'hh bytes read as Windows-1252 and \uN as
 * Unicode. Not a full RTF reader: fields show their result, embedded objects are dropped.
 */
export function rtfText(bytes: Uint8Array): string {
  const source = decodeText(bytes).text
  if (!source.startsWith('{\\rtf')) throw new Error('not an RTF document')
  const stack: Group[] = []
  let group: Group = { skip: false, unicodeSkip: 1 }
  let pendingSkip = 0
  let afterGroupStart = false
  let out = ''
  const emit = (text: string): void => {
    if (group.skip) return
    if (pendingSkip > 0) {
      const dropped = Math.min(pendingSkip, text.length)
      pendingSkip -= dropped
      text = text.slice(dropped)
    }
    out += text
  }
  for (const match of source.matchAll(TOKEN)) {
    const [, word, param, hex, symbol, brace, , plain] = match
    const startOfGroup = afterGroupStart
    afterGroupStart = false
    if (brace === '{') {
      stack.push(group)
      group = { ...group }
      afterGroupStart = true
    } else if (brace === '}') {
      group = stack.pop() ?? group
      pendingSkip = 0
    } else if (word !== undefined) {
      if (startOfGroup && SKIPPED_DESTINATIONS.has(word)) group.skip = true
      else if (word === 'uc') group.unicodeSkip = Number(param ?? 1)
      else if (word === 'u') {
        const code = Number(param ?? 0)
        emit(String.fromCharCode(code < 0 ? code + 65536 : code))
        pendingSkip = group.unicodeSkip
      } else {
        const char = CHARACTER_WORDS[word]
        if (char !== undefined) emit(char)
      }
    } else if (hex !== undefined) {
      if (pendingSkip > 0) pendingSkip -= 1
      else emit(decodeWindows1252(Uint8Array.of(parseInt(hex, 16))))
    } else if (symbol !== undefined) {
      if (symbol === '*' && startOfGroup) group.skip = true
      else if (symbol === '~') emit('\u00a0')
      else if (symbol === '_') emit('-')
      else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol)
      else if (symbol === '\n' || symbol === '\r') emit('\n')
    } else if (plain !== undefined) {
      emit(plain)
    }
  }
  return out
}
