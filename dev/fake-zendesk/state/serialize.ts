import type { Behaviour } from '../behaviour'
import type { AccountState } from './account-state'
import type {
  AttachmentRecord,
  CommentRecord,
  IdentityRecord,
  JobRecord,
  MembershipRecord,
  OrganizationRecord,
  TicketRecord,
  UserRecord,
} from './records'

/**
 * Record → API JSON, one function per resource (field lists from the reference §1.3, §1.8 and the
 * Zendesk JSON tables). `origin` is the request's origin so `url` fields point back at whatever host
 * the caller used (the demo subdomain in tests, localhost in the local workspace).
 */

const PERMANENTLY_DELETED_NAME = 'Permanently Deleted User'

export function userJson(user: UserRecord, state: AccountState, origin: string): Record<string, unknown> {
  const scrubbed = user.permanently_deleted === true
  return {
    id: user.id,
    url: `${origin}/api/v2/users/${user.id}.json`,
    name: scrubbed ? PERMANENTLY_DELETED_NAME : user.name,
    email: scrubbed ? null : state.primaryEmail(user.id),
    created_at: user.created_at,
    updated_at: user.updated_at,
    time_zone: user.time_zone,
    iana_time_zone: user.iana_time_zone,
    phone: scrubbed ? null : user.phone,
    shared_phone_number: user.shared_phone_number,
    photo: null,
    locale_id: user.locale_id,
    locale: user.locale,
    organization_id: user.organization_id,
    role: user.role,
    verified: user.verified,
    external_id: scrubbed ? null : user.external_id,
    tags: [...user.tags],
    alias: user.alias,
    active: user.active,
    shared: user.shared,
    shared_agent: user.shared_agent,
    last_login_at: user.last_login_at,
    two_factor_auth_enabled: user.two_factor_auth_enabled,
    signature: user.signature,
    details: user.details,
    notes: user.notes,
    role_type: user.role_type,
    custom_role_id: user.custom_role_id,
    moderator: user.moderator,
    ticket_restriction: user.ticket_restriction,
    only_private_comments: user.only_private_comments,
    restricted_agent: user.restricted_agent,
    suspended: user.suspended,
    default_group_id: user.default_group_id,
    report_csv: false,
    chat_only: user.chat_only,
    user_fields: { ...user.user_fields },
  }
}

/** The shape `deleted_users` returns: fewer fields, and scrubbed once permanently deleted (reference §1.8). */
export function deletedUserJson(user: UserRecord, state: AccountState, origin: string): Record<string, unknown> {
  const scrubbed = user.permanently_deleted === true
  return {
    id: user.id,
    url: `${origin}/api/v2/deleted_users/${user.id}.json`,
    name: scrubbed ? PERMANENTLY_DELETED_NAME : user.name,
    email: scrubbed ? null : state.primaryEmail(user.id),
    created_at: user.created_at,
    updated_at: user.updated_at,
    time_zone: user.time_zone,
    phone: scrubbed ? null : user.phone,
    shared_phone_number: user.shared_phone_number,
    photo: null,
    locale_id: user.locale_id,
    locale: user.locale,
    organization_id: user.organization_id,
    role: user.role,
    active: false,
  }
}

export function identityJson(identity: IdentityRecord, origin: string): Record<string, unknown> {
  return {
    url: `${origin}/api/v2/users/${identity.user_id}/identities/${identity.id}.json`,
    id: identity.id,
    user_id: identity.user_id,
    type: identity.type,
    value: identity.value,
    verified: identity.verified,
    primary: identity.primary,
    created_at: identity.created_at,
    updated_at: identity.updated_at,
    undeliverable_count: identity.undeliverable_count,
    deliverable_state: identity.deliverable_state,
  }
}

export function organizationJson(org: OrganizationRecord, origin: string): Record<string, unknown> {
  return {
    url: `${origin}/api/v2/organizations/${org.id}.json`,
    id: org.id,
    name: org.name,
    shared_tickets: org.shared_tickets,
    shared_comments: org.shared_comments,
    external_id: org.external_id,
    created_at: org.created_at,
    updated_at: org.updated_at,
    domain_names: [...org.domain_names],
    details: org.details,
    notes: org.notes,
    group_id: org.group_id,
    tags: [...org.tags],
    organization_fields: { ...org.organization_fields },
  }
}

