import type { PiiType } from '../pii/types'

/** Where a finding sits, as the part of its id between the record and the offset. */
export type FindingAnchor =
  | { kind: 'comment'; ticketId: number; commentId: number }
  | { kind: 'ticket_subject'; ticketId: number }
  | { kind: 'custom_field'; ticketId: number; fieldId: number }
  | { kind: 'user_profile'; userId: number; field: string }
  | { kind: 'organization'; organizationId: number; field: string }

/**
 * A finding's stable id: the same match in the same place gets the same id on every scan, so the agent's
 * review decisions survive a rescan or a resume.
 */
export function findingId(anchor: FindingAnchor, start: number, type: PiiType): string {
  switch (anchor.kind) {
    case 'comment':
      return `${anchor.ticketId}:${anchor.commentId}:${start}:${type}`
    case 'ticket_subject':
      return `${anchor.ticketId}:subject:${start}:${type}`
    case 'custom_field':
      return `${anchor.ticketId}:field-${anchor.fieldId}:${start}:${type}`
    case 'user_profile':
      return `user-${anchor.userId}:${anchor.field}:${start}:${type}`
    case 'organization':
      return `org-${anchor.organizationId}:${anchor.field}:${start}:${type}`
  }
}
