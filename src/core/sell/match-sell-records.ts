import { samePhone } from './sell-lookup-terms'
import { SELL_RECORD_KINDS, type SellCandidate, type SellLookupTerms, type SellMatch, type SellMatchKind } from './sell-types'

/** What in `record` matches the subject: its email (exactly, any case) and/or its phone or mobile. */
export function matchKinds(record: SellCandidate['record'], terms: SellLookupTerms): SellMatchKind[] {
  const kinds: SellMatchKind[] = []
  const email = typeof record.email === 'string' ? record.email.trim().toLowerCase() : ''
  if (email && terms.emails.includes(email)) kinds.push('email')
  const phones = [record.phone, record.mobile].filter((value): value is string => typeof value === 'string' && value.trim() !== '')
  if (phones.some((phone) => terms.phones.some((term) => samePhone(phone, term)))) kinds.push('phone')
  return kinds
}

/**
 * Confirms lookup results against the subject's identifiers and merges duplicates (the same contact found
 * by two emails and a phone). Sell's filters are not trusted to be exact, so a record that does not carry
 * one of the subject's identifiers is dropped: deleting someone else's contact is the worst outcome here.
 * Contacts come before leads, then by id, so the order is stable between runs.
 */
export function matchSellRecords(candidates: readonly SellCandidate[], terms: SellLookupTerms): SellMatch[] {
  const byKey = new Map<string, SellMatch>()
  for (const { kind, record } of candidates) {
    const matchedBy = matchKinds(record, terms)
    if (matchedBy.length === 0) continue
    const key = `${kind}:${record.id}`
    const existing = byKey.get(key)
    if (existing) existing.matchedBy = [...new Set([...existing.matchedBy, ...matchedBy])].sort()
    else byKey.set(key, { kind, id: record.id, record, matchedBy })
  }
  return [...byKey.values()].sort((a, b) => SELL_RECORD_KINDS.indexOf(a.kind) - SELL_RECORD_KINDS.indexOf(b.kind) || a.id - b.id)
}
