import { isLetter } from '../text/char-class'
import type { NumericChunk } from './numeric-chunks'
import { plausibleDate } from '../validators/calendar-date'

// Shape facts about a window of digit groups [i, j] inside a numeric chunk.

export interface Window {
  chunk: NumericChunk
  i: number
  j: number
  start: number
  end: number
  digits: string
  /** Separators strictly inside the window. */
  seps: string[]
  sizes: number[]
  international: boolean
}

export function makeWindow(text: string, chunk: NumericChunk, i: number, j: number): Window {
  let start = chunk.groupStart[i] as number
  const before = text.charCodeAt(start - 1)
  let international = false
  if (before === 43 /* + */) {
    start--
    international = true
  } else if (before === 40 /* ( */) {
    start--
    if (text.charCodeAt(start - 1) === 43) {
      start--
      international = true
    }
  }
  const digits = chunk.digits.slice(chunk.digitOffset[i], j + 1 < chunk.digitOffset.length ? chunk.digitOffset[j + 1] : undefined)
  if (!international && digits.startsWith('00') && digits.length >= 11 && i === 0) international = true
  const seps = chunk.seps.slice(i + 1, j + 1)
  const sizes: number[] = []
  for (let k = i; k <= j; k++) sizes.push((chunk.groupEnd[k] as number) - (chunk.groupStart[k] as number))
  return { chunk, i, j, start, end: chunk.groupEnd[j] as number, digits, seps, sizes, international }
}

// Hot helpers are plain loops: closures here were allocated for every window.

/** Every element of `xs` equals `x`. */
export function allEqual<T>(xs: readonly T[], x: T): boolean {
  for (const y of xs) if (y !== x) return false
  return true
}

/** Numeric value of group k (0-based) of the window. */
function groupValue(w: Window, k: number): number {
  const from = w.chunk.digitOffset[w.i + k] as number
  return Number(w.chunk.digits.slice(from, from + (w.sizes[k] as number)))
}

/** All separators identical and drawn from `allowed` (an empty window counts as uniform). */
export function uniformSeps(w: Window, allowed: readonly string[]): boolean {
  const first = w.seps[0]
  if (first === undefined) return true
  if (!allowed.includes(first)) return false
  return allEqual(w.seps, first)
}

export function sizesAre(w: Window, ...sizes: number[]): boolean {
  if (w.sizes.length !== sizes.length) return false
  for (let k = 0; k < sizes.length; k++) if (w.sizes[k] !== sizes[k]) return false
  return true
}

/** A letter right before/after the window glues it into a word ("IP192…", "500mg"). */
export function gluedLeft(text: string, w: Window): boolean {
  const c = text.charCodeAt(w.start - 1)
  return isLetter(c) || c === 95
}

export function gluedRight(text: string, w: Window): boolean {
  const c = text.charCodeAt(w.end)
  return isLetter(c) || c === 95
}

const CURRENCY_BEFORE = /(?:[$€£¥]|R\$|US\$|USD|EUR|GBP|BRL)\s?$/
const UNIT_AFTER = /^\s?(?:[%€$£¥]|eur|usd|gbp|brl|reais|euros?|dollars?|d[oó]lares|libras?|kg|km|mb|gb|kb|ms|mm|cm|px)(?![A-Za-z])/i

/** A currency sign right before `start`: the number is money, never an identifier. */
export function currencyBefore(text: string, start: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start))
}

/** A unit, percent or currency right after `end`. */
export function unitAfter(text: string, end: number): boolean {
  return UNIT_AFTER.test(text.slice(end, end + 9))
}

/** dd/mm/yyyy, dd-mm-yy, yyyy-mm-dd, dd.mm.yyyy with one consistent separator. */
export function looksLikeDate(w: Window): boolean {
  if (w.sizes.length !== 3 || !uniformSeps(w, ['/', '-', '.'])) return false
  const [a, b, c] = w.sizes as [number, number, number]
  if (a === 4 && b <= 2 && c <= 2) return plausibleDate(groupValue(w, 0), groupValue(w, 1), groupValue(w, 2))
  if (a <= 2 && b <= 2 && (c === 4 || c === 2)) {
    const last = groupValue(w, 2)
    const year = c === 2 ? 2000 + last - (last > 40 ? 100 : 0) : last
    return plausibleDate(year, groupValue(w, 1), groupValue(w, 0)) || plausibleDate(year, groupValue(w, 0), groupValue(w, 1))
  }
  return false
}
