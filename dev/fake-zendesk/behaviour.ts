/**
 * Every behaviour the reference marks [U] (unverified) or leaves open, in one place.
 * Defaults are the reference's best guess; tests that depend on a guess should assert only the status
 * class and the envelope type (reference §5 "Tags"), and can flip a knob here to exercise the other branch.
 */

/** A canned error: JSON when `body` is an object, raw text (text/plain unless `contentType`) when it is a string. */
export interface ErrorSpec {
  status: number
  body: unknown
  contentType?: string
}

const FORBIDDEN: ErrorSpec = {
  status: 403,
  body: {
    error: {
      title: 'Forbidden',
      message: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
    },
  },
}

function recordInvalid(field: string, description: string, error?: string): ErrorSpec {
  const entry: Record<string, string> = { description }
  if (error) entry.error = error
  return {
    status: 422,
    body: { error: 'RecordInvalid', description: 'Record validation errors', details: { [field]: [entry] } },
  }
}

const NOT_FOUND: ErrorSpec = { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }

export interface Behaviour {
  /** §5.1 [U] DELETE /users/:id when the user is requester on a ticket that is not closed (solved is not closed). */
  deleteUserWithUnclosedTickets: ErrorSpec
  /** §5.1 [U] DELETE /users/:id on the account owner. */
  deleteAccountOwner: ErrorSpec
  /** §5.1 [U] DELETE /users/:id on the acting user. */
  deleteSelf: ErrorSpec
  /** §5.1/§5.6 [U] Any write to a shared user (ticket-sharing placeholder): update, delete, identities. */
  modifySharedUser: ErrorSpec
  /** §5.6 [U] An agent without "manage end users" sets `suspended` (or `role`). */
  suspendWithoutPermission: ErrorSpec
  /** §5.2 [U] DELETE /deleted_users/:id on a user who is still active. */
  permanentlyDeleteActiveUser: ErrorSpec
  /** [U] GET /users/:id after a soft delete: 'inactive-user' returns the user with active:false; 'not-found' is E1. */
  showSoftDeletedUser: 'inactive-user' | 'not-found'
  /** §5.7 [U] Error code inside users/destroy_many job results for a user that cannot be deleted. */
  bulkUserDeleteFailureCode: string
  /** §5.3 [U] Legacy PUT .../comments/:c/redact on a closed (or archived) ticket. */
  legacyRedactClosedTicket: ErrorSpec
  /** §5.3 [U] Legacy redact whose `text` is not in the comment: null answers 200 with the comment unchanged. */
  legacyRedactTextNotFound: ErrorSpec | null
  /** §5.3 [U] Any redaction call by a caller without the redaction permission. */
  redactForbidden: ErrorSpec
  /** §5.3 [U] PUT /comment_redactions/:c when Agent Workspace is off. */
  commentRedactionWithoutAgentWorkspace: ErrorSpec
  /**
   * [U] PUT /comment_redactions/:c whose html_body, once the <redact> markup is removed, does not have the
   * comment's current text. null accepts it (the submitted HTML replaces the comment); the default refuses,
   * so an app that rebuilt the HTML wrongly finds out in tests rather than in production.
   */
  commentRedactionHtmlMismatch: ErrorSpec | null
  /** [U] An `external_attachment_urls` entry that matches no attachment of the comment: null ignores it. */
  commentRedactionUnknownAttachmentUrl: ErrorSpec | null
  /** §5.3 [U] PUT .../attachments/:a/redact on a closed (or archived) ticket. */
  attachmentRedactClosedTicket: ErrorSpec
  /** §5.4 [U] DELETE /deleted_tickets/:id on a ticket that is not soft-deleted. */
  permanentlyDeleteLiveTicket: ErrorSpec
  /** [U] Who may permanently delete tickets (reference §1.6 is silent; the brief says admins). */
  permanentTicketDeletion: 'admins' | 'agents-with-delete'
  /** [U] A light agent posting a public comment: refused, or silently turned into an internal note. */
  lightAgentPublicComment: 'forbid' | 'make-private'
  /** §5.5 [U] GET /search/export with `type:` inside `query` ("will result in an error"). */
  searchExportTypeInQuery: ErrorSpec
  /** [U] GET /search/export without `filter[type]`. */
  searchExportMissingType: ErrorSpec
  /** §1.1 [V] Export cursors expire after an hour; the expired-cursor error body is [U]. */
  searchExportCursorTtlMs: number
  searchExportCursorExpired: ErrorSpec
  /** [U] Whether the search index follows writes at once or only on `fake.reindex()` (Zendesk lags minutes). */
  searchIndexing: 'immediate' | 'manual'
  /** §1.2 [U] Cursor paging (`page[size]`) on /users/:id/tickets/* lists. */
  userTicketListsCursor: boolean
  /** [U] Archived tickets in /tickets/show_many, /users/:id/tickets/* and search. Zendesk excludes them from views and List Tickets. */
  archivedInShowMany: boolean
  archivedInUserTicketLists: boolean
  archivedInSearch: boolean
  /** [U] Zendesk exposes no archived flag; set a field name (e.g. 'archived') to add one to ticket JSON for debugging. */
  archivedFlagField: string | null
  /** §5.7 [U] status and description of the TooManyJobs refusal (body also lists `current_job_ids`). */
  tooManyJobsStatus: number
  tooManyJobsDescription: string
  /** Polls of a job status needed to finish a job: 2 means queued → working (1st poll) → completed (2nd). */
  jobPollsToComplete: number
  /** §5.5 [P] Account-wide 429 body: Zendesk historically sends plain text, not JSON (E6). */
  rateLimitBody: 'text' | 'json'
  /** [U] DELETE /channels/voice/calls/:call_id/recordings success status (204 empty, or 200 `{}`). */
  deleteRecordingsStatus: 200 | 204
  /** [U] What happens to `data.recording_url` on the voice comment once its recordings are deleted. */
  recordingUrlAfterDelete: 'kept' | 'null'
  /** [U] A write whose body is not valid JSON. */
  invalidJsonBody: ErrorSpec
}

