import { forbidden, fromSpec, json, recordNotFound } from '../errors'
import { applyRedactionMarkup, comparableText, htmlToText, redactTextInHtml, redactTextInPlain, stripRedactionMarkup } from '../html'
import { commentRedactionSchema, legacyRedactSchema } from '../schemas'
import type { AttachmentRecord, CommentRecord, TicketRecord } from '../state/records'
import { attachmentMatchesUrl, markRedacted, redactAttachment } from '../state/redaction-ops'
import { attachmentJson, commentJson } from '../state/serialize'
import { allowed, numParam, parseBody, route, type RouteContext, type RouteDef } from './route'

/**
 * The three redaction endpoints (reference §1.4, §5.3):
 * - legacy `PUT /tickets/:t/comments/:c/redact {text}`: every occurrence, every character → ▇; refuses closed tickets;
 * - `PUT /comment_redactions/:c {ticket_id, html_body, external_attachment_urls}`: `<redact>` markup and bare
 *   `redact` attributes; works on closed and archived tickets; needs Agent Workspace;
 * - `PUT /tickets/:t/comments/:c/attachments/:a/redact`: the file becomes an empty redacted.txt; refuses closed tickets.
 * All of them add the `redacted_content` tag and need the redaction permission.
 */

function commentOf(ctx: RouteContext, ticket: TicketRecord, commentId: number): CommentRecord | undefined {
  const comment = ctx.state.comments.get(commentId)
  return comment && comment.ticket_id === ticket.id ? comment : undefined
}

function legacyRedact(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const ticket = ctx.state.liveTicket(numParam(ctx, 'ticketId'))
  const comment = ticket && commentOf(ctx, ticket, numParam(ctx, 'commentId'))
  if (!ticket || !comment) return recordNotFound()
  if (!allowed(ctx, 'redact')) return fromSpec(ctx.behaviour.redactForbidden)
  if (ticket.status === 'closed') return fromSpec(ctx.behaviour.legacyRedactClosedTicket)
  const parsed = parseBody(ctx, legacyRedactSchema)
  if ('response' in parsed) return parsed.response
  const { text } = parsed.data
  const found = [comment.body, comment.plain_body, htmlToText(comment.html_body)].some((t) => t.includes(text))
  if (!found) {
    const spec = ctx.behaviour.legacyRedactTextNotFound
    return spec ? fromSpec(spec) : json({ comment: commentJson(comment, ctx.origin, true) })
  }
  comment.body = redactTextInPlain(comment.body, text)
  comment.plain_body = redactTextInPlain(comment.plain_body, text)
  comment.html_body = redactTextInHtml(comment.html_body, text)
  markRedacted(ctx.state, ticket, ctx.nowIso)
  return json({ comment: commentJson(comment, ctx.origin, true) })
}

function commentRedaction(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const parsed = parseBody(ctx, commentRedactionSchema)
  if ('response' in parsed) return parsed.response
  const { ticket_id: ticketId, html_body: htmlBody, external_attachment_urls: urls = [] } = parsed.data
  // Closed and archived tickets are fine here; only deleted ones are gone.
  const ticket = ctx.state.liveTicket(ticketId)
  const comment = ticket && commentOf(ctx, ticket, numParam(ctx, 'commentId'))
  if (!ticket || !comment) return recordNotFound()
  if (!ctx.state.settings.agentWorkspace) return fromSpec(ctx.behaviour.commentRedactionWithoutAgentWorkspace)
  if (!allowed(ctx, 'redact')) return fromSpec(ctx.behaviour.redactForbidden)

  const targets: AttachmentRecord[] = []
  for (const url of urls) {
    const attachment = comment.attachments.find((a) => attachmentMatchesUrl(a, url))
    if (attachment) targets.push(attachment)
    else if (ctx.behaviour.commentRedactionUnknownAttachmentUrl) return fromSpec(ctx.behaviour.commentRedactionUnknownAttachmentUrl)
  }
  let changed = targets.length > 0
  if (htmlBody !== undefined) {
    const mismatch = comparableText(stripRedactionMarkup(htmlBody)) !== comparableText(comment.html_body)
    if (mismatch && ctx.behaviour.commentRedactionHtmlMismatch) return fromSpec(ctx.behaviour.commentRedactionHtmlMismatch)
    const result = applyRedactionMarkup(htmlBody)
    if (result.count > 0 || mismatch) {
      comment.html_body = result.html
      comment.body = htmlToText(result.html)
      comment.plain_body = comment.body
      changed = true
    }
    // An <img redact> pointing at one of the comment's files redacts that file too.
    for (const url of result.removedUrls) {
      const attachment = comment.attachments.find((a) => attachmentMatchesUrl(a, url))
      if (attachment) targets.push(attachment)
    }
  }
  for (const attachment of targets) redactAttachment(attachment, ctx.rt.baseUrl)
  if (changed) markRedacted(ctx.state, ticket, ctx.nowIso)
  return json({ comment: commentJson(comment, ctx.origin, true) })
}

function attachmentRedact(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const ticket = ctx.state.liveTicket(numParam(ctx, 'ticketId'))
  const comment = ticket && commentOf(ctx, ticket, numParam(ctx, 'commentId'))
  const attachment = comment?.attachments.find((a) => a.id === numParam(ctx, 'attachmentId'))
  if (!ticket || !attachment) return recordNotFound()
  if (!allowed(ctx, 'redact')) return fromSpec(ctx.behaviour.redactForbidden)
  if (ticket.status === 'closed') return fromSpec(ctx.behaviour.attachmentRedactClosedTicket)
  redactAttachment(attachment, ctx.rt.baseUrl)
  markRedacted(ctx.state, ticket, ctx.nowIso)
  return json({ attachment: attachmentJson(attachment, ctx.origin) })
}

export const redactionRoutes: RouteDef[] = [
  route.put('/api/v2/tickets/:ticketId/comments/:commentId/redact', legacyRedact),
  route.put('/api/v2/comment_redactions/:commentId', commentRedaction),
  route.put('/api/v2/tickets/:ticketId/comments/:commentId/attachments/:attachmentId/redact', attachmentRedact),
]
