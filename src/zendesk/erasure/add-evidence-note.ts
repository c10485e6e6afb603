import type { SupportApi } from '../support-api'

/**
 * Adds the evidence summary as an internal note on the request ticket. The text is built by the caller from
 * the evidence record (ids, counts, outcomes), so it carries no personal data. Closed tickets refuse updates.
 */
export async function addEvidenceNote(api: SupportApi, ticketId: number, text: string, signal?: AbortSignal): Promise<void> {
  await api.ticketUpdates.updateTicket(ticketId, { internalNote: text }, signal)
}
