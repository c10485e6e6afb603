import { SUBJECT_ROLES, type SubjectRole } from './inventory-types'
import type { TicketInput } from './scan-inputs'

/** The subject's roles that the ticket JSON itself shows (the user-scoped lists may lag or be partial). */
export function rolesFromTicket(ticket: TicketInput, subjectId: number): SubjectRole[] {
  const roles: SubjectRole[] = []
  if (ticket.requester_id === subjectId) roles.push('requester')
  if (ticket.submitter_id === subjectId) roles.push('submitter')
  if (ticket.collaborator_ids?.includes(subjectId) || ticket.email_cc_ids?.includes(subjectId)) roles.push('cc')
  if (ticket.follower_ids?.includes(subjectId)) roles.push('follower')
  if (ticket.assignee_id === subjectId) roles.push('assignee')
  return roles
}

/** Union of role lists in the canonical SUBJECT_ROLES order, so equal sets compare equal. */
export function mergeRoles(...lists: readonly (readonly SubjectRole[])[]): SubjectRole[] {
  const all = new Set(lists.flat())
  return SUBJECT_ROLES.filter((role) => all.has(role))
}
