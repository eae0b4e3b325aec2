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

/**
 * Hands text to the browser as a file download: browser mode saves it where the browser saves
 * downloads, and the desktop app asks where to save it. The address is revoked later, not at
 * once: the click only starts the download.
 */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8'
): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
