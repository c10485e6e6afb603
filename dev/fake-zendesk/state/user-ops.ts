import type { Behaviour, ErrorSpec } from '../behaviour'
import { can, isStaff } from '../permissions'
import type { AccountState } from './account-state'
import type { UserRecord } from './records'
import { unclosedRequestedTickets } from './ticket-queries'

export type DeletionRefusal = { kind: 'forbidden' } | { kind: 'spec'; spec: ErrorSpec; sentence: string }

/**
 * Why `actor` may not soft-delete `target`, or null when they may (reference §5.1). The checks run in the
 * order a caller would want them explained: permission, self, owner, shared user, unclosed tickets.
 */
export function userDeletionRefusal(state: AccountState, behaviour: Behaviour, actor: UserRecord, target: UserRecord): DeletionRefusal | null {
  const mayDelete = isStaff(target) ? can(actor, 'editStaff', state.settings, behaviour) : can(actor, 'manageEndUsers', state.settings, behaviour)
  if (target.id === actor.id) return { kind: 'spec', spec: behaviour.deleteSelf, sentence: 'You cannot delete yourself.' }
  if (target.id === state.ownerId) return { kind: 'spec', spec: behaviour.deleteAccountOwner, sentence: 'The account owner cannot be deleted.' }
  if (!mayDelete) return { kind: 'forbidden' }
  if (target.shared) return { kind: 'spec', spec: behaviour.modifySharedUser, sentence: 'Shared users cannot be deleted.' }
  const unclosed = unclosedRequestedTickets(state, target.id)
  if (unclosed.length > 0) {
    return {
      kind: 'spec',
      spec: behaviour.deleteUserWithUnclosedTickets,
      sentence: `The user is the requester of ${unclosed.length} ticket(s) that are not closed.`,
    }
  }
  return null
}

/** Soft delete: the user stays readable with active:false and appears in deleted_users. */
export function softDeleteUser(state: AccountState, user: UserRecord, at: string): void {
  user.active = false
  user.deleted_at = at
  state.userChanged(user, at)
}

/**
 * Permanent deletion scrubs the record (name "Permanently Deleted User", no email or phone, no identities)
 * and records the compliance deletion statuses Zendesk reports per product area.
 */
export function permanentlyDeleteUser(state: AccountState, user: UserRecord, executerId: number, at: string): void {
  user.permanently_deleted = true
  user.phone = null
  user.external_id = null
  user.details = ''
  user.notes = ''
  user.user_fields = Object.fromEntries(Object.keys(user.user_fields).map((k) => [k, null]))
  for (const identity of state.identitiesOf(user.id)) state.identities.delete(identity.id)
  for (const membership of state.membershipsOf(user.id)) state.memberships.delete(membership.id)
  state.userChanged(user, at)
  const base = { account_subdomain: state.subdomain, executer_id: executerId, user_id: user.id, created_at: at }
  state.complianceStatuses.set(user.id, [
    { ...base, action: 'request_deletion', application: 'all' },
    { ...base, action: 'started', application: 'support' },
    { ...base, action: 'complete', application: 'support' },
    { ...base, action: 'started', application: 'explore' },
    { ...base, action: 'complete', application: 'explore' },
  ])
}
