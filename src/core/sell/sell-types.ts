/**
 * Zendesk Sell records as the connector handles them: a contact or a lead (the person), and the items
 * attached to it. Shapes follow the Sell v2 API (`data` of its `{data, meta}` envelope, snake_case);
 * fields the app does not read are kept, because for portability they are the person's data too.
 */
export const SELL_RECORD_KINDS = ['contact', 'lead'] as const
export type SellRecordKind = (typeof SELL_RECORD_KINDS)[number]

export const SELL_RELATED_KINDS = ['notes', 'calls', 'tasks', 'text_messages', 'documents', 'deals'] as const
export type SellRelatedKind = (typeof SELL_RELATED_KINDS)[number]

/** Deals hang off contacts (`contact_id`); a lead has none until it is converted into a contact. */
const LEAD_RELATED_KINDS: readonly SellRelatedKind[] = SELL_RELATED_KINDS.filter((kind) => kind !== 'deals')

export function relatedKindsFor(kind: SellRecordKind): readonly SellRelatedKind[] {
  return kind === 'contact' ? SELL_RELATED_KINDS : LEAD_RELATED_KINDS
}

export const SELL_MATCH_KINDS = ['email', 'phone'] as const
export type SellMatchKind = (typeof SELL_MATCH_KINDS)[number]

export interface SellSourceRecord {
  id: number
  name?: string | null
  first_name?: string | null
  last_name?: string | null
  organization_name?: string | null
  email?: string | null
  phone?: string | null
  mobile?: string | null
  created_at?: string | null
  updated_at?: string | null
  [field: string]: unknown
}

export interface SellSourceItem {
  id: number
  created_at?: string | null
  [field: string]: unknown
}

/** A record a lookup returned, before the app confirmed it really is the subject's. */
export interface SellCandidate {
  kind: SellRecordKind
  record: SellSourceRecord
}

/** A record confirmed as the subject's, with what matched (an email match is stronger than a phone one). */
export interface SellMatch {
  kind: SellRecordKind
  id: number
  record: SellSourceRecord
  matchedBy: SellMatchKind[]
}

export interface SellRelatedList {
  kind: SellRelatedKind
  items: SellSourceItem[]
  /** False when some pages could not be read; `reason` is a normalised error kind. */
  complete: boolean
  reason?: string
}

export interface SellFinding extends SellMatch {
  related: SellRelatedList[]
}

/** Everything Sell holds about the subject, as far as the token lets the app see. */
export interface SellSubjectData {
  findings: SellFinding[]
  /** Lookups that could not run (e.g. a phone filter the account's API refused): results may be partial. */
  skippedLookups: { by: SellMatchKind; reason: string }[]
}

/** The identifiers Sell is searched with: the subject's email addresses and phone numbers. */
export interface SellLookupTerms {
  emails: string[]
  phones: string[]
}

/** How a record is named for people: Sell's `name`, else first + last name, else the organisation, else its id. */
export function sellRecordName(record: SellSourceRecord): string {
  const name = typeof record.name === 'string' ? record.name.trim() : ''
  if (name) return name
  const parts = [record.first_name, record.last_name].filter((part): part is string => typeof part === 'string' && part.trim() !== '')
  if (parts.length > 0) return parts.join(' ')
  const organization = typeof record.organization_name === 'string' ? record.organization_name.trim() : ''
  return organization || `#${record.id}`
}

/** The one line that says what an item is: a note's content, a call's summary, a document's or deal's name. */
export function sellItemText(item: SellSourceItem): string {
  for (const field of ['content', 'summary', 'name', 'description'] as const) {
    const value = item[field]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return `#${item.id}`
}
