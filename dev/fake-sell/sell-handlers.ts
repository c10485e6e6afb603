import { http, type RequestHandler } from 'msw'
import { FaultQueue, respondWithFault } from '../fake-zendesk/faults'
import { list, sellError, single } from './sell-envelope'
import { RESOURCE_TYPES, type FakeSellRecord, type FakeSellResource, type FakeSellState } from './sell-records'

export const SELL_ORIGIN = 'https://api.getbase.com'

export interface SellRequestLogEntry {
  method: string
  path: string
  query: Record<string, string>
  status: number
  /** The Authorization header as the fake received it (after the host swapped in the secure setting). */
  authorization: string | null
  userAgent: string | null
}

export interface SellRuntime {
  state: FakeSellState
  faults: FaultQueue
  log: SellRequestLogEntry[]
  token: () => string
  /** False: the account's API refuses `phone`/`mobile` filters (400), as an API without them would. */
  phoneFilters: () => boolean
  /** See CreateFakeSellOptions.userAgentFallback. */
  userAgentFallback: () => string | undefined
  sleep: (ms: number) => Promise<void>
}

const PEOPLE = new Set<FakeSellResource>(['contacts', 'leads'])
const ACTIVITY = new Set<FakeSellResource>(['notes', 'calls', 'tasks', 'text_messages', 'documents'])
/** Filters each list accepts; anything else is a 400 `invalid_param`, as Sell answers unknown parameters. */
const PAGING = ['page', 'per_page', 'sort_by']
const FILTERS: Record<FakeSellResource, string[]> = {
  contacts: ['ids', 'email', 'phone', 'mobile', 'is_organization', 'owner_id', 'creator_id'],
  leads: ['ids', 'email', 'phone', 'mobile', 'owner_id', 'creator_id', 'status'],
  notes: ['ids', 'resource_type', 'resource_id', 'creator_id'],
  calls: ['ids', 'resource_type', 'resource_id', 'user_id'],
  tasks: ['ids', 'resource_type', 'resource_id', 'owner_id', 'completed'],
  text_messages: ['ids', 'resource_type', 'resource_id', 'user_id'],
  documents: ['ids', 'resource_type', 'resource_id'],
  deals: ['ids', 'contact_id', 'owner_id', 'stage_id'],
}

const digits = (value: unknown) => (typeof value === 'string' ? value.replace(/\D+/g, '') : '')

function matches(record: FakeSellRecord, name: string, value: string): boolean {
  switch (name) {
    case 'ids':
      return value.split(',').map(Number).includes(record.id)
    case 'email':
      return typeof record.email === 'string' && record.email.toLowerCase() === value.toLowerCase()
    // Sell compares phone numbers as written; the fake only ignores spaces and punctuation.
    case 'phone':
    case 'mobile':
      return digits(value) !== '' && digits(record[name]) === digits(value)
    default:
      return String(record[name]) === value
  }
}

/**
 * msw handlers for `https://api.getbase.com/v2/*`. Every request goes through the same steps: log →
 * injected fault (429, 5xx…) → User-Agent required (400 `invalid_user_agent`) → Bearer token (401) → route.
 */
export function createSellHandlers(rt: SellRuntime): RequestHandler[] {
  async function handle(request: Request, route: (url: URL) => Response): Promise<Response> {
    const url = new URL(request.url)
    const entry: SellRequestLogEntry = {
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      authorization: request.headers.get('authorization'),
      userAgent: request.headers.get('user-agent'),
    }
    const response = await dispatch(request, url, route)
    entry.status = response.status
    rt.log.push(entry)
    return response
  }

  async function dispatch(request: Request, url: URL, route: (url: URL) => Response): Promise<Response> {
    const fault = rt.faults.take(request.method, url)
    if (fault) return respondWithFault(fault, request.signal, rt.sleep)
    const userAgent = request.headers.get('user-agent') ?? rt.userAgentFallback()
    if (!userAgent) return sellError(400, 'invalid_user_agent', 'User-Agent header is required.')
    const expected = `Bearer ${rt.token()}`
    if (!rt.token() || request.headers.get('authorization') !== expected) {
      return sellError(401, 'unauthorized', 'Invalid or missing access token.', { 'WWW-Authenticate': 'Bearer realm="api"' })
    }
    return route(url)
  }

  function listRoute(resource: FakeSellResource) {
    return (url: URL): Response => {
      const params = url.searchParams
      for (const name of params.keys()) {
        const known = PAGING.includes(name) || FILTERS[resource].includes(name)
        const refusedPhone = (name === 'phone' || name === 'mobile') && PEOPLE.has(resource) && !rt.phoneFilters()
        if (!known || refusedPhone) return sellError(400, 'invalid_param', `Unknown query parameter: ${name}`)
      }
      const page = Math.max(1, Number(params.get('page') ?? 1) || 1)
      const perPage = Number(params.get('per_page') ?? 25) || 25
      if (perPage < 1 || perPage > 100) return sellError(400, 'invalid_param', 'per_page must be between 1 and 100')
      const filters = [...params].filter(([name]) => FILTERS[resource].includes(name))
      const all = [...rt.state.table(resource).values()].filter((record) => filters.every(([name, value]) => matches(record, name, value))).sort((a, b) => a.id - b.id)
      const items = all.slice((page - 1) * perPage, page * perPage).map((record) => structuredClone(record))
      return list(RESOURCE_TYPES[resource], items, { url, page, perPage, hasMore: page * perPage < all.length })
    }
  }

  function showRoute(resource: FakeSellResource, id: number) {
    return (): Response => {
      const record = Number.isInteger(id) ? rt.state.get(resource, id) : undefined
      return record ? single(RESOURCE_TYPES[resource], record) : sellError(404, 'not_found', 'Resource not found')
    }
  }

  const handlers: RequestHandler[] = []
  for (const resource of Object.keys(FILTERS) as FakeSellResource[]) {
    handlers.push(
      http.get(`${SELL_ORIGIN}/v2/${resource}`, ({ request }) => handle(request, listRoute(resource))),
      http.get(`${SELL_ORIGIN}/v2/${resource}/:id`, ({ request, params }) => handle(request, showRoute(resource, Number(params.id)))),
    )
    if (PEOPLE.has(resource) || ACTIVITY.has(resource)) {
      handlers.push(
        http.delete(`${SELL_ORIGIN}/v2/${resource}/:id`, ({ request, params }) =>
          handle(request, () => {
            const id = Number(params.id)
            const deleted = PEOPLE.has(resource) ? rt.state.deletePerson(resource as 'contacts' | 'leads', id) : rt.state.table(resource).delete(id)
            // 204 with no body; a second DELETE of the same record is a 404.
            return deleted ? new Response(null, { status: 204 }) : sellError(404, 'not_found', 'Resource not found')
          }),
        ),
      )
    }
  }
  // Any other path or method under /v2 is an unknown route.
  handlers.push(http.all(`${SELL_ORIGIN}/*`, ({ request }) => handle(request, () => sellError(404, 'not_found', 'Unknown endpoint'))))
  return handlers
}
