import type { InventoryTicket } from '../inventory/inventory-types'
import type { AgentPermissions, Capability, SubjectProfile, UserDeletionBlocker, UserDeletionPreflight } from './erasure-types'

/** Statuses that still block deleting the requester: everything not closed (solved is not closed). */
const UNCLOSED = new Set(['new', 'open', 'pending', 'hold', 'solved'])

export function isStaff(subject: SubjectProfile): boolean {
  return subject.role === 'agent' || subject.role === 'admin'
}

/** The permission deleting this user needs: end users need "manage end users", team members an admin. */
export function deletionCapability(subject: SubjectProfile, changeRoleFirst: boolean): Capability {
  return isStaff(subject) && !changeRoleFirst ? 'deleteStaff' : 'deleteEndUsers'
}

/** Tickets the subject requested that are not closed: Zendesk refuses to delete the user while any remain. */
export function unclosedRequestedTickets(subject: SubjectProfile, tickets: readonly InventoryTicket[]): number[] {
  return tickets.filter((t) => t.requesterId === subject.id && UNCLOSED.has(t.status)).map((t) => t.id)
}

export interface PreflightInput {
  subject: SubjectProfile
  agentId: number
  permissions: AgentPermissions
  tickets: readonly InventoryTicket[]
  /** Tickets the plan soft-deletes with an allowed operation. */
  ticketsBeingDeleted: ReadonlySet<number>
  changeRoleToEndUser: boolean
  accountOwnerId?: number
}

/**
 * Everything that stops the user from being deleted, in plain terms, with the fix the API allows
 * (reference §5.1, guide "Deleting end users or agents"): the agent themself, the account owner, shared
 * (ticket-sharing) users, team members (role change first, admins), unclosed requested tickets (delete them,
 * or solve them and let the close automation run), and missing permission (an admin must do it).
 */
export function preflightUserDeletion(input: PreflightInput): UserDeletionPreflight {
  const { subject, permissions } = input
  const blockers: UserDeletionBlocker[] = []
  if (subject.id === input.agentId) blockers.push({ code: 'self', fix: 'ask_admin', resolvedByPlan: false })
  if (input.accountOwnerId !== undefined && subject.id === input.accountOwnerId) {
    blockers.push({ code: 'account_owner', fix: 'none', resolvedByPlan: false })
  }
  if (subject.shared) blockers.push({ code: 'shared_user', fix: 'none', resolvedByPlan: false })
  const changeRole = input.changeRoleToEndUser && permissions.changeRoles
  if (isStaff(subject)) {
    blockers.push({ code: 'staff_role', fix: permissions.changeRoles ? 'change_role' : 'ask_admin', resolvedByPlan: changeRole })
  }
  if (subject.active) {
    const unclosed = unclosedRequestedTickets(subject, input.tickets)
    if (unclosed.length > 0) {
      blockers.push({
        code: 'unclosed_requester',
        fix: permissions.deleteTickets ? 'delete_tickets' : 'close_tickets',
        ticketIds: unclosed,
        resolvedByPlan: unclosed.every((id) => input.ticketsBeingDeleted.has(id)),
      })
    }
  }
  const capability = deletionCapability(subject, changeRole)
  if (!permissions[capability]) blockers.push({ code: 'no_permission', fix: 'ask_admin', resolvedByPlan: false })
  const open = blockers.filter((b) => !b.resolvedByPlan)
  const alreadySoftDeleted = !subject.active
  return {
    userId: subject.id,
    alreadySoftDeleted,
    canSoftDelete: !alreadySoftDeleted && open.length === 0,
    canPermanentlyDelete: (alreadySoftDeleted || open.length === 0) && permissions[capability] && !open.some((b) => b.code === 'self' || b.code === 'account_owner' || b.code === 'shared_user'),
    blockers,
  }
}
