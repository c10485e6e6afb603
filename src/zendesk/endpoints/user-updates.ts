import type { ApiCaller } from '../support-api-client'
import { userResponseSchema, type ZendeskUser } from '../schemas/user-schemas'
import { createUserUpdateLimiter, type UserUpdateLimiter } from '../user-update-limiter'

/** What a correction or an objection may change on a user (reference §1.8). */
export interface UserChanges {
  name?: string
  /** `""` clears the number. */
  phone?: string
  details?: string
  notes?: string
  user_fields?: Record<string, string | number | boolean | null>
  suspended?: boolean
}

/**
 * Update User, paced by the per-user limit (5 per minute) and the account limit (1 per second). A shared
 * user (ticket sharing) answers 403 and validation failures 422 `RecordInvalid`; both reach the caller
 * as ZendeskApiError for the UI to explain.
 */
export function createUserUpdateEndpoints(api: ApiCaller, limiter: UserUpdateLimiter = createUserUpdateLimiter()) {
  return {
    limiter,
    async updateUser(userId: number, changes: UserChanges, signal?: AbortSignal): Promise<ZendeskUser> {
      return limiter.run(
        userId,
        async () => (await api.call({ method: 'PUT', path: `/api/v2/users/${userId}`, body: { user: changes } }, userResponseSchema, signal)).user,
        signal,
      )
    },
  }
}
