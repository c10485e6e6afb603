import type { AgentPermissions, ErasureOperation, SubjectProfile, UserDeletionPreflight } from './erasure-types'
import { operationId } from './operation-ids'
import { deletionCapability, isStaff } from './preflight-user-deletion'

export interface UserOperationsInput {
  subject: SubjectProfile
  preflight: UserDeletionPreflight
  permissions: AgentPermissions
  deleteUser: boolean
  permanentlyDelete: boolean
  changeRoleToEndUser: boolean
  deleteIdentityIds: readonly number[]
}

/**
 * The user's part of the erasure, after the ticket data (guide order): identities the agent chose, the role
 * change that lets a team member be deleted, soft delete, then permanent delete (irreversible). Operations a
 * preflight blocker rules out are not planned at all; the preflight explains them.
 */
export function planUserOperations(input: UserOperationsInput): ErasureOperation[] {
  const { subject, preflight, permissions } = input
  const changeRole = input.changeRoleToEndUser && permissions.changeRoles && isStaff(subject) && subject.active
  const capability = deletionCapability(subject, changeRole)
  const ops: ErasureOperation[] = input.deleteIdentityIds.map((identityId) => ({
    id: operationId.deleteIdentity(identityId),
    kind: 'delete_identity' as const,
    phase: 'identities' as const,
    reasons: ['identity_selected' as const],
    irreversible: false,
    capability: isStaff(subject) ? ('deleteStaff' as const) : ('deleteEndUsers' as const),
    allowed: isStaff(subject) ? permissions.deleteStaff : permissions.deleteEndUsers,
    userId: subject.id,
    identityId,
  }))
  if (!input.deleteUser) return ops
  if (changeRole && preflight.canSoftDelete) {
    ops.push({ id: operationId.changeUserRole(subject.id), kind: 'change_user_role', phase: 'user', reasons: ['staff_role'], irreversible: false, capability: 'changeRoles', allowed: true, userId: subject.id })
  }
  if (preflight.canSoftDelete) {
    ops.push({ id: operationId.softDeleteUser(subject.id), kind: 'soft_delete_user', phase: 'user', reasons: ['erasure_request'], irreversible: false, capability, allowed: permissions[capability], userId: subject.id })
  }
  if (input.permanentlyDelete && (preflight.canSoftDelete || preflight.alreadySoftDeleted)) {
    ops.push({
      id: operationId.permanentlyDeleteUser(subject.id),
      kind: 'permanently_delete_user',
      phase: 'user',
      reasons: ['erasure_request'],
      irreversible: true,
      capability,
      allowed: permissions[capability] && preflight.canPermanentlyDelete,
      userId: subject.id,
    })
  }
  return ops
}
