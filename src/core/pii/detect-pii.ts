import { buildAllowTest } from './allow-list'
import { findDenied } from './deny-patterns'
import { phoneRegionOrder } from './phone-regions'
import { recognizeAlnumIds } from './recognizers/alnum-ids'
import { recognizeCrypto } from './recognizers/crypto'
import { recognizeDatesOfBirth } from './recognizers/date-of-birth'
import { recognizeEmails } from './recognizers/email'
import { recognizeIpv6 } from './recognizers/ipv6'
import { recognizeNumericIds } from './recognizers/numeric-ids'
import { recognizePasswords } from './recognizers/password'
import { recognizePersonNames } from './recognizers/person-name'
import { recognizePostalAddresses } from './recognizers/postal-address'
import type { ScanContext } from './recognizers/scan-context'
import { recognizeUrls } from './recognizers/url'
import { resolveOverlaps } from './resolve-overlaps'
import { buildSubjectMatcher } from './subject-matcher'
import { DEFAULT_MIN_CONFIDENCE, PII_TYPES, type Candidate, type DetectOptions, type PiiMatch, type PiiType } from './types'

const ALL_TYPES: ReadonlySet<PiiType> = new Set(PII_TYPES)
const DEFAULT_REGIONS = phoneRegionOrder([])

const NUMERIC_TYPES: readonly PiiType[] = ['PHONE', 'CREDIT_CARD', 'IP_ADDRESS', 'US_SSN', 'UK_NHS', 'FR_NIR', 'PT_NIF', 'BR_CPF']

/**
 * Finds personal data in `text`. Built-in recognizers honour `types`; the subject's own
 * identifiers and `deny` patterns are explicit requests and are always reported.
 */
export function detectPii(text: string, options: DetectOptions = {}): PiiMatch[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const enabled = options.types ? new Set<PiiType>(options.types) : ALL_TYPES
  const subject = options.subject ? buildSubjectMatcher(options.subject, options.defaultPhoneRegion) : undefined
  const out: Candidate[] = []
  const min = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE
  const ctx: ScanContext = {
    minConfidence: min,
    text,
    enabled,
    locales: options.locales ?? [],
    phoneRegions: options.locales || options.defaultPhoneRegion ? phoneRegionOrder(options.locales ?? [], options.defaultPhoneRegion) : DEFAULT_REGIONS,
    out,
    subjectPhone: subject?.phone,
    // Declared up front so the object keeps one shape while recognizers fill them in.
    pre: undefined,
    cues: undefined,
  }

  if (enabled.has('EMAIL') || subject?.hasEmails) {
    recognizeEmails(ctx, (start, end) => {
      const identity = subject?.email(text.slice(start, end))
      if (identity) out.push({ type: 'EMAIL', start, end, confidence: 1, rule: 'subject-email', subject: true, identity })
    })
  }
  if (enabled.has('URL')) recognizeUrls(ctx)
  if (enabled.has('IP_ADDRESS')) recognizeIpv6(ctx)
  if (ctx.subjectPhone || NUMERIC_TYPES.some((t) => enabled.has(t))) recognizeNumericIds(ctx)
  recognizeAlnumIds(ctx)
  recognizeCrypto(ctx)
  recognizeDatesOfBirth(ctx)
  recognizePasswords(ctx)
  recognizePostalAddresses(ctx)
  recognizePersonNames(ctx)
  subject?.scan(text, out)
  if (options.deny && options.deny.length > 0) findDenied(text, options.deny, out)

  const kept = out.filter((c) => c.subject === true || c.confidence >= min)
  adoptDetectedTypes(kept)
  const resolved = resolveOverlaps(kept, text.length)
  const allowed = buildAllowTest(options.allow)
  const matches: PiiMatch[] = []
  for (const c of resolved) {
    const value = text.slice(c.start, c.end)
    if (allowed?.(value)) continue
    const match: PiiMatch = { type: c.type, start: c.start, end: c.end, value, confidence: round(c.confidence), rule: c.rule }
    if (c.subject) {
      match.subject = true
      if (c.identity !== undefined) match.identity = c.identity
    }
    matches.push(match)
  }
  return matches
}

/** A subject id/term found exactly where a recognizer found, say, a CPF is reported as a CPF. */
function adoptDetectedTypes(candidates: Candidate[]): void {
  if (!candidates.some((c) => c.subject === true && c.identity !== undefined && !c.identity.startsWith('name:'))) return
  const bySpan = new Map<string, Candidate>()
  for (const c of candidates) if (!c.subject) bySpan.set(`${c.start}:${c.end}`, c)
  if (bySpan.size === 0) return
  for (const c of candidates) {
    if (!c.subject || !c.identity || c.identity.startsWith('name:')) continue
    const detected = bySpan.get(`${c.start}:${c.end}`)
    if (detected) c.type = detected.type
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