export const DEFAULT_BEHAVIOUR: Behaviour = {
  deleteUserWithUnclosedTickets: recordInvalid('base', 'Cannot delete a user who is the requester of tickets that are not closed'),
  deleteAccountOwner: FORBIDDEN,
  deleteSelf: FORBIDDEN,
  modifySharedUser: FORBIDDEN,
  suspendWithoutPermission: FORBIDDEN,
  permanentlyDeleteActiveUser: NOT_FOUND,
  showSoftDeletedUser: 'inactive-user',
  bulkUserDeleteFailureCode: 'UserDeleteFailed',
  legacyRedactClosedTicket: recordInvalid('status', 'Status: closed prevents ticket update', 'ClosedTicket'),
  legacyRedactTextNotFound: null,
  redactForbidden: FORBIDDEN,
  commentRedactionWithoutAgentWorkspace: FORBIDDEN,
  commentRedactionHtmlMismatch: recordInvalid('html_body', 'Html body: must be the current comment with only <redact> markup added', 'InvalidValue'),
  commentRedactionUnknownAttachmentUrl: null,
  attachmentRedactClosedTicket: recordInvalid('status', 'Status: closed prevents ticket update', 'ClosedTicket'),
  permanentlyDeleteLiveTicket: NOT_FOUND,
  permanentTicketDeletion: 'admins',
  lightAgentPublicComment: 'forbid',
  searchExportTypeInQuery: {
    status: 422,
    body: { error: 'invalid', description: 'Invalid search: use filter[type] instead of type: in the query' },
  },
  searchExportMissingType: {
    status: 422,
    body: { error: 'invalid', description: 'Invalid search: filter[type] is required' },
  },
  searchExportCursorTtlMs: 60 * 60 * 1000,
  searchExportCursorExpired: {
    status: 422,
    body: { error: 'invalid', description: 'Invalid search: the cursor has expired' },
  },
  searchIndexing: 'immediate',
  userTicketListsCursor: true,
  archivedInShowMany: true,
  archivedInUserTicketLists: true,
  archivedInSearch: true,
  archivedFlagField: null,
  tooManyJobsStatus: 429,
  tooManyJobsDescription: 'Only 30 jobs can be queued or running at the same time. Wait for a job to finish and try again.',
  jobPollsToComplete: 2,
  rateLimitBody: 'text',
  deleteRecordingsStatus: 204,
  recordingUrlAfterDelete: 'kept',
  invalidJsonBody: {
    status: 400,
    body: { error: { title: 'Invalid JSON', message: 'The request body could not be parsed as JSON.' } },
  },
}

/** Fills the gaps of a partial override with the defaults. */
export function resolveBehaviour(overrides: Partial<Behaviour> = {}): Behaviour {
  return { ...DEFAULT_BEHAVIOUR, ...overrides }
}
