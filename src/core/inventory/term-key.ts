import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { SearchTermKind } from './inventory-types'

/** Lower case, accents removed, inner whitespace collapsed: how names and free terms compare. */
export function foldForCompare(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** E.164 when the number parses (with or without `+`), otherwise its digits with a leading `+` if written. */
export function phoneKey(value: string): string {
  const trimmed = value.trim()
  const withPlus = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed
  const parsed = parsePhoneNumberFromString(withPlus.startsWith('+') ? withPlus : `+${withPlus.replace(/^\+/, '')}`)
  if (parsed?.isValid()) return parsed.number
  const digits = withPlus.replace(/\D+/g, '')
  return withPlus.startsWith('+') ? `+${digits}` : digits
}

/** The canonical form of a term's value, so the same identifier written twice is one term. */
export function normalizeTermValue(kind: SearchTermKind, value: string): string {
  switch (kind) {
    case 'email':
      return value.trim().toLowerCase()
    case 'phone':
      return phoneKey(value)
    case 'handle':
      return value.trim().replace(/^@+/, '').toLowerCase()
    default:
      return foldForCompare(value)
  }
}

/** A stable key for a term: `kind:normalised value`. Used for de-duplication and agent edits. */
export function termKey(term: { kind: SearchTermKind; value: string }): string {
  return `${term.kind}:${normalizeTermValue(term.kind, term.value)}`
}
