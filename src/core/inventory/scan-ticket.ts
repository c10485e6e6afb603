import type { AttachmentRef, Finding, InventoryTicket, SubjectRole, VoiceRecordingRef } from './inventory-types'
import { looksLikeIdentityDocument } from './identity-documents'
import type { CommentInput, TicketInput } from './scan-inputs'
import { detectIn, toFindings, type ScanDetectOptions } from './scan-text'
import { mergeRoles, rolesFromTicket } from './ticket-roles'
import { toTicketStatus } from './ticket-status'

export interface TicketScanInput {
  ticket: TicketInput
  /** Every comment read so far, oldest first. */
  comments: readonly CommentInput[]
  /** Whether every comment page was read. */
  complete: boolean
  subjectId: number
  /** Roles already known from discovery (user-scoped lists, `commenter:` search). */
  knownRoles: readonly SubjectRole[]
  detect: ScanDetectOptions
  nowMs: number
}

export interface TicketScanResult {
  ticket: InventoryTicket
  findings: Finding[]
  /** False when the ticket only matched a search word and the scan found nothing of the subject in it. */
  related: boolean
}

/** One scanned text and the findings in it, before the ticket-level relevance rule is applied. */
interface ScannedPart {
  findings: Finding[]
  hasSubject: boolean
  byOther: boolean
}

/** Zendesk's comment text for agents; `plain_body` only when `body` is missing (e.g. a trimmed payload). */
export function commentText(comment: CommentInput): string {
  return comment.body ?? comment.plain_body ?? ''
}

function voiceTranscript(comment: CommentInput): string {
  const text = comment.data?.transcription_text
  return typeof text === 'string' ? text : ''
}

function scanComment(comment: CommentInput, input: TicketScanInput): ScannedPart {
  const anchor = { kind: 'comment' as const, ticketId: input.ticket.id, commentId: comment.id }
  const place = {
    location: 'comment' as const,
    ticketId: input.ticket.id,
    commentId: comment.id,
    authorId: comment.author_id,
    isPublic: comment.public !== false,
    ...(comment.created_at ? { createdAt: comment.created_at } : {}),
  }
  const text = commentText(comment)
  const findings = toFindings(text, detectIn(text, input.detect), anchor, place)
  // A voice transcript is a second text of the same comment: its offsets are kept apart by a field name.
  const transcript = voiceTranscript(comment)
  if (transcript) {
    const found = toFindings(transcript, detectIn(transcript, input.detect), anchor, { ...place, field: 'transcription' })
    findings.push(...found.map((f) => ({ ...f, id: `${f.id}:transcription` })))
  }
  return { findings, hasSubject: findings.some((f) => f.subject), byOther: comment.author_id !== input.subjectId }
}

function scanSubjectLine(input: TicketScanInput): ScannedPart {
  const text = input.ticket.subject ?? ''
  const anchor = { kind: 'ticket_subject' as const, ticketId: input.ticket.id }
  const findings = toFindings(text, detectIn(text, input.detect), anchor, { location: 'ticket_subject', ticketId: input.ticket.id })
  return { findings, hasSubject: findings.some((f) => f.subject), byOther: true }
}

function scanCustomFields(input: TicketScanInput): ScannedPart[] {
  return (input.ticket.custom_fields ?? []).flatMap((field) => {
    if (typeof field.value !== 'string' || field.value === '') return []
    const anchor = { kind: 'custom_field' as const, ticketId: input.ticket.id, fieldId: field.id }
    const place = { location: 'custom_field' as const, ticketId: input.ticket.id, field: field.id }
    const findings = toFindings(field.value, detectIn(field.value, input.detect), anchor, place)
    return [{ findings, hasSubject: findings.some((f) => f.subject), byOther: true }]
  })
}

function attachmentsOf(ticketId: number, comment: CommentInput): AttachmentRef[] {
  return (comment.attachments ?? []).map((a) => ({
    id: a.id,
    ticketId,
    commentId: comment.id,
    fileName: a.file_name,
    contentType: a.content_type ?? 'application/octet-stream',
    size: a.size ?? 0,
    contentUrl: a.content_url ?? '',
    inline: a.inline === true,
    authorId: comment.author_id,
    looksLikeIdentityDocument: looksLikeIdentityDocument(a.file_name),
    // Zendesk replaces a redacted attachment with "redacted.txt" and marks it deleted.
    redacted: a.deleted === true || a.file_name === 'redacted.txt',
  }))
}

function voiceRecordingOf(ticketId: number, comment: CommentInput): VoiceRecordingRef[] {
  if (comment.type !== 'VoiceComment') return []
  const data = comment.data ?? {}
  const rawCallId = typeof data.call_id === 'number' || typeof data.call_id === 'string' ? String(data.call_id) : undefined
  const callId = rawCallId !== undefined && /^\d+$/.test(rawCallId) ? Number(rawCallId) : undefined
  const recordingUrl = typeof data.recording_url === 'string' && data.recording_url ? data.recording_url : undefined
  return [{ ticketId, commentId: comment.id, ...(callId !== undefined ? { callId } : {}), ...(rawCallId ? { callRef: rawCallId } : {}), ...(recordingUrl ? { recordingUrl } : {}) }]
}

/**
 * Scans one ticket: its comments (and voice transcripts), subject line and custom field values, plus the
 * attachments and recordings it holds. In a ticket the subject takes part in, every finding counts. In a
 * ticket that only mentions them (someone else's ticket), only texts that contain one of the subject's
 * identifiers count: the rest is other people's data.
 */
export function scanTicket(input: TicketScanInput): TicketScanResult {
  const { ticket } = input
  const comments = input.comments.map((c) => ({ comment: c, part: scanComment(c, input) }))
  const parts = [scanSubjectLine(input), ...scanCustomFields(input), ...comments.map((c) => c.part)]
  const authored = input.comments.some((c) => c.author_id === input.subjectId)
  const mentioned = parts.some((p) => p.hasSubject && p.byOther)
  const roles = mergeRoles(input.knownRoles, rolesFromTicket(ticket, input.subjectId), authored ? ['commenter'] : [], mentioned ? ['mentioned'] : [])
  const participant = roles.some((r) => r !== 'mentioned')
  const findings = parts.flatMap((p) => (participant || p.hasSubject ? p.findings : []))
  const shownComments = comments.filter((c) => participant || c.part.hasSubject).map((c) => c.comment)
  return {
    related: roles.length > 0,
    findings,
    ticket: {
      id: ticket.id,
      subject: ticket.subject ?? '',
      status: toTicketStatus(ticket, input.nowMs),
      roles,
      requesterId: ticket.requester_id ?? 0,
      createdAt: ticket.created_at ?? '',
      updatedAt: ticket.updated_at ?? '',
      tags: ticket.tags ?? [],
      commentCount: input.comments.length,
      attachments: shownComments.flatMap((c) => attachmentsOf(ticket.id, c)),
      voiceRecordings: shownComments.flatMap((c) => voiceRecordingOf(ticket.id, c)),
      scanned: input.complete,
    },
  }
}
