import type { AgentPermissions, TicketOperation } from './erasure-types'
import { operationId } from './operation-ids'

/**
 * Restores tickets the app moved to deleted (quick action). Only possible until they are permanently
 * deleted; the executor verifies by reading the ticket back.
 */
export function planTicketRestore(ticketIds: readonly number[], permissions: AgentPermissions): TicketOperation[] {
  return ticketIds.map((ticketId) => ({
    id: operationId.restoreTicket(ticketId),
    kind: 'restore_ticket',
    phase: 'soft_delete_tickets',
    reasons: ['restore_requested'],
    irreversible: false,
    capability: 'deleteTickets',
    allowed: permissions.deleteTickets,
    ticketId,
  }))
}
