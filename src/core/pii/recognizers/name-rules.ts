import { isWordChar } from '../text/char-class'
import { foldText } from '../text/fold'
import { readName } from './name-tokens'
import { hasNonNameWord } from './non-names'
import { emit, type ScanContext } from './scan-context'

// What every name rule shares: read the capitalised run after a cue, check how it ends, reject
// non-names where the cue is weak, report with the rule's confidence.

export interface NameCue {
  confidence: number
  rule: string
  /** Minimum number of name words required after the cue. */
  minWords: number
  /** The name must end its line (multi-line sign-offs, greetings). */
  endOfLine?: boolean
  /** The name must end its clause: line end, punctuation, "(" or "<" (one-line sign-offs, headers). */
  endOfClause?: boolean
  /** Brands, cities, nationalities… are rejected (cues that do not announce a name outright). */
  checkWords?: boolean
  /** Bonus when the name has two words or more. */
  multiWordBonus?: number
}

export function endsLine(text: string, end: number): boolean {
  let k = end
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  if (k >= text.length) return true
  const c = text.charCodeAt(k)
  return c === 10 || c === 13 || c === 44 || c === 33 || c === 46 || c === 58 || c === 59 || c === 124 || c === 45
}

/** endsLine, or an e-mail/bracket follows: "Thanks, Jack (jack@…)", "From: Ana Sousa <ana@…>". */
export function endsClause(text: string, end: number): boolean {
  if (endsLine(text, end)) return true
  let k = end
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  const c = text.charCodeAt(k)
  return c === 40 || c === 60 || c === 63 || c === 0x2014 || c === 0x2013
}

/** Offset of the line break (or text start) before `pos` when only blanks separate them, else -1. */
export function lineStartBefore(text: string, pos: number): number {
  let k = pos - 1
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--
  if (k < 0) return 0
  return text.charCodeAt(k) === 10 ? k : -1
}

/** `pos` starts a line or a sentence ("… my plan. Thanks, Jack"). */
export function startsSentence(text: string, pos: number): boolean {
  let k = pos - 1
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--
  if (k < 0) return true
  const c = text.charCodeAt(k)
  return c === 10 || ((c === 46 || c === 33 || c === 63) && k < pos - 1)
}

export function sticky(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos
  return re.test(text) ? re.lastIndex : -1
}

/** Reads and reports the name at `pos` under `cue`; returns its end, or -1. */
export function nameAfter(ctx: ScanContext, cue: NameCue, pos: number): number {
  const { text } = ctx
  const name = readName(text, pos)
  if (!name || name.words < cue.minWords) return -1
  if ((cue.endOfLine && !endsLine(text, name.end)) || (cue.endOfClause && !endsClause(text, name.end))) return -1
  if (cue.checkWords && hasNonNameWord(text, name.start, name.end)) return -1
  const confidence = name.words > 1 ? cue.confidence + (cue.multiWordBonus ?? 0) : cue.confidence
  emit(ctx, 'PERSON_NAME', name.start, name.end, confidence, cue.rule)
  return name.end
}

const FOLLOWERS = new Set(['and', 'from', 'here', 'speaking', 'et', 'de', 'du', 'da', 'do', 'del', 'e', 'y', 'aqui', 'ici'])

/** What may follow a one-word self-introduction: punctuation, line end or a linking word. */
export function introFollows(text: string, end: number, wordsOnly: boolean): boolean {
  let k = end
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  if (k >= text.length) return !wordsOnly
  const c = text.charCodeAt(k)
  if (c === 44) return true
  if (!wordsOnly && (c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 40)) return true
  if (k === end) return false
  let e = k
  while (e < text.length && isWordChar(text.charCodeAt(e))) e++
  return e > k && FOLLOWERS.has(foldText(text.slice(k, e)))
}
