import type { ApiCaller } from '../support-api-client'
import { identitiesResponseSchema, identityResponseSchema } from '../schemas/identity-write-schemas'
import type { ZendeskIdentity } from '../schemas/user-schemas'

export type IdentityKind = 'email' | 'phone_number'

/** Identity writes (reference §1.8): add, change, make primary, delete. */
export function createIdentityUpdateEndpoints(api: ApiCaller) {
  const base = (userId: number) => `/api/v2/users/${userId}/identities`
  return {
    async createIdentity(userId: number, type: IdentityKind, value: string, signal?: AbortSignal): Promise<ZendeskIdentity> {
      return (await api.call({ method: 'POST', path: base(userId), body: { identity: { type, value } } }, identityResponseSchema, signal)).identity
    },
    async updateIdentity(userId: number, identityId: number, value: string, signal?: AbortSignal): Promise<ZendeskIdentity> {
      return (await api.call({ method: 'PUT', path: `${base(userId)}/${identityId}`, body: { identity: { value } } }, identityResponseSchema, signal)).identity
    },
    /** Resolves with every identity of the user, as Zendesk answers. */
    async makePrimary(userId: number, identityId: number, signal?: AbortSignal): Promise<ZendeskIdentity[]> {
      return (await api.call({ method: 'PUT', path: `${base(userId)}/${identityId}/make_primary` }, identitiesResponseSchema, signal)).identities
    },
    async deleteIdentity(userId: number, identityId: number, signal?: AbortSignal): Promise<void> {
      await api.send({ method: 'DELETE', path: `${base(userId)}/${identityId}` }, signal)
    },
  }
}
