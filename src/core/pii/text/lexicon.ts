import { foldCharCode } from './fold'

// A phrase lexicon matched case- and accent-insensitively at word starts. Each word start is
// looked up by its first three folded characters in a flat table; only the few phrases sharing
// that prefix are compared, so one pass costs about the same whatever the number of phrases.
// (One alternation regex per cue family made V8 try every alternative at every position.)

export interface LexiconEntry<K extends string> {
  /** Folded phrase (lowercase, no accents); a space matches one or more blanks. */
  phrase: string
  kind: K
  /** What must follow: any whitespace, any non-word character, or anything. */
  tail: 'space' | 'boundary' | 'any'
}

export interface Lexicon<K extends string> {
  /** Bucket index + 1 by 3-character key (0 = none); 2-character phrases use `pairs`. */
  triples: Uint16Array
  pairs: Uint16Array
  buckets: LexiconEntry<K>[][]
  /** Per bucket, bit k set when a phrase may have key code k right after / two after the key. */
  after1: Uint32Array
  after2: Uint32Array
}

/** Expands a tiny template syntax: `(a|b)` alternatives and `?` after a character or group. */
export function expand(template: string): string[] {
  const alts = (s: string): string[] => {
    const out: string[] = []
    let depth = 0
    let from = 0
    for (let i = 0; i < s.length; i++) {
      const c = s[i]
      if (c === '(') depth++
      else if (c === ')') depth--
      else if (c === '|' && depth === 0) {
        out.push(s.slice(from, i))
        from = i + 1
      }
    }
    out.push(s.slice(from))
    return out
  }
  let results = ['']
  for (let i = 0; i < template.length; ) {
    let options: string[]
    if (template[i] === '(') {
      let depth = 0
      let j = i
      do {
        if (template[j] === '(') depth++
        else if (template[j] === ')') depth--
        j++
      } while (depth > 0 && j < template.length)
      options = alts(template.slice(i + 1, j - 1)).flatMap(expand)
      i = j
    } else options = [template[i++] as string]
    if (template[i] === '?') {
      options = ['', ...options]
      i++
    }
    results = results.flatMap((r) => options.map((o) => r + o))
  }
  return results
}

/** 5-bit code of a folded character for the prefix tables. */
export function keyCode(folded: number): number {
  if (folded >= 97 && folded <= 122) return folded - 96
  if (folded === 32 || folded === 9) return 27
  if (folded === 46) return 28
  if (folded === 39) return 29
  if (folded === 45) return 30
  return 31
}

const fold = (s: string): string => Array.from(s, (ch) => String.fromCharCode(foldCharCode(ch.charCodeAt(0)))).join('')

export function compileLexicon<K extends string>(entries: readonly LexiconEntry<K>[]): Lexicon<K> {
  const triples = new Uint16Array(32 * 32 * 32)
  const pairs = new Uint16Array(32 * 32)
  const buckets: LexiconEntry<K>[][] = []
  const add = (table: Uint16Array, key: number, e: LexiconEntry<K>): void => {
    if (table[key] === 0) table[key] = buckets.push([]) // index + 1
    ;(buckets[(table[key] as number) - 1] as LexiconEntry<K>[]).push(e)
  }
  for (const raw of entries) {
    const e = { ...raw, phrase: fold(raw.phrase) }
    const k = (i: number): number => keyCode(e.phrase.charCodeAt(i))
    if (e.phrase.length >= 3) add(triples, (k(0) << 10) | (k(1) << 5) | k(2), e)
    else if (e.phrase.length === 2) add(pairs, (k(0) << 5) | k(1), e)
  }
  // Longest first, so "born on" wins over "born" when both fit.
  for (const b of buckets) b.sort((a, c) => c.phrase.length - a.phrase.length)
  // Two more characters are tested before any phrase is compared: common words sharing a
  // phrase's first three letters ("que"/"querido", "you"/"yours") then cost two table reads.
  const after = (offset: number): Uint32Array =>
    Uint32Array.from(buckets, (b) => {
      let mask = 0
      for (const e of b) {
        const at = (e.phrase.length >= 3 ? 3 : 2) + offset
        mask |= at < e.phrase.length ? 1 << keyCode(e.phrase.charCodeAt(at)) : -1
      }
      return mask >>> 0
    })
  return { triples, pairs, buckets, after1: after(0), after2: after(1) }
}
