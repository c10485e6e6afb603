/**
 * The in-memory account's records. Field names copy Zendesk's JSON (snake_case) so the serialisers
 * stay thin and a test reading `fake.state.getTicket(1)` sees the names the API uses. Fields under
 * "internal" never leave the fake: they model state Zendesk keeps but does not return.
 */

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const USER_ROLES = ['end-user', 'agent', 'admin'] as const
export type UserRole = (typeof USER_ROLES)[number]

export const IDENTITY_TYPES = ['email', 'phone_number', 'twitter', 'facebook', 'google', 'sdk', 'messaging', 'microsoft'] as const
export type IdentityType = (typeof IDENTITY_TYPES)[number]

export type UserFieldValue = string | number | boolean | null

/** What a custom role grants beyond the plan defaults (see permissions.ts). Unset means "plan default". */
export interface CustomRolePermissions {
  /** "Manage end users": suspend, delete and permanently delete end users. */
  manageEndUsers?: boolean
  /** Edit end-user profiles and identities. Plain agents can by default. */
  editEndUsers?: boolean
  /** Delete tickets even when the account-wide "agents can delete tickets" setting is off (Enterprise roles). */
  deleteTickets?: boolean
  /** The Enterprise "redact ticket content" permission. */
  redact?: boolean
}

export interface UserRecord {
  id: number
  name: string
  alias: string | null
  phone: string | null
  shared_phone_number: boolean | null
  details: string
  notes: string
  signature: string | null
  external_id: string | null
  organization_id: number | null
  locale: string
  locale_id: number
  time_zone: string
  iana_time_zone: string
  role: UserRole
  /** 0 custom agent, 1 light agent, 2 chat agent, 3 contributor, 4 admin, 5 billing admin; null for plain agents and end users. */
  role_type: number | null
  custom_role_id: number | null
  restricted_agent: boolean
  moderator: boolean
  only_private_comments: boolean
  ticket_restriction: string | null
  default_group_id: number | null
  suspended: boolean
  shared: boolean
  shared_agent: boolean
  active: boolean
  verified: boolean
  tags: string[]
  user_fields: Record<string, UserFieldValue>
  two_factor_auth_enabled: boolean | null
  chat_only: boolean
  last_login_at: string | null
  created_at: string
  updated_at: string
  // internal
  custom_role_permissions?: CustomRolePermissions
  deleted_at?: string | null
  permanently_deleted?: boolean
}

export interface IdentityRecord {
  id: number
  user_id: number
  type: IdentityType
  value: string
  verified: boolean
  primary: boolean
  undeliverable_count: number
  deliverable_state: string
  created_at: string
  updated_at: string
}

export interface OrganizationRecord {
  id: number
  name: string
  external_id: string | null
  domain_names: string[]
  details: string
  notes: string
  group_id: number | null
  shared_tickets: boolean
  shared_comments: boolean
  tags: string[]
  organization_fields: Record<string, UserFieldValue>
  created_at: string
  updated_at: string
}

export interface MembershipRecord {
  id: number
  user_id: number
  organization_id: number
  default: boolean
  view_tickets: boolean
  created_at: string
  updated_at: string
}

export interface GroupRecord {
  id: number
  name: string
  created_at: string
  updated_at: string
}

export interface TicketFieldRecord {
  id: number
  type: 'text' | 'textarea' | 'tagger' | 'integer' | 'date' | 'checkbox'
  title: string
  description: string
  active: boolean
  required: boolean
}

export interface ViaRecord {
  channel: string
  source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: string | null }
}

