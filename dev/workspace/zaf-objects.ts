import type { AccountComment, AccountTicket, AccountUser, AccountView } from './account-view'

/**
 * The camelCase objects the Agent Workspace returns from `client.get` (`currentUser`, `user`, `ticket`,
 * `ticket.comments`…), built from the fake account's records. Field names follow the ZAF v2 Support
 * API reference; where Zendesk's value is unverified (custom-role `role`) the comment says so.
 */

export function zafUser(user: AccountUser, localeOverride?: string): Record<string, unknown> {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    // ZAF's value for custom roles (light agent) is unverified (zendesk-reference.md §3.5): we return
    // the API role; apps must gate permissions on /api/v2/users/me, as ours does.
    role: user.role,
    locale: localeOverride ?? user.locale,
    timeZone: { name: user.timeZone, ianaName: user.timeZone },
    avatarUrl: user.photoUrl,
    externalId: user.externalId,
    tags: user.tags,
    details: user.details,
    notes: user.notes,
    organizations: user.organizationId ? [{ id: user.organizationId }] : [],
    groups: user.role === 'end-user' ? [] : [{ id: 1, name: 'Support' }],
    identities: user.email ? [{ type: 'email', value: user.email, primary: true }] : [],
  }
}

/** The short form ZAF uses inside tickets (requester, assignee, comment authors). */
export function zafUserRef(user: AccountUser | undefined): Record<string, unknown> | null {
  if (!user) return null
  return { id: user.id, name: user.name, email: user.email, role: user.role, avatarUrl: user.photoUrl }
}

export function zafComments(account: AccountView, ticketId: number): Record<string, unknown>[] {
  return account.comments(ticketId).map((comment: AccountComment) => ({
    id: comment.id,
    value: comment.htmlBody || comment.body,
    author: zafUserRef(account.user(comment.authorId)),
    type: comment.public ? 'publicReply' : 'internalNote',
    createdAt: comment.createdAt,
    imageAttachments: comment.attachments.filter((a) => a.contentType.startsWith('image/')).map(zafAttachment),
    nonImageAttachments: comment.attachments.filter((a) => !a.contentType.startsWith('image/')).map(zafAttachment),
  }))
}

function zafAttachment(attachment: AccountComment['attachments'][number]): Record<string, unknown> {
  return { id: attachment.id, filename: attachment.fileName, contentType: attachment.contentType, contentUrl: attachment.contentUrl, size: attachment.size }
}

export function zafTicket(account: AccountView, ticket: AccountTicket): Record<string, unknown> {
  const ref = (id: number | null) => (id === null ? null : zafUserRef(account.user(id)))
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    priority: ticket.priority,
    type: ticket.type,
    tags: ticket.tags,
    requester: ref(ticket.requesterId),
    assignee: { user: ref(ticket.assigneeId), group: null },
    collaborators: ticket.collaboratorIds.map((id) => ref(id)).filter(Boolean),
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    isNew: false,
    comments: zafComments(account, ticket.id),
  }
}