export function membershipJson(m: MembershipRecord, state: AccountState, origin: string): Record<string, unknown> {
  return {
    url: `${origin}/api/v2/organization_memberships/${m.id}.json`,
    id: m.id,
    user_id: m.user_id,
    organization_id: m.organization_id,
    default: m.default,
    organization_name: state.organizations.get(m.organization_id)?.name ?? null,
    view_tickets: m.view_tickets,
    created_at: m.created_at,
    updated_at: m.updated_at,
  }
}

export function ticketJson(ticket: TicketRecord, state: AccountState, origin: string, behaviour: Behaviour): Record<string, unknown> {
  // Zendesk's description is the first comment's text; deriving it keeps it in step with redactions.
  const first = state.commentsOf(ticket.id)[0]
  const json: Record<string, unknown> = {
    url: `${origin}/api/v2/tickets/${ticket.id}.json`,
    id: ticket.id,
    external_id: ticket.external_id,
    via: structuredClone(ticket.via),
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    generated_timestamp: Math.floor(Date.parse(ticket.updated_at) / 1000),
    type: ticket.type,
    subject: ticket.subject,
    raw_subject: ticket.subject,
    description: first?.body ?? '',
    priority: ticket.priority,
    status: ticket.status,
    recipient: ticket.recipient,
    requester_id: ticket.requester_id,
    submitter_id: ticket.submitter_id,
    assignee_id: ticket.assignee_id,
    organization_id: ticket.organization_id,
    group_id: ticket.group_id,
    collaborator_ids: [...ticket.collaborator_ids],
    follower_ids: [...ticket.follower_ids],
    email_cc_ids: [...ticket.email_cc_ids],
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: ticket.is_public,
    due_at: null,
    tags: [...ticket.tags],
    custom_fields: ticket.custom_fields.map((f) => ({ ...f })),
    fields: ticket.custom_fields.map((f) => ({ ...f })),
    satisfaction_rating: null,
    sharing_agreement_ids: [],
    followup_ids: [],
    ticket_form_id: null,
    brand_id: ticket.brand_id,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
  }
  if (behaviour.archivedFlagField) json[behaviour.archivedFlagField] = ticket.archived
  return json
}

export function attachmentJson(a: AttachmentRecord, origin: string): Record<string, unknown> {
  return {
    url: `${origin}/api/v2/attachments/${a.id}.json`,
    id: a.id,
    file_name: a.file_name,
    content_url: a.content_url,
    mapped_content_url: a.mapped_content_url,
    content_type: a.content_type,
    size: a.size,
    width: a.width,
    height: a.height,
    inline: a.inline,
    deleted: a.deleted,
    malware_access_override: a.malware_access_override,
    malware_scan_result: a.malware_scan_result,
    thumbnails: a.thumbnails.map((t) => ({ url: `${origin}/api/v2/attachments/${t.id}.json`, ...t, inline: false, deleted: false })),
  }
}

/** Inline images are listed only with include_inline_images=true (reference §1.3). */
export function commentJson(c: CommentRecord, origin: string, includeInlineImages: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: c.id,
    type: c.type,
    author_id: c.author_id,
    body: c.body,
    html_body: c.html_body,
    plain_body: c.plain_body,
    public: c.public,
    attachments: c.attachments.filter((a) => includeInlineImages || !a.inline).map((a) => attachmentJson(a, origin)),
    audit_id: c.audit_id,
    via: structuredClone(c.via),
    created_at: c.created_at,
    metadata: structuredClone(c.metadata),
  }
  if (c.type === 'VoiceComment') {
    json.data = structuredClone(c.data)
    json.formatted_from = c.formatted_from
    json.formatted_to = c.formatted_to
    json.transcription_visible = c.transcription_visible ?? null
  }
  return json
}

export function jobJson(job: JobRecord, origin: string): Record<string, unknown> {
  return {
    id: job.id,
    url: `${origin}/api/v2/job_statuses/${job.id}.json`,
    job_type: job.job_type,
    total: job.total,
    progress: job.progress,
    status: job.status,
    message: job.message,
    results: structuredClone(job.results),
  }
}

export function deletedTicketJson(ticket: TicketRecord, state: AccountState): Record<string, unknown> {
  const actor = ticket.deleted_by === null ? undefined : state.users.get(ticket.deleted_by)
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: state.commentsOf(ticket.id)[0]?.body ?? '',
    actor: actor ? { id: actor.id, name: actor.name } : null,
    deleted_at: ticket.deleted_at,
    previous_state: ticket.previous_state,
  }
}
