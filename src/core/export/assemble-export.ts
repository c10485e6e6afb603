import type { PiiType } from '../pii/types'
import {
  EXPORT_SCHEMA_ID,
  type ExportAttachment,
  type ExportComment,
  type ExportIncomplete,
  type ExportSell,
  type ExportTicket,
  type PrivacyExport,
} from './export-schema'
import type { ExportTicketInput, SourceComment, SourceIdentity, SourceMembership, SourceUser } from './export-input'
import { NO_MASKING, type ThirdPartyMasker } from './third-party-masker'

export interface ExportInput {
  user: SourceUser
  identities: readonly SourceIdentity[]
  memberships: readonly SourceMembership[]
  organizationNames: ReadonlyMap<number, string>
  /** Comment authors' names by user id (from the comments' sideloaded users); optional. */
  authorNames?: ReadonlyMap<number, string>
  /** Tickets one at a time: the adapter reads each ticket's comments lazily, so memory and requests stay spread out. */
  tickets: Iterable<ExportTicketInput> | AsyncIterable<ExportTicketInput>
  totalTickets: number
  sell?: ExportSell
  incomplete?: readonly ExportIncomplete[]
  subdomain?: string | null
  requestTicketId?: number | null
}

export interface ExportProgress {
  ticketsDone: number
  totalTickets: number
}

export interface AssembleOptions {
  /** ISO timestamp for `generatedAt` (the clock is injected). */
  generatedAt: string
  generatorVersion: string
  /** Masks third parties' data when the agent asked for it; NO_MASKING otherwise. */
  masker?: ThirdPartyMasker
  maskedTypes?: readonly PiiType[]
  /** Tickets processed between two yields: small enough that each chunk takes a few milliseconds. */
  chunkSize?: number
  /** Called between chunks so the UI can paint and handle input (e.g. `() => new Promise(r => setTimeout(r))`). */
  yieldControl?: () => Promise<void>
  onProgress?: (progress: ExportProgress) => void
  signal?: AbortSignal
}

function exportComment(comment: SourceComment, ticketId: number, subjectId: number, masker: ThirdPartyMasker, names: ReadonlyMap<number, string> | undefined, attachments: ExportAttachment[]): ExportComment {
  const isSubject = comment.author_id === subjectId
  // The subject's own comments are masked as well: they often mention other people.
  const plain = comment.plain_body ?? comment.body ?? ''
  const authorName = names?.get(comment.author_id) ?? null
  for (const attachment of comment.attachments ?? []) {
    attachments.push({
      id: attachment.id,
      ticketId,
      commentId: comment.id,
      fileName: masker.text(attachment.file_name),
      contentType: attachment.content_type,
      size: attachment.size,
      url: attachment.content_url,
      inline: attachment.inline ?? false,
    })
  }
  return {
    id: comment.id,
    type: comment.type === 'VoiceComment' ? 'VoiceComment' : 'Comment',
    authorId: comment.author_id,
    author: isSubject ? 'subject' : 'third_party',
    authorName: isSubject ? authorName : masker.name(authorName),
    public: comment.public,
    createdAt: comment.created_at,
    plainText: masker.text(plain),
    html: masker.html(comment.html_body ?? ''),
    attachmentIds: (comment.attachments ?? []).map((a) => a.id),
    recordingUrl: comment.data?.recording_url ?? null,
  }
}

function exportTicket(input: ExportTicketInput, subjectId: number, masker: ThirdPartyMasker, names: ReadonlyMap<number, string> | undefined, attachments: ExportAttachment[]): ExportTicket {
  const { ticket } = input
  return {
    id: ticket.id,
    subject: masker.text(ticket.subject ?? ''),
    status: ticket.status,
    roles: [...input.roles],
    requesterId: ticket.requester_id ?? null,
    createdAt: ticket.created_at ?? null,
    updatedAt: ticket.updated_at ?? null,
    tags: [...(ticket.tags ?? [])],
    comments: input.comments.map((comment) => exportComment(comment, ticket.id, subjectId, masker, names, attachments)),
    complete: input.complete,
  }
}

