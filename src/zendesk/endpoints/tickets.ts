import type { ApiCaller } from '../support-api-client'
import {
  ticketFieldsResponseSchema,
  ticketResponseSchema,
  ticketsOffsetPageSchema,
  ticketsResponseSchema,
  type ZendeskTicket,
  type ZendeskTicketField,
} from '../schemas/ticket-schemas'

/** The user-scoped ticket lists (reference §1.2). */
export const USER_TICKET_LISTS = ['requested', 'ccd', 'followed', 'assigned'] as const
export type UserTicketList = (typeof USER_TICKET_LISTS)[number]

/** Zendesk's page-size ceiling for offset lists and show_many. */
export const PAGE_SIZE = 100

export interface OffsetPage<T> {
  items: T[]
  /** The total Zendesk reports (undefined when the endpoint gives none). */
  count: number | undefined
  hasMore: boolean
}

/** Typed ticket endpoints. */
export function createTicketEndpoints(api: ApiCaller) {
  return {
    async getTicket(ticketId: number, signal?: AbortSignal): Promise<ZendeskTicket> {
      return (await api.call({ method: 'GET', path: `/api/v2/tickets/${ticketId}` }, ticketResponseSchema, signal)).ticket
    },

    /** Tickets by id, 100 per call (the endpoint's limit); ids Zendesk does not return are simply absent. */
    async showMany(ids: readonly number[], signal?: AbortSignal): Promise<ZendeskTicket[]> {
      const chunks: number[][] = []
      for (let i = 0; i < ids.length; i += PAGE_SIZE) chunks.push(ids.slice(i, i + PAGE_SIZE))
      const pages = await Promise.all(
        chunks.map((chunk) => api.call({ method: 'GET', path: '/api/v2/tickets/show_many', query: { ids: chunk.join(',') } }, ticketsResponseSchema, signal)),
      )
      return pages.flatMap((p) => p.tickets)
    },

    /** One offset page (1-based) of a user's requested / CC'd / followed / assigned tickets. */
    async listUserTicketsPage(userId: number, list: UserTicketList, page: number, signal?: AbortSignal): Promise<OffsetPage<ZendeskTicket>> {
      const body = await api.call(
        { method: 'GET', path: `/api/v2/users/${userId}/tickets/${list}`, query: { page, per_page: PAGE_SIZE } },
        ticketsOffsetPageSchema,
        signal,
      )
      return { items: body.tickets, count: body.count, hasMore: Boolean(body.next_page) }
    },

    /** Every ticket field (for naming custom fields), following offset pages. */
    async listTicketFields(signal?: AbortSignal): Promise<ZendeskTicketField[]> {
      const all: ZendeskTicketField[] = []
      for (let page = 1; ; page += 1) {
        const body = await api.call({ method: 'GET', path: '/api/v2/ticket_fields', query: { page, per_page: PAGE_SIZE } }, ticketFieldsResponseSchema, signal)
        all.push(...body.ticket_fields)
        if (!body.next_page || body.ticket_fields.length === 0) return all
      }
    },
  }
}
