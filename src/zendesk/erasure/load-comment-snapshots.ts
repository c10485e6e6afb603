import type { CommentSnapshot } from '../../core/erasure/erasure-types'
import type { ZendeskComment } from '../schemas/comment-schemas'
import type { SupportApi } from '../support-api'
import { runWithLimit } from './run-with-limit'

export function toCommentSnapshot(ticketId: number, comment: ZendeskComment): CommentSnapshot {
  return {
    id: comment.id,
    ticketId,
    htmlBody: comment.html_body ?? '',
    plainBody: comment.plain_body ?? comment.body ?? '',
    attachments: comment.attachments.map((a) => ({ id: a.id, contentUrl: a.content_url, inline: a.inline === true, fileName: a.file_name })),
  }
}

export interface SnapshotLoad {
  snapshots: CommentSnapshot[]
  /** Tickets whose comments could not be read (deleted meanwhile, 403…): planned without a preview. */
  failedTicketIds: number[]
}

/**
 * The current comments of the tickets to redact, for the plan's `<redact>` markup and before/after preview.
 * Memory only: the bodies are personal data.
 */
export async function loadCommentSnapshots(api: SupportApi, ticketIds: readonly number[], signal?: AbortSignal): Promise<SnapshotLoad> {
  const snapshots: CommentSnapshot[] = []
  const failedTicketIds: number[] = []
  await runWithLimit([...new Set(ticketIds)], 3, async (ticketId) => {
    try {
      const comments = await api.comments.listComments(ticketId, signal)
      snapshots.push(...comments.map((c) => toCommentSnapshot(ticketId, c)))
    } catch (error) {
      if (signal?.aborted) throw error
      failedTicketIds.push(ticketId)
    }
  })
  return { snapshots, failedTicketIds }
}
