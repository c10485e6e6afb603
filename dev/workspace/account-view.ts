/**
 * The read/write surface of the fake account the workspace needs (who exists, what tickets there are,
 * adding a comment). `fake-account.ts` implements it over `dev/fake-zendesk`; nothing else in the
 * workspace knows that module's internals.
 */

export type ApiRole = 'end-user' | 'agent' | 'admin'

export interface AccountUser {
  id: number
  name: string
  email: string | null
  role: ApiRole
  customRoleId: number | null
  /** For the control bar: "admin", "agent", "light agent", "end user", "owner"… */
  roleLabel: string
  locale: string
  timeZone: string
  tags: string[]
  organizationId: number | null
  externalId: string | null
  details: string
  notes: string
  photoUrl: string | null
}

export interface AccountTicket {
  id: number
  subject: string
  description: string
  status: string
  priority: string | null
  type: string | null
  tags: string[]
  requesterId: number | null
  assigneeId: number | null
  collaboratorIds: number[]
  createdAt: string
  updatedAt: string
}

export interface AccountAttachment {
  id: number
  fileName: string
  contentType: string
  contentUrl: string
  size: number
}

export interface AccountComment {
  id: number
  authorId: number
  body: string
  htmlBody: string
  public: boolean
  createdAt: string
  attachments: AccountAttachment[]
}

export interface AccountDefaults {
  subjectId: number
  ticketId: number
  agentId: number
}

export interface AccountView {
  users(): AccountUser[]
  user(id: number): AccountUser | undefined
  tickets(): AccountTicket[]
  ticket(id: number): AccountTicket | undefined
  comments(ticketId: number): AccountComment[]
  /** What the agent typing in the ticket's composer would do; returns the new comment. */
  addComment(ticketId: number, authorId: number, text: string): Promise<AccountComment | undefined>
  defaults(): AccountDefaults
}
