import type { ApiCaller } from '../support-api-client'
import { redactedAttachmentResponseSchema, redactedCommentResponseSchema } from '../schemas/erasure-schemas'
import type { ZendeskAttachment, ZendeskComment } from '../schemas/comment-schemas'

/** The redaction endpoints (reference §1.4, §5.3). Redaction is permanent: only the erasure executor calls these. */
export function createRedactionEndpoints(api: ApiCaller) {
  return {
    /** Agent Workspace redaction: `html_body` is the current html_body with `<redact>` markup; works on closed and archived tickets. */
    async redactComment(
      ticketId: number,
      commentId: number,
      body: { htmlBody?: string; externalAttachmentUrls?: readonly string[] },
      signal?: AbortSignal,
    ): Promise<ZendeskComment> {
      const payload: Record<string, unknown> = { ticket_id: ticketId }
      if (body.htmlBody !== undefined) payload.html_body = body.htmlBody
      if (body.externalAttachmentUrls && body.externalAttachmentUrls.length > 0) payload.external_attachment_urls = [...body.externalAttachmentUrls]
      return (await api.call({ method: 'PUT', path: `/api/v2/comment_redactions/${commentId}`, body: payload }, redactedCommentResponseSchema, signal)).comment
    },
    /** Legacy redaction of one string (every occurrence); refused on closed tickets. */
    async redactString(ticketId: number, commentId: number, text: string, signal?: AbortSignal): Promise<ZendeskComment> {
      return (await api.call({ method: 'PUT', path: `/api/v2/tickets/${ticketId}/comments/${commentId}/redact`, body: { text } }, redactedCommentResponseSchema, signal)).comment
    },
    /** Replaces an attachment with an empty redacted.txt; refused on closed tickets. */
    async redactAttachment(ticketId: number, commentId: number, attachmentId: number, signal?: AbortSignal): Promise<ZendeskAttachment> {
      return (
        await api.call(
          { method: 'PUT', path: `/api/v2/tickets/${ticketId}/comments/${commentId}/attachments/${attachmentId}/redact` },
          redactedAttachmentResponseSchema,
          signal,
        )
      ).attachment
    },
  }
}
