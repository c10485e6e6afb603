// Preview helper: every user-perceived character inside a match becomes one ▇. Surrogate
// pairs, combining marks, variation selectors, ZWJ emoji sequences and flag pairs are
// collapsed so "José" or "👍🏽" do not reveal their encoding length.

export const REDACTION_CHAR = '\u2587'

function isExtender(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  )
}

const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff

/** Number of user-perceived characters in text[start, end). */
export function perceivedLength(text: string, start: number, end: number): number {
  let count = 0
  let i = start
  let joinNext = false
  let pendingFlag = false
  while (i < end) {
    const cp = text.codePointAt(i) as number
    const size = cp > 0xffff ? 2 : 1
    if (cp === 0x200d) joinNext = true
    else if (isExtender(cp)) {
      if (count === 0) count = 1
    } else if (joinNext && count > 0) joinNext = false
    else if (isRegionalIndicator(cp) && pendingFlag) pendingFlag = false
    else {
      count++
      joinNext = false
      pendingFlag = isRegionalIndicator(cp)
    }
    i += size
  }
  return count
}

/** `text` with each matched range replaced by ▇ per perceived character. Ranges may overlap or be unsorted. */
export function redactText(text: string, matches: readonly { start: number; end: number }[]): string {
  const ranges = matches
    .map((m) => [Math.max(0, Math.min(m.start, text.length)), Math.max(0, Math.min(m.end, text.length))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
  let out = ''
  let pos = 0
  for (const [s, e] of ranges) {
    const start = Math.max(s, pos)
    if (e <= start) continue
    // Never split a surrogate pair at either edge.
    const from = start > 0 && isLowSurrogate(text.charCodeAt(start)) && start > pos ? start - 1 : start
    const to = e < text.length && isLowSurrogate(text.charCodeAt(e)) ? e + 1 : e
    out += text.slice(pos, from) + REDACTION_CHAR.repeat(perceivedLength(text, from, to))
    pos = to
  }
  return out + text.slice(pos)
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}
