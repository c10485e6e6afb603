import type { OperationKind } from '../../core/erasure/erasure-types'
import type { Translate } from '../../i18n/create-translator'

/** The ids an operation (or its journal entry) is about; both shapes carry them under these names. */
export interface OperationTarget {
  kind: OperationKind
  ticketId?: number
  commentId?: number
  attachmentId?: number
  attachmentIds?: number[]
  callId?: string
  userId?: number
  identityId?: number
}

/** "Redact comment 7001 in ticket #14", "Permanently delete ticket #17"… in the agent's language. */
export function describeOperation(t: Translate, op: OperationTarget): string {
  const attachments = op.attachmentIds ?? (op.attachmentId !== undefined ? [op.attachmentId] : [])
  // A comment redaction that also takes files says so; the ids are Zendesk's, never file names.
  const key = op.kind === 'redact_comment' && attachments.length > 0 ? 'redact_comment_with_files' : op.kind
  return t(`erasure.op.${key}`, {
    ticket: op.ticketId ?? '',
    comment: op.commentId ?? '',
    attachment: attachments.join(', '),
    call: op.callId ?? '',
    user: op.userId ?? '',
    identity: op.identityId ?? '',
  })
}
