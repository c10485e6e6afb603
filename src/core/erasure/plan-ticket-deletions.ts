import type { Finding, InventoryTicket } from '../inventory/inventory-types'
import type { AgentPermissions, ErasureOperation, ReasonCode, TicketOperation } from './erasure-types'
import { operationId } from './operation-ids'

/** Why each ticket must go to deleted: personal data no API can redact, or the agent's choice (reference §1.5). */
export function ticketDeletionReasons(
  tickets: readonly InventoryTicket[],
  findings: readonly Finding[],
  deleteTicketIds: readonly number[],
  unclosedRequested: readonly number[],
): Map<number, ReasonCode[]> {
  const inScope = new Set(tickets.map((t) => t.id))
  const reasons = new Map<number, ReasonCode[]>()
  const add = (ticketId: number | undefined, reason: ReasonCode) => {
    if (ticketId === undefined || !inScope.has(ticketId)) return
    const list = reasons.get(ticketId) ?? []
    if (!list.includes(reason)) reasons.set(ticketId, [...list, reason])
  }
  for (const f of findings) {
    if (f.location === 'ticket_subject') add(f.ticketId, 'subject_line')
    if (f.location === 'custom_field') add(f.ticketId, 'custom_field')
  }
  for (const id of deleteTicketIds) add(id, 'agent_choice')
  for (const id of unclosedRequested) add(id, 'unclosed_requester')
  return reasons
}

/**
 * Soft delete then (optionally) permanent delete for each ticket, in ticket order. A ticket already in
 * deleted only needs the permanent step. Permanent deletion is irreversible: it needs a typed confirmation.
 */
export function planTicketDeletions(
  tickets: readonly InventoryTicket[],
  reasons: ReadonlyMap<number, ReasonCode[]>,
  permissions: AgentPermissions,
  permanently: boolean,
): ErasureOperation[] {
  const soft: TicketOperation[] = []
  const purge: TicketOperation[] = []
  for (const ticket of tickets) {
    const why = reasons.get(ticket.id)
    if (!why) continue
    if (ticket.status !== 'deleted') {
      soft.push({
        id: operationId.softDeleteTicket(ticket.id),
        kind: 'soft_delete_ticket',
        phase: 'soft_delete_tickets',
        reasons: why,
        irreversible: false,
        capability: 'deleteTickets',
        allowed: permissions.deleteTickets,
        ticketId: ticket.id,
      })
    }
    if (permanently) {
      purge.push({
        id: operationId.permanentlyDeleteTicket(ticket.id),
        kind: 'permanently_delete_ticket',
        phase: 'permanently_delete_tickets',
        reasons: [...why, 'follows_soft_delete'],
        irreversible: true,
        capability: 'permanentlyDeleteTickets',
        allowed: permissions.permanentlyDeleteTickets,
        ticketId: ticket.id,
      })
    }
  }
  return [...soft, ...purge]
}
