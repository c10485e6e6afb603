import type { AccountState } from './account-state'
import type { TicketRecord } from './records'

/** Soft delete: the ticket leaves every list and show endpoint and appears in deleted_tickets (unless archived). */
export function softDeleteTicket(state: AccountState, ticket: TicketRecord, actorId: number, at: string): void {
  ticket.previous_state = ticket.status
  ticket.deleted_at = at
  ticket.deleted_by = actorId
  state.searchIndex.invalidate('ticket', ticket.id)
}

export function restoreTicket(state: AccountState, ticket: TicketRecord, at: string): void {
  ticket.status = ticket.previous_state ?? ticket.status
  ticket.deleted_at = null
  ticket.deleted_by = null
  ticket.previous_state = null
  state.ticketChanged(ticket, at)
}

/** Permanent deletion removes the ticket, its comments and attachments; only the id is remembered. */
export function permanentlyDeleteTicket(state: AccountState, ticketId: number): void {
  for (const comment of state.commentsOf(ticketId)) state.comments.delete(comment.id)
  state.ticketComments.delete(ticketId)
  state.tickets.delete(ticketId)
  state.permanentlyDeletedTicketIds.add(ticketId)
  state.searchIndex.invalidate('ticket', ticketId)
}
