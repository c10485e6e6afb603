import { forbidden, fromSpec, json, recordInvalid, recordNotFound, tooManyValues } from '../errors'
import { cursorPage, offsetPage, readPaging } from '../pagination'
import { enqueueJob } from '../state/jobs'
import type { TicketRecord } from '../state/records'
import { deletedTicketJson, jobJson } from '../state/serialize'
import { restoreTicket } from '../state/ticket-ops'
import { allowed, idList, numParam, route, type RouteContext, type RouteDef } from './route'

/**
 * deleted_tickets: list (cursor or offset), restore, restore_many, permanent delete and its bulk form
 * (reference §1.6, §5.4). Archived tickets are left out of the list, as Zendesk documents, but can still
 * be restored or permanently deleted by id.
 */

const SORT_KEYS = { id: (t: TicketRecord) => t.id, subject: (t: TicketRecord) => t.subject, deleted_at: (t: TicketRecord) => t.deleted_at ?? '' }

function softDeleted(ctx: RouteContext, id: number): TicketRecord | undefined {
  const ticket = ctx.state.tickets.get(id)
  return ticket && ticket.deleted_at !== null ? ticket : undefined
}

function list(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const sortBy = (ctx.query.get('sort_by') ?? 'id') as keyof typeof SORT_KEYS
  const keyOf = SORT_KEYS[sortBy] ?? SORT_KEYS.id
  const direction = ctx.query.get('sort_order') === 'desc' ? -1 : 1
  const tickets = [...ctx.state.tickets.values()]
    .filter((t) => t.deleted_at !== null && !t.archived)
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : a.id - b.id) * direction)
  const paging = readPaging(ctx.query, { allowCursor: true })
  if (paging instanceof Response) return paging
  const toJson = (t: TicketRecord) => deletedTicketJson(t, ctx.state)
  if (paging.mode === 'cursor') {
    const page = cursorPage(tickets, (t) => [keyOf(t), t.id], paging, ctx.url, direction)
    return json({ deleted_tickets: page.slice.map(toJson), meta: page.meta, links: page.links })
  }
  const page = offsetPage(tickets, paging, ctx.url)
  return json({ deleted_tickets: page.slice.map(toJson), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
}

function restore(ctx: RouteContext): Response {
  if (!allowed(ctx, 'deleteTickets')) return forbidden()
  const ticket = softDeleted(ctx, numParam(ctx))
  if (!ticket) return recordNotFound()
  restoreTicket(ctx.state, ticket, ctx.nowIso)
  return json({})
}

function restoreMany(ctx: RouteContext): Response {
  if (!allowed(ctx, 'deleteTickets')) return forbidden()
  const ids = idList(ctx.query, 'ids')
  if (ids === null) return recordInvalid('ids', 'Ids: must be a comma-separated list of numbers', 'InvalidValue')
  if (ids.length > 100) return tooManyValues('ids')
  const tickets = ids.flatMap((id) => softDeleted(ctx, id) ?? [])
  if (tickets.length === 0) return recordNotFound()
  for (const ticket of tickets) restoreTicket(ctx.state, ticket, ctx.nowIso)
  return json({})
}

function permanentlyDelete(ctx: RouteContext): Response {
  if (!allowed(ctx, 'permanentlyDeleteTickets')) return forbidden()
  const id = numParam(ctx)
  const ticket = ctx.state.tickets.get(id)
  if (!ticket) return recordNotFound()
  if (ticket.deleted_at === null) return fromSpec(ctx.behaviour.permanentlyDeleteLiveTicket)
  // Zendesk answers total/progress null for this job (reference §5.4).
  const queued = enqueueJob(ctx.rt, ctx.actor.id, { kind: 'permanently_delete_tickets', ids: [id], single: true }, null, ctx.nowMs)
  if ('response' in queued) return queued.response
  return json({ job_status: jobJson(queued.job, ctx.origin) }, 200, queued.headers)
}

function destroyMany(ctx: RouteContext): Response {
  if (!allowed(ctx, 'permanentlyDeleteTickets')) return forbidden()
  const ids = idList(ctx.query, 'ids')
  if (ids === null) return recordInvalid('ids', 'Ids: must be a comma-separated list of numbers', 'InvalidValue')
  if (ids.length > 100) return tooManyValues('ids')
  if (ids.length === 0) return recordInvalid('ids', 'Ids: cannot be blank', 'BlankValue')
  // If one ticket fails, the job still tries the others (reference §1.6): failures show in `results`.
  const queued = enqueueJob(ctx.rt, ctx.actor.id, { kind: 'permanently_delete_tickets', ids, single: false }, ids.length, ctx.nowMs)
  if ('response' in queued) return queued.response
  return json({ job_status: jobJson(queued.job, ctx.origin) }, 200, queued.headers)
}

export const deletedTicketRoutes: RouteDef[] = [
  route.get('/api/v2/deleted_tickets', list, () => [{ limit: 'listDeletedTickets', key: 'account' }]),
  route.put('/api/v2/deleted_tickets/restore_many', restoreMany),
  route.delete('/api/v2/deleted_tickets/destroy_many', destroyMany),
  route.put('/api/v2/deleted_tickets/:id/restore', restore),
  route.delete('/api/v2/deleted_tickets/:id', permanentlyDelete),
]
