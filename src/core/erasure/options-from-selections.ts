import type { JournalSelections } from './erasure-journal'
import type { AgentPermissions, CommentSnapshot, ErasureOptions, SubjectProfile } from './erasure-types'

/** The selections the UI keeps (and the journal persists) turned back into planning options. */
export function optionsFromSelections(
  selections: JournalSelections,
  context: {
    permissions: AgentPermissions
    agentId: number
    subject: SubjectProfile
    comments?: readonly CommentSnapshot[]
    requestTicketId?: number
    requestedTickets?: ReadonlyArray<{ id: number; status: string }>
  },
): ErasureOptions {
  return {
    permissions: context.permissions,
    agentId: context.agentId,
    ...(context.comments ? { comments: context.comments } : {}),
    ...(selections.findingIds ? { findingIds: selections.findingIds } : {}),
    ...(selections.onlyTicketIds ? { onlyTicketIds: selections.onlyTicketIds } : {}),
    selectedAttachmentIds: selections.selectedAttachmentIds,
    deleteTicketIds: selections.deleteTicketIds,
    droppedOperationIds: selections.droppedOperationIds,
    permanentlyDeleteTickets: selections.permanentlyDeleteTickets,
    deleteRecordings: selections.deleteRecordings,
    ...(context.requestTicketId !== undefined ? { requestTicketId: context.requestTicketId } : {}),
    user: {
      subject: context.subject,
      deleteUser: selections.deleteUser,
      permanentlyDelete: selections.permanentlyDeleteUser,
      deleteUnclosedRequestedTickets: selections.deleteUnclosedRequestedTickets,
      changeRoleToEndUser: selections.changeRoleToEndUser,
      deleteIdentityIds: selections.deleteIdentityIds,
      ...(context.requestedTickets ? { requestedTickets: context.requestedTickets } : {}),
    },
  }
}

/** What a fresh erasure starts with: every confirmed finding, nothing else chosen yet. */
export function defaultSelections(): JournalSelections {
  return {
    selectedAttachmentIds: [],
    deleteTicketIds: [],
    droppedOperationIds: [],
    permanentlyDeleteTickets: true,
    deleteRecordings: true,
    deleteUser: true,
    permanentlyDeleteUser: true,
    deleteUnclosedRequestedTickets: false,
    changeRoleToEndUser: false,
    deleteIdentityIds: [],
  }
}
