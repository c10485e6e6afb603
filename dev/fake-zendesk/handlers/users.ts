import { forbidden, fromSpec, json, recordInvalid, recordNotFound, tooManyValues } from '../errors'
import { isStaff } from '../permissions'
import { offsetPage, readPaging } from '../pagination'
import { userUpdateSchema, type UserUpdate } from '../schemas'
import { foldText } from '../search/tokenize'
import type { UserRecord } from '../state/records'
import { enqueueJob } from '../state/jobs'
import { jobJson, userJson } from '../state/serialize'
import { softDeleteUser, userDeletionRefusal } from '../state/user-ops'
import { allowed, idList, numParam, parseBody, route, type RouteContext, type RouteDef } from './route'

/** Users: show, show_many, me, search, update (incl. suspend), soft delete, destroy_many (reference §1.8, §5.1, §5.6). */

/** A user the caller may see by id: soft-deleted ones per behaviour, permanently deleted ones never. */
export function visibleUser(ctx: RouteContext, id: number): UserRecord | undefined {
  const user = ctx.state.users.get(id)
  if (!user || user.permanently_deleted) return undefined
  if (!user.active && ctx.behaviour.showSoftDeletedUser === 'not-found') return undefined
  return user
}

/** End users may read only themselves; everyone else needs to be staff. */
function mayRead(ctx: RouteContext, id?: number): boolean {
  return allowed(ctx, 'readUsers') || id === ctx.actor.id
}

function show(ctx: RouteContext): Response {
  const id = numParam(ctx)
  if (!mayRead(ctx, id)) return forbidden()
  const user = visibleUser(ctx, id)
  return user ? json({ user: userJson(user, ctx.state, ctx.origin) }) : recordNotFound()
}

function me(ctx: RouteContext): Response {
  // authenticity_token only matters to help-center end users (CSRF); Zendesk returns it anyway.
  return json({ user: { ...userJson(ctx.actor, ctx.state, ctx.origin), authenticity_token: 'fake-authenticity-token' } })
}

function showMany(ctx: RouteContext): Response {
  if (!mayRead(ctx)) return forbidden()
  const externalIds = ctx.query.get('external_ids')
  let users: UserRecord[]
  if (externalIds !== null) {
    const wanted = externalIds.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean)
    if (wanted.length > 100) return tooManyValues('external_ids')
    // external_id matching is case-insensitive (reference §1.8).
    users = [...ctx.state.users.values()].filter((u) => u.external_id !== null && wanted.includes(u.external_id.toLowerCase()))
  } else {
    const ids = idList(ctx.query, 'ids')
    if (ids === null) return recordInvalid('ids', 'Ids: must be a comma-separated list of numbers', 'InvalidValue')
    if (ids.length > 100) return tooManyValues('ids')
    users = ids.flatMap((id) => {
      const user = visibleUser(ctx, id)
      return user ? [user] : []
    })
  }
  return json({ users: users.filter((u) => !u.permanently_deleted).map((u) => userJson(u, ctx.state, ctx.origin)), next_page: null, previous_page: null, count: users.length })
}

