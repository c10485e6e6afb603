import type { z } from 'zod'
import type { Behaviour } from '../behaviour'
import { isoSeconds } from '../clock'
import { invalidAttribute } from '../errors'
import { can, type Capability } from '../permissions'
import type { EndpointBucket } from '../rate-limit'
import type { FakeRuntime } from '../runtime'
import type { AccountState } from '../state/account-state'
import type { UserRecord } from '../state/records'

export type RouteMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'ALL'

/** What a route's resolver receives: the parsed request plus the account it acts on. */
export interface RouteContext {
  rt: FakeRuntime
  state: AccountState
  behaviour: Behaviour
  request: Request
  url: URL
  query: URLSearchParams
  /** The request's origin, used for `url` fields and paging links. */
  origin: string
  params: Record<string, string>
  actor: UserRecord
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown
  nowMs: number
  nowIso: string
}

export interface RouteDef {
  method: RouteMethod
  /** e.g. `/api/v2/users/:id`; `:jobId` and `:callId` match any segment, other params digits only; `*` matches the rest. */
  pattern: string
  /** Endpoint rate-limit buckets the request falls in (applied only while rate limiting is on). */
  buckets?: (params: Record<string, string>, actingUserId: number) => EndpointBucket[]
  resolve(ctx: RouteContext): Response | Promise<Response>
}

type Resolver = RouteDef['resolve']
type Buckets = RouteDef['buckets']

export const route = {
  get: (pattern: string, resolve: Resolver, buckets?: Buckets): RouteDef => ({ method: 'GET', pattern, resolve, buckets }),
  put: (pattern: string, resolve: Resolver, buckets?: Buckets): RouteDef => ({ method: 'PUT', pattern, resolve, buckets }),
  post: (pattern: string, resolve: Resolver, buckets?: Buckets): RouteDef => ({ method: 'POST', pattern, resolve, buckets }),
  delete: (pattern: string, resolve: Resolver, buckets?: Buckets): RouteDef => ({ method: 'DELETE', pattern, resolve, buckets }),
}

const STRING_PARAMS = new Set(['jobId', 'callId'])

/**
 * Compiles a route pattern to a RegExp matching any origin, with Zendesk's optional `.json` suffix.
 * Numeric params match digits only, so `/users/show_many` can never be taken for `/users/:id`.
 */
export function compilePattern(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const body = pattern
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*'
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const name = segment.slice(1)
      names.push(name)
      return STRING_PARAMS.has(name) ? '([^/]+?)' : '(\\d+)'
    })
    .join('/')
  return { regex: new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${body}(?:\\.json)?$`, 'i'), names }
}

/** The numeric path parameter `name` (routes only match digits, so this cannot be NaN). */
export function numParam(ctx: RouteContext, name = 'id'): number {
  return Number(ctx.params[name])
}

export function allowed(ctx: RouteContext, capability: Capability): boolean {
  return can(ctx.actor, capability, ctx.state.settings, ctx.behaviour)
}

export function stamp(ctx: RouteContext): string {
  return isoSeconds(ctx.nowMs)
}

/**
 * Validates a write payload. Type errors answer the E4 400 "Invalid attribute" Zendesk raises before its
 * controllers run; business-rule failures are the handlers' 422s.
 */
export function parseBody<S extends z.ZodType>(ctx: RouteContext, schema: S): { data: z.infer<S> } | { response: Response } {
  const result = schema.safeParse(ctx.body ?? {})
  if (result.success) return { data: result.data }
  const issue = result.error.issues[0]
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'body'
  return { response: invalidAttribute(path, issue?.message ?? 'Invalid value') }
}

/** Comma-separated numeric ids from a query parameter (`ids=1,2,3`); null when any entry is not a number. */
export function idList(query: URLSearchParams, name: string): number[] | null {
  const raw = query.get(name)
  if (raw === null || raw.trim() === '') return []
  const parts = raw.split(',').map((p) => p.trim()).filter((p) => p !== '')
  if (!parts.every((p) => /^\d+$/.test(p))) return null
  return parts.map(Number)
}
