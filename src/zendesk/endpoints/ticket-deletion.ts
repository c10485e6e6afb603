import type { ApiCaller } from '../support-api-client'
import { deletedTicketsCursorPageSchema, jobStatusResponseSchema, type ZendeskDeletedTicket, type ZendeskJobStatus } from '../schemas/erasure-schemas'

const MAX_IDS = 100

function idsQuery(ids: readonly number[]): { ids: string } {
  if (ids.length === 0 || ids.length > MAX_IDS) throw new RangeError(`Zendesk takes 1 to ${MAX_IDS} ids per bulk call; got ${ids.length}.`)
  return { ids: ids.join(',') }
}

/** Soft deletion, restore and permanent deletion of tickets (reference §1.6, §5.4). */
export function createTicketDeletionEndpoints(api: ApiCaller) {
  return {
    /** Moves one ticket to deleted (204, synchronous). */
    async softDelete(ticketId: number, signal?: AbortSignal): Promise<void> {
      await api.send({ method: 'DELETE', path: `/api/v2/tickets/${ticketId}` }, signal)
    },
    /** Moves up to 100 tickets to deleted in a background job. */
    async softDeleteMany(ticketIds: readonly number[], signal?: AbortSignal): Promise<ZendeskJobStatus> {
      return (await api.call({ method: 'DELETE', path: '/api/v2/tickets/destroy_many', query: idsQuery(ticketIds) }, jobStatusResponseSchema, signal)).job_status
    },
    /** Permanently deletes one soft-deleted ticket (a job). Irreversible. */
    async permanentlyDelete(ticketId: number, signal?: AbortSignal): Promise<ZendeskJobStatus> {
      return (await api.call({ method: 'DELETE', path: `/api/v2/deleted_tickets/${ticketId}` }, jobStatusResponseSchema, signal)).job_status
    },
    /** Permanently deletes up to 100 soft-deleted tickets (a job that still tries the others if one fails). Irreversible. */
    async permanentlyDeleteMany(ticketIds: readonly number[], signal?: AbortSignal): Promise<ZendeskJobStatus> {
      return (await api.call({ method: 'DELETE', path: '/api/v2/deleted_tickets/destroy_many', query: idsQuery(ticketIds) }, jobStatusResponseSchema, signal)).job_status
    },
    async restore(ticketId: number, signal?: AbortSignal): Promise<void> {
      await api.send({ method: 'PUT', path: `/api/v2/deleted_tickets/${ticketId}/restore` }, signal)
    },
    /** One cursor page of deleted tickets, most recently deleted first (the list is limited to 10 requests a minute). */
    async listDeletedPage(after: string | undefined, signal?: AbortSignal): Promise<{ tickets: ZendeskDeletedTicket[]; after: string | undefined }> {
      const body = await api.call(
        { method: 'GET', path: '/api/v2/deleted_tickets', query: { 'page[size]': 100, 'page[after]': after, sort_by: 'deleted_at', sort_order: 'desc' } },
        deletedTicketsCursorPageSchema,
        signal,
      )
      return { tickets: body.deleted_tickets, after: body.meta?.has_more ? (body.meta.after_cursor ?? undefined) : undefined }
    },
  }
}
