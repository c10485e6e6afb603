/**
 * Operation ids are built from Zendesk ids only, so a plan rebuilt after a reload gets the same ids as the
 * journal of the interrupted run, and the journal never holds personal data.
 */
export const operationId = {
  redactComment: (commentId: number) => `redact:${commentId}`,
  legacyRedact: (commentId: number) => `legacy-redact:${commentId}`,
  redactAttachment: (attachmentId: number) => `attachment:${attachmentId}`,
  deleteRecording: (callId: string) => `recording:${callId}`,
  softDeleteTicket: (ticketId: number) => `soft-delete:${ticketId}`,
  permanentlyDeleteTicket: (ticketId: number) => `purge:${ticketId}`,
  restoreTicket: (ticketId: number) => `restore:${ticketId}`,
  deleteIdentity: (identityId: number) => `identity:${identityId}`,
  changeUserRole: (userId: number) => `role:${userId}`,
  softDeleteUser: (userId: number) => `delete-user:${userId}`,
  permanentlyDeleteUser: (userId: number) => `purge-user:${userId}`,
}
