import { forbidden, fromSpec, json, noContent, recordInvalid, recordNotFound } from '../errors'
import { cursorPage, offsetPage, readPaging } from '../pagination'
import { isStaff } from '../permissions'
import { identityCreateSchema, identityUpdateSchema } from '../schemas'
import type { IdentityRecord, UserRecord } from '../state/records'
import { identityJson } from '../state/serialize'
import { allowed, numParam, parseBody, route, type RouteContext, type RouteDef } from './route'

/** User identities: list/show/create/update/delete/make_primary (reference §1.8 "Identities"). */

function readableUser(ctx: RouteContext): UserRecord | Response {
  const id = numParam(ctx)
  if (!allowed(ctx, 'readUsers') && id !== ctx.actor.id) return forbidden()
  const user = ctx.state.users.get(id)
  return user && !user.permanently_deleted ? user : recordNotFound()
}

/** The user whose identities the caller may change, or the refusal. */
function writableUser(ctx: RouteContext): UserRecord | Response {
  const user = readableUser(ctx)
  if (user instanceof Response) return user
  if (!user.active) return recordNotFound()
  if (user.shared) return fromSpec(ctx.behaviour.modifySharedUser)
  const editable = isStaff(user) ? allowed(ctx, 'editStaff') : allowed(ctx, 'editEndUsers')
  return editable ? user : forbidden()
}

function identityOf(ctx: RouteContext, user: UserRecord): IdentityRecord | undefined {
  const identity = ctx.state.identities.get(numParam(ctx, 'identityId'))
  return identity && identity.user_id === user.id ? identity : undefined
}

function list(ctx: RouteContext): Response {
  const user = readableUser(ctx)
  if (user instanceof Response) return user
  const types = [...ctx.query.getAll('type[]'), ...ctx.query.getAll('type')]
  const identities = ctx.state.identitiesOf(user.id).filter((i) => types.length === 0 || types.includes(i.type))
  const paging = readPaging(ctx.query, { allowCursor: true })
  if (paging instanceof Response) return paging
  if (paging.mode === 'cursor') {
    const page = cursorPage(identities, (i) => [i.id], paging, ctx.url)
    return json({ identities: page.slice.map((i) => identityJson(i, ctx.origin)), meta: page.meta, links: page.links })
  }
  const page = offsetPage(identities, paging, ctx.url)
  return json({ identities: page.slice.map((i) => identityJson(i, ctx.origin)), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
}

function show(ctx: RouteContext): Response {
  const user = readableUser(ctx)
  if (user instanceof Response) return user
  const identity = identityOf(ctx, user)
  return identity ? json({ identity: identityJson(identity, ctx.origin) }) : recordNotFound()
}

function invalidValue(ctx: RouteContext, type: string, value: string, ownId?: number): Response | null {
  if (value.trim() === '') return recordInvalid('value', 'Value: cannot be blank', 'BlankValue')
  if (type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return recordInvalid('value', `Value: ${value} is not properly formatted`, 'InvalidFormat')
  if (type === 'phone_number' && !/^\+?[0-9 ().-]{5,}$/.test(value)) return recordInvalid('value', 'Value: is invalid', 'InvalidValue')
  const taken = [...ctx.state.identities.values()].some((i) => i.id !== ownId && i.type === type && i.value.toLowerCase() === value.toLowerCase())
  return taken ? recordInvalid('value', `Value: ${value} is already being used by another user`, 'DuplicateValue') : null
}

function create(ctx: RouteContext): Response {
  const user = writableUser(ctx)
  if (user instanceof Response) return user
  const parsed = parseBody(ctx, identityCreateSchema)
  if ('response' in parsed) return parsed.response
  const { type, value, verified, primary } = parsed.data.identity
  const invalid = invalidValue(ctx, type, value)
  if (invalid) return invalid
  const sameType = ctx.state.identitiesOf(user.id).filter((i) => i.type === type)
  const makePrimary = primary === true || sameType.length === 0
  if (makePrimary) for (const other of sameType) other.primary = false
  const id = ctx.state.nextId('identity')
  const identity: IdentityRecord = {
    id, user_id: user.id, type, value, verified: verified ?? false, primary: makePrimary,
    undeliverable_count: 0, deliverable_state: 'deliverable', created_at: ctx.nowIso, updated_at: ctx.nowIso,
  }
  ctx.state.identities.set(id, identity)
  ctx.state.userChanged(user, ctx.nowIso)
  return json({ identity: identityJson(identity, ctx.origin) }, 201)
}

function update(ctx: RouteContext): Response {
  const user = writableUser(ctx)
  if (user instanceof Response) return user
  const identity = identityOf(ctx, user)
  if (!identity) return recordNotFound()
  const parsed = parseBody(ctx, identityUpdateSchema)
  if ('response' in parsed) return parsed.response
  const { value, verified } = parsed.data.identity
  if (value !== undefined) {
    const invalid = invalidValue(ctx, identity.type, value, identity.id)
    if (invalid) return invalid
    identity.value = value
  }
  if (verified !== undefined) identity.verified = verified
  identity.updated_at = ctx.nowIso
  ctx.state.userChanged(user, ctx.nowIso)
  return json({ identity: identityJson(identity, ctx.origin) })
}

function remove(ctx: RouteContext): Response {
  const user = writableUser(ctx)
  if (user instanceof Response) return user
  const identity = identityOf(ctx, user)
  if (!identity) return recordNotFound()
  ctx.state.identities.delete(identity.id)
  // Keep one primary per type. Deleting a phone identity leaves `user.phone` as it was (reference §1.8).
  const next = ctx.state.identitiesOf(user.id).find((i) => i.type === identity.type)
  if (identity.primary && next) next.primary = true
  ctx.state.userChanged(user, ctx.nowIso)
  return noContent()
}

function makePrimary(ctx: RouteContext): Response {
  const user = writableUser(ctx)
  if (user instanceof Response) return user
  const identity = identityOf(ctx, user)
  if (!identity) return recordNotFound()
  for (const other of ctx.state.identitiesOf(user.id)) if (other.type === identity.type) other.primary = other.id === identity.id
  identity.updated_at = ctx.nowIso
  ctx.state.userChanged(user, ctx.nowIso)
  return json({ identities: ctx.state.identitiesOf(user.id).map((i) => identityJson(i, ctx.origin)) })
}

function verify(ctx: RouteContext): Response {
  const user = writableUser(ctx)
  if (user instanceof Response) return user
  const identity = identityOf(ctx, user)
  if (!identity) return recordNotFound()
  identity.verified = true
  identity.updated_at = ctx.nowIso
  return json({ identity: identityJson(identity, ctx.origin) })
}

export const identityRoutes: RouteDef[] = [
  route.get('/api/v2/users/:id/identities', list),
  route.post('/api/v2/users/:id/identities', create),
  route.get('/api/v2/users/:id/identities/:identityId', show),
  route.put('/api/v2/users/:id/identities/:identityId', update),
  route.delete('/api/v2/users/:id/identities/:identityId', remove),
  route.put('/api/v2/users/:id/identities/:identityId/make_primary', makePrimary),
  route.put('/api/v2/users/:id/identities/:identityId/verify', verify),
]
