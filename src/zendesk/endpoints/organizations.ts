import type { ApiCaller } from '../support-api-client'
import { membershipsPageSchema, organizationsPageSchema, type ZendeskMembership, type ZendeskOrganization } from '../schemas/organization-schemas'

/** Typed organisation endpoints (reference §1.8). A user belongs to few organisations: one page is the norm. */
export function createOrganizationEndpoints(api: ApiCaller) {
  return {
    /** The user's organisations with their notes and details. */
    async listUserOrganizations(userId: number, signal?: AbortSignal): Promise<ZendeskOrganization[]> {
      const all: ZendeskOrganization[] = []
      for (let page = 1; ; page += 1) {
        const body = await api.call({ method: 'GET', path: `/api/v2/users/${userId}/organizations`, query: { page, per_page: 100 } }, organizationsPageSchema, signal)
        all.push(...body.organizations)
        if (!body.next_page || body.organizations.length === 0) return all
      }
    },

    async listUserMemberships(userId: number, signal?: AbortSignal): Promise<ZendeskMembership[]> {
      const all: ZendeskMembership[] = []
      for (let page = 1; ; page += 1) {
        const body = await api.call(
          { method: 'GET', path: `/api/v2/users/${userId}/organization_memberships`, query: { page, per_page: 100 } },
          membershipsPageSchema,
          signal,
        )
        all.push(...body.organization_memberships)
        if (!body.next_page || body.organization_memberships.length === 0) return all
      }
    },

    /** Organisations by id, 100 per call. */
    async showMany(ids: readonly number[], signal?: AbortSignal): Promise<ZendeskOrganization[]> {
      const out: ZendeskOrganization[] = []
      for (let i = 0; i < ids.length; i += 100) {
        const body = await api.call({ method: 'GET', path: '/api/v2/organizations/show_many', query: { ids: ids.slice(i, i + 100).join(',') } }, organizationsPageSchema, signal)
        out.push(...body.organizations)
      }
      return out
    },
  }
}
