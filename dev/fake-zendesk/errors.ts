import type { ErrorSpec } from './behaviour'

/**
 * Response builders for each envelope Zendesk really uses (reference §5.0, E1–E8). The fake emits each
 * variant where Zendesk does, so an app parser that only knows one shape fails in tests.
 */

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

/** A JSON response with Zendesk's content type. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers } })
}

/** E7: successful deletes answer 204 with no body. */
export function noContent(): Response {
  return new Response(null, { status: 204 })
}

/** E6: a non-JSON body (rate-limit 429s, proxy refusals). */
export function text(body: string, status: number, contentType = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': contentType, ...headers } })
}

/** Builds the response described by a behaviour knob. */
export function fromSpec(spec: ErrorSpec, headers: Record<string, string> = {}): Response {
  if (typeof spec.body === 'string') return text(spec.body, spec.status, spec.contentType, headers)
  return json(spec.body, spec.status, headers)
}

/** E1 404 for a missing record ([V] across every Support resource). */
export function recordNotFound(): Response {
  return json({ error: 'RecordNotFound', description: 'Not found' }, 404)
}

/** E8 404 for a path or method Zendesk has no route for ([P]). */
export function invalidEndpoint(): Response {
  return json({ error: 'InvalidEndpoint', description: 'Not found' }, 404)
}

/** E2 422 validation failure; `details` is keyed by field name or `base`. */
export function recordInvalid(field: string, description: string, error?: string, extra: Record<string, unknown> = {}): Response {
  const entry: Record<string, unknown> = { description, ...extra }
  if (error) entry.error = error
  return json({ error: 'RecordInvalid', description: 'Record validation errors', details: { [field]: [entry] } }, 422)
}

export const FORBIDDEN_MESSAGE =
  'You do not have access to this page. Please contact the account owner of this help desk for further help.'

/** E4 403 role or plan denial. */
export function forbidden(message = FORBIDDEN_MESSAGE): Response {
  return json({ error: { title: 'Forbidden', message } }, 403)
}

/** E4 400 raised before the controller runs, e.g. a parameter of the wrong type. */
export function invalidAttribute(attribute: string, reason: string): Response {
  return json(
    { error: { title: 'Invalid attribute', message: `You passed an invalid value for the ${attribute} attribute. ${reason}` } },
    400,
  )
}

/** E3 401: the session cookie does not identify an active user. */
export function unauthenticated(): Response {
  return json({ error: "Couldn't authenticate you" }, 401)
}

/** E5 400 used by the newer cursor-pagination code paths. */
export function invalidPagination(detail: string): Response {
  return json({ errors: [{ code: 'InvalidPaginationParameter', title: 'Invalid Pagination Parameter', detail }] }, 400)
}

/** E1b 400 for a list parameter over its limit. */
export function tooManyValues(parameter: string, max = 100): Response {
  return json({ error: 'TooManyValues', description: `Parameter ${parameter} cannot specify more than ${max} values`, max_count: max }, 400)
}

/** E1 422 the Search API returns for a request past its limits or a query it cannot parse. */
export function invalidSearch(description: string): Response {
  return json({ error: 'invalid', description }, 422)
}

export const SEARCH_LIMIT_DESCRIPTION = 'Invalid search: Requested response size was greater than Search Response Limits'
