interface PositionedText {
  str: string
  hasEOL: boolean
  transform: number[]
  height: number
}

function isText(item: object): item is PositionedText {
  return 'str' in item
}

/**
 * Joins a page's text items into lines: a new line where pdf.js marks an end of line, or where
 * the next item sits on a different baseline (more than half a line's height away).
 */
function pageLines(items: readonly object[]): string {
  let text = ''
  let lineY: number | null = null
  for (const item of items) {
    if (!isText(item)) continue
    const y = item.transform[5] ?? 0
    const tolerance = Math.max(item.height / 2, 2)
    if (lineY !== null && Math.abs(y - lineY) > tolerance && !text.endsWith('\n')) text += '\n'
    text += item.str
    lineY = y
    if (item.hasEOL) {
      text += '\n'
      lineY = null
    }
  }
  return text
}

/**
 * A PDF's text with pdf.js, in Node without a worker or fonts: text extraction needs neither,
 * and eval stays off. Pages are separated by a blank line.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js takes ownership of the buffer it is given, so give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0
  })
  try {
    const document = await task.promise
    const pages: string[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(pageLines(content.items))
      page.cleanup()
    }
    return pages.join('\n\n')
  } finally {
    await task.destroy()
  }
}
