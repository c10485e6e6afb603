import { toRedactedHtml } from '../pii'
import type { AttachmentRef, Finding, InventoryTicket } from '../inventory/inventory-types'
import { previewCommentRedaction, previewLegacyRedaction } from './comment-preview'
import type {
  AgentPermissions,
  CommentSnapshot,
  ErasureOperation,
  LegacyRedactOperation,
  PlanWarning,
  RedactAttachmentOperation,
  RedactCommentOperation,
  ReasonCode,
} from './erasure-types'
import { operationId } from './operation-ids'
import { occurrenceRanges } from './value-occurrences'

export interface RedactionInput {
  ticket: InventoryTicket
  /** Confirmed comment findings of this ticket. */
  findings: readonly Finding[]
  /** Attachments and inline images of this ticket the agent selected. */
  attachments: readonly AttachmentRef[]
  snapshots: ReadonlyMap<number, CommentSnapshot>
  permissions: AgentPermissions
}

export interface RedactionResult {
  operations: ErasureOperation[]
  /** Set when nothing in this ticket can be redacted through the API and it must be deleted instead. */
  deletionReason?: ReasonCode
  warnings: PlanWarning[]
}

const CLOSED_LIKE = new Set(['closed', 'archived'])

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const k = key(item)
    groups.set(k, [...(groups.get(k) ?? []), item])
  }
  return groups
}

function findingRanges(findings: readonly Finding[]): Array<[number, number]> {
  return findings.map((f) => [f.start, f.end] as [number, number]).sort((a, b) => a[0] - b[0])
}

/**
 * The redaction operations for one ticket (reference §1.4): with Agent Workspace one `comment_redactions`
 * call per comment carries its strings and its selected files; without it the legacy endpoints are used
 * (one `/redact` call per string, one call per attachment), which refuse closed tickets, so those go to
 * deletion instead.
 */
export function planTicketRedactions(input: RedactionInput): RedactionResult {
  const { ticket, permissions } = input
  if (input.findings.length === 0 && input.attachments.length === 0) return { operations: [], warnings: [] }
  if (!permissions.agentWorkspace && CLOSED_LIKE.has(ticket.status)) {
    return { operations: [], deletionReason: input.findings.length > 0 ? 'closed_without_agent_workspace' : 'attachment_on_closed_ticket', warnings: [] }
  }
  const byComment = groupBy(input.findings, (f) => f.commentId ?? 0)
  const filesByComment = groupBy(input.attachments, (a) => a.commentId)
  const commentIds = [...new Set([...byComment.keys(), ...filesByComment.keys()])].sort((a, b) => a - b)
  const operations: ErasureOperation[] = []
  const warnings: PlanWarning[] = []
  for (const commentId of commentIds) {
    const findings = byComment.get(commentId) ?? []
    const files = filesByComment.get(commentId) ?? []
    const snapshot = input.snapshots.get(commentId)
    if (findings.length > 0 && !snapshot) warnings.push({ code: 'comment_not_loaded', ticketId: ticket.id, commentId })
    const values = [...new Set(findings.map((f) => f.value))]
    if (snapshot && values.length > 0 && occurrenceRanges(snapshot.plainBody, values).length === 0) {
      warnings.push({ code: 'values_not_found_in_comment', ticketId: ticket.id, commentId })
    }
    if (permissions.agentWorkspace) operations.push(commentRedaction(ticket, commentId, findings, files, values, snapshot, permissions))
    else {
      if (findings.length > 0) operations.push(legacyRedaction(ticket, commentId, findings, values, snapshot, permissions))
      for (const file of files) operations.push(attachmentRedaction(ticket, file, permissions))
    }
  }
  return { operations, warnings }
}

function reasonsFor(findings: readonly Finding[], files: readonly AttachmentRef[]): ReasonCode[] {
  const reasons: ReasonCode[] = []
  if (findings.length > 0) reasons.push('confirmed_findings')
  if (files.length > 0) reasons.push('attachment_selected')
  if (files.some((f) => f.looksLikeIdentityDocument)) reasons.push('identity_document')
  return reasons
}

/** What a string redaction carries about its target, whichever endpoint (new or legacy) performs it. */
function commentTarget(ticket: InventoryTicket, commentId: number, findings: readonly Finding[], values: string[], permissions: AgentPermissions) {
  return {
    phase: 'redact' as const,
    irreversible: false,
    capability: 'redact' as const,
    allowed: permissions.redact,
    ticketId: ticket.id,
    commentId,
    values,
    findingIds: findings.map((f) => f.id),
    ranges: findingRanges(findings),
  }
}

function commentRedaction(
  ticket: InventoryTicket,
  commentId: number,
  findings: readonly Finding[],
  files: readonly AttachmentRef[],
  values: string[],
  snapshot: CommentSnapshot | undefined,
  permissions: AgentPermissions,
): RedactCommentOperation {
  const currentUrl = (f: AttachmentRef) => snapshot?.attachments?.find((a) => a.id === f.id)?.contentUrl ?? f.contentUrl
  const urls = files.map(currentUrl)
  // Inline images also get the bare `redact` attribute on their <img>: the URL is passed as a marker.
  const inlineUrls = files.filter((f) => f.inline).map(currentUrl)
  const op: RedactCommentOperation = {
    ...commentTarget(ticket, commentId, findings, values, permissions),
    id: operationId.redactComment(commentId),
    kind: 'redact_comment',
    reasons: reasonsFor(findings, files),
    attachmentIds: files.map((f) => f.id),
    attachmentUrls: urls,
  }
  if (snapshot) {
    op.htmlBody = snapshot.htmlBody
    op.redactedHtml = values.length + inlineUrls.length > 0 ? toRedactedHtml(snapshot.htmlBody, [...values, ...inlineUrls]) : undefined
    if (values.length > 0) op.preview = previewCommentRedaction(snapshot.plainBody, values)
  }
  return op
}

function legacyRedaction(
  ticket: InventoryTicket,
  commentId: number,
  findings: readonly Finding[],
  values: string[],
  snapshot: CommentSnapshot | undefined,
  permissions: AgentPermissions,
): LegacyRedactOperation {
  return {
    ...commentTarget(ticket, commentId, findings, values, permissions),
    id: operationId.legacyRedact(commentId),
    kind: 'legacy_redact',
    reasons: ['confirmed_findings', 'agent_workspace_off'],
    ...(snapshot ? { preview: previewLegacyRedaction(snapshot.plainBody, values) } : {}),
  }
}

function attachmentRedaction(ticket: InventoryTicket, file: AttachmentRef, permissions: AgentPermissions): RedactAttachmentOperation {
  return {
    id: operationId.redactAttachment(file.id),
    kind: 'redact_attachment',
    phase: 'redact',
    reasons: reasonsFor([], [file]).concat('agent_workspace_off'),
    irreversible: false,
    capability: 'redact',
    allowed: permissions.redact,
    ticketId: ticket.id,
    commentId: file.commentId,
    attachmentId: file.id,
    inline: file.inline,
  }
}
