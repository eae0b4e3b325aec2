/**
 * Turns the HTML mammoth makes from a Word document into plan text the analyser can segment:
 * one line per paragraph or heading, list items kept as "- item" or "1. item" (Word's own
 * numbering is not in the HTML, so it is rebuilt), and each table row as one line of
 * tab-separated cells, so an action plan kept in a Word table arrives as one action a line.
 * mammoth's HTML is small and regular (p, h1-h6, ul, ol, li, table, tr, td, th, br, inline
 * formatting, a), so a tag walk is enough.
 */
const TAG_OR_TEXT = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>|([^<]+)/g

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div'])

const LIST_MARKER_ONLY = /^\s*(?:-|\d+\.) $/

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' '
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) {
      return String.fromCodePoint(parseInt(entity.slice(2), 16))
    }
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return ENTITIES[entity.toLowerCase()] ?? whole
  })
}

interface ListLevel {
  ordered: boolean
  next: number
}

export function htmlToPlanText(html: string): string {
  const lines: string[] = []
  const lists: ListLevel[] = []
  let line = ''
  let row: string[] | null = null
  let cell: string | null = null
  let tableDepth = 0

  const endLine = (): void => {
    if (line.trim() !== '') lines.push(line.replace(/\s+$/, ''))
    line = ''
  }
  const append = (text: string): void => {
    if (cell !== null) cell += text
    else line += text
  }

  for (const match of html.matchAll(TAG_OR_TEXT)) {
    const [, closing, rawName, selfClosing, text] = match
    if (text !== undefined) {
      append(decodeEntities(text))
      continue
    }
    const name = rawName!.toLowerCase()
    const inCell = cell !== null
    if (name === 'table') {
      tableDepth += closing ? -1 : 1
      if (inCell) append(' ')
    } else if (name === 'tr' && tableDepth === 1 && !inCell) {
      if (closing) {
        if (row && row.some((c) => c !== '')) lines.push(row.join('\t'))
        row = null
      } else {
        endLine()
        row = []
      }
    } else if (
      (name === 'td' || name === 'th') &&
      tableDepth === 1 &&
      (closing ? inCell : !inCell)
    ) {
      if (closing) {
        row?.push(cell!.replace(/\s+/g, ' ').trim())
        cell = null
      } else {
        cell = ''
      }
    } else if (name === 'br') {
      if (inCell) append(' ')
      else endLine()
    } else if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop()
      else lists.push({ ordered: name === 'ol', next: 1 })
      if (inCell) append(' ')
    } else if (BLOCKS.has(name) || inCell) {
      if (inCell) {
        append(' ')
      } else if (closing || selfClosing) {
        endLine()
      } else {
        // A paragraph inside a list item continues the item's line rather than orphaning its marker.
        if (name === 'li' || !LIST_MARKER_ONLY.test(line)) endLine()
        const list = lists[lists.length - 1]
        if (name === 'li' && list) {
          const marker = list.ordered ? `${list.next++}.` : '-'
          line = `${'  '.repeat(lists.length - 1)}${marker} `
        }
      }
    }
  }
  endLine()
  return lines.join('\n')
}
