import type { DetectOptions, PiiMatch, PiiType, SubjectIdentifiers } from '../pii/types'
import { MASK_TOKENS } from './export-schema'

/** The PII engine's entry point (`detectPii` from src/core/pii), injected so this module stays testable alone. */
export type DetectPii = (text: string, options?: DetectOptions) => PiiMatch[]

export const DEFAULT_MASKED_TYPES: readonly PiiType[] = ['EMAIL', 'PHONE', 'PERSON_NAME']

export interface MaskerOptions {
  detect: DetectPii
  /** The data subject's own identifiers: never masked, it is their data. */
  subject: SubjectIdentifiers
  types?: readonly PiiType[]
  /** Names known to belong to other people (comment authors, CCs); masked wherever they appear. */
  knownNames?: readonly string[]
}

export interface ThirdPartyMasker {
  /** Masks other people's data in plain text. */
  text(value: string): string
  /** Masks other people's data in HTML: in text between tags and in attribute values (mailto:, tel:, title…). */
  html(value: string): string
  /** A whole value known to be a third party's name (e.g. a comment author). */
  name(value: string | null): string | null
  /** Adds third parties' names discovered along the way (authors of the next ticket's comments). */
  learnNames(names: readonly string[]): void
  readonly maskedCount: number
}

interface Span {
  start: number
  end: number
  type: PiiType
}

function token(type: PiiType): string {
  return type === 'EMAIL' || type === 'PHONE' || type === 'PERSON_NAME' ? MASK_TOKENS[type] : MASK_TOKENS.OTHER
}

function normaliseName(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

/** Non-overlapping spans, earliest first; on overlap the longer span wins. */
function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: Span[] = []
  for (const span of sorted) {
    const last = kept[kept.length - 1]
    if (!last || span.start >= last.end) kept.push(span)
    else if (span.end - span.start > last.end - last.start) kept[kept.length - 1] = span
  }
  return kept
}

function applySpans(value: string, spans: Span[]): string {
  let out = ''
  let at = 0
  for (const span of spans) {
    out += value.slice(at, span.start) + token(span.type)
    at = span.end
  }
  return out + value.slice(at)
}

function findLiteral(haystack: string, needle: string): number[] {
  const starts: number[] = []
  if (needle.length < 3) return starts
  const lower = haystack.toLowerCase()
  const wanted = needle.toLowerCase()
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    const before = lower[at - 1]
    const after = lower[at + wanted.length]
    // Whole words only, so "Ann" never masks the middle of "Annual".
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) starts.push(at)
  }
  return starts
}

/**
 * Masks third parties' personal data (other people's emails, phones, names) while keeping the subject's
 * own data: the person asked for their data, not for everyone else's. The PII engine finds candidates and
 * marks the subject's identifiers (`subject: true`); names of known third parties are masked as literals
 * too because a signature-less comment gives the engine no context to find them by.
 */
export function createThirdPartyMasker(options: MaskerOptions): ThirdPartyMasker {
  const types = options.types ?? DEFAULT_MASKED_TYPES
  const subjectNames = new Set((options.subject.names ?? []).map(normaliseName))
  let knownNames: string[] = []
  function learnNames(names: readonly string[]): void {
    const merged = new Set([...knownNames, ...names.map((n) => n.trim()).filter((n) => n && !subjectNames.has(normaliseName(n)))])
    // Longest first, so "Ana Lima" is masked whole before "Ana" could match inside it.
    knownNames = [...merged].sort((a, b) => b.length - a.length)
  }
  learnNames(options.knownNames ?? [])
  const detectOptions: DetectOptions = { types, subject: options.subject }
  const maskNames = types.includes('PERSON_NAME')
  let maskedCount = 0

  function spansIn(value: string): Span[] {
    const spans: Span[] = options
      .detect(value, detectOptions)
      .filter((match) => !match.subject && types.includes(match.type))
      .map(({ start, end, type }) => ({ start, end, type }))
    if (maskNames) {
      for (const name of knownNames) for (const start of findLiteral(value, name)) spans.push({ start, end: start + name.length, type: 'PERSON_NAME' })
    }
    return resolveOverlaps(spans)
  }

  function text(value: string): string {
    if (value === '') return value
    const spans = spansIn(value)
    maskedCount += spans.length
    return applySpans(value, spans)
  }

  function html(value: string): string {
    // Tags and text are masked separately so a replacement can never break the markup; entity-encoded
    // text is masked as it stands (an email never needs entities).
    return value.replace(/(<[^>]*>)|([^<]+)/g, (_all, tag: string | undefined, content: string | undefined) => {
      if (content !== undefined) return text(content)
      return (tag ?? '').replace(/(=\s*)(["'])(.*?)\2/g, (_attr, eq: string, quote: string, attribute: string) => `${eq}${quote}${text(attribute)}${quote}`)
    })
  }

  function name(value: string | null): string | null {
    if (value === null || value.trim() === '') return value
    if (!maskNames || subjectNames.has(normaliseName(value))) return value
    maskedCount += 1
    return MASK_TOKENS.PERSON_NAME
  }

  return {
    text,
    html,
    name,
    learnNames,
    get maskedCount() {
      return maskedCount
    },
  }
}

/** A masker that changes nothing, for exports made without the masking option. */
export const NO_MASKING: ThirdPartyMasker = { text: (v) => v, html: (v) => v, name: (v) => v, learnNames: () => undefined, maskedCount: 0 }
