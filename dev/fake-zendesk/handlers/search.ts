import { forbidden, fromSpec, invalidPagination, invalidSearch, json, SEARCH_LIMIT_DESCRIPTION } from '../errors'
import { cursorPage, decodeCursor, encodeCursor } from '../pagination'
import { parseQuery } from '../search/parse-query'
import { runSearch, sortHits, type SearchHit } from '../search/run-search'
import { organizationJson, ticketJson, userJson } from '../state/serialize'
import { allowed, route, type RouteContext, type RouteDef } from './route'

/**
 * Search (reference §1.1, §5.5). `/search` is offset-only, 100 per page at most, returns the true `count`
 * but never more than 1,000 results: a page reaching past result 1,000 is a 422. Like Zendesk, `next_page`
 * keeps pointing onward while `count` says there is more, so following it blindly walks into that 422.
 * `/search/export` pages with cursors, has no cap and no count, and needs `filter[type]`.
 */

const RESULT_CAP = 1000

function resultJson(ctx: RouteContext, hit: SearchHit): Record<string, unknown> {
  switch (hit.kind) {
    case 'ticket':
      return { ...ticketJson(hit.record, ctx.state, ctx.origin, ctx.behaviour), result_type: 'ticket' }
    case 'user':
      return { ...userJson(hit.record, ctx.state, ctx.origin), result_type: 'user' }
    case 'organization':
      return { ...organizationJson(hit.record, ctx.origin), result_type: 'organization' }
  }
}

function hitsFor(ctx: RouteContext, query: string): SearchHit[] {
  const parsed = parseQuery(query)
  const sortBy = ctx.query.get('sort_by') ?? parsed.orderBy
  const order = (ctx.query.get('sort_order') ?? parsed.sort) === 'asc' ? 'asc' : 'desc'
  return sortHits(runSearch(ctx.state, ctx.behaviour, parsed, ctx.actor), sortBy, order)
}

function search(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const query = ctx.query.get('query') ?? ''
  if (query.trim() === '') return invalidSearch('Invalid search: query cannot be blank')
  const page = Math.max(1, Math.trunc(Number(ctx.query.get('page') ?? '1')) || 1)
  const perPage = Math.min(100, Math.max(1, Math.trunc(Number(ctx.query.get('per_page') ?? '100')) || 100))
  if (page * perPage > RESULT_CAP) return invalidSearch(SEARCH_LIMIT_DESCRIPTION)
  const hits = hitsFor(ctx, query)
  const start = (page - 1) * perPage
  const link = (p: number) => {
    const url = new URL(ctx.url.href)
    url.searchParams.set('page', String(p))
    url.searchParams.set('per_page', String(perPage))
    return url.href
  }
  return json({
    results: hits.slice(start, start + perPage).map((h) => resultJson(ctx, h)),
    facets: null,
    next_page: start + perPage < hits.length ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
    count: hits.length,
  })
}

function count(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const query = ctx.query.get('query') ?? ''
  if (query.trim() === '') return invalidSearch('Invalid search: query cannot be blank')
  return json({ count: hitsFor(ctx, query).length })
}

function exportResults(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readTickets')) return forbidden()
  const query = ctx.query.get('query') ?? ''
  const type = ctx.query.get('filter[type]')
  const parsed = parseQuery(query)
  if (parsed.type !== null) return fromSpec(ctx.behaviour.searchExportTypeInQuery)
  if (type === null || !['ticket', 'user', 'organization', 'group'].includes(type)) return fromSpec(ctx.behaviour.searchExportMissingType)
  const rawSize = ctx.query.get('page[size]')
  const size = rawSize === null ? 100 : Number(rawSize)
  if (!Number.isInteger(size) || size < 1 || size > 1000) return invalidPagination('page[size] must be between 1 and 1000')
  // Our export cursors carry the time they were issued, so they can expire after an hour as Zendesk's do.
  let after: Array<string | number> | null = null
  const rawAfter = ctx.query.get('page[after]')
  if (rawAfter) {
    const key = decodeCursor(rawAfter)
    const issuedAt = key?.[2]
    if (!key || typeof issuedAt !== 'number') return invalidPagination('page[after] is not a valid cursor')
    if (ctx.nowMs - issuedAt > ctx.behaviour.searchExportCursorTtlMs) return fromSpec(ctx.behaviour.searchExportCursorExpired)
    after = key.slice(0, 2)
  }
  parsed.type = type
  const hits = sortHits(runSearch(ctx.state, ctx.behaviour, parsed, ctx.actor), 'created_at', 'asc')
  const page = cursorPage(hits, (h) => [h.record.created_at, h.record.id], { mode: 'cursor', size, after, before: null }, ctx.url)
  const last = page.slice[page.slice.length - 1]
  const afterCursor = last ? encodeCursor([last.record.created_at, last.record.id, ctx.nowMs]) : null
  let next: string | null = null
  if (afterCursor && page.meta.has_more) {
    const url = new URL(ctx.url.href)
    url.searchParams.set('page[after]', afterCursor)
    url.searchParams.set('page[size]', String(size))
    next = url.href
  }
  return json({
    results: page.slice.map((h) => resultJson(ctx, h)),
    facets: null,
    meta: { has_more: page.meta.has_more, after_cursor: afterCursor, before_cursor: null },
    // No backward paging on export: prev is always null (reference §1.1).
    links: { prev: null, next },
  })
}

export const searchRoutes: RouteDef[] = [
  route.get('/api/v2/search/count', count),
  route.get('/api/v2/search/export', exportResults, () => [{ limit: 'searchExport', key: 'account' }]),
  route.get('/api/v2/search', search),
]
