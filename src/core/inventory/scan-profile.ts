import type { Finding } from './inventory-types'
import type { OrganizationInput, SubjectProfileInput } from './scan-inputs'
import type { PiiMatch } from '../pii/types'
import { detectIn, toFindings, type ScanDetectOptions } from './scan-text'

/** Free-text values of a fields object (`user_fields`, `organization_fields`): strings only, keyed by name. */
function textFields(prefix: string, fields: Record<string, unknown> | null | undefined): [string, string][] {
  return Object.entries(fields ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => [`${prefix}.${key}`, value])
}

/**
 * Scans a custom field's value with its name in front as context: a bare `1988-04-12` is only a date, but
 * under `date_of_birth` it is a birth date. Matches are shifted back onto the value; none may start in
 * the label.
 */
function detectField(field: string, value: string, detect: ScanDetectOptions): PiiMatch[] {
  const key = field.slice(field.indexOf('.') + 1)
  if (key === field) return detectIn(value, detect)
  const label = `${key.replace(/[_-]+/g, ' ')}: `
  return detectIn(label + value, detect)
    .filter((m) => m.start >= label.length)
    .map((m) => ({ ...m, start: m.start - label.length, end: m.end - label.length }))
}

/**
 * Personal data in the subject's profile: alias, notes, details and custom user fields. The identity fields
 * themselves (name, email, phone, identities) are not reported: they are the profile, listed as terms.
 */
export function scanProfile(profile: SubjectProfileInput, detect: ScanDetectOptions): Finding[] {
  const texts: [string, string][] = [
    ['alias', profile.alias ?? ''],
    ['notes', profile.notes ?? ''],
    ['details', profile.details ?? ''],
    ...textFields('user_fields', profile.user_fields),
  ]
  return texts.flatMap(([field, text]) =>
    toFindings(text, detectField(field, text, detect), { kind: 'user_profile', userId: profile.id, field }, { location: 'user_profile', field }),
  )
}

/**
 * Personal data in the notes, details and custom fields of the subject's organisations. An organisation
 * is shared by many people, so only a text that names the subject counts (the rest is other people's data).
 */
export function scanOrganization(org: OrganizationInput, detect: ScanDetectOptions): Finding[] {
  const texts: [string, string][] = [
    ['notes', org.notes ?? ''],
    ['details', org.details ?? ''],
    ...textFields('organization_fields', org.organization_fields),
  ]
  return texts.flatMap(([field, text]) => {
    const findings = toFindings(text, detectField(field, text, detect), { kind: 'organization', organizationId: org.id, field }, { location: 'organization', field, organizationId: org.id })
    return findings.some((f) => f.subject) ? findings : []
  })
}
