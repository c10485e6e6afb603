import type { PiiType } from '../pii/types'

/**
 * The personal-data inventory: a plain value describing where Zendesk holds a data subject's data.
 * The access summary, the export and the erasure plan all consume it; nothing in it is persisted in the
 * browser. Ids are Zendesk ids; `value`s are personal data and must never be logged.
 */

export const SUBJECT_ROLES = ['requester', 'submitter', 'cc', 'follower', 'assignee', 'commenter', 'mentioned'] as const
export type SubjectRole = (typeof SUBJECT_ROLES)[number]

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed', 'archived', 'deleted'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const SEARCH_TERM_KINDS = ['email', 'phone', 'name', 'handle', 'external_id', 'alias', 'custom'] as const
export type SearchTermKind = (typeof SEARCH_TERM_KINDS)[number]

export interface SearchTerm {
  kind: SearchTermKind
  value: string
  /** Where the term came from: an identity id, a profile field, or the agent. */
  source: 'identity' | 'profile' | 'agent'
  /** The agent can switch off a term that over-matches without deleting it. */
  enabled: boolean
}

export interface AttachmentRef {
  id: number
  ticketId: number
  commentId: number
  fileName: string
  contentType: string
  size: number
  contentUrl: string
  inline: boolean
  authorId: number
  /** The file name suggests an identity document (passport, ID card, driving licence…). */
  looksLikeIdentityDocument: boolean
  redacted: boolean
}

export interface VoiceRecordingRef {
  ticketId: number
  commentId: number
  callId?: number
  /** The voice comment's `call_id` exactly as Zendesk sent it (a number, or a provider's call SID). */
  callRef?: string
  recordingUrl?: string
}

export interface InventoryTicket {
  id: number
  subject: string
  status: TicketStatus
  roles: SubjectRole[]
  requesterId: number
  createdAt: string
  updatedAt: string
  tags: string[]
  commentCount: number
  attachments: AttachmentRef[]
  voiceRecordings: VoiceRecordingRef[]
  /** Whether every comment page was read; false means findings for this ticket may be incomplete. */
  scanned: boolean
}

export const FINDING_LOCATIONS = ['comment', 'ticket_subject', 'custom_field', 'user_profile', 'organization'] as const
export type FindingLocation = (typeof FINDING_LOCATIONS)[number]

/** A few words either side of a match, other matches in it already masked (see `contextWindow`). */
export interface FindingContext {
  before: string
  after: string
  /** The window starts/ends inside the text, so the UI shows an ellipsis. */
  clippedBefore: boolean
  clippedAfter: boolean
}

export const REVIEW_STATES = ['pending', 'confirmed', 'dismissed'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export interface Finding {
  /** Stable id: `${ticketId}:${commentId|location}:${start}:${type}` so review decisions survive a rescan. */
  id: string
  location: FindingLocation
  ticketId?: number
  commentId?: number
  /** For `custom_field` the field id; for `user_profile`/`organization` the field name (notes, details…). */
  field?: string | number
  authorId?: number
  isPublic?: boolean
  createdAt?: string
  type: PiiType
  value: string
  /** UTF-16 offsets into the scanned plain text. */
  start: number
  end: number
  confidence: number
  rule: string
  subject: boolean
  identity?: string
  review: ReviewState
  /** For `organization` findings: which organisation's notes/details. */
  organizationId?: number
  /** Short surrounding text for review, so the UI needs no comment bodies. Personal data: memory only. */
  context?: FindingContext
}

export interface UnreadableItem {
  ticketId?: number
  what: 'ticket' | 'comments' | 'search' | 'profile'
  /** A normalised error kind (`forbidden`, `malformed`, `rate_limited`…), translated by the UI. */
  reason: string
  status?: number
}

export interface Inventory {
  subjectId: number
  terms: SearchTerm[]
  tickets: InventoryTicket[]
  findings: Finding[]
  unreadable: UnreadableItem[]
  /** ISO timestamp from the injected clock. */
  builtAt: string
  complete: boolean
}
