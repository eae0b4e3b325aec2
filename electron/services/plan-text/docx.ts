import { htmlToPlanText } from './html-text'

/**
 * A Word document's text through mammoth's HTML, so table rows keep their cells together (see
 * htmlToPlanText). Images are dropped rather than inlined, and linked external files are never
 * fetched.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth')
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
      ignoreEmptyParagraphs: true
    }
  )
  return htmlToPlanText(result.value)
}
