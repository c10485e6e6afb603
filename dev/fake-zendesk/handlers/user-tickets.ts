import { forbidden, json, recordNotFound } from '../errors'
import { cursorPage, offsetPage, readPaging } from '../pagination'
import { ticketJson } from '../state/serialize'
import { userTickets, type UserTicketRelation } from '../state/ticket-queries'
import { allowed, numParam, route, type RouteContext, type RouteDef } from './route'
import { visibleUser } from './users'

/**
 * A user's requested / CC'd / followed / assigned tickets (reference §1.2): offset paging (`page`,
 * `per_page` ≤ 100) with `next_page` URLs and `count`; cursor paging too unless behaviour turns it off.
 */

function list(relation: UserTicketRelation) {
  return (ctx: RouteContext): Response => {
    if (!allowed(ctx, 'readTickets')) return forbidden()
    const user = visibleUser(ctx, numParam(ctx))
    if (!user) return recordNotFound()
    const tickets = userTickets(ctx.state, user.id, relation, ctx.behaviour.archivedInUserTicketLists)
    const paging = readPaging(ctx.query, { allowCursor: ctx.behaviour.userTicketListsCursor })
    if (paging instanceof Response) return paging
    const toJson = (t: (typeof tickets)[number]) => ticketJson(t, ctx.state, ctx.origin, ctx.behaviour)
    if (paging.mode === 'cursor') {
      const page = cursorPage(tickets, (t) => [t.created_at, t.id], paging, ctx.url, -1)
      return json({ tickets: page.slice.map(toJson), meta: page.meta, links: page.links })
    }
    const page = offsetPage(tickets, paging, ctx.url)
    return json({ tickets: page.slice.map(toJson), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
  }
}

function count(relation: UserTicketRelation) {
  return (ctx: RouteContext): Response => {
    if (!allowed(ctx, 'readTickets')) return forbidden()
    const user = visibleUser(ctx, numParam(ctx))
    if (!user) return recordNotFound()
    const value = userTickets(ctx.state, user.id, relation, ctx.behaviour.archivedInUserTicketLists).length
    return json({ count: { value, refreshed_at: ctx.nowIso } })
  }
}

export const userTicketRoutes: RouteDef[] = [
  route.get('/api/v2/users/:id/tickets/requested', list('requested')),
  route.get('/api/v2/users/:id/tickets/ccd', list('ccd')),
  route.get('/api/v2/users/:id/tickets/followed', list('followed')),
  route.get('/api/v2/users/:id/tickets/assigned', list('assigned')),
  // Only these two counts are documented (reference §1.2).
  route.get('/api/v2/users/:id/tickets/ccd/count', count('ccd')),
  route.get('/api/v2/users/:id/tickets/assigned/count', count('assigned')),
]
