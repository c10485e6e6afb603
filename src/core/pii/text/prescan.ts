import { isAsciiAlnum, isDigit, isNonAsciiLetter, isSpace } from './char-class'
import { foldCharCode } from './fold'
import { keyCode, trieChild, type Lexicon } from './lexicon'

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
/** Word / phrase-start bits for every UTF-16 code unit: no range test in the hot loop. */
const CLASS = new Uint8Array(0x10000)
const FOLD = new Uint16Array(SIZE)
const KEY = new Uint8Array(SIZE)
for (let c = 0; c < 0x10000; c++) {
  const f = c < SIZE ? foldCharCode(c) : 0
  const word = isAsciiAlnum(c) || c === 95 || (c >= 0xaa && isNonAsciiLetter(c))
  CLASS[c] = (word ? WORD : 0) | (word && f >= 97 && f <= 122 ? KEYED : 0)
  if (c >= SIZE) continue
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

function tailOk(text: string, end: number, tail: 'space' | 'boundary' | 'any'): boolean {
  if (tail === 'any') return true
  if (end >= text.length) return tail === 'boundary'
  const c = text.charCodeAt(end)
  if (tail === 'space') return isSpace(c) || c === 11 || c === 0x2028 || c === 0x2029
  const f = foldAt(c)
  return !((f >= 97 && f <= 122) || (f >= 48 && f <= 57))
}

/** The two characters after the key are allowed by some phrase sharing it. */
function fits<K extends string>(text: string, at: number, index: number, lexicon: Lexicon<K>): boolean {
  return (((lexicon.after1[index - 1] as number) >>> keyAt(text, at)) & 1) === 1 && (((lexicon.after2[index - 1] as number) >>> keyAt(text, at + 1)) & 1) === 1
}

/** Walks the phrase trie from `i`; keeps, per kind, the longest phrase whose tail condition holds. */
function walk<K extends string>(text: string, i: number, lexicon: Lexicon<K>, hits: LexiconHit<K>[]): void {
  const first = hits.length
  let node = 0
  let t = i
  while (t < text.length) {
    const c = text.charCodeAt(t)
    // A blank in a phrase matches a run of blanks.
    const next = trieChild(lexicon, node, isBlank(c) ? 32 : foldAt(c))
    if (next < 0) return
    if (isBlank(c)) while (t < text.length && isBlank(text.charCodeAt(t))) t++
    else t++
    node = next
    const ends = lexicon.ends[node]
    if (!ends) continue
    for (const e of ends) {
      if (!tailOk(text, t, e.tail)) continue
      let h = first
      while (h < hits.length && (hits[h] as LexiconHit<K>).kind !== e.kind) h++
      if (h < hits.length) (hits[h] as LexiconHit<K>).end = t
      else hits.push({ kind: e.kind, start: i, end: t })
    }
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
  let i = 0
  while (i < n) {
    // Skip to the next word start, handle it, then skip the rest of the word.
    while (i < n && ((CLASS[text.charCodeAt(i)] as number) & WORD) === 0) i++
    if (i >= n) break
    const c = text.charCodeAt(i)
    if (((CLASS[c] as number) & KEYED) !== 0) {
      const k01 = ((KEY[c] as number) << 5) | keyAt(text, i + 1)
      const triple = lexicon.triples[(k01 << 5) | keyAt(text, i + 2)] as number
      const pair = lexicon.pairs[k01] as number
      if ((triple !== 0 && fits(text, i + 3, triple, lexicon)) || (pair !== 0 && fits(text, i + 2, pair, lexicon))) walk(text, i, lexicon, hits)
    }
    i++
    while (i < n && ((CLASS[text.charCodeAt(i)] as number) & WORD) !== 0) i++
  }
  return { hits, ...digitScan(text) }
}
