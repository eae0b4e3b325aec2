import JSZip from 'jszip'

/** A block of a Word document made for a test. */
export type DocxBlock =
  | { heading: string }
  | { paragraph: string }
  | { bullet: string }
  | { numbered: string }
  | { table: string[][] }

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
}

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
}

function paragraph(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${run(text)}</w:p>`
}

function listItem(text: string, numId: number): string {
  return paragraph(text, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`)
}

function table(rows: string[][]): string {
  const cells = (row: string[]) =>
    row
      .map(
        (cell) =>
          `<w:tc>${cell
            .split('\n')
            .map((line) => paragraph(line))
            .join('')}</w:tc>`
      )
      .join('')
  return `<w:tbl>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`
}

function block(item: DocxBlock): string {
  if ('heading' in item) return paragraph(item.heading, '<w:pStyle w:val="Heading1"/>')
  if ('paragraph' in item) return paragraph(item.paragraph)
  if ('bullet' in item) return listItem(item.bullet, 1)
  if ('numbered' in item) return listItem(item.numbered, 2)
  return table(item.table)
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

function numberingXml(): string {
  const level = (format: string, text: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`
}

/**
 * A minimal but genuine .docx (the parts Word itself needs: content types, relationships, the
 * document, styles and numbering), zipped with JSZip, which ExcelJS and mammoth already use.
 */
export async function makeDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>
</Relationships>`
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>
</Relationships>`
  )
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
</w:styles>`
  )
  zip.file('word/numbering.xml', numberingXml())
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${blocks.map(block).join('')}</w:body></w:document>`
  )
  return zip.generateAsync({ type: 'nodebuffer' })
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`
}

/**
 * A small, valid PDF with real text: each page's lines set in Helvetica (WinAnsi, so £ and é
 * work), with a correct cross-reference table. An empty page list item gives a page with a
 * drawing and no text, like a scanned plan.
 */
export function makePdf(pages: string[][]): Buffer {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const font = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  )
  const pagesId = objects.length + 1 + pages.length * 2
  const kids: number[] = []
  for (const lines of pages) {
    const operations =
      lines.length === 0
        ? ['0.5 g', '72 72 468 648 re', 'f']
        : [
            'BT',
            '/F1 12 Tf',
            '72 720 Td',
            '16 TL',
            ...lines.map((line) => `${pdfString(line)} '`),
            'ET'
          ]
    const stream = operations.join('\n')
    const content = add(
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`
    )
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`
      )
    )
  }
  add(
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`
  )
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`)
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}
