import type { ApiCaller } from '../support-api-client'
import { accountSettingsResponseSchema, customRoleResponseSchema } from '../schemas/erasure-schemas'

/** What gates the agent's destructive actions beyond `/users/me`: account settings and their custom role. */
export function createAgentPermissionEndpoints(api: ApiCaller) {
  return {
    async getAccountSettings(signal?: AbortSignal): Promise<{ agentWorkspace?: boolean; agentTicketDeletion?: boolean }> {
      const { settings } = await api.call({ method: 'GET', path: '/api/v2/account/settings' }, accountSettingsResponseSchema, signal)
      return { agentWorkspace: settings.agents?.agent_workspace, agentTicketDeletion: settings.tickets?.agent_ticket_deletion }
    },
    /** The custom role's configuration (Enterprise); some plans and roles cannot read it. */
    async getCustomRole(roleId: number, signal?: AbortSignal) {
      return (await api.call({ method: 'GET', path: `/api/v2/custom_roles/${roleId}` }, customRoleResponseSchema, signal)).custom_role.configuration ?? {}
    },
  }
}
