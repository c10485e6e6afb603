import type { SearchTerm, SearchTermKind } from './inventory-types'
import type { SubjectIdentityInput, SubjectProfileInput } from './scan-inputs'
import { foldForCompare, termKey } from './term-key'

/** Identity types whose value is an email address (Google and Microsoft sign-ins store the address). */
const EMAIL_IDENTITIES = new Set(['email', 'google', 'microsoft'])

/**
 * Whether a term is specific enough to search by default. A lone first name or a 3-character id would
 * match thousands of unrelated tickets, so those start switched off and the agent can turn them on.
 */
export function isSpecificEnough(kind: SearchTermKind, value: string): boolean {
  const folded = foldForCompare(value)
  if (kind === 'name' || kind === 'alias') return folded.split(' ').length >= 2 && folded.length >= 5
  if (kind === 'phone') return value.replace(/\D+/g, '').length >= 7
  if (kind === 'external_id' || kind === 'custom') return folded.length >= 4
  return folded.length >= 3
}

function term(kind: SearchTermKind, value: string, source: SearchTerm['source']): SearchTerm {
  return { kind, value: value.trim(), source, enabled: isSpecificEnough(kind, value) }
}

function identityTerm(identity: SubjectIdentityInput): SearchTerm | undefined {
  if (!identity.value.trim()) return undefined
  if (EMAIL_IDENTITIES.has(identity.type)) return term('email', identity.value, 'identity')
  if (identity.type === 'phone_number') return term('phone', identity.value, 'identity')
  if (identity.type === 'twitter') return term('handle', identity.value.replace(/^@*/, '@'), 'identity')
  // facebook, sdk and messaging identities hold opaque ids that never appear in ticket text.
  return undefined
}

/** Custom user fields whose name says they hold an identifier (a loyalty number, a customer id…). */
const IDENTIFIER_FIELD = /(number|_id$|^id_|_code$|account|loyalty|member|customer_ref|reference)/i

/** Identifier-like custom user field values, e.g. `loyalty_number: LOY-77-0042` (a date or a tier is not one). */
export function userFieldTerms(fields: Record<string, unknown> | null | undefined): SearchTerm[] {
  return Object.entries(fields ?? {}).flatMap(([key, value]) =>
    typeof value === 'string' && IDENTIFIER_FIELD.test(key) && /\d/.test(value) && !/birth|dob|date/i.test(key) ? [term('external_id', value, 'profile')] : [],
  )
}

/**
 * The search terms for a subject: every email, phone and X handle identity, the profile's name, alias,
 * email, phone, external_id and identifier-like custom fields. De-duplicated by normalised value,
 * identities first.
 *
 * @example buildSearchTerms({ id: 1, name: 'Léa Martin', phone: '+33612345678' }, [])
 */
export function buildSearchTerms(profile: SubjectProfileInput, identities: readonly SubjectIdentityInput[]): SearchTerm[] {
  const candidates: (SearchTerm | undefined)[] = [
    ...identities.map(identityTerm),
    profile.email ? term('email', profile.email, 'profile') : undefined,
    profile.phone ? term('phone', profile.phone, 'profile') : undefined,
    profile.name ? term('name', profile.name, 'profile') : undefined,
    profile.alias ? term('alias', profile.alias, 'profile') : undefined,
    profile.external_id ? term('external_id', profile.external_id, 'profile') : undefined,
    ...userFieldTerms(profile.user_fields),
  ]
  return dedupeTerms(candidates.filter((t): t is SearchTerm => t !== undefined && t.value !== ''))
}

/** Keeps the first term per key; an alias equal to the name is the same search. */
export function dedupeTerms(terms: readonly SearchTerm[]): SearchTerm[] {
  const seen = new Set<string>()
  const out: SearchTerm[] = []
  for (const t of terms) {
    const key = termKey(t.kind === 'alias' ? { ...t, kind: 'name' } : t)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(t)
  }
  return out
}
