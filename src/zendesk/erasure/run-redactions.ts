import { isTerminal, type JournalEntry } from '../../core/erasure/erasure-journal'
import type { ErasureOperation } from '../../core/erasure/erasure-types'
import { toRedactedHtml } from '../../core/pii'
import type { ZendeskComment } from '../schemas/comment-schemas'
import { isAbort, mayHaveLanded, outcomeReason } from './outcome-reason'
import type { RunContext } from './run-context'
import { runWithLimit } from './run-with-limit'
import { checkRedaction } from './verify-redaction'

function valuesOf(op: ErasureOperation | undefined): string[] {
  return op && (op.kind === 'redact_comment' || op.kind === 'legacy_redact') ? op.values : []
}

/** The request body of a `comment_redactions` call, built from the comment as Zendesk has it now. */
function commentRedactionBody(entry: JournalEntry, op: ErasureOperation | undefined, comment: ZendeskComment | undefined) {
  const ids = entry.attachmentIds ?? []
  const files = comment ? comment.attachments.filter((a) => ids.includes(a.id)) : []
  const urls = comment ? files.map((f) => f.content_url) : op?.kind === 'redact_comment' ? op.attachmentUrls : []
  const inlineUrls = files.filter((f) => f.inline).map((f) => f.content_url)
  const values = valuesOf(op)
  if (!comment && op?.kind === 'redact_comment' && op.redactedHtml !== undefined) return { htmlBody: op.redactedHtml, externalAttachmentUrls: urls }
  const markers = [...values, ...inlineUrls]
  const html = comment?.html_body ?? (op?.kind === 'redact_comment' ? op.htmlBody : undefined)
  return { ...(markers.length > 0 && html !== undefined ? { htmlBody: toRedactedHtml(html, markers) } : {}), externalAttachmentUrls: urls }
}

/**
 * Redacts one ticket's comments and files, then re-reads the ticket's comments once and marks each
 * operation done only if the strings are gone and the files are `redacted.txt` (reference §5.3: never trust
 * a status code alone). Operations left `sent` by an interrupted run are verified first, never resent blindly.
 */
async function redactTicket(ctx: RunContext, ticketId: number, ids: readonly string[]): Promise<void> {
  let comments: ZendeskComment[] | undefined
  const read = async () => {
    comments = await ctx.api.comments.listComments(ticketId, ctx.signal)
    ctx.checkAborted()
    return comments
  }
  const state = (id: string) => ctx.entry(id)?.state

  if (ids.some((id) => state(id) === 'sent')) {
    const current = await read()
    for (const id of ids.filter((i) => state(i) === 'sent')) settleInterrupted(ctx, id, current)
  }

  for (const id of ids) {
    const entry = ctx.entry(id)
    if (!entry || entry.state !== 'pending') continue
    const op = ctx.operation(id)
    if ((entry.findingIds?.length ?? 0) > 0 && valuesOf(op).length === 0) {
      ctx.skip(id, 'values_unavailable')
      continue
    }
    // A retry (or an op planned without the comment's html) rebuilds the markup from the comment as it is now.
    const needsFreshComment = entry.kind === 'redact_comment' && (entry.attempts > 0 || op?.kind !== 'redact_comment' || op.redactedHtml === undefined)
    if (needsFreshComment && !comments) await read()
    await send(ctx, entry, op, comments?.find((c) => c.id === entry.commentId), read)
  }

  if (ids.some((id) => state(id) === 'sent')) {
    const current = await read()
    for (const id of ids.filter((i) => state(i) === 'sent')) {
      const entry = ctx.entry(id) as JournalEntry
      const check = checkRedaction(entry, ctx.operation(id), current)
      if (check.verdict === 'redacted') ctx.done(id, 'comment_reread')
      else if (check.verdict === 'comment_missing') ctx.fail(id, 'not_found', 'comment_reread')
      else ctx.fail(id, entry.reason ?? 'verification_failed', 'comment_reread')
    }
  }
}

function settleInterrupted(ctx: RunContext, id: string, comments: readonly ZendeskComment[]): void {
  const entry = ctx.entry(id) as JournalEntry
  const op = ctx.operation(id)
  const check = checkRedaction(entry, op, comments)
  if (check.verdict === 'redacted') ctx.done(id, 'comment_reread')
  else if (check.verdict === 'comment_missing') ctx.fail(id, 'not_found', 'comment_reread')
  else if ((entry.findingIds?.length ?? 0) > 0 && valuesOf(op).length === 0) ctx.skip(id, 'values_unavailable')
  else ctx.update(id, { state: 'pending' })
}

async function send(
  ctx: RunContext,
  entry: JournalEntry,
  op: ErasureOperation | undefined,
  comment: ZendeskComment | undefined,
  reread: () => Promise<ZendeskComment[]>,
): Promise<void> {
  const ticketId = entry.ticketId as number
  const commentId = entry.commentId as number
  const signal = ctx.signal
  const body = entry.kind === 'redact_comment' ? commentRedactionBody(entry, op, comment) : undefined
  ctx.markSent(entry.id)
  try {
    if (entry.kind === 'redact_comment' && body) await ctx.api.redactions.redactComment(ticketId, commentId, body, signal)
    else if (entry.kind === 'legacy_redact') for (const value of valuesOf(op)) await ctx.api.redactions.redactString(ticketId, commentId, value, signal)
    else if (entry.kind === 'redact_attachment') await ctx.api.redactions.redactAttachment(ticketId, commentId, entry.attachmentIds?.[0] as number, signal)
    ctx.checkAborted()
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error
    const reason = outcomeReason(error)
    if (reason === 'forbidden') {
      ctx.fail(entry.id, 'forbidden')
      ctx.refuse(entry.kind)
    } else if (reason === 'not_found') ctx.fail(entry.id, 'not_found')
    else if (reason === 'invalid' && (ctx.entry(entry.id)?.attempts ?? 1) < 2 && entry.kind === 'redact_comment') {
      // The html no longer matches the comment (someone redacted it meanwhile): re-read, and resend once if needed.
      const fresh = (await reread()).find((c) => c.id === commentId)
      const check = checkRedaction(entry, op, fresh ? [fresh] : [])
      if (check.verdict === 'redacted') ctx.done(entry.id, 'comment_reread')
      else if (fresh) {
        ctx.update(entry.id, { state: 'pending' })
        await send(ctx, ctx.entry(entry.id) as JournalEntry, op, fresh, reread)
      } else ctx.fail(entry.id, 'not_found')
    } else if (mayHaveLanded(error)) ctx.update(entry.id, { reason })
    else ctx.fail(entry.id, reason)
  }
}

/** Phase 1: comments and files, ticket by ticket, a few tickets at a time (the scheduler paces the calls). */
export async function runRedactions(ctx: RunContext): Promise<void> {
  const byTicket = new Map<number, string[]>()
  for (const e of ctx.journal.entries) {
    if (e.phase !== 'redact' || isTerminal(e.state) || e.ticketId === undefined) continue
    byTicket.set(e.ticketId, [...(byTicket.get(e.ticketId) ?? []), e.id])
  }
  await runWithLimit([...byTicket], ctx.options.ticketConcurrency ?? 3, ([ticketId, ids]) => redactTicket(ctx, ticketId, ids))
}
