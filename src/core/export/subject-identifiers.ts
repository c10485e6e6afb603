import type { SubjectIdentifiers } from '../pii/types'
import type { SourceIdentity, SourceUser } from './export-input'

/** The subject's own identifiers, from the profile and every identity, for the PII engine to recognise. */
export function subjectIdentifiersOf(user: SourceUser, identities: readonly SourceIdentity[]): SubjectIdentifiers {
  const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))]
  return {
    names: unique([user.name, user.alias]),
    emails: unique([user.email, ...identities.filter((i) => i.type === 'email').map((i) => i.value)]),
    phones: unique([user.phone, ...identities.filter((i) => i.type === 'phone_number').map((i) => i.value)]),
    handles: unique(identities.filter((i) => i.type === 'twitter' || i.type === 'facebook').map((i) => i.value)),
    externalIds: unique([user.external_id]),
  }
}
