import type { AccountState } from './account-state'
import type { TicketRecord } from './records'

/** The relations between a user and tickets that the user-scoped ticket lists and `related` count. */
export const USER_TICKET_RELATIONS = ['requested', 'ccd', 'followed', 'assigned'] as const
export type UserTicketRelation = (typeof USER_TICKET_RELATIONS)[number]

export function relatesTo(ticket: TicketRecord, userId: number, relation: UserTicketRelation): boolean {
  switch (relation) {
    case 'requested':
      return ticket.requester_id === userId
    case 'ccd':
      return ticket.collaborator_ids.includes(userId) || ticket.email_cc_ids.includes(userId)
    case 'followed':
      return ticket.follower_ids.includes(userId)
    case 'assigned':
      return ticket.assignee_id === userId
  }
}

/** Live (not soft-deleted) tickets with the relation, newest first, as Zendesk lists them. */
export function userTickets(state: AccountState, userId: number, relation: UserTicketRelation, includeArchived: boolean): TicketRecord[] {
  return [...state.tickets.values()]
    .filter((t) => t.deleted_at === null && (includeArchived || !t.archived) && relatesTo(t, userId, relation))
    .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id))
}

/** Tickets that stop a user from being deleted: requester, live, and not closed (solved is not closed). */
export function unclosedRequestedTickets(state: AccountState, userId: number): TicketRecord[] {
  return [...state.tickets.values()].filter((t) => t.deleted_at === null && t.requester_id === userId && t.status !== 'closed')
}
