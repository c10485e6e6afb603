import { isDigit } from '../text/char-class'

// Splits text into "numeric chunks": digit groups joined by short separator runs (space, dash,
// dot, slash, brackets). The runs come from the shared pre-scan; recognizers then look at group
// windows, so a card or phone is never carved out of the middle of a longer digit group.

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

/**
 * Visits the chunks of the pre-scan's numeric runs (`[start, end, …]`, each a match of
 * /\d[\d ()./\u00a0-]*\/); runs shorter than `minLength` characters are skipped.
 */
export function visitNumericChunks(text: string, runs: readonly number[], visit: (chunk: NumericChunk) => void, minLength = 1): void {
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] as number
    let end = runs[k + 1] as number
    if (end - start < minLength) continue
    while (end > start && !isDigit(text.charCodeAt(end - 1))) end--
    splitIntoChunks(text, start, end, visit)
  }
}
