/**
 * The erasure plan: a plain value listing every operation the app will perform for a right-to-erasure
 * request, in the guide's order (ticket data first, then the user), with the reason for each, the exact
 * before/after preview of each comment and the number of API calls it takes. `planErasure` builds it,
 * the UI shows it, `executeErasurePlan` (src/zendesk/erasure) carries it out.
 *
 * Fields marked "memory only" hold personal data (values to redact, comment text, attachment URLs):
 * they never go into the journal, the evidence record or the console.
 */

/** Execution phases, in the order they run. */
export const ERASURE_PHASES = ['redact', 'recordings', 'soft_delete_tickets', 'permanently_delete_tickets', 'identities', 'user'] as const
export type ErasurePhase = (typeof ERASURE_PHASES)[number]

export const OPERATION_KINDS = [
  'redact_comment',
  'legacy_redact',
  'redact_attachment',
  'delete_recording',
  'soft_delete_ticket',
  'permanently_delete_ticket',
  'delete_identity',
  'change_user_role',
  'soft_delete_user',
  'permanently_delete_user',
  'restore_ticket',
] as const
export type OperationKind = (typeof OPERATION_KINDS)[number]

/** Why an operation is in the plan; translated by the UI (`erasure.reason.<code>`). */
export const REASON_CODES = [
  'confirmed_findings',
  'agent_workspace_off',
  'attachment_selected',
  'identity_document',
  'voice_recording',
  'subject_line',
  'custom_field',
  'agent_choice',
  'closed_without_agent_workspace',
  'attachment_on_closed_ticket',
  'unclosed_requester',
  'follows_soft_delete',
  'identity_selected',
  'staff_role',
  'erasure_request',
  'restore_requested',
] as const
export type ReasonCode = (typeof REASON_CODES)[number]

/** What the agent's Zendesk role lets them do; derived from `/api/v2/users/me` (see derivePermissions). */
export interface AgentPermissions {
  role: string
  roleType: number | null
  customRoleId: number | null
  isAdmin: boolean
  redact: boolean
  deleteTickets: boolean
  permanentlyDeleteTickets: boolean
  deleteEndUsers: boolean
  deleteStaff: boolean
  changeRoles: boolean
  deleteRecordings: boolean
  /** Agent Workspace on: `comment_redactions` is available (otherwise the legacy `/redact`). */
  agentWorkspace: boolean
}

export type Capability = Exclude<keyof AgentPermissions, 'role' | 'roleType' | 'customRoleId' | 'isAdmin' | 'agentWorkspace'>

export interface ApiCallCount {
  writes: number
  /** The minimum number of reads (verification, job polls); polls can add more. */
  reads: number
}

interface OperationBase {
  /** Stable id derived from Zendesk ids only, so a rebuilt plan matches the journal of an earlier run. */
  id: string
  phase: ErasurePhase
  reasons: ReasonCode[]
  /** Permanent deletions: need a typed confirmation. */
  irreversible: boolean
  /** The permission it needs; when the agent lacks it the op is listed for an admin and never sent. */
  capability: Capability
  allowed: boolean
  ticketId?: number
}

export interface CommentPreview {
  /** memory only */
  before: string
  /** memory only */
  after: string
}

export interface RedactCommentOperation extends OperationBase {
  kind: 'redact_comment'
  ticketId: number
  commentId: number
  /** memory only: the strings to redact (every occurrence in the comment). */
  values: string[]
  /** Finding ids (`ticket:comment:start:type`): ids and offsets, no personal data. */
  findingIds: string[]
  /** UTF-16 ranges of the findings in the scanned plain text, to verify after a reload without the values. */
  ranges: Array<[number, number]>
  attachmentIds: number[]
  /** memory only: content URLs for `external_attachment_urls`. */
  attachmentUrls: string[]
  /** memory only: the comment's html_body when the plan was built. */
  htmlBody?: string
  /** memory only: html_body with `<redact>` markup, as it will be sent. */
  redactedHtml?: string
  preview?: CommentPreview
}

export interface LegacyRedactOperation extends OperationBase {
  kind: 'legacy_redact'
  ticketId: number
  commentId: number
  /** memory only */
  values: string[]
  findingIds: string[]
  ranges: Array<[number, number]>
  preview?: CommentPreview
}

export interface RedactAttachmentOperation extends OperationBase {
  kind: 'redact_attachment'
  ticketId: number
  commentId: number
  attachmentId: number
  inline: boolean
}

export interface DeleteRecordingOperation extends OperationBase {
  kind: 'delete_recording'
  ticketId: number
  commentId: number
  callId: string
}

export interface TicketOperation extends OperationBase {
  kind: 'soft_delete_ticket' | 'permanently_delete_ticket' | 'restore_ticket'
  ticketId: number
}

export interface UserOperation extends OperationBase {
  kind: 'soft_delete_user' | 'permanently_delete_user' | 'change_user_role'
  userId: number
}

export interface DeleteIdentityOperation extends OperationBase {
  kind: 'delete_identity'
  userId: number
  identityId: number
}

export type ErasureOperation =
  | RedactCommentOperation
  | LegacyRedactOperation
  | RedactAttachmentOperation
  | DeleteRecordingOperation
  | TicketOperation
  | UserOperation
  | DeleteIdentityOperation

