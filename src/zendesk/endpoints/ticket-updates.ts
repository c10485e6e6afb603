import type { ApiCaller } from '../support-api-client'
import { ticketResponseSchema, type ZendeskTicket } from '../schemas/ticket-schemas'

export interface TicketChanges {
  /** Tags to add; other tags are left alone (safer than sending the full list when agents work in parallel). */
  additionalTags?: readonly string[]
  removeTags?: readonly string[]
  /** An internal note (`public: false`): only agents see it. */
  internalNote?: string
}

/** Ticket writes (reference §1.2, Update Ticket): tags by delta and internal notes, in one request. */
export function createTicketUpdateEndpoints(api: ApiCaller) {
  return {
    async updateTicket(ticketId: number, changes: TicketChanges, signal?: AbortSignal): Promise<ZendeskTicket> {
      const ticket: Record<string, unknown> = {}
      if (changes.additionalTags && changes.additionalTags.length > 0) ticket.additional_tags = [...changes.additionalTags]
      if (changes.removeTags && changes.removeTags.length > 0) ticket.remove_tags = [...changes.removeTags]
      if (changes.internalNote) ticket.comment = { body: changes.internalNote, public: false }
      return (await api.call({ method: 'PUT', path: `/api/v2/tickets/${ticketId}`, body: { ticket } }, ticketResponseSchema, signal)).ticket
    },
  }
}
