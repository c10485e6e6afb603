import type { ApiCallCount, ErasureOperation } from './erasure-types'

/** Zendesk's bulk ticket endpoints take at most 100 ids (reference §1.6). */
export const TICKET_BATCH_SIZE = 100
/** Comment pages hold at most 100 comments (reference §1.3). */
const COMMENT_PAGE_SIZE = 100

/** Splits ids into Zendesk-sized batches, keeping their order. */
export function toBatches<T>(items: readonly T[], size = TICKET_BATCH_SIZE): T[][] {
  const batches: T[][] = []
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size))
  return batches
}

function ticketDeletionCalls(count: number): ApiCallCount {
  if (count === 0) return { writes: 0, reads: 0 }
  const batches = Math.ceil(count / TICKET_BATCH_SIZE)
  // A single soft delete is synchronous (204); bulk ones and every permanent deletion are jobs, polled at least once.
  // Verification: one show_many per batch (404 = gone) and one page of deleted_tickets.
  return { writes: batches, reads: batches + batches + 1 }
}

/**
 * The number of API calls the plan's allowed operations take. Writes are exact; reads are the minimum
 * (jobs may need more than one poll, long comment threads more than one page).
 */
export function countApiCalls(operations: readonly ErasureOperation[], commentCounts: ReadonlyMap<number, number>): ApiCallCount & { total: number } {
  let writes = 0
  let reads = 0
  const redactedTickets = new Set<number>()
  let softDeletes = 0
  let permanentDeletes = 0
  for (const op of operations) {
    if (!op.allowed) continue
    switch (op.kind) {
      case 'redact_comment':
      case 'redact_attachment':
        writes += 1
        redactedTickets.add(op.ticketId)
        break
      case 'legacy_redact':
        writes += Math.max(1, op.values.length)
        redactedTickets.add(op.ticketId)
        break
      case 'delete_recording':
        writes += 1
        break
      case 'soft_delete_ticket':
        softDeletes += 1
        break
      case 'permanently_delete_ticket':
        permanentDeletes += 1
        break
      case 'restore_ticket':
      case 'delete_identity':
      case 'change_user_role':
      case 'soft_delete_user':
        writes += 1
        reads += 1
        break
      case 'permanently_delete_user':
        // Then re-read the deleted user and the compliance deletion statuses.
        writes += 1
        reads += 2
        break
    }
  }
  const singleSoftDelete = softDeletes === 1
  // Verification re-reads each redacted ticket's comments once, page by page.
  for (const ticketId of redactedTickets) reads += Math.max(1, Math.ceil((commentCounts.get(ticketId) ?? 1) / COMMENT_PAGE_SIZE))
  const soft = ticketDeletionCalls(softDeletes)
  const permanent = ticketDeletionCalls(permanentDeletes)
  writes += soft.writes + permanent.writes
  reads += soft.reads - (singleSoftDelete ? 1 : 0) + permanent.reads
  return { writes, reads, total: writes + reads }
}
