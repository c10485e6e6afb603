import { foldCharCode } from './fold'

// A phrase lexicon matched case- and accent-insensitively at word starts. Each word start is
// first looked up by its next three to five folded characters in flat tables; only then is the
// phrase trie walked, so one pass costs about the same whatever the number of phrases.
// (One alternation regex per cue family made V8 try every alternative at every position.)

export interface LexiconEntry<K extends string> {
  /** Folded phrase (lowercase, no accents); a space matches one or more blanks. */
  phrase: string
  kind: K
  /** What must follow: any whitespace, any non-word character, or anything. */
  tail: 'space' | 'boundary' | 'any'
}

export interface Lexicon<K extends string> {
  /** Mask index + 1 by 3-character key (0 = no phrase starts so); 2-character phrases use `pairs`. */
  triples: Uint16Array
  pairs: Uint16Array
  /** Per key, bit k set when a phrase may have key code k right after / two after the key. */
  after1: Uint32Array
  after2: Uint32Array
  /** Trie of the folded phrases in flat arrays: the children of node n are entries
   * firstKid[n] … firstKid[n + 1] - 1 of kidChar (their character) and kidNode (their id). */
  firstKid: Int32Array
  kidChar: Uint16Array
  kidNode: Int32Array
  /** Phrases ending at each trie node. */
  ends: (LexiconEntry<K>[] | undefined)[]
}

/** Child of `node` by folded character `c`, or -1. Nodes have few children: a scan is fastest. */
export function trieChild<K extends string>(lexicon: Lexicon<K>, node: number, c: number): number {
  for (let k = lexicon.firstKid[node] as number, end = lexicon.firstKid[node + 1] as number; k < end; k++) {
    if (lexicon.kidChar[k] === c) return lexicon.kidNode[k] as number
  }
  return -1
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
  const byKey: LexiconEntry<K>[][] = []
  const edges = new Map<number, number>()
  const ends: (LexiconEntry<K>[] | undefined)[] = [undefined]
  const add = (table: Uint16Array, key: number, e: LexiconEntry<K>): void => {
    if (table[key] === 0) table[key] = byKey.push([]) // index + 1
    ;(byKey[(table[key] as number) - 1] as LexiconEntry<K>[]).push(e)
  }
  for (const raw of entries) {
    const e = { ...raw, phrase: fold(raw.phrase) }
    const k = (i: number): number => keyCode(e.phrase.charCodeAt(i))
    if (e.phrase.length >= 3) add(triples, (k(0) << 10) | (k(1) << 5) | k(2), e)
    else if (e.phrase.length === 2) add(pairs, (k(0) << 5) | k(1), e)
    else continue
    let node = 0
    for (let i = 0; i < e.phrase.length; i++) {
      const key = node * 0x10000 + e.phrase.charCodeAt(i)
      let child = edges.get(key)
      if (child === undefined) {
        child = ends.push(undefined) - 1
        edges.set(key, child)
      }
      node = child
    }
    ;(ends[node] ??= []).push(e)
  }
  // Two more characters are tested before the trie is walked: common words sharing a phrase's
  // first three letters ("que"/"querido", "you"/"yours") then cost two table reads.
  const after = (offset: number): Uint32Array =>
    Uint32Array.from(byKey, (b) => {
      let mask = 0
      for (const e of b) {
        const at = (e.phrase.length >= 3 ? 3 : 2) + offset
        mask |= at < e.phrase.length ? 1 << keyCode(e.phrase.charCodeAt(at)) : -1
      }
      return mask >>> 0
    })
  // Flatten the trie (built with a Map) so that a walk reads only typed arrays.
  const kids: [number, number][][] = ends.map(() => [])
  for (const [key, child] of edges) (kids[Math.floor(key / 0x10000)] as [number, number][]).push([key % 0x10000, child])
  const firstKid = new Int32Array(ends.length + 1)
  const kidChar = new Uint16Array(edges.size)
  const kidNode = new Int32Array(edges.size)
  let at = 0
  kids.forEach((list, node) => {
    firstKid[node] = at
    for (const [c, child] of list) {
      kidChar[at] = c
      kidNode[at++] = child
    }
  })
  firstKid[ends.length] = at
  return { triples, pairs, after1: after(0), after2: after(1), firstKid, kidChar, kidNode, ends }
}