function search(ctx: RouteContext): Response {
  if (!mayRead(ctx)) return forbidden()
  const paging = readPaging(ctx.query, { allowCursor: false })
  if (paging instanceof Response) return paging
  if (paging.mode !== 'offset') throw new Error('users/search is offset-only')
  const externalId = ctx.query.get('external_id')
  const query = ctx.query.get('query')
  const live = [...ctx.state.users.values()].filter((u) => u.active)
  let users: UserRecord[]
  if (externalId !== null) {
    users = live.filter((u) => u.external_id !== null && u.external_id.toLowerCase() === externalId.toLowerCase())
  } else if (query !== null && query.trim() !== '') {
    // Full or partial name, email, notes or phone (reference §1.1, Search Users).
    const needle = foldText(query.trim())
    const digits = query.replace(/\D/g, '')
    users = live.filter((u) => {
      const emails = ctx.state.identitiesOf(u.id).filter((i) => i.type === 'email').map((i) => i.value)
      const phones = [u.phone ?? '', ...ctx.state.identitiesOf(u.id).filter((i) => i.type === 'phone_number').map((i) => i.value)]
      const haystack = [u.name, u.notes, ...emails, ...phones].map(foldText)
      if (haystack.some((h) => h.includes(needle))) return true
      return digits.length >= 4 && phones.some((p) => p.replace(/\D/g, '').includes(digits))
    })
  } else {
    return recordInvalid('query', 'Query: cannot be blank', 'BlankValue')
  }
  users.sort((a, b) => a.id - b.id)
  const page = offsetPage(users.slice(0, 10_000), paging, ctx.url)
  return json({ users: page.slice.map((u) => userJson(u, ctx.state, ctx.origin)), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
}

const PHONE_RE = /^\+?[0-9 ().\-/x]+$/

function update(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const user = ctx.state.users.get(numParam(ctx))
  if (!user || !user.active || user.permanently_deleted) return recordNotFound()
  const parsed = parseBody(ctx, userUpdateSchema)
  if ('response' in parsed) return parsed.response
  const changes = parsed.data.user
  if (user.shared) return fromSpec(ctx.behaviour.modifySharedUser)
  const isSelf = user.id === ctx.actor.id
  const editable = isStaff(user) ? allowed(ctx, 'editStaff') : allowed(ctx, 'editEndUsers')
  if (!editable && !(isSelf && allowed(ctx, 'publicComments'))) return forbidden()
  if (changes.role !== undefined && changes.role !== user.role && !allowed(ctx, 'editStaff')) return forbidden()
  if (changes.suspended !== undefined && changes.suspended !== user.suspended) {
    const mayManage = isStaff(user) ? allowed(ctx, 'editStaff') : allowed(ctx, 'manageEndUsers')
    if (!mayManage) return fromSpec(ctx.behaviour.suspendWithoutPermission)
  }
  const invalid = validateUserUpdate(ctx, user, changes)
  if (invalid) return invalid
  applyUserUpdate(ctx, user, changes)
  return json({ user: userJson(user, ctx.state, ctx.origin) })
}

function validateUserUpdate(ctx: RouteContext, user: UserRecord, changes: UserUpdate): Response | null {
  if (changes.name !== undefined && changes.name.trim() === '') return recordInvalid('name', 'Name: cannot be blank', 'BlankValue')
  if (changes.phone) {
    const digits = changes.phone.replace(/\D/g, '')
    if (!PHONE_RE.test(changes.phone) || digits.length < 5 || digits.length > 20) return recordInvalid('phone', 'Phone: is invalid', 'InvalidValue')
  }
  if (changes.external_id) {
    const taken = [...ctx.state.users.values()].some((u) => u.id !== user.id && u.external_id?.toLowerCase() === changes.external_id?.toLowerCase())
    if (taken) return recordInvalid('external_id', `External: ${changes.external_id} has already been taken`, 'DuplicateValue')
  }
  if (changes.email !== undefined) {
    const email = changes.email.trim().toLowerCase()
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return recordInvalid('email', `Email: ${changes.email} is not properly formatted`, 'InvalidFormat')
    const owner = [...ctx.state.identities.values()].find((i) => i.type === 'email' && i.value.toLowerCase() === email)
    if (owner && owner.user_id !== user.id) return recordInvalid('email', `Email: ${changes.email} is already being used by another user`, 'DuplicateValue')
  }
  if (changes.organization_id != null && !ctx.state.organizations.has(changes.organization_id)) {
    return recordInvalid('organization_id', 'Organization: is invalid', 'InvalidValue')
  }
  return null
}

function applyUserUpdate(ctx: RouteContext, user: UserRecord, changes: UserUpdate): void {
  if (changes.name !== undefined) user.name = changes.name.trim()
  // Clearing a phone number is done by sending "" (reference §1.8).
  if (changes.phone !== undefined) user.phone = changes.phone === '' || changes.phone === null ? null : changes.phone
  if (changes.details !== undefined) user.details = changes.details ?? ''
  if (changes.notes !== undefined) user.notes = changes.notes ?? ''
  if (changes.alias !== undefined) user.alias = changes.alias
  if (changes.signature !== undefined) user.signature = changes.signature
  if (changes.external_id !== undefined) user.external_id = changes.external_id === '' ? null : changes.external_id
  if (changes.user_fields !== undefined) user.user_fields = { ...user.user_fields, ...changes.user_fields }
  if (changes.suspended !== undefined) user.suspended = changes.suspended
  if (changes.verified !== undefined) user.verified = changes.verified
  if (changes.tags !== undefined) user.tags = normaliseTags(changes.tags)
  if (changes.organization_id !== undefined) user.organization_id = changes.organization_id
  if (changes.locale !== undefined) user.locale = changes.locale
  if (changes.time_zone !== undefined) user.time_zone = changes.time_zone
  if (changes.role !== undefined) user.role = changes.role
  if (changes.email !== undefined) {
    // On update, an email is added as a secondary identity rather than replacing the primary one.
    const email = changes.email.trim()
    const exists = ctx.state.identitiesOf(user.id).some((i) => i.type === 'email' && i.value.toLowerCase() === email.toLowerCase())
    if (!exists) {
      const hasPrimary = ctx.state.identitiesOf(user.id).some((i) => i.type === 'email' && i.primary)
      const id = ctx.state.nextId('identity')
      ctx.state.identities.set(id, {
        id, user_id: user.id, type: 'email', value: email, verified: false, primary: !hasPrimary,
        undeliverable_count: 0, deliverable_state: 'deliverable', created_at: ctx.nowIso, updated_at: ctx.nowIso,
      })
    }
  }
  ctx.state.userChanged(user, ctx.nowIso)
}

/** Zendesk tags are lower case and cannot contain spaces: a space splits a tag in two. */
export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((t) => t !== ''))]
}

