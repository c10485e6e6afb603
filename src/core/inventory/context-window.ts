import type { PiiType } from '../pii/types'
import type { FindingContext } from './inventory-types'
import { maskValue } from './mask-value'

export interface MaskRange {
  start: number
  end: number
  type: PiiType
  value: string
}

/** How far a window may reach back or forward to finish the word it cut, before giving up and cutting. */
const WORD_SLACK = 12

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Moves a cut point so it never splits a surrogate pair (an emoji would turn into two broken halves). */
function safeCut(text: string, index: number): number {
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index
}

/** The slice [from, to) with whitespace runs collapsed and other personal data in it masked. */
function render(text: string, from: number, to: number, others: readonly MaskRange[]): string {
  let out = ''
  let at = from
  for (const other of others) {
    if (other.end <= from || other.start >= to) continue
    const s = Math.max(other.start, from)
    out += text.slice(at, s) + maskValue(other.type, other.value)
    at = Math.min(other.end, to)
  }
  out += text.slice(at, to)
  return out.replace(/\s+/g, ' ')
}

/**
 * A short window of text around a match, cut at word boundaries when one is near, with every other match in
 * the window masked too (the window should not leak what the mask hides one finding over).
 *
 * @example contextWindow('Call me on 06 12 34 56 78 tonight', 11, 25, [], 8)
 *   // { before: 'Call me on ', after: ' tonight', clippedBefore: false, clippedAfter: false }
 */
export function contextWindow(text: string, start: number, end: number, others: readonly MaskRange[] = [], radius = 40): FindingContext {
  let from = Math.max(0, start - radius)
  if (from > 0) {
    const space = text.slice(from, Math.min(start, from + WORD_SLACK)).search(/\s/)
    if (space >= 0) from += space + 1
  }
  let to = Math.min(text.length, end + radius)
  if (to < text.length) {
    const tail = text.slice(Math.max(end, to - WORD_SLACK), to)
    const lastSpace = tail.search(/\s\S*$/)
    if (lastSpace >= 0) to = Math.max(end, to - WORD_SLACK) + lastSpace
  }
  const sorted = [...others].filter((o) => o.start !== start || o.end !== end).sort((a, b) => a.start - b.start)
  // A cut inside another match would show half of it: widen to the whole match, which is masked anyway.
  for (const other of sorted) {
    if (other.start < from && other.end > from && other.end <= start) from = other.start
    if (other.start < to && other.end > to && other.start >= end) to = other.end
  }
  from = safeCut(text, from)
  to = safeCut(text, to)
  return {
    before: render(text, from, start, sorted).trimStart(),
    after: render(text, end, to, sorted).trimEnd(),
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
  }
}
