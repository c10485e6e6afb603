import type { SubjectRole } from '../core/inventory/inventory-types'
import { toExportQuery, type SearchQuery } from '../core/inventory/search-queries'
import { PAGE_SIZE, type UserTicketList } from './endpoints/tickets'
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP } from './endpoints/search'
import type { ZendeskTicket } from './schemas/ticket-schemas'
import type { SupportApi } from './support-api'

/** One way of finding the subject's tickets; `id` is what a checkpoint records once the source is done. */
export type DiscoverySource =
  | { id: string; kind: 'list'; list: UserTicketList; role: SubjectRole }
  | { id: string; kind: 'search'; query: SearchQuery }

const LIST_ROLES: Record<UserTicketList, SubjectRole> = { requested: 'requester', ccd: 'cc', followed: 'follower', assigned: 'assignee' }

/** The user-scoped lists (assigned only for agents: end users cannot be assignees) then the searches. */
export function discoverySources(isStaff: boolean, queries: readonly SearchQuery[]): DiscoverySource[] {
  const lists: UserTicketList[] = isStaff ? ['requested', 'ccd', 'followed', 'assigned'] : ['requested', 'ccd', 'followed']
  return [
    ...lists.map((list): DiscoverySource => ({ id: `list:${list}`, kind: 'list', list, role: LIST_ROLES[list] })),
    ...queries.map((query): DiscoverySource => ({ id: query.id, kind: 'search', query })),
  ]
}

export type TicketSink = (tickets: readonly ZendeskTicket[], hit: { role?: SubjectRole; termKey?: string }) => void

type Api = Pick<SupportApi, 'tickets' | 'search'>

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

/** A user-scoped list: page 1 gives the count, then the other pages go out together. */
async function runList(api: Api, subjectId: number, source: Extract<DiscoverySource, { kind: 'list' }>, sink: TicketSink, signal?: AbortSignal): Promise<void> {
  const hit = { role: source.role }
  const first = await api.tickets.listUserTicketsPage(subjectId, source.list, 1, signal)
  sink(first.items, hit)
  if (first.count !== undefined) {
    const pages = range(2, Math.ceil(first.count / PAGE_SIZE))
    await Promise.all(pages.map(async (page) => sink((await api.tickets.listUserTicketsPage(subjectId, source.list, page, signal)).items, hit)))
    return
  }
  // No count: follow pages one by one until Zendesk says there is no next page.
  for (let page = 2, more = first.hasMore; more; page += 1) {
    const next = await api.tickets.listUserTicketsPage(subjectId, source.list, page, signal)
    sink(next.items, hit)
    more = next.hasMore && next.items.length > 0
  }
}

/**
 * A search: page 1 gives the true count. Up to 1,000 results the remaining offset pages go out together;
 * beyond that `/search` would answer 422, so the whole result set is read from `/search/export` by cursor.
 */
async function runSearch(api: Api, source: Extract<DiscoverySource, { kind: 'search' }>, sink: TicketSink, signal?: AbortSignal): Promise<void> {
  const { query } = source
  const hit = { ...(query.role ? { role: query.role } : {}), ...(query.termKey ? { termKey: query.termKey } : {}) }
  const first = await api.search.searchTicketsPage(query.query, 1, signal)
  sink(first.tickets, hit)
  if (first.count <= SEARCH_RESULT_CAP) {
    const pages = range(2, Math.ceil(first.count / SEARCH_PAGE_SIZE))
    await Promise.all(pages.map(async (page) => sink((await api.search.searchTicketsPage(query.query, page, signal)).tickets, hit)))
    return
  }
  const exportQuery = toExportQuery(query.query)
  let after: string | undefined
  do {
    const page = await api.search.exportTicketsPage(exportQuery, after, signal)
    sink(page.tickets, hit)
    after = page.after
  } while (after)
}

export function runSource(api: Api, subjectId: number, source: DiscoverySource, sink: TicketSink, signal?: AbortSignal): Promise<void> {
  return source.kind === 'list' ? runList(api, subjectId, source, sink, signal) : runSearch(api, source, sink, signal)
}
