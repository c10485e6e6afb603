import type { Behaviour } from './behaviour'
import type { AccountSettings, UserRecord } from './state/records'

/**
 * Who may do what, from the acting user's role (ZAF calls carry the agent's session cookie, reference §1).
 *
 * | capability                 | end user | light agent | agent                                   | admin |
 * |----------------------------|----------|-------------|-----------------------------------------|-------|
 * | read tickets/users, search | –        | yes         | yes                                     | yes   |
 * | update tickets, comment    | –        | private only| yes                                     | yes   |
 * | soft delete/restore tickets| –        | –           | "agents can delete tickets" or role     | yes   |
 * | redact comments/attachments| –        | –           | same as deleting tickets (Professional) | yes   |
 * | permanently delete tickets | –        | –           | behaviour.permanentTicketDeletion       | yes   |
 * | edit end users, identities | –        | –           | yes (role may revoke)                   | yes   |
 * | edit agents and admins     | –        | –           | –                                       | yes   |
 * | suspend / delete end users | –        | –           | custom role "manage end users"          | yes   |
 * | bulk delete users, Talk    | –        | –           | –                                       | yes   |
 *
 * Sources: reference §1.4 (redaction: agents where "agents can delete tickets" is on), §1.6 (ticket delete),
 * §1.8 (user delete: admins and custom roles; destroy_many: admins), §1.9 (recordings: admins).
 */
export const CAPABILITIES = [
  'readTickets',
  'updateTickets',
  'publicComments',
  'deleteTickets',
  'permanentlyDeleteTickets',
  'redact',
  'readUsers',
  'editEndUsers',
  'editStaff',
  'manageEndUsers',
  'bulkDeleteUsers',
  'deleteRecordings',
] as const
export type Capability = (typeof CAPABILITIES)[number]

export const LIGHT_AGENT_ROLE_TYPE = 1

export function isLightAgent(user: UserRecord): boolean {
  return user.role === 'agent' && user.role_type === LIGHT_AGENT_ROLE_TYPE
}

export function isStaff(user: UserRecord): boolean {
  return user.role === 'agent' || user.role === 'admin'
}

/** Whether `actor` holds `capability` on this account. */
export function can(actor: UserRecord, capability: Capability, settings: AccountSettings, behaviour: Behaviour): boolean {
  if (actor.role === 'admin') return true
  if (actor.role !== 'agent') return false
  const light = isLightAgent(actor)
  const role = actor.custom_role_permissions ?? {}
  const deletes = !light && (settings.agentsCanDelete || role.deleteTickets === true)
  switch (capability) {
    case 'readTickets':
    case 'readUsers':
    case 'updateTickets':
      return true
    case 'publicComments':
      return !light
    case 'deleteTickets':
      return deletes
    case 'redact':
      return !light && (deletes || role.redact === true)
    case 'permanentlyDeleteTickets':
      return deletes && behaviour.permanentTicketDeletion === 'agents-with-delete'
    case 'editEndUsers':
      return !light && (role.editEndUsers ?? true)
    case 'manageEndUsers':
      return !light && role.manageEndUsers === true
    case 'editStaff':
    case 'bulkDeleteUsers':
    case 'deleteRecordings':
      return false
  }
}

/** The capability needed to edit `target`: agents and admins are team members, only admins edit them. */
export function editCapabilityFor(target: UserRecord): Capability {
  return isStaff(target) ? 'editStaff' : 'editEndUsers'
}
