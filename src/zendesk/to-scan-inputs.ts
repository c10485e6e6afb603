import type { CommentInput, TicketInput } from '../core/inventory/scan-inputs'
import type { ZendeskComment } from './schemas/comment-schemas'
import type { ZendeskTicket } from './schemas/ticket-schemas'

/**
 * Keeps only the fields the inventory reads. A ticket's JSON carries its whole first comment as
 * `description`; holding thousands of those in a checkpoint would cost memory for nothing.
 */
export function toTicketInput(t: ZendeskTicket): TicketInput {
  return {
    id: t.id,
    subject: t.subject ?? null,
    status: t.status,
    requester_id: t.requester_id ?? null,
    submitter_id: t.submitter_id ?? null,
    assignee_id: t.assignee_id ?? null,
    collaborator_ids: t.collaborator_ids ?? [],
    follower_ids: t.follower_ids ?? [],
    email_cc_ids: t.email_cc_ids ?? [],
    ...(t.created_at ? { created_at: t.created_at } : {}),
    ...(t.updated_at ? { updated_at: t.updated_at } : {}),
    tags: t.tags ?? [],
    custom_fields: (t.custom_fields ?? []).map((f) => ({ id: f.id, value: f.value })),
    ...(typeof t.archived === 'boolean' ? { archived: t.archived } : {}),
  }
}

/** The comment fields the scan reads (html_body and metadata are dropped). */
export function toCommentInput(c: ZendeskComment): CommentInput {
  return {
    id: c.id,
    author_id: c.author_id,
    ...(c.type ? { type: c.type } : {}),
    body: c.body ?? null,
    plain_body: c.plain_body ?? null,
    public: c.public !== false,
    ...(c.created_at ? { created_at: c.created_at } : {}),
    attachments: (c.attachments ?? []).map((a) => ({
      id: a.id,
      file_name: a.file_name,
      content_type: a.content_type ?? null,
      size: a.size ?? null,
      content_url: a.content_url ?? null,
      inline: a.inline === true,
      deleted: a.deleted === true,
    })),
    ...(c.data ? { data: c.data } : {}),
  }
}
