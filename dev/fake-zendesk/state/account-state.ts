import { SearchIndex, type SearchKind } from '../search/search-index'
import type {
  AccountSeed,
  AccountSettings,
  AttachmentRecord,
  CommentRecord,
  ComplianceStatusRecord,
  GroupRecord,
  IdentityRecord,
  JobRecord,
  MembershipRecord,
  OrganizationRecord,
  TicketFieldRecord,
  TicketRecord,
  UserRecord,
} from './records'

type IdKind = 'user' | 'identity' | 'organization' | 'membership' | 'comment' | 'attachment' | 'audit' | 'job'

/**
 * The in-memory account. Handlers mutate the maps directly; tests should prefer the read helpers, which
 * return copies so an assertion can never change the account by accident. Writes made here bypass the
 * write log, so use them only to arrange a test, never to simulate the app.
 */
export class AccountState {
  subdomain = ''
  ownerId = 0
  settings: AccountSettings = { agentWorkspace: true, agentsCanDelete: true }
  readonly users = new Map<number, UserRecord>()
  readonly identities = new Map<number, IdentityRecord>()
  readonly organizations = new Map<number, OrganizationRecord>()
  readonly memberships = new Map<number, MembershipRecord>()
  readonly groups = new Map<number, GroupRecord>()
  readonly ticketFields = new Map<number, TicketFieldRecord>()
  readonly tickets = new Map<number, TicketRecord>()
  readonly comments = new Map<number, CommentRecord>()
  /** Comment ids per ticket, oldest first. */
  readonly ticketComments = new Map<number, number[]>()
  readonly permanentlyDeletedTicketIds = new Set<number>()
  readonly jobs = new Map<string, JobRecord>()
  readonly complianceStatuses = new Map<number, ComplianceStatusRecord[]>()
  readonly deletedRecordings = new Set<string>()
  readonly searchIndex: SearchIndex
  private nextIds = new Map<IdKind, number>()

  constructor(seed: AccountSeed, searchMode: 'immediate' | 'manual' = 'immediate') {
    this.searchIndex = new SearchIndex((kind, id) => this.searchableText(kind, id), searchMode)
    this.load(seed)
  }

