import { htmlToText, textToHtml } from '../html'
import type { AccountState } from './account-state'
import type { CommentRecord, TicketRecord } from './records'

/** Zendesk silently truncates comment bodies longer than 64 kB (reference §1.3). */
export const MAX_COMMENT_BYTES = 64 * 1024

function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder()
  if (encoder.encode(text).length <= maxBytes) return text
  let out = ''
  let used = 0
  for (const ch of text) {
    const size = encoder.encode(ch).length
    if (used + size > maxBytes) break
    out += ch
    used += size
  }
  return out
}

export interface NewComment {
  authorId: number
  body?: string
  htmlBody?: string
  isPublic: boolean
  channel: string
}

/** Adds a comment the way Zendesk stores one: `body`, `html_body` and `plain_body` kept consistent. */
export function addComment(state: AccountState, ticket: TicketRecord, input: NewComment, at: string): CommentRecord {
  let body: string
  let html: string
  if (input.htmlBody !== undefined && input.htmlBody.trim() !== '') {
    html = input.htmlBody.includes('class="zd-comment"') ? input.htmlBody : `<div class="zd-comment" dir="auto">${input.htmlBody}</div>`
    body = htmlToText(html)
  } else {
    body = truncateUtf8(input.body ?? '', MAX_COMMENT_BYTES)
    html = textToHtml(body)
  }
  const comment: CommentRecord = {
    id: state.nextId('comment'),
    ticket_id: ticket.id,
    type: 'Comment',
    author_id: input.authorId,
    body,
    html_body: html,
    plain_body: body,
    public: input.isPublic,
    audit_id: state.nextId('audit'),
    attachments: [],
    via: { channel: input.channel, source: { from: {}, to: {}, rel: null } },
    metadata: { system: { client: 'Privacy Assistant (fake Zendesk)' }, custom: {} },
    created_at: at,
  }
  state.comments.set(comment.id, comment)
  const ids = state.ticketComments.get(ticket.id) ?? []
  ids.push(comment.id)
  state.ticketComments.set(ticket.id, ids)
  state.ticketChanged(ticket, at)
  return comment
}
