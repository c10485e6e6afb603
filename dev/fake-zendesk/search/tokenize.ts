/**
 * How the fake's search index sees text. Zendesk matches whole words and word prefixes, not infixes
 * (reference §1.1: "top" finds "Top Ten", not "Desktop"), case- and accent-insensitively. We split on
 * anything that is not a letter or digit, so `lea.martin@example.com` is the words lea, martin, example,
 * com and `+33 6 12 34 56 78` is 33, 6, 12, 34, 56, 78: a search for `+33612345678` does not find the spaced
 * form, which is why the app must confirm hits (and find misses) by scanning text itself.
 */

/** Lower case without diacritics: "Léa" and "LEA" index the same. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
}

export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
}

/** Marks a field boundary inside one document's token list, so a phrase never spans two fields. */
export const FIELD_BREAK = '\u0000'

export interface IndexedDoc {
  /** Tokens in reading order, fields separated by FIELD_BREAK, for phrase matching. */
  tokens: string[]
  /** Distinct tokens, sorted, for prefix lookups by binary search. */
  sorted: string[]
}

export function indexFields(fields: Array<string | null | undefined>): IndexedDoc {
  const tokens: string[] = []
  for (const field of fields) {
    if (!field) continue
    tokens.push(...tokenize(field), FIELD_BREAK)
  }
  const sorted = [...new Set(tokens.filter((t) => t !== FIELD_BREAK))].sort()
  return { tokens, sorted }
}

/** Whether any word of the document starts with `prefix`. */
export function hasPrefix(doc: IndexedDoc, prefix: string): boolean {
  let lo = 0
  let hi = doc.sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((doc.sorted[mid] ?? '') < prefix) lo = mid + 1
    else hi = mid
  }
  return (doc.sorted[lo] ?? '').startsWith(prefix)
}

/** Whether the words appear consecutively, exactly, inside one field. */
export function hasPhrase(doc: IndexedDoc, words: string[]): boolean {
  const [first] = words
  if (first === undefined) return true
  outer: for (let i = 0; i <= doc.tokens.length - words.length; i += 1) {
    if (doc.tokens[i] !== first) continue
    for (let j = 1; j < words.length; j += 1) if (doc.tokens[i + j] !== words[j]) continue outer
    return true
  }
  return false
}
