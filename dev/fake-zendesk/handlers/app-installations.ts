import { z } from 'zod'
import { forbidden, json } from '../errors'
import type { FakeRuntime } from '../runtime'
import { numParam, parseBody, route, type RouteContext, type RouteDef } from './route'

/**
 * The Apps API's installation endpoint, as far as the app uses it: `PUT /api/v2/apps/installations/{id}`
 * with `{settings: {...}}` changes the given settings and keeps the others (e.g. the inventory's
 * `ignored_values`). Only admins manage apps; agents get the E1-style 403. The fake holds no app catalogue,
 * so any installation id is accepted and starts with no settings; writes land in the write log as usual.
 */

const updateSchema = z.object({ settings: z.record(z.string(), z.unknown()) })

// Installations live beside the account, keyed by runtime, so `reset()`-free tests never share them.
const installations = new WeakMap<FakeRuntime, Map<number, Record<string, unknown>>>()

function settingsOf(rt: FakeRuntime, id: number): Record<string, unknown> {
  let byId = installations.get(rt)
  if (!byId) {
    byId = new Map()
    installations.set(rt, byId)
  }
  const current = byId.get(id) ?? {}
  byId.set(id, current)
  return current
}

function installationJson(ctx: RouteContext, id: number): Record<string, unknown> {
  return { id, enabled: true, settings: { ...settingsOf(ctx.rt, id) }, updated_at: ctx.nowIso }
}

function show(ctx: RouteContext): Response {
  if (ctx.actor.role !== 'admin') return forbidden()
  return json(installationJson(ctx, numParam(ctx)))
}

function update(ctx: RouteContext): Response {
  if (ctx.actor.role !== 'admin') return forbidden()
  const parsed = parseBody(ctx, updateSchema)
  if ('response' in parsed) return parsed.response
  Object.assign(settingsOf(ctx.rt, numParam(ctx)), parsed.data.settings)
  return json(installationJson(ctx, numParam(ctx)))
}

export const appInstallationRoutes: RouteDef[] = [
  route.get('/api/v2/apps/installations/:id', show),
  route.put('/api/v2/apps/installations/:id', update),
]
