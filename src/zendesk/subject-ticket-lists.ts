import type { SupportApi } from './support-api'
import type { ZendeskTicket } from './schemas/ticket-schemas'
import { USER_TICKET_LISTS, type UserTicketList } from './endpoints/tickets'

export interface ListedTicket {
  ticket: ZendeskTicket
  roles: string[]
}

const ROLE_OF: Record<UserTicketList, string> = { requested: 'requester', ccd: 'cc', followed: 'follower', assigned: 'assignee' }

/**
 * The subject's tickets from the user-scoped lists (requested, CC'd, followed, and assigned for staff),
 * de-duplicated with the subject's roles. It is the fallback when no inventory was built: it misses
 * tickets where the person only comments or is mentioned.
 */
export async function listSubjectTickets(api: Pick<SupportApi, 'tickets'>, userId: number, isStaff: boolean, signal?: AbortSignal): Promise<ListedTicket[]> {
  const byId = new Map<number, ListedTicket>()
  for (const list of USER_TICKET_LISTS) {
    if (list === 'assigned' && !isStaff) continue
    for (let page = 1; ; page += 1) {
      const result = await api.tickets.listUserTicketsPage(userId, list, page, signal)
      for (const ticket of result.items) {
        const entry = byId.get(ticket.id) ?? { ticket, roles: [] }
        if (!entry.roles.includes(ROLE_OF[list])) entry.roles.push(ROLE_OF[list])
        byId.set(ticket.id, entry)
      }
      if (!result.hasMore || result.items.length === 0) break
    }
  }
  return [...byId.values()].sort((a, b) => a.ticket.id - b.ticket.id)
}
