import { isAsciiAlnum, isDigit, isNonAsciiLetter, isSpace } from './char-class'
import { foldCharCode } from './fold'
import { keyCode, type Lexicon } from './lexicon'

// The one linear pass every recognizer shares. It finds (1) lexicon phrases at word starts
// (cue words, honorifics, street words, URL schemes) and (2) ASCII letter/digit tokens holding a
// digit — the only places where IBANs, national ids, wallets or house numbers can begin. The
// recognizers then run their sticky regexes at those few positions instead of each scanning
// the whole text.

export interface LexiconHit<K extends string> {
  kind: K
  start: number
  /** End of the phrase itself (what follows is checked but not included). */
  end: number
}

export interface Prescan<K extends string> {
  hits: LexiconHit<K>[]
  /** [start0, end0, start1, end1, …] of maximal [A-Za-z0-9] runs that contain a digit. */
  digitTokens: number[]
  /** [start, end, …] of digit-led runs of digits and separators at least MIN_NUMERIC_RUN long. */
  numericRuns: number[]
}

const WORD = 1
const KEYED = 2
const SIZE = 0x250
const CLASS = new Uint8Array(SIZE)
const FOLD = new Uint16Array(SIZE)
const KEY = new Uint8Array(SIZE)
for (let c = 0; c < SIZE; c++) {
  const f = foldCharCode(c)
  const word = isAsciiAlnum(c) || c === 95 || (c >= 0xaa && isNonAsciiLetter(c))
  CLASS[c] = (word ? WORD : 0) | (word && f >= 97 && f <= 122 ? KEYED : 0)
  FOLD[c] = f
  KEY[c] = keyCode(f)
}

const foldAt = (c: number): number => (c < SIZE ? (FOLD[c] as number) : foldCharCode(c))
function keyAt(text: string, i: number): number {
  if (i >= text.length) return 31
  const c = text.charCodeAt(i)
  return c < SIZE ? (KEY[c] as number) : keyCode(foldCharCode(c))
}
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f

/** End of `phrase` matched at `i` (blanks in the phrase match runs of blanks), or -1. */
function matchAt(text: string, i: number, phrase: string): number {
  let t = i
  for (let p = 0; p < phrase.length; p++) {
    const pc = phrase.charCodeAt(p)
    if (pc === 32) {
      if (t >= text.length || !isBlank(text.charCodeAt(t))) return -1
      while (t < text.length && isBlank(text.charCodeAt(t))) t++
    } else if (t >= text.length || foldAt(text.charCodeAt(t)) !== pc) return -1
    else t++
  }
  return t
}

function tailOk(text: string, end: number, tail: 'space' | 'boundary' | 'any'): boolean {
  if (tail === 'any') return true
  if (end >= text.length) return tail === 'boundary'
  const c = text.charCodeAt(end)
  if (tail === 'space') return isSpace(c) || c === 11 || c === 0x2028 || c === 0x2029
  const f = foldAt(c)
  return !((f >= 97 && f <= 122) || (f >= 48 && f <= 57))
}

/** The two characters after the key are allowed by some phrase of the bucket. */
function fits<K extends string>(text: string, at: number, bucketIndex: number, lexicon: Lexicon<K>): boolean {
  return (((lexicon.after1[bucketIndex - 1] as number) >>> keyAt(text, at)) & 1) === 1 && (((lexicon.after2[bucketIndex - 1] as number) >>> keyAt(text, at + 1)) & 1) === 1
}

function lookup<K extends string>(text: string, i: number, bucketIndex: number, lexicon: Lexicon<K>, hits: LexiconHit<K>[]): void {
  const bucket = lexicon.buckets[bucketIndex - 1] as Lexicon<K>['buckets'][number]
  for (const e of bucket) {
    // One hit per kind and position: the longest phrase that fits (buckets are longest first).
    let dup = false
    for (let h = hits.length - 1; h >= 0 && (hits[h] as LexiconHit<K>).start === i; h--) if ((hits[h] as LexiconHit<K>).kind === e.kind) dup = true
    if (dup) continue
    const end = matchAt(text, i, e.phrase)
    if (end >= 0 && tailOk(text, end, e.tail)) hits.push({ kind: e.kind, start: i, end })
  }
}

/** Digits joined by short separators (see numeric-chunks.ts); one native regex pass finds them. */
const NUMERIC_RUN = /\d[\d ()./\u00a0-]*/g
/** Runs shorter than this cannot hold any numeric identifier and are not kept. */
export const MIN_NUMERIC_RUN = 6

/** Digit tokens and numeric runs from a single regex pass: every digit lies in some run. */
function digitScan(text: string): { digitTokens: number[]; numericRuns: number[] } {
  const digitTokens: number[] = []
  const numericRuns: number[] = []
  let tokenEnd = -1
  NUMERIC_RUN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = NUMERIC_RUN.exec(text)) !== null) {
    const runEnd = m.index + m[0].length
    if (runEnd - m.index >= MIN_NUMERIC_RUN) numericRuns.push(m.index, runEnd)
    for (let i = m.index; i < runEnd; i++) {
      // Each digit group not already inside the last token starts a new token.
      if (i < tokenEnd || !isDigit(text.charCodeAt(i)) || (i > m.index && isDigit(text.charCodeAt(i - 1)))) continue
      let s = i
      let e = i + 1
      while (s > 0 && isAsciiAlnum(text.charCodeAt(s - 1))) s--
      while (e < text.length && isAsciiAlnum(text.charCodeAt(e))) e++
      digitTokens.push(s, e)
      tokenEnd = e
    }
  }
  return { digitTokens, numericRuns }
}

export function prescan<K extends string>(text: string, lexicon: Lexicon<K>): Prescan<K> {
  const hits: LexiconHit<K>[] = []
  const n = text.length
  let prevWord = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const cls = c < SIZE ? (CLASS[c] as number) : isNonAsciiLetter(c) ? WORD : 0
    if ((cls & WORD) === 0) {
      prevWord = false
      continue
    }
    if (prevWord) continue
    prevWord = true
    if ((cls & KEYED) === 0) continue
    const k01 = ((KEY[c] as number) << 5) | keyAt(text, i + 1)
    const triple = lexicon.triples[(k01 << 5) | keyAt(text, i + 2)] as number
    const pair = lexicon.pairs[k01] as number
    if (triple !== 0 && fits(text, i + 3, triple, lexicon)) lookup(text, i, triple, lexicon, hits)
    if (pair !== 0 && fits(text, i + 2, pair, lexicon)) lookup(text, i, pair, lexicon, hits)
  }
  return { hits, ...digitScan(text) }
}
