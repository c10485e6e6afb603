import type { SearchTerm } from '../core/inventory/inventory-types'
import type { SubjectProfileInput } from '../core/inventory/scan-inputs'
import { scanTicket, type TicketScanResult } from '../core/inventory/scan-ticket'
import { toSubjectIdentifiers } from '../core/inventory/subject-identifiers'
import type { SupportApi } from './support-api'
import { toCommentInput, toTicketInput } from './to-scan-inputs'

/**
 * Scans one ticket now (the "this ticket" view): the ticket and all its comments, with the subject's
 * enabled terms. Errors propagate: the caller shows them, there is nothing else to carry on with.
 */
export async function scanSingleTicket(
  api: Pick<SupportApi, 'tickets' | 'comments'>,
  ticketId: number,
  subject: Pick<SubjectProfileInput, 'id'>,
  terms: readonly SearchTerm[],
  nowMs: number,
  signal?: AbortSignal,
): Promise<TicketScanResult> {
  const [ticket, comments] = await Promise.all([api.tickets.getTicket(ticketId, signal), api.comments.listComments(ticketId, signal)])
  return scanTicket({
    ticket: toTicketInput(ticket),
    comments: comments.map(toCommentInput),
    complete: true,
    subjectId: subject.id,
    knownRoles: [],
    detect: { subject: toSubjectIdentifiers(terms.filter((t) => t.enabled)) },
    nowMs,
  })
}
