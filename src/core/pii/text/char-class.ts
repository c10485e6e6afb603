// Code-unit predicates used by the hand-written scanners. They avoid regex calls in hot loops
// and treat any non-ASCII letter-ish code unit as a word character so that boundaries work
// for accented words ("numéro12345" is glued, "n°12345" is not).

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c)
}

/** Letters beyond ASCII: Latin-1 letters, Latin Extended, Greek, Cyrillic… but not symbols like ° or ×. */
export function isNonAsciiLetter(c: number): boolean {
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba
  if (c === 0xd7 || c === 0xf7) return false
  if (c >= 0x2000 && c <= 0x2bff) return false
  if (c >= 0x3000 && c <= 0x303f) return false
  if (c >= 0xd800 && c <= 0xdfff) return false
  if (c >= 0xfe00 && c <= 0xfe0f) return false
  if (c >= 0xff00 && c <= 0xff0f) return false
  return c < 0xfff0
}

export function isLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xaa && isNonAsciiLetter(c))
}

/** Letters, digits and underscore: what glues a token to its neighbours. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || c === 95 || isLetter(c)
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12
}

/** Word char at `i`, with out-of-range positions counting as boundaries. */
export function wordCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(text.charCodeAt(i))
}
