import { derivePermissions, type AgentProfile } from '../../core/erasure/derive-permissions'
import type { AgentPermissions } from '../../core/erasure/erasure-types'
import type { SupportApi } from '../support-api'

/**
 * The agent's permissions from `/api/v2/users/me` (already loaded at boot), the account settings and, for
 * custom roles, the role's configuration. What cannot be read counts as "not allowed".
 */
export async function loadAgentPermissions(api: SupportApi, me: AgentProfile, signal?: AbortSignal): Promise<AgentPermissions> {
  if (me.role === 'end-user') return derivePermissions(me)
  const [account, customRole] = await Promise.all([
    api.agentPermissions.getAccountSettings(signal).catch(() => undefined),
    me.custom_role_id ? api.agentPermissions.getCustomRole(me.custom_role_id, signal).catch(() => undefined) : Promise.resolve(undefined),
  ])
  return derivePermissions(me, account ?? {}, customRole)
}