export interface TicketRecord {
  id: number
  external_id: string | null
  via: ViaRecord
  created_at: string
  updated_at: string
  type: 'question' | 'incident' | 'problem' | 'task' | null
  subject: string
  priority: 'low' | 'normal' | 'high' | 'urgent' | null
  status: TicketStatus
  recipient: string | null
  requester_id: number
  submitter_id: number
  assignee_id: number | null
  organization_id: number | null
  group_id: number | null
  collaborator_ids: number[]
  follower_ids: number[]
  email_cc_ids: number[]
  tags: string[]
  custom_fields: Array<{ id: number; value: string | number | boolean | null }>
  brand_id: number
  is_public: boolean
  // internal
  /** Closed tickets are archived 120 days after closing; Zendesk keeps status "closed" and exposes no flag. */
  archived: boolean
  deleted_at: string | null
  deleted_by: number | null
  /** The status the ticket had when it was soft-deleted, returned as `previous_state` by deleted_tickets. */
  previous_state: TicketStatus | null
}

export interface ThumbnailRecord {
  id: number
  file_name: string
  content_url: string
  mapped_content_url: string
  content_type: string
  size: number
  width: number | null
  height: number | null
}

export interface AttachmentRecord {
  id: number
  file_name: string
  content_url: string
  mapped_content_url: string
  content_type: string
  size: number
  width: number | null
  height: number | null
  inline: boolean
  deleted: boolean
  malware_scan_result: string
  malware_access_override: boolean
  thumbnails: ThumbnailRecord[]
}

export interface VoiceDataRecord {
  call_id: string
  recording_url: string | null
  from: string
  to: string
  answered_by_id: number | null
  answered_by_name: string | null
  call_duration: number
  recording_duration: number | null
  started_at: string
  location: string | null
  transcription_text: string | null
  transcription_status: string | null
  via_id: number
}

export interface CommentRecord {
  id: number
  /** internal: Zendesk's comment JSON does not carry the ticket id. */
  ticket_id: number
  type: 'Comment' | 'VoiceComment'
  author_id: number
  body: string
  html_body: string
  plain_body: string
  public: boolean
  audit_id: number
  attachments: AttachmentRecord[]
  via: ViaRecord
  metadata: { system: Record<string, unknown>; custom: Record<string, unknown> }
  created_at: string
  data?: VoiceDataRecord
  formatted_from?: string
  formatted_to?: string
  transcription_visible?: boolean | null
}

export const JOB_STATUSES = ['queued', 'working', 'failed', 'completed', 'killed'] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

/** What a job does when it completes; kept as data so a reset or a snapshot never holds closures. */
export type JobWork =
  | { kind: 'soft_delete_tickets'; ids: number[] }
  | { kind: 'permanently_delete_tickets'; ids: number[]; single: boolean }
  | { kind: 'soft_delete_users'; ids: number[] }

export interface JobRecord {
  id: string
  job_type: string
  status: JobStatus
  total: number | null
  progress: number | null
  message: string | null
  results: unknown
  created_at: string
  // internal
  polls: number
  actor_id: number
  work: JobWork
  fail_with: string | null
}

export interface ComplianceStatusRecord {
  action: 'request_deletion' | 'started' | 'complete'
  application: string
  account_subdomain: string
  executer_id: number
  user_id: number
  created_at: string
}

/** Account settings the fake's permission rules read. */
export interface AccountSettings {
  /** Agent Workspace on: required by `PUT /comment_redactions/:id`. */
  agentWorkspace: boolean
  /** Admin > Settings > Agents > "Agents can delete tickets": gates ticket deletion and redaction for agents. */
  agentsCanDelete: boolean
}

/** Everything needed to build an account. Seeds are plain data so they can be cloned, diffed and generated. */
export interface AccountSeed {
  subdomain: string
  ownerId: number
  /** Who the fake treats as signed in when `actingUserId` is not given. */
  defaultActingUserId: number
  /** Epoch ms the seed's dates are relative to; the fake's default clock starts here and then follows real time. */
  clockStart: number
  settings: AccountSettings
  users: UserRecord[]
  identities: IdentityRecord[]
  organizations: OrganizationRecord[]
  memberships: MembershipRecord[]
  groups: GroupRecord[]
  ticketFields: TicketFieldRecord[]
  tickets: TicketRecord[]
  comments: CommentRecord[]
}
