import type { SellLookupTerms } from './sell-types'

export interface SellSubjectIdentifiers {
  user: { email?: string | null; phone?: string | null }
  identities: readonly { type: string; value: string }[]
}

/** Every email address (lower-cased) and phone number of the subject, once each, in profile order. */
export function sellLookupTerms({ user, identities }: SellSubjectIdentifiers): SellLookupTerms {
  const emails = [user.email, ...identities.filter((i) => i.type === 'email').map((i) => i.value)]
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim().toLowerCase())
  const phones = [user.phone, ...identities.filter((i) => i.type === 'phone_number').map((i) => i.value)]
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim())
  return { emails: [...new Set(emails)], phones: uniqueBy(phones, significantDigits) }
}

function uniqueBy(values: string[], key: (value: string) => string): string[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const k = key(value)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Digits without the leading zeros of a trunk or international prefix (`+33 6…`, `0033 6…`, `06…`). */
export function significantDigits(value: string): string {
  return value.replace(/\D+/g, '').replace(/^0+/, '')
}

const isInternational = (value: string) => /^\s*(\+|00)/.test(value)

/**
 * Whether two written phone numbers are the same line. Sell stores phones as typed (`06 12 34 56 78`),
 * Zendesk in E.164 (`+33612345678`): a national number matches when it ends the international one and
 * only a country code (1–3 digits) is missing. Two international numbers must be equal. Fewer than 8
 * significant digits never match: too weak to tell people apart.
 */
export function samePhone(a: string, b: string): boolean {
  const x = significantDigits(a)
  const y = significantDigits(b)
  if (x.length < 8 || y.length < 8) return false
  if (x === y) return true
  if (isInternational(a) && isInternational(b)) return false
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return long.endsWith(short) && long.length - short.length <= 3
}
