import { isoSeconds } from '../fake-zendesk/clock'
import { textToHtml } from '../fake-zendesk/html'
import { isLightAgent } from '../fake-zendesk/permissions'
import type { AccountState } from '../fake-zendesk/state/account-state'
import type { CommentRecord, TicketRecord, UserRecord } from '../fake-zendesk/state/records'
import type { AccountComment, AccountDefaults, AccountTicket, AccountUser, AccountView } from './account-view'

/**
 * `AccountView` over the fake Zendesk's in-memory account (dev/fake-zendesk). The only workspace file that
 * knows the fake's record shapes. Reads use the state's copying readers; adding a comment writes the
 * state directly, on purpose: it is the agent's action in the workspace, not the app's, so it must not
 * appear in the fake's write log that tests use to audit the app.
 */

export interface FakeAccountSource {
  state: AccountState
  /** The fake's clock, so comment dates line up with the seeded data. */
  now(): number
}

export function createAccountView(source: FakeAccountSource, defaults: () => AccountDefaults): AccountView {
  const { state } = source

  const toUser = (record: UserRecord): AccountUser => ({
    id: record.id,
    name: record.name,
    email: state.primaryEmail(record.id),
    role: record.role,
    customRoleId: record.custom_role_id,
    roleLabel: roleLabel(record, state.ownerId),
    locale: record.locale,
    timeZone: record.iana_time_zone || record.time_zone,
    tags: record.tags,
    organizationId: record.organization_id,
    externalId: record.external_id,
    details: record.details,
    notes: record.notes,
    photoUrl: null,
  })

  const toTicket = (record: TicketRecord): AccountTicket => ({
    id: record.id,
    subject: record.subject,
    description: state.getComments(record.id)[0]?.plain_body ?? '',
    status: record.deleted_at !== null ? `${record.status}, deleted` : record.archived ? `${record.status}, archived` : record.status,
    priority: record.priority,
    type: record.type,
    tags: record.tags,
    requesterId: record.requester_id,
    assigneeId: record.assignee_id,
    collaboratorIds: [...record.collaborator_ids],
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  })

  const toComment = (record: CommentRecord): AccountComment => ({
    id: record.id,
    authorId: record.author_id,
    body: record.plain_body || record.body,
    htmlBody: record.html_body,
    public: record.public,
    createdAt: record.created_at,
    attachments: record.attachments.map((a) => ({ id: a.id, fileName: a.file_name, contentType: a.content_type, contentUrl: a.content_url, size: a.size })),
  })

  return {
    users: () => state.listUserIds().flatMap((id) => {
      const user = state.getUser(id)
      return user && !user.permanently_deleted ? [toUser(user)] : []
    }),
    user(id) {
      const user = state.getUser(id)
      return user && !user.permanently_deleted ? toUser(user) : undefined
    },
    tickets: () => state.listTicketIds().flatMap((id) => {
      const ticket = state.getTicket(id)
      return ticket ? [toTicket(ticket)] : []
    }),
    ticket(id) {
      const ticket = state.getTicket(id)
      return ticket ? toTicket(ticket) : undefined
    },
    comments: (ticketId) => state.getComments(ticketId).map(toComment),
    async addComment(ticketId, authorId, text) {
      const ticket = state.tickets.get(ticketId)
      const author = state.users.get(authorId)
      // Zendesk refuses comments on closed or deleted tickets.
      if (!ticket || ticket.deleted_at !== null || ticket.status === 'closed' || !author) return undefined
      const at = isoSeconds(source.now())
      const comment: CommentRecord = {
        id: state.nextId('comment'),
        ticket_id: ticketId,
        type: 'Comment',
        author_id: authorId,
        body: text,
        html_body: textToHtml(text),
        plain_body: text,
        // Light agents can only write internal notes.
        public: !isLightAgent(author),
        audit_id: state.nextId('audit'),
        attachments: [],
        via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
        metadata: { system: {}, custom: {} },
        created_at: at,
      }
      state.comments.set(comment.id, comment)
      const ids = state.ticketComments.get(ticketId) ?? []
      ids.push(comment.id)
      state.ticketComments.set(ticketId, ids)
      state.ticketChanged(ticket, at)
      return toComment(comment)
    },
    defaults,
  }
}

function roleLabel(user: UserRecord, ownerId: number): string {
  const base = user.id === ownerId ? 'owner (admin)' : isLightAgent(user) ? 'light agent' : user.role === 'end-user' ? 'end user' : user.role
  const flags = [user.suspended ? 'suspended' : '', user.active ? '' : 'deleted', user.shared ? 'shared' : ''].filter(Boolean)
  return flags.length ? `${base}, ${flags.join(', ')}` : base
}
