import type { ApiCaller } from '../support-api-client'
import { identitiesPageSchema, userResponseSchema, type ZendeskIdentity, type ZendeskUser } from '../schemas/user-schemas'

/** Typed user endpoints (reference §1.8). */
export function createUserEndpoints(api: ApiCaller) {
  return {
    async getMe(signal?: AbortSignal): Promise<ZendeskUser> {
      return (await api.call({ method: 'GET', path: '/api/v2/users/me' }, userResponseSchema, signal)).user
    },
    async getUser(userId: number, signal?: AbortSignal): Promise<ZendeskUser> {
      return (await api.call({ method: 'GET', path: `/api/v2/users/${userId}` }, userResponseSchema, signal)).user
    },
    /** Every identity of the user, following cursor pages. */
    async listIdentities(userId: number, signal?: AbortSignal): Promise<ZendeskIdentity[]> {
      const all: ZendeskIdentity[] = []
      let after: string | undefined
      do {
        const page = await api.call(
          { method: 'GET', path: `/api/v2/users/${userId}/identities`, query: { 'page[size]': 100, 'page[after]': after } },
          identitiesPageSchema,
          signal,
        )
        all.push(...page.identities)
        after = page.meta?.has_more ? (page.meta.after_cursor ?? undefined) : undefined
      } while (after)
      return all
    },
  }
}
