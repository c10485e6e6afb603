import { createApiCaller, type ApiClientOptions } from './support-api-client'
import { createUserEndpoints } from './endpoints/users'

/**
 * The one door to the Zendesk Support API: every endpoint the app uses, typed, paced by the scheduler and
 * retried by the policy. Components reach it through the React glue, never through `client.request`.
 */
export function createSupportApi(options: ApiClientOptions) {
  const caller = createApiCaller(options)
  return {
    caller,
    users: createUserEndpoints(caller),
  }
}

export type SupportApi = ReturnType<typeof createSupportApi>
