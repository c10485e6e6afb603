import type { ApiCaller } from '../support-api-client'
import { commentsCursorPageSchema, type ZendeskComment } from '../schemas/comment-schemas'

export interface CommentsPage {
  comments: ZendeskComment[]
  /** Cursor for the next page; undefined on the last one. */
  after: string | undefined
}

/** Typed comment endpoints (reference §1.3): cursor pages of 100, oldest first, inline images included. */
export function createCommentEndpoints(api: ApiCaller) {
  async function listCommentsPage(ticketId: number, after: string | undefined, signal?: AbortSignal): Promise<CommentsPage> {
    const body = await api.call(
      {
        method: 'GET',
        path: `/api/v2/tickets/${ticketId}/comments`,
        // Inline images are attachments only with this flag, and they need listing (and redacting) too.
        query: { 'page[size]': 100, 'page[after]': after, include_inline_images: true },
      },
      commentsCursorPageSchema,
      signal,
    )
    return { comments: body.comments, after: body.meta.has_more ? (body.meta.after_cursor ?? undefined) : undefined }
  }

  return {
    listCommentsPage,
    /** Every comment of a ticket, following cursors. */
    async listComments(ticketId: number, signal?: AbortSignal): Promise<ZendeskComment[]> {
      const all: ZendeskComment[] = []
      let after: string | undefined
      do {
        const page = await listCommentsPage(ticketId, after, signal)
        all.push(...page.comments)
        after = page.after
      } while (after)
      return all
    },
  }
}
