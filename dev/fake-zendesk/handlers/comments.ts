import { forbidden, json, recordNotFound } from '../errors'
import { cursorPage, offsetPage, readPaging } from '../pagination'
import type { CommentRecord } from '../state/records'
import { commentJson, userJson } from '../state/serialize'
import { allowed, numParam, route, type RouteContext, type RouteDef } from './route'

/**
 * List Comments (reference §1.3): cursor paging (recommended) with `sort=created_at|-created_at`, or offset
 * paging with `sort_order=asc|desc`; oldest first by default; at most 100 per page. Inline images are
 * listed as attachments only with `include_inline_images=true`; `include=users` sideloads the authors.
 */

function list(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const ticket = ctx.state.liveTicket(numParam(ctx))
  if (!ticket) return recordNotFound()
  const paging = readPaging(ctx.query, { allowCursor: true })
  if (paging instanceof Response) return paging
  const descending = paging.mode === 'cursor' ? ctx.query.get('sort') === '-created_at' : ctx.query.get('sort_order') === 'desc'
  const comments = ctx.state.commentsOf(ticket.id)
  if (descending) comments.reverse()
  const inline = ctx.query.get('include_inline_images') === 'true'
  const toJson = (c: CommentRecord) => commentJson(c, ctx.origin, inline)
  const sideload = (slice: CommentRecord[]) => {
    if (!(ctx.query.get('include') ?? '').split(',').includes('users')) return {}
    const ids = [...new Set(slice.map((c) => c.author_id))]
    return { users: ids.flatMap((id) => { const u = ctx.state.users.get(id); return u ? [userJson(u, ctx.state, ctx.origin)] : [] }) }
  }
  if (paging.mode === 'cursor') {
    const page = cursorPage(comments, (c) => [c.created_at, c.id], paging, ctx.url, descending ? -1 : 1)
    return json({ comments: page.slice.map(toJson), ...sideload(page.slice), meta: page.meta, links: page.links })
  }
  const page = offsetPage(comments, paging, ctx.url)
  return json({ comments: page.slice.map(toJson), ...sideload(page.slice), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
}

function count(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const ticket = ctx.state.liveTicket(numParam(ctx))
  if (!ticket) return recordNotFound()
  return json({ count: { value: ctx.state.commentsOf(ticket.id).length, refreshed_at: ctx.nowIso } })
}

export const commentRoutes: RouteDef[] = [
  route.get('/api/v2/tickets/:id/comments', list),
  route.get('/api/v2/tickets/:id/comments/count', count),
]