/**
 * Builds the portability export (schema `privacy-assistant.export/v1`) in chunks: after every
 * `chunkSize` tickets it reports progress and awaits `yieldControl`, so a 1,000-ticket subject never
 * freezes the sidebar. Pure apart from the injected callbacks: same input, same document.
 */
export async function assembleExport(input: ExportInput, options: AssembleOptions): Promise<PrivacyExport> {
  const masker = options.masker ?? NO_MASKING
  const chunkSize = Math.max(1, options.chunkSize ?? 25)
  const { user } = input
  const tickets: ExportTicket[] = []
  const attachments: ExportAttachment[] = []
  const incomplete: ExportIncomplete[] = [...(input.incomplete ?? [])]
  let sinceYield = 0
  options.onProgress?.({ ticketsDone: 0, totalTickets: input.totalTickets })
  for await (const ticketInput of input.tickets) {
    options.signal?.throwIfAborted()
    tickets.push(exportTicket(ticketInput, user.id, masker, input.authorNames, attachments))
    if (!ticketInput.complete) incomplete.push({ what: 'comments', ticketId: ticketInput.ticket.id, reason: ticketInput.failure ?? 'unknown' })
    sinceYield += 1
    if (sinceYield >= chunkSize) {
      sinceYield = 0
      options.onProgress?.({ ticketsDone: tickets.length, totalTickets: input.totalTickets })
      await options.yieldControl?.()
    }
  }
  options.signal?.throwIfAborted()
  options.onProgress?.({ ticketsDone: tickets.length, totalTickets: input.totalTickets })

  // Profile text fields are masked too: agents' notes about a person often name someone else.
  const document: PrivacyExport = {
    schema: EXPORT_SCHEMA_ID,
    generatedAt: options.generatedAt,
    generator: { name: 'Privacy Assistant', version: options.generatorVersion },
    account: { subdomain: input.subdomain ?? null },
    requestTicketId: input.requestTicketId ?? null,
    masking: { thirdParties: masker !== NO_MASKING, types: masker !== NO_MASKING ? [...(options.maskedTypes ?? [])] : [], maskedCount: 0 },
    user: {
      id: user.id,
      name: user.name,
      email: user.email ?? null,
      phone: user.phone ?? null,
      alias: user.alias ?? null,
      role: user.role,
      locale: user.locale ?? null,
      timeZone: user.time_zone ?? null,
      details: user.details ? masker.text(user.details) : (user.details ?? null),
      notes: user.notes ? masker.text(user.notes) : (user.notes ?? null),
      externalId: user.external_id ?? null,
      organizationId: user.organization_id ?? null,
      tags: [...(user.tags ?? [])],
      userFields: Object.fromEntries(Object.entries(user.user_fields ?? {}).map(([key, value]) => [key, typeof value === 'string' ? masker.text(value) : value])),
      suspended: user.suspended ?? false,
      verified: user.verified ?? null,
      createdAt: user.created_at ?? null,
      updatedAt: user.updated_at ?? null,
      lastLoginAt: user.last_login_at ?? null,
    },
    identities: input.identities.map((identity) => ({
      id: identity.id,
      type: identity.type,
      value: identity.value,
      primary: identity.primary ?? false,
      verified: identity.verified ?? null,
    })),
    organizationMemberships: input.memberships.map((membership) => ({
      id: membership.id,
      organizationId: membership.organization_id,
      organizationName: input.organizationNames.get(membership.organization_id) ?? null,
      isDefault: membership.default ?? false,
      createdAt: membership.created_at ?? null,
    })),
    tickets,
    attachments,
    sell: input.sell ?? { status: 'not_connected', records: [] },
    counts: { tickets: tickets.length, comments: tickets.reduce((sum, t) => sum + t.comments.length, 0), attachments: attachments.length },
    incomplete,
  }
  document.masking.maskedCount = masker.maskedCount
  return document
}

/** The JSON file's text: two-space indentation so a person can read it too. */
export function serializeExport(document: PrivacyExport): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** A file name without personal data: the user id and the date only. */
export function exportFileName(document: PrivacyExport, extension: 'json' | 'html'): string {
  return `privacy-export-user-${document.user.id}-${document.generatedAt.slice(0, 10)}.${extension}`
}
