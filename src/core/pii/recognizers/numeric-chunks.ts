import { isDigit } from '../text/char-class'

// Splits text into "numeric chunks": digit groups joined by short separator runs (space, dash,
// dot, slash, brackets). One linear regex pass; recognizers then look at group windows, so a
// card or phone is never carved out of the middle of a longer digit group.

export interface NumericChunk {
  /** Offset of the first digit group (a leading '+' or '(' is reported separately). */
  start: number
  end: number
  groupStart: number[]
  groupEnd: number[]
  /** Separator text before group k (index 0 is ''). */
  seps: string[]
  /** Concatenated digits and, per group, the index of its first digit in that string. */
  digits: string
  digitOffset: number[]
  /** Lazily computed context facts shared by all windows of the chunk. */
  context?: Map<string, boolean>
  window?: string
}

const CHUNK = /\d[\d ()./\u00a0-]*/g
const MAX_SEP = 3

function splitIntoChunks(text: string, from: number, to: number, visit: (c: NumericChunk) => void): void {
  let chunk: NumericChunk | undefined
  let i = from
  while (i < to) {
    const gs = i
    while (i < to && isDigit(text.charCodeAt(i))) i++
    const ge = i
    if (chunk) {
      chunk.seps.push(text.slice(chunk.end, gs))
    }
    if (!chunk) {
      chunk = { start: gs, end: ge, groupStart: [], groupEnd: [], seps: [''], digits: '', digitOffset: [] }
    }
    chunk.digitOffset.push(chunk.digits.length)
    chunk.digits += text.slice(gs, ge)
    chunk.groupStart.push(gs)
    chunk.groupEnd.push(ge)
    chunk.end = ge
    const sepStart = i
    while (i < to && !isDigit(text.charCodeAt(i))) i++
    const sep = text.slice(sepStart, i)
    if (i >= to || sep.length > MAX_SEP || sep.includes('  ')) {
      visit(chunk)
      chunk = undefined
    }
  }
  if (chunk) visit(chunk)
}

/** Visits chunks; runs shorter than `minLength` characters are skipped without building a chunk. */
export function scanNumericChunks(text: string, visit: (chunk: NumericChunk) => void, minLength = 1): void {
  CHUNK.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CHUNK.exec(text)) !== null) {
    if (m[0].length < minLength) continue
    let end = m.index + m[0].length
    while (end > m.index && !isDigit(text.charCodeAt(end - 1))) end--
    splitIntoChunks(text, m.index, end, visit)
  }
}
