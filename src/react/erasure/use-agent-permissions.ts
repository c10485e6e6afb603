import type { AgentPermissions } from '../../core/erasure/erasure-types'
import { loadAgentPermissions } from '../../zendesk/erasure/load-agent-permissions'
import { useServices } from '../services-context'
import { useAsync } from '../use-async'

/** What the agent may do (redact, delete, permanently delete…), from `/users/me`, account settings and custom role. */
export function useAgentPermissions() {
  const { api, agent } = useServices()
  return useAsync<AgentPermissions>((signal) => loadAgentPermissions(api, agent, signal), [api, agent])
}