  /** Replaces everything with a fresh copy of `seed` (the seed itself is never mutated). */
  load(seed: AccountSeed): void {
    const copy = structuredClone(seed)
    this.subdomain = copy.subdomain
    this.ownerId = copy.ownerId
    this.settings = { ...copy.settings }
    for (const map of [this.users, this.identities, this.organizations, this.memberships, this.groups, this.ticketFields, this.tickets, this.comments]) {
      map.clear()
    }
    this.ticketComments.clear()
    this.permanentlyDeletedTicketIds.clear()
    this.jobs.clear()
    this.complianceStatuses.clear()
    this.deletedRecordings.clear()
    for (const u of copy.users) this.users.set(u.id, u)
    for (const i of copy.identities) this.identities.set(i.id, i)
    for (const o of copy.organizations) this.organizations.set(o.id, o)
    for (const m of copy.memberships) this.memberships.set(m.id, m)
    for (const g of copy.groups) this.groups.set(g.id, g)
    for (const f of copy.ticketFields) this.ticketFields.set(f.id, f)
    for (const t of copy.tickets) {
      this.tickets.set(t.id, t)
      this.ticketComments.set(t.id, [])
    }
    // ISO timestamps sort as strings; plain comparison keeps 50k-comment scale seeds fast.
    const sorted = [...copy.comments].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id))
    for (const c of sorted) {
      this.comments.set(c.id, c)
      this.ticketComments.get(c.ticket_id)?.push(c.id)
    }
    this.nextIds.clear()
    const maxOf = (ids: Iterable<number>) => {
      // A loop, not Math.max(...ids): scale seeds hold more ids than a call can take as arguments.
      let max = 0
      for (const id of ids) if (id > max) max = id
      return max
    }
    this.nextIds.set('user', maxOf(this.users.keys()) + 1)
    this.nextIds.set('identity', maxOf(this.identities.keys()) + 1)
    this.nextIds.set('organization', maxOf(this.organizations.keys()) + 1)
    this.nextIds.set('membership', maxOf(this.memberships.keys()) + 1)
    this.nextIds.set('comment', maxOf(this.comments.keys()) + 1)
    this.nextIds.set('attachment', maxOf(copy.comments.flatMap((c) => c.attachments.flatMap((a) => [a.id, ...a.thumbnails.map((t) => t.id)]))) + 1)
    this.nextIds.set('audit', maxOf(copy.comments.map((c) => c.audit_id)) + 1)
    this.nextIds.set('job', 1)
    this.searchIndex.clear()
    if (this.searchIndex.mode === 'manual') this.warmSearchIndex()
  }

  nextId(kind: IdKind): number {
    const id = this.nextIds.get(kind) ?? 1
    this.nextIds.set(kind, id + 1)
    return id
  }

  // ---- reads used by handlers (live records) ----

  liveTicket(id: number): TicketRecord | undefined {
    const ticket = this.tickets.get(id)
    return ticket && ticket.deleted_at === null ? ticket : undefined
  }

  commentsOf(ticketId: number): CommentRecord[] {
    return (this.ticketComments.get(ticketId) ?? []).flatMap((id) => {
      const comment = this.comments.get(id)
      return comment ? [comment] : []
    })
  }

  identitiesOf(userId: number): IdentityRecord[] {
    return [...this.identities.values()].filter((i) => i.user_id === userId).sort((a, b) => Number(b.primary) - Number(a.primary) || a.id - b.id)
  }

  primaryEmail(userId: number): string | null {
    return this.identitiesOf(userId).find((i) => i.type === 'email' && i.primary)?.value ?? this.identitiesOf(userId).find((i) => i.type === 'email')?.value ?? null
  }

  membershipsOf(userId: number): MembershipRecord[] {
    return [...this.memberships.values()].filter((m) => m.user_id === userId).sort((a, b) => Number(b.default) - Number(a.default) || a.id - b.id)
  }

  // ---- read helpers for tests (copies) ----

  getUser(id: number): UserRecord | undefined {
    return clone(this.users.get(id))
  }
  getIdentities(userId: number): IdentityRecord[] {
    return structuredClone(this.identitiesOf(userId))
  }
  getOrganization(id: number): OrganizationRecord | undefined {
    return clone(this.organizations.get(id))
  }
  getMemberships(userId: number): MembershipRecord[] {
    return structuredClone(this.membershipsOf(userId))
  }
  /** The ticket whether live, archived or soft-deleted; undefined once permanently deleted. */
  getTicket(id: number): TicketRecord | undefined {
    return clone(this.tickets.get(id))
  }
  getComments(ticketId: number): CommentRecord[] {
    return structuredClone(this.commentsOf(ticketId))
  }
  getComment(id: number): CommentRecord | undefined {
    return clone(this.comments.get(id))
  }
  getAttachment(id: number): AttachmentRecord | undefined {
    for (const comment of this.comments.values()) {
      const found = comment.attachments.find((a) => a.id === id)
      if (found) return clone(found)
    }
    return undefined
  }
  getJob(id: string): JobRecord | undefined {
    return clone(this.jobs.get(id))
  }
  getComplianceStatuses(userId: number): ComplianceStatusRecord[] {
    return structuredClone(this.complianceStatuses.get(userId) ?? [])
  }
  listTicketIds(): number[] {
    return [...this.tickets.keys()].sort((a, b) => a - b)
  }
  listUserIds(): number[] {
    return [...this.users.keys()].sort((a, b) => a - b)
  }
  /** Soft-deleted and not yet permanently deleted. */
  isTicketDeleted(id: number): boolean {
    return (this.tickets.get(id)?.deleted_at ?? null) !== null
  }
  isTicketPermanentlyDeleted(id: number): boolean {
    return this.permanentlyDeletedTicketIds.has(id)
  }
  isTicketArchived(id: number): boolean {
    return this.tickets.get(id)?.archived === true
  }
  /** Soft-deleted (active:false), including permanently deleted users. */
  isUserDeleted(id: number): boolean {
    return this.users.get(id)?.active === false
  }
  isUserPermanentlyDeleted(id: number): boolean {
    return this.users.get(id)?.permanently_deleted === true
  }
  isRecordingDeleted(callId: string): boolean {
    return this.deletedRecordings.has(callId)
  }

  // ---- change notifications ----

  /** Stamps `updated_at` and tells the search index the ticket's text may have changed. */
  ticketChanged(ticket: TicketRecord, at: string): void {
    ticket.updated_at = at
    this.searchIndex.invalidate('ticket', ticket.id)
  }

  userChanged(user: UserRecord, at: string): void {
    user.updated_at = at
    this.searchIndex.invalidate('user', user.id)
  }

  private searchableText(kind: SearchKind, id: number): Array<string | null> | null {
    if (kind === 'ticket') {
      const t = this.tickets.get(id)
      if (!t) return null
      const fieldText = t.custom_fields.map((f) => (typeof f.value === 'string' ? f.value : null)).filter((v): v is string => v !== null)
      return [t.subject, ...this.commentsOf(id).map((c) => c.plain_body), t.tags.join(' '), ...fieldText]
    }
    if (kind === 'user') {
      const u = this.users.get(id)
      if (!u) return null
      const identities = this.identitiesOf(id).map((i) => i.value)
      return [u.name, u.alias, u.phone, u.notes, u.details, u.external_id, u.tags.join(' '), ...identities]
    }
    const o = this.organizations.get(id)
    return o ? [o.name, o.details, o.notes, o.domain_names.join(' '), o.tags.join(' ')] : null
  }

  private warmSearchIndex(): void {
    for (const id of this.tickets.keys()) this.searchIndex.doc('ticket', id)
    for (const id of this.users.keys()) this.searchIndex.doc('user', id)
    for (const id of this.organizations.keys()) this.searchIndex.doc('organization', id)
  }
}

function clone<T>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : structuredClone(value)
}
