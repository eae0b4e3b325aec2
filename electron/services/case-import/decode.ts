/** How a text file's bytes were read: the names StagedImport.encoding reports. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

/**
 * Windows-1252's bytes 0x80-0x9F, where it differs from Latin-1 (0x81, 0x8D, 0x8F, 0x90 and 0x9D
 * are unassigned and keep their C1 code point, as the WHATWG Encoding standard says). Node 20's
 * TextDecoder('windows-1252') decodes this range as Latin-1 (so ’ arrives as U+0092), which is why
 * the table is ours rather than the platform's.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
] as const

const C1_RANGE = /[\u0080-\u009f]/g

/** Windows-1252 bytes as text (Excel's "ANSI" on an English Windows). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return latin1.replace(C1_RANGE, (char) =>
    String.fromCharCode(WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!)
  )
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/**
 * Reads a text file as a case-management export or a plan saved on Windows arrives: a byte-order
 * mark decides first (UTF-8, UTF-16 LE or BE); otherwise bytes that are valid UTF-8 are UTF-8, and
 * anything else is Windows-1252, which is what Excel writes for "CSV (Comma delimited)", so £, ’
 * and é arrive intact. The BOM is not part of the returned text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}
