import type { FakeSellRecord } from './sell-records'

/**
 * Sell's wire format (zendesk-reference.md §2, basecrm clients): one resource is `{data, meta}`, a list
 * is `{items: [{data, meta}], meta}`, an error is `{errors: [{error: {code, message}, meta}], meta}`.
 */

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' }

export function single(type: string, data: FakeSellRecord): Response {
  return Response.json({ data, meta: { type } }, { headers: JSON_HEADERS })
}

export function list(type: string, items: FakeSellRecord[], page: { url: URL; page: number; perPage: number; hasMore: boolean }): Response {
  const link = (n: number) => {
    const url = new URL(page.url)
    url.searchParams.set('page', String(n))
    return url.href
  }
  return Response.json(
    {
      items: items.map((data) => ({ data, meta: { type } })),
      meta: {
        type: 'collection',
        count: items.length,
        links: {
          self: page.url.href,
          first_page: link(1),
          ...(page.page > 1 ? { prev_page: link(page.page - 1) } : {}),
          ...(page.hasMore ? { next_page: link(page.page + 1) } : {}),
        },
      },
    },
    { headers: JSON_HEADERS },
  )
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' }

export function errorBody(status: number, code: string, message: string): unknown {
  return {
    errors: [{ error: { code, message }, meta: { type: 'error', links: { more_info: 'https://developer.zendesk.com/api-reference/sales-crm/errors/' } } }],
    meta: { type: 'errors', http_status: `${status} ${REASONS[status] ?? ''}`.trim(), logref: `fake-${status}-${code}` },
  }
}

export function sellError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(errorBody(status, code, message), { status, headers: { ...JSON_HEADERS, ...headers } })
}

/** The body an injected fault answers with when the test gives none: Sell's envelope for that status. */
export function defaultFaultBody(status: number): unknown {
  if (status === 429) return errorBody(429, 'rate_limit_exceeded', 'Too many requests. Slow down.')
  if (status === 401) return errorBody(401, 'unauthorized', 'Invalid or missing access token.')
  if (status >= 500) return errorBody(status, 'server_error', 'Something went wrong on our side (injected by the fake Sell).')
  return errorBody(status, 'error', 'Injected failure from the fake Sell')
}