function softDelete(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const user = ctx.state.users.get(numParam(ctx))
  if (!user || !user.active) return recordNotFound()
  const refusal = userDeletionRefusal(ctx.state, ctx.behaviour, ctx.actor, user)
  if (refusal) return refusal.kind === 'forbidden' ? forbidden() : fromSpec(refusal.spec)
  softDeleteUser(ctx.state, user, ctx.nowIso)
  return json({ user: userJson(user, ctx.state, ctx.origin) })
}

function destroyMany(ctx: RouteContext): Response {
  if (!allowed(ctx, 'bulkDeleteUsers')) return forbidden()
  let ids: number[]
  const externalIds = ctx.query.get('external_ids')
  if (externalIds !== null) {
    const wanted = externalIds.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean)
    if (wanted.length > 100) return tooManyValues('external_ids')
    ids = [...ctx.state.users.values()].filter((u) => u.external_id !== null && wanted.includes(u.external_id.toLowerCase())).map((u) => u.id)
  } else {
    const parsed = idList(ctx.query, 'ids')
    if (parsed === null) return recordInvalid('ids', 'Ids: must be a comma-separated list of numbers', 'InvalidValue')
    ids = parsed
  }
  if (ids.length > 100) return tooManyValues('ids')
  if (ids.length === 0) return recordInvalid('ids', 'Ids: cannot be blank', 'BlankValue')
  const queued = enqueueJob(ctx.rt, ctx.actor.id, { kind: 'soft_delete_users', ids }, ids.length, ctx.nowMs)
  if ('response' in queued) return queued.response
  return json({ job_status: jobJson(queued.job, ctx.origin) }, 200, queued.headers)
}

export const userRoutes: RouteDef[] = [
  route.get('/api/v2/users/me', me),
  route.get('/api/v2/users/show_many', showMany),
  route.get('/api/v2/users/search', search),
  route.delete('/api/v2/users/destroy_many', destroyMany),
  route.get('/api/v2/users/:id', show),
  route.put('/api/v2/users/:id', update, (params) => [
    { limit: 'updateUser', key: params.id ?? '' },
    { limit: 'updateUserAccount', key: 'account' },
  ]),
  route.delete('/api/v2/users/:id', softDelete),
]
