import { http, type RequestHandler } from 'msw'
import { isoSeconds } from './clock'
import { fromSpec, json, text, unauthenticated } from './errors'
import { respondWithFault } from './faults'
import { compilePattern, type RouteContext, type RouteDef } from './handlers/route'
import { isWrite, queryRecord } from './logs'
import { ACCOUNT_LIMIT_BODY, TICKET_UPDATE_LIMIT_BODY, type Admission } from './rate-limit'
import type { FakeRuntime } from './runtime'

/**
 * Turns route definitions into msw handlers. Every request goes through the same steps, in Zendesk's
 * order as far as a client can observe it: rate limit → injected fault → authentication → route. Each
 * request is logged with its final status; mutating ones also go to the write log with their body.
 */
export function toMswHandlers(rt: FakeRuntime, routes: RouteDef[]): RequestHandler[] {
  return routes.map((def) => {
    const { regex, names } = compilePattern(def.pattern)
    const resolver = async ({ request }: { request: Request }) => runRoute(rt, def, request, regex, names)
    switch (def.method) {
      case 'GET':
        return http.get(regex, resolver)
      case 'PUT':
        return http.put(regex, resolver)
      case 'POST':
        return http.post(regex, resolver)
      case 'DELETE':
        return http.delete(regex, resolver)
      case 'PATCH':
        return http.patch(regex, resolver)
      case 'ALL':
        return http.all(regex, resolver)
    }
  })
}

async function runRoute(rt: FakeRuntime, def: RouteDef, request: Request, regex: RegExp, names: string[]): Promise<Response> {
  const url = new URL(request.url)
  const method = request.method.toUpperCase()
  const at = rt.clock.now()
  const actingUserId = rt.actingUserId
  const raw = method === 'GET' || method === 'HEAD' ? '' : await request.text()
  const body = parseJson(raw)
  const match = regex.exec(url.origin + url.pathname)
  const params: Record<string, string> = {}
  names.forEach((name, i) => {
    params[name] = match?.[i + 1] ?? ''
  })

  let status = 0
  try {
    const response = await dispatch()
    status = response.status
    return response
  } finally {
    const entry = { method, path: url.pathname, query: queryRecord(url.searchParams), status, actingUserId, at }
    rt.requestLog.push(entry)
    if (isWrite(method)) rt.writeLog.push({ ...entry, body: body.ok ? (body.value ?? null) : raw })
  }

  async function dispatch(): Promise<Response> {
    const admission = rt.limiter.admit(at, def.buckets?.(params, actingUserId) ?? [])
    if (admission.rejected) return withHeaders(tooManyRequests(rt, admission), admission.headers)
    const fault = rt.faults.take(method, url)
    if (fault) return withHeaders(await respondWithFault(fault, request.signal, rt.sleep), admission.headers)
    const actor = rt.state.users.get(actingUserId)
    if (!actor || !actor.active || actor.suspended) return withHeaders(unauthenticated(), admission.headers)
    if (!body.ok && raw.trim() !== '') return withHeaders(fromSpec(rt.behaviour.invalidJsonBody), admission.headers)
    const ctx: RouteContext = {
      rt,
      state: rt.state,
      behaviour: rt.behaviour,
      request,
      url,
      query: url.searchParams,
      origin: url.origin,
      params,
      actor,
      body: body.ok ? body.value : undefined,
      nowMs: at,
      nowIso: isoSeconds(at),
    }
    return withHeaders(await def.resolve(ctx), admission.headers)
  }
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(raw) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Zendesk sends the rate-limit headers on every response; network errors have no headers to set. */
function withHeaders(response: Response, headers: Record<string, string>): Response {
  if (response.type === 'error') return response
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

function tooManyRequests(rt: FakeRuntime, admission: Admission): Response {
  const rejected = admission.rejected
  const retryAfter = { 'Retry-After': String(rejected?.retryAfterSeconds ?? 60) }
  // The per-ticket update limit has a documented text/html body (E6); the others are undocumented.
  if (rejected?.limit === 'updateTicket') return text(TICKET_UPDATE_LIMIT_BODY, 429, 'text/html; charset=utf-8', retryAfter)
  if (rt.behaviour.rateLimitBody === 'json') return json({ error: 'TooManyRequests', description: ACCOUNT_LIMIT_BODY }, 429, retryAfter)
  return text(ACCOUNT_LIMIT_BODY, 429, 'text/plain; charset=utf-8', retryAfter)
}
