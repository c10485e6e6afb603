/**
 * Where the values to redact occur in a comment's plain text. Matching mirrors `toRedactedHtml`
 * (case-insensitive, any run of spaces between words) so the preview shows what Zendesk will redact, and
 * verification looks for exactly what was asked to go. Line breaks do not join words: `toRedactedHtml`
 * never matches across `<br>` or paragraphs, so neither does this.
 */

const INLINE_SPACE = '[ \\t\\u00a0\\u202f]+'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The distinct, non-blank values, longest first (a longer value wins where two overlap). */
export function distinctValues(values: readonly string[]): string[] {
  const set = new Set<string>()
  for (const value of values) {
    const trimmed = value.trim()
    if (trimmed) set.add(trimmed)
  }
  return [...set].sort((a, b) => b.length - a.length)
}

function valuePattern(value: string): RegExp {
  return new RegExp(value.split(/\s+/).map(escapeRegExp).join(INLINE_SPACE), 'giu')
}

/** UTF-16 ranges of every occurrence of every value in `text`, sorted and merged. */
export function occurrenceRanges(text: string, values: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const value of distinctValues(values)) {
    const pattern = valuePattern(value)
    for (const match of text.matchAll(pattern)) {
      if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** Which of `values` still occur in `text` (an empty list means they are all gone). */
export function valuesStillPresent(text: string, values: readonly string[]): string[] {
  return distinctValues(values).filter((value) => occurrenceRanges(text, [value]).length > 0)
}

/** The redaction character Zendesk writes in place of each redacted character. */
export const REDACTION_MARK = '\u2587'

/**
 * After a reload the values are gone from memory (they are personal data and never stored). The journal
 * keeps only the findings' offsets; a range that now reads as redaction marks proves the redaction landed.
 */
export function rangesLookRedacted(text: string, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  if (ranges.length === 0) return false
  return ranges.every(([start, end]) => {
    const slice = text.slice(start, end)
    return slice.length > 0 && [...slice].every((ch) => ch === REDACTION_MARK || /\s/.test(ch)) && slice.includes(REDACTION_MARK)
  })
}
