import type { UploadedFile } from '../../shared/contract'

/** Base64 without building one giant string argument (btoa's input is limited by the call stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/** A file the officer chose, as the API carries it: its name (never its folder) and bytes. */
export async function readUpload(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return { fileName: file.name, contentBase64: toBase64(bytes) }
}

/** A short random id for a job the renderer wants to follow (progress, cancel). */
export function newJobId(): string {
  return crypto.randomUUID().replace(/-/g, '')
}
