import { z } from 'zod'
import type { ApiCaller } from '../support-api-client'
import { complianceStatusesResponseSchema, deletedUserResponseSchema } from '../schemas/erasure-schemas'
import { userResponseSchema, type ZendeskUser } from '../schemas/user-schemas'

/** Deleting a user (reference §1.8, §5.1, §5.2): soft delete, then permanent delete, then the compliance status. */
export function createUserDeletionEndpoints(api: ApiCaller) {
  return {
    async softDelete(userId: number, signal?: AbortSignal): Promise<ZendeskUser> {
      return (await api.call({ method: 'DELETE', path: `/api/v2/users/${userId}` }, userResponseSchema, signal)).user
    },
    /** Needs a prior soft delete; irreversible. A second request answers 422 DuplicateValue. */
    async permanentlyDelete(userId: number, signal?: AbortSignal): Promise<void> {
      await api.call({ method: 'DELETE', path: `/api/v2/deleted_users/${userId}` }, deletedUserResponseSchema, signal)
    },
    async getDeletedUser(userId: number, signal?: AbortSignal) {
      return (await api.call({ method: 'GET', path: `/api/v2/deleted_users/${userId}` }, deletedUserResponseSchema, signal)).deleted_user
    },
    async complianceDeletionStatuses(userId: number, signal?: AbortSignal) {
      return (await api.call({ method: 'GET', path: `/api/v2/users/${userId}/compliance_deletion_statuses` }, complianceStatusesResponseSchema, signal))
        .compliance_deletion_statuses
    },
    /** The fix for "agents and admins can't be deleted": make them an end user first (admins only). */
    async makeEndUser(userId: number, signal?: AbortSignal): Promise<ZendeskUser> {
      return (await api.call({ method: 'PUT', path: `/api/v2/users/${userId}`, body: { user: { role: 'end-user' } } }, userResponseSchema, signal)).user
    },
    /** Reads one identity; a 404 proves it was deleted. */
    async getIdentity(userId: number, identityId: number, signal?: AbortSignal): Promise<unknown> {
      return api.call({ method: 'GET', path: `/api/v2/users/${userId}/identities/${identityId}` }, z.looseObject({ identity: z.unknown() }), signal)
    },
  }
}
