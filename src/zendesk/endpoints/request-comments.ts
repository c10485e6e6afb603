import type { ApiCaller } from '../support-api-client'
import { commentsCursorPageSchema, type ZendeskComment } from '../schemas/comment-schemas'
import type { ZendeskUser } from '../schemas/user-schemas'

export interface CommentsWithAuthors {
  comments: ZendeskComment[]
  /** Comment authors by id, from the `include=users` sideload. */
  authors: Map<number, ZendeskUser>
}

/** Comment reads the request case and the export need beyond the inventory's scan. */
export function createRequestCommentEndpoints(api: ApiCaller) {
  return {
    /** One page of a ticket's comments, newest first: the case note is almost always on the first page. */
    async listNewestPage(ticketId: number, after: string | undefined, signal?: AbortSignal) {
      const body = await api.call(
        { method: 'GET', path: `/api/v2/tickets/${ticketId}/comments`, query: { 'page[size]': 100, 'page[after]': after, sort: '-created_at' } },
        commentsCursorPageSchema,
        signal,
      )
      return { comments: body.comments, after: body.meta.has_more ? (body.meta.after_cursor ?? undefined) : undefined }
    },

    /** Every comment of a ticket, oldest first, with inline images and the authors sideloaded. */
    async listWithAuthors(ticketId: number, signal?: AbortSignal): Promise<CommentsWithAuthors> {
      const comments: ZendeskComment[] = []
      const authors = new Map<number, ZendeskUser>()
      let after: string | undefined
      do {
        const body = await api.call(
          {
            method: 'GET',
            path: `/api/v2/tickets/${ticketId}/comments`,
            query: { 'page[size]': 100, 'page[after]': after, include_inline_images: true, include: 'users' },
          },
          commentsCursorPageSchema,
          signal,
        )
        comments.push(...body.comments)
        for (const user of body.users ?? []) authors.set(user.id, user)
        after = body.meta.has_more ? (body.meta.after_cursor ?? undefined) : undefined
      } while (after)
      return { comments, authors }
    },
  }
}
