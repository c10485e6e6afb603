import { forbidden, fromSpec, json, recordInvalid, recordNotFound } from '../errors'
import { cursorPage, offsetPage, readPaging } from '../pagination'
import { isStaff } from '../permissions'
import { deletedUserJson } from '../state/serialize'
import { permanentlyDeleteUser } from '../state/user-ops'
import { allowed, numParam, route, type RouteContext, type RouteDef } from './route'

/**
 * deleted_users: soft-deleted and permanently deleted users (reference §1.8, §5.2). Permanent deletion
 * requires a prior soft delete; asking twice is the [V] 422 DuplicateValue.
 */

function deletedUsers(ctx: RouteContext) {
  return [...ctx.state.users.values()].filter((u) => !u.active).sort((a, b) => a.id - b.id)
}

function list(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const users = deletedUsers(ctx)
  const paging = readPaging(ctx.query, { allowCursor: true })
  if (paging instanceof Response) return paging
  const toJson = (u: (typeof users)[number]) => deletedUserJson(u, ctx.state, ctx.origin)
  if (paging.mode === 'cursor') {
    const page = cursorPage(users, (u) => [u.id], paging, ctx.url)
    return json({ deleted_users: page.slice.map(toJson), meta: page.meta, links: page.links })
  }
  const page = offsetPage(users, paging, ctx.url)
  return json({ deleted_users: page.slice.map(toJson), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
}

function count(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  return json({ count: { value: deletedUsers(ctx).length, refreshed_at: ctx.nowIso } })
}

function show(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const user = ctx.state.users.get(numParam(ctx))
  return user && !user.active ? json({ deleted_user: deletedUserJson(user, ctx.state, ctx.origin) }) : recordNotFound()
}

function permanentlyDelete(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const user = ctx.state.users.get(numParam(ctx))
  if (!user) return recordNotFound()
  const mayDelete = isStaff(user) ? allowed(ctx, 'editStaff') : allowed(ctx, 'manageEndUsers')
  if (!mayDelete) return forbidden()
  if (user.active) return fromSpec(ctx.behaviour.permanentlyDeleteActiveUser)
  if (user.permanently_deleted) {
    return recordInvalid('user_id', 'User Only one deletion request needed per user', 'DuplicateValue')
  }
  const before = deletedUserJson(user, ctx.state, ctx.origin)
  permanentlyDeleteUser(ctx.state, user, ctx.actor.id, ctx.nowIso)
  return json({ deleted_user: before })
}

export const deletedUserRoutes: RouteDef[] = [
  route.get('/api/v2/deleted_users', list),
  route.get('/api/v2/deleted_users/count', count),
  route.get('/api/v2/deleted_users/:id', show),
  route.delete('/api/v2/deleted_users/:id', permanentlyDelete, () => [{ limit: 'permanentlyDeleteUser', key: 'account' }]),
]
