/**
 * Planting markers. Seed text writes personal data as `[[type:value]]` (generic PII) or `[[!type:value]]`
 * (one of the demo subject's own identifiers). The builder strips the markers and records each one, so
 * the seed's text and its answer key (`DEMO_PLANTED`) cannot drift apart.
 */

export const PLANTED_TYPES = [
  'email',
  'phone',
  'iban',
  'card',
  'national_id',
  'address',
  'birth_date',
  'password',
  'name',
  'x_handle',
  'external_id',
] as const
export type PlantedType = (typeof PLANTED_TYPES)[number]

/** Where a planted value sits in a ticket: a comment (by id), the subject line, or a custom field. */
export type PlantedLocation = number | 'subject' | 'custom_field'

export interface PlantedOccurrence {
  ticketId: number
  commentId: PlantedLocation
  /** Set when `commentId` is 'custom_field'. */
  fieldId?: number
  type: PlantedType
  /** Exactly as written in the text (formats vary on purpose: `06 12 34 56 78`, `+33612345678`, …). */
  value: string
  /** True when the value is one of the demo subject's identifiers (email, phone, name, handle, external id…). */
  isSubjectIdentifier: boolean
}

export interface Marker {
  type: PlantedType
  value: string
  isSubjectIdentifier: boolean
}

const MARKER_RE = /\[\[(!?)([a-z_]+):(.+?)\]\]/g

/** Removes the markers from `text` and lists what they marked, in order. */
export function extractMarkers(text: string): { text: string; markers: Marker[] } {
  const markers: Marker[] = []
  const clean = text.replace(MARKER_RE, (_whole, bang: string, type: string, value: string) => {
    if (!(PLANTED_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown planted type "${type}" in seed text; use one of ${PLANTED_TYPES.join(', ')}.`)
    markers.push({ type: type as PlantedType, value, isSubjectIdentifier: bang === '!' })
    return value
  })
  return { text: clean, markers }
}