/** A comment as Zendesk returns it now; the plan builds `<redact>` markup from this html_body. */
export interface CommentSnapshot {
  id: number
  ticketId: number
  /** memory only */
  htmlBody: string
  /** memory only */
  plainBody: string
  attachments?: Array<{ id: number; contentUrl: string; inline: boolean; fileName?: string }>
}

/** The data subject as far as the preflight needs it. */
export interface SubjectProfile {
  id: number
  role: string
  roleType?: number | null
  active: boolean
  shared: boolean
}

export const BLOCKER_CODES = [
  'self',
  'account_owner',
  'shared_user',
  'staff_role',
  'unclosed_requester',
  'no_permission',
] as const
export type BlockerCode = (typeof BLOCKER_CODES)[number]

/** The fix the API allows for a blocker, if any. */
export const BLOCKER_FIXES = ['delete_tickets', 'change_role', 'ask_admin', 'close_tickets', 'none'] as const
export type BlockerFix = (typeof BLOCKER_FIXES)[number]

export interface UserDeletionBlocker {
  code: BlockerCode
  fix: BlockerFix
  /** Tickets involved (unclosed requested tickets). */
  ticketIds?: number[]
  /** Whether the plan already applies the fix (e.g. those tickets are being deleted). */
  resolvedByPlan: boolean
}

export interface UserDeletionPreflight {
  userId: number
  alreadySoftDeleted: boolean
  /** Soft deletion can go ahead once the plan's earlier operations are done. */
  canSoftDelete: boolean
  canPermanentlyDelete: boolean
  blockers: UserDeletionBlocker[]
}

/** Where personal data may remain that the app cannot reach; translated by the UI (`evidence.notReached.<code>`). */
export const NOT_REACHED_CODES = [
  'logs',
  'merged_ticket_copies',
  'integrations',
  'audit_history',
  'email_originals',
  'talk_recordings',
  'organization_data',
  'unscanned_tickets',
  'unreadable_items',
  'backups',
] as const
export type NotReachedCode = (typeof NOT_REACHED_CODES)[number]

export interface DroppedItem {
  operationId: string
  kind: OperationKind
  ticketId?: number
}

export interface PlanTicketGroup {
  ticketId: number
  status: string
  /** Operation ids for this ticket, in execution order. */
  operationIds: string[]
  /** Set when the whole ticket goes to deleted (and is then permanently deleted). */
  deletionReasons: ReasonCode[]
  /** Confirmed findings in this ticket, for the preview's counts. */
  findingCount: number
}

export const PLAN_WARNINGS = ['ticket_not_fully_scanned', 'comment_not_loaded', 'values_not_found_in_comment'] as const
export type PlanWarningCode = (typeof PLAN_WARNINGS)[number]

export interface PlanWarning {
  code: PlanWarningCode
  ticketId?: number
  commentId?: number
}

export interface ErasurePlan {
  subjectUserId: number
  requestTicketId?: number
  /** Every operation, in execution order, including those the agent may not perform (`allowed: false`). */
  operations: ErasureOperation[]
  dropped: DroppedItem[]
  tickets: PlanTicketGroup[]
  userDeletion: UserDeletionPreflight | null
  apiCalls: ApiCallCount & { total: number }
  notReached: NotReachedCode[]
  warnings: PlanWarning[]
}

export interface ErasureOptions {
  permissions: AgentPermissions
  /** The agent's user id (the preflight refuses to delete the agent themself). */
  agentId: number
  /** Current html/plain bodies of the comments with findings; used for the markup and the preview. */
  comments?: readonly CommentSnapshot[]
  /** Restrict to these findings (quick actions); otherwise every `confirmed` finding. */
  findingIds?: readonly string[]
  /** Restrict every ticket-level operation to these tickets (quick actions on one ticket). */
  onlyTicketIds?: readonly number[]
  selectedAttachmentIds?: readonly number[]
  /** Tickets the agent chose to delete outright. */
  deleteTicketIds?: readonly number[]
  /** Default true: deleted tickets are then permanently deleted. False for "move to deleted" only. */
  permanentlyDeleteTickets?: boolean
  /** Default true: every voice recording in the inventory's tickets. */
  deleteRecordings?: boolean
  droppedOperationIds?: readonly string[]
  user?: {
    subject: SubjectProfile
    deleteUser: boolean
    permanentlyDelete: boolean
    /** Fix for the "requester on tickets not closed" blocker: delete those tickets too. */
    deleteUnclosedRequestedTickets?: boolean
    /** Fix for the "agents and admins" blocker: make the user an end user first (admins). */
    changeRoleToEndUser?: boolean
    deleteIdentityIds?: readonly number[]
    accountOwnerId?: number
    /**
     * Every ticket the subject requested, as Zendesk lists them now (id and status). The preflight uses it
     * over the inventory's tickets, which may be incomplete; the "delete them" fix reaches these too.
     */
    requestedTickets?: ReadonlyArray<{ id: number; status: string }>
  }
  requestTicketId?: number
  /** Tickets to restore from deleted (quick action). */
  restoreTicketIds?: readonly number[]
}
