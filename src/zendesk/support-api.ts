import { createApiCaller, type ApiClientOptions } from './support-api-client'
import { createUserEndpoints } from './endpoints/users'
import { createTicketEndpoints } from './endpoints/tickets'
import { createCommentEndpoints } from './endpoints/comments'
import { createSearchEndpoints } from './endpoints/search'
import { createOrganizationEndpoints } from './endpoints/organizations'
import { createAppInstallationEndpoints } from './endpoints/app-installations'
import { createTicketUpdateEndpoints } from './endpoints/ticket-updates'
import { createRequestCommentEndpoints } from './endpoints/request-comments'
import { createUserUpdateEndpoints } from './endpoints/user-updates'
import { createIdentityUpdateEndpoints } from './endpoints/identity-updates'
import { createRedactionEndpoints } from './endpoints/redactions'
import { createTicketDeletionEndpoints } from './endpoints/ticket-deletion'
import { createJobStatusEndpoints } from './endpoints/job-statuses'
import { createUserDeletionEndpoints } from './endpoints/user-deletion'
import { createVoiceRecordingEndpoints } from './endpoints/voice-recordings'
import { createAgentPermissionEndpoints } from './endpoints/agent-permissions'

/**
 * The one door to the Zendesk Support API: every endpoint the app uses, typed, paced by the scheduler and
 * retried by the policy. Components reach it through the React glue, never through `client.request`.
 */
export function createSupportApi(options: ApiClientOptions) {
  const caller = createApiCaller(options)
  return {
    caller,
    users: createUserEndpoints(caller),
    tickets: createTicketEndpoints(caller),
    comments: createCommentEndpoints(caller),
    search: createSearchEndpoints(caller),
    organizations: createOrganizationEndpoints(caller),
    appInstallations: createAppInstallationEndpoints(caller),
    ticketUpdates: createTicketUpdateEndpoints(caller),
    requestComments: createRequestCommentEndpoints(caller),
    userUpdates: createUserUpdateEndpoints(caller),
    identityUpdates: createIdentityUpdateEndpoints(caller),
    redactions: createRedactionEndpoints(caller),
    ticketDeletion: createTicketDeletionEndpoints(caller),
    jobStatuses: createJobStatusEndpoints(caller),
    userDeletion: createUserDeletionEndpoints(caller),
    voiceRecordings: createVoiceRecordingEndpoints(caller),
    agentPermissions: createAgentPermissionEndpoints(caller),
  }
}

export type SupportApi = ReturnType<typeof createSupportApi>
