import type { AttachmentRef, Finding, Inventory, InventoryTicket } from '../../../src/core/inventory/inventory-types'
import { derivePermissions } from '../../../src/core/erasure/derive-permissions'
import type { AgentPermissions, CommentSnapshot } from '../../../src/core/erasure/erasure-types'

/** Builders for Inventory values, so the plan can be tested without the inventory engineer's scanner. */

export const SUBJECT_ID = 501
export const AGENT_ID = 9001

export function ticket(id: number, overrides: Partial<InventoryTicket> = {}): InventoryTicket {
  return {
    id,
    subject: `Ticket ${id}`,
    status: 'open',
    roles: ['requester'],
    requesterId: SUBJECT_ID,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-02T00:00:00Z',
    tags: [],
    commentCount: 2,
    attachments: [],
    voiceRecordings: [],
    scanned: true,
    ...overrides,
  }
}

/** A confirmed finding of `value` in `text` (offsets computed from the text). */
export function finding(ticketId: number, commentId: number, text: string, value: string, overrides: Partial<Finding> = {}): Finding {
  const start = text.indexOf(value)
  if (start < 0) throw new Error('finding(): the value is not in the text')
  return {
    id: `${ticketId}:${commentId}:${start}:EMAIL`,
    location: 'comment',
    ticketId,
    commentId,
    type: 'EMAIL',
    value,
    start,
    end: start + value.length,
    confidence: 0.99,
    rule: 'test',
    subject: true,
    review: 'confirmed',
    ...overrides,
  }
}

export function attachment(id: number, ticketId: number, commentId: number, overrides: Partial<AttachmentRef> = {}): AttachmentRef {
  return {
    id,
    ticketId,
    commentId,
    fileName: `file-${id}.pdf`,
    contentType: 'application/pdf',
    size: 1000,
    contentUrl: `https://demo.zendesk.com/attachments/token/t${id}/?name=file-${id}.pdf`,
    inline: false,
    authorId: SUBJECT_ID,
    looksLikeIdentityDocument: false,
    redacted: false,
    ...overrides,
  }
}

export function inventory(tickets: InventoryTicket[], findings: Finding[], overrides: Partial<Inventory> = {}): Inventory {
  return { subjectId: SUBJECT_ID, terms: [], tickets, findings, unreadable: [], builtAt: '2024-05-01T10:00:00Z', complete: true, ...overrides }
}

export function snapshot(ticketId: number, commentId: number, text: string, extra: Partial<CommentSnapshot> = {}): CommentSnapshot {
  const html = `<div class="zd-comment" dir="auto"><p dir="auto">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></div>`
  return { id: commentId, ticketId, htmlBody: html, plainBody: text, ...extra }
}

export const ADMIN: AgentPermissions = derivePermissions({ role: 'admin', role_type: 4 })
export const AGENT: AgentPermissions = derivePermissions({ role: 'agent', role_type: null }, { agentTicketDeletion: true })
export const AGENT_NO_DELETE: AgentPermissions = derivePermissions({ role: 'agent', role_type: null }, { agentTicketDeletion: false })
export const LIGHT_AGENT: AgentPermissions = derivePermissions({ role: 'agent', role_type: 1 }, { agentTicketDeletion: true })
export const END_USER: AgentPermissions = derivePermissions({ role: 'end-user' })

export const SUBJECT = { id: SUBJECT_ID, role: 'end-user', active: true, shared: false }
