import { forbidden, json, recordNotFound } from '../errors'
import { cursorPage, offsetPage, readPaging } from '../pagination'
import { membershipJson, organizationJson } from '../state/serialize'
import { userTickets } from '../state/ticket-queries'
import { allowed, idList, numParam, route, type RouteContext, type RouteDef } from './route'
import { visibleUser } from './users'

/** What hangs off a user: related counts, organisations and memberships, compliance deletion statuses. */

function related(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const user = visibleUser(ctx, numParam(ctx))
  if (!user) return recordNotFound()
  const countOf = (relation: 'requested' | 'ccd' | 'assigned') => userTickets(ctx.state, user.id, relation, true).length
  return json({
    user_related: {
      assigned_tickets: countOf('assigned'),
      requested_tickets: countOf('requested'),
      ccd_tickets: countOf('ccd'),
      organization_subscriptions: 0,
      topics: 0,
      topic_comments: 0,
      votes: 0,
      subscriptions: 0,
      entry_subscriptions: 0,
      forum_subscriptions: 0,
    },
  })
}

function memberships(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const user = visibleUser(ctx, numParam(ctx))
  if (!user) return recordNotFound()
  // The default organisation comes first (reference §1.8).
  const items = ctx.state.membershipsOf(user.id)
  const paging = readPaging(ctx.query, { allowCursor: true })
  if (paging instanceof Response) return paging
  const toJson = (m: (typeof items)[number]) => membershipJson(m, ctx.state, ctx.origin)
  if (paging.mode === 'cursor') {
    const page = cursorPage(items, (m) => [Number(!m.default), m.id], paging, ctx.url)
    return json({ organization_memberships: page.slice.map(toJson), meta: page.meta, links: page.links })
  }
  const page = offsetPage(items, paging, ctx.url)
  return json({ organization_memberships: page.slice.map(toJson), next_page: page.next_page, previous_page: page.previous_page, count: page.count })
}

function userOrganizations(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const user = visibleUser(ctx, numParam(ctx))
  if (!user) return recordNotFound()
  const orgs = ctx.state.membershipsOf(user.id).flatMap((m) => {
    const org = ctx.state.organizations.get(m.organization_id)
    return org ? [organizationJson(org, ctx.origin)] : []
  })
  return json({ organizations: orgs, next_page: null, previous_page: null, count: orgs.length })
}

function complianceStatuses(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  // Works for deleted users too; only a user that was never on the account is a 404 (reference §1.8).
  const user = ctx.state.users.get(numParam(ctx))
  if (!user) return recordNotFound()
  const application = ctx.query.get('application')
  const statuses = (ctx.state.complianceStatuses.get(user.id) ?? []).filter((s) => !application || s.application === application || s.application === 'all')
  return json({ compliance_deletion_statuses: statuses })
}

function showOrganization(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const org = ctx.state.organizations.get(numParam(ctx))
  return org ? json({ organization: organizationJson(org, ctx.origin) }) : recordNotFound()
}

function showManyOrganizations(ctx: RouteContext): Response {
  if (!allowed(ctx, 'readUsers')) return forbidden()
  const ids = idList(ctx.query, 'ids') ?? []
  const orgs = ids.flatMap((id) => {
    const org = ctx.state.organizations.get(id)
    return org ? [organizationJson(org, ctx.origin)] : []
  })
  return json({ organizations: orgs, next_page: null, previous_page: null, count: orgs.length })
}

export const userRecordRoutes: RouteDef[] = [
  route.get('/api/v2/users/:id/related', related),
  route.get('/api/v2/users/:id/organization_memberships', memberships),
  route.get('/api/v2/users/:id/organizations', userOrganizations),
  route.get('/api/v2/users/:id/compliance_deletion_statuses', complianceStatuses),
  route.get('/api/v2/organizations/show_many', showManyOrganizations),
  route.get('/api/v2/organizations/:id', showOrganization),
]
