import type { AgentPermissions } from './erasure-types'

/** The fields of `/api/v2/users/me` that decide what the agent may do. */
export interface AgentProfile {
  role: string
  role_type?: number | null
  custom_role_id?: number | null
}

/** `/api/v2/account/settings`, reduced to what gates redaction and deletion; absent when unreadable. */
export interface AccountPermissionSettings {
  agentWorkspace?: boolean
  /** Admin › Settings › Agents › "Agents can delete tickets" (Professional). */
  agentTicketDeletion?: boolean
}

/** `configuration` of `/api/v2/custom_roles/{id}` (Enterprise); absent when the role cannot be read. */
export interface CustomRoleConfiguration {
  ticket_deletion?: boolean
  ticket_redaction?: boolean
  /** `full` means the role may add, edit and delete end users. */
  end_user_profile_access?: string
}

const LIGHT_AGENT = 1

/**
 * What the agent may do, from their role (reference §1.4, §1.6, §1.8, §1.9, §4):
 * - admins: everything (Talk recordings and permanent ticket deletion are admin-only);
 * - light agents and end users: nothing destructive;
 * - agents: redact and soft-delete tickets when their custom role or the account setting allows it; delete
 *   end users only with a custom role granting full end-user access. When nothing can be read, the answer is
 *   "no": an agent is then shown what an admin must do rather than sent into a 403.
 */
export function derivePermissions(
  me: AgentProfile,
  account: AccountPermissionSettings = {},
  customRole?: CustomRoleConfiguration,
): AgentPermissions {
  const base = {
    role: me.role,
    roleType: me.role_type ?? null,
    customRoleId: me.custom_role_id ?? null,
    agentWorkspace: account.agentWorkspace ?? true,
  }
  if (me.role === 'admin') {
    return {
      ...base,
      isAdmin: true,
      redact: true,
      deleteTickets: true,
      permanentlyDeleteTickets: true,
      deleteEndUsers: true,
      deleteStaff: true,
      changeRoles: true,
      deleteRecordings: true,
    }
  }
  const isAgent = me.role === 'agent' && me.role_type !== LIGHT_AGENT
  const deletes = isAgent && (customRole?.ticket_deletion === true || account.agentTicketDeletion === true)
  return {
    ...base,
    isAdmin: false,
    redact: isAgent && (deletes || customRole?.ticket_redaction === true),
    deleteTickets: deletes,
    permanentlyDeleteTickets: false,
    deleteEndUsers: isAgent && customRole?.end_user_profile_access === 'full',
    deleteStaff: false,
    changeRoles: false,
    deleteRecordings: false,
  }
}

/** True when the agent can perform no destructive operation at all (light agents, end users, read-only roles). */
export function hasNoDestructivePermission(p: AgentPermissions): boolean {
  return !(p.redact || p.deleteTickets || p.permanentlyDeleteTickets || p.deleteEndUsers || p.deleteStaff || p.deleteRecordings || p.changeRoles)
}
