// Builds the upload zip in memory: entries at the zip root exactly as the map names them,
// in sorted order with a fixed timestamp so the same build always gives the same bytes.
import { zipSync, type Zippable } from 'fflate'
import type { FileContent } from './package-input'

// DOS zip timestamps cannot go below 1980; any fixed date keeps the archive reproducible.
const FIXED_MTIME = new Date(2000, 0, 1)

// Deflating already-compressed formats costs time and gains nothing.
const STORED = /\.(png|jpe?g|gif|webp|woff2?|zip|gz)$/i

export function zipPackage(files: ReadonlyMap<string, FileContent>): Uint8Array {
  const encoder = new TextEncoder()
  const entries: Zippable = {}
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content
    entries[path] = [bytes, { level: STORED.test(path) ? 0 : 9, mtime: FIXED_MTIME }]
  }
  return zipSync(entries)
}
