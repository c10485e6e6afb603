import { vi } from 'vitest'

export interface CapturedFile {
  name: string
  type: string
  text: () => Promise<string>
}

/**
 * Captures what `downloadText` hands to the browser (Blob URL + a[download] click), since jsdom neither
 * implements Blob URLs nor navigates. Restored by vitest's `restoreAllMocks`/`unstubAllGlobals`.
 */
export function captureDownloads(): CapturedFile[] {
  const files: CapturedFile[] = []
  const blobs = new Map<string, Blob>()
  let next = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${(next += 1)}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)
    if (blob) files.push({ name: this.download, type: blob.type, text: () => blob.text() })
  })
  return files
}
