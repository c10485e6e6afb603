import type { DroppedItem, ErasureOperation, ErasurePhase, NotReachedCode, OperationKind } from './erasure-types'

/**
 * The journal of an erasure run: what the agent confirmed and how far each operation got. It is what makes a
 * run resumable after the sidebar closes or the page reloads, so it is persisted — and therefore holds only
 * Zendesk ids, offsets and states, never values, comment text, URLs or names.
 */
export const JOURNAL_VERSION = 1

export const OPERATION_STATES = ['pending', 'sent', 'done', 'failed', 'skipped'] as const
/** `sent`: the write went out (or may have) and is not verified yet; a resumed run verifies before resending. */
export type OperationState = (typeof OPERATION_STATES)[number]

/** Why an operation failed or was skipped; translated by the UI (`erasure.outcome.<code>`). */
export const OUTCOME_REASONS = [
  'forbidden',
  'not_found',
  'rate_limited',
  'server',
  'timeout',
  'network',
  'invalid',
  'conflict',
  'malformed',
  'unknown',
  'job_failed',
  'verification_failed',
  'not_permitted',
  'not_confirmed',
  'values_unavailable',
  'ticket_data_incomplete',
  'dependency_failed',
  'capability_refused',
  'unclosed_tickets',
  'already_done',
] as const
export type OutcomeReason = (typeof OUTCOME_REASONS)[number]

/** Failures worth another try by the agent (the API caller already retried them a few times). */
export const RETRYABLE_REASONS: readonly OutcomeReason[] = ['rate_limited', 'server', 'timeout', 'network', 'job_failed', 'verification_failed', 'malformed', 'unknown', 'conflict']

export interface Verification {
  /** e.g. `comment_reread`, `deleted_tickets_listed`, `ticket_not_found`, `user_inactive`, `compliance_status`. */
  method: string
  passed: boolean
  at: string
}

export interface JournalEntry {
  id: string
  kind: OperationKind
  phase: ErasurePhase
  state: OperationState
  irreversible: boolean
  ticketId?: number
  commentId?: number
  attachmentIds?: number[]
  findingIds?: string[]
  ranges?: Array<[number, number]>
  callId?: string
  userId?: number
  identityId?: number
  jobId?: string
  /** When a soft delete was verified: bounds the deleted_tickets scan that verifies the permanent one. */
  deletedAt?: string
  reason?: OutcomeReason
  verification?: Verification
  attempts: number
  updatedAt?: string
}

/** The agent's choices that, with the inventory, rebuild the same plan (ids and flags only). */
export interface JournalSelections {
  findingIds?: string[]
  onlyTicketIds?: number[]
  selectedAttachmentIds: number[]
  deleteTicketIds: number[]
  droppedOperationIds: string[]
  permanentlyDeleteTickets: boolean
  deleteRecordings: boolean
  deleteUser: boolean
  permanentlyDeleteUser: boolean
  deleteUnclosedRequestedTickets: boolean
  changeRoleToEndUser: boolean
  deleteIdentityIds: number[]
}

export const RUN_STATUSES = ['running', 'stopped', 'finished'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]

export interface ErasureJournal {
  version: typeof JOURNAL_VERSION
  runId: string
  /** `erasure` for the checklist step, `quick_action` for the ticket sidebar's actions. */
  origin: 'erasure' | 'quick_action'
  subjectUserId: number
  requestTicketId?: number
  actor: { userId: number; role: string }
  startedAt: string
  updatedAt: string
  finishedAt?: string
  status: RunStatus
  selections: JournalSelections
  entries: JournalEntry[]
  /** `{application, action}` pairs from compliance_deletion_statuses once the user is permanently deleted. */
  complianceStatuses?: Array<{ application: string; action: string }>
  evidenceNoteAdded?: boolean
  /** From the plan, for the evidence after a reload (codes only). */
  notReached?: NotReachedCode[]
  /** Operations the agent dropped from the plan (ids only). */
  dropped?: DroppedItem[]
}

/** The persistable part of an operation: everything except values, text, html and URLs. */
export function toJournalEntry(op: ErasureOperation): JournalEntry {
  const entry: JournalEntry = { id: op.id, kind: op.kind, phase: op.phase, state: 'pending', irreversible: op.irreversible, attempts: 0 }
  if (op.ticketId !== undefined) entry.ticketId = op.ticketId
  switch (op.kind) {
    case 'redact_comment':
      return { ...entry, commentId: op.commentId, attachmentIds: [...op.attachmentIds], findingIds: [...op.findingIds], ranges: op.ranges.map(([s, e]) => [s, e]) }
    case 'legacy_redact':
      return { ...entry, commentId: op.commentId, findingIds: [...op.findingIds], ranges: op.ranges.map(([s, e]) => [s, e]) }
    case 'redact_attachment':
      return { ...entry, commentId: op.commentId, attachmentIds: [op.attachmentId] }
    case 'delete_recording':
      return { ...entry, commentId: op.commentId, callId: op.callId }
    case 'delete_identity':
      return { ...entry, userId: op.userId, identityId: op.identityId }
    case 'soft_delete_user':
    case 'permanently_delete_user':
    case 'change_user_role':
      return { ...entry, userId: op.userId }
    default:
      return entry
  }
}

export interface StartJournalInput {
  runId: string
  origin: ErasureJournal['origin']
  operations: readonly ErasureOperation[]
  /** Ids of the irreversible operations the agent confirmed by typing the confirmation word. */
  confirmedIrreversibleIds: readonly string[]
  subjectUserId: number
  requestTicketId?: number
  actor: { userId: number; role: string }
  selections: JournalSelections
  now: string
  notReached?: readonly NotReachedCode[]
  dropped?: readonly DroppedItem[]
}

/**
 * A new journal for the operations the agent confirmed. Operations the agent may not perform, and irreversible
 * ones without a typed confirmation, are recorded as skipped straight away: the executor never sends them.
 */
export function startJournal(input: StartJournalInput): ErasureJournal {
  const confirmed = new Set(input.confirmedIrreversibleIds)
  const entries = input.operations.map((op): JournalEntry => {
    const entry = toJournalEntry(op)
    if (!op.allowed) return { ...entry, state: 'skipped', reason: 'not_permitted' }
    if (op.irreversible && !confirmed.has(op.id)) return { ...entry, state: 'skipped', reason: 'not_confirmed' }
    return entry
  })
  return {
    version: JOURNAL_VERSION,
    runId: input.runId,
    origin: input.origin,
    subjectUserId: input.subjectUserId,
    ...(input.requestTicketId !== undefined ? { requestTicketId: input.requestTicketId } : {}),
    actor: input.actor,
    startedAt: input.now,
    updatedAt: input.now,
    status: 'running',
    selections: input.selections,
    entries,
    ...(input.notReached ? { notReached: [...input.notReached] } : {}),
    ...(input.dropped ? { dropped: input.dropped.map((d) => ({ ...d })) } : {}),
  }
}

export function isTerminal(state: OperationState): boolean {
  return state === 'done' || state === 'failed' || state === 'skipped'
}

/** Returns a new journal with one entry changed (journals are values; the store persists whole ones). */
export function updateEntry(journal: ErasureJournal, id: string, patch: Partial<Omit<JournalEntry, 'id' | 'kind'>>, now: string): ErasureJournal {
  return {
    ...journal,
    updatedAt: now,
    entries: journal.entries.map((e) => (e.id === id ? { ...e, ...patch, updatedAt: now } : e)),
  }
}

/** Puts failed operations that may succeed on another try back to pending, for the agent's "retry". */
export function resetRetryable(journal: ErasureJournal, now: string): ErasureJournal {
  return {
    ...journal,
    status: 'running',
    updatedAt: now,
    entries: journal.entries.map((e) =>
      (e.state === 'failed' && e.reason && RETRYABLE_REASONS.includes(e.reason)) || (e.state === 'skipped' && e.reason && RESUMABLE_SKIPS.includes(e.reason))
        ? { ...e, state: 'pending', reason: undefined, updatedAt: now }
        : e,
    ),
  }
}

export interface JournalProgress {
  total: number
  done: number
  failed: number
  skipped: number
  pending: number
  /** Finished operations (done, failed or skipped), for the progress bar. */
  finished: number
}

export function journalProgress(journal: ErasureJournal): JournalProgress {
  const count = (state: OperationState) => journal.entries.filter((e) => e.state === state).length
  const done = count('done')
  const failed = count('failed')
  const skipped = count('skipped')
  return { total: journal.entries.length, done, failed, skipped, pending: count('pending') + count('sent'), finished: done + failed + skipped }
}

/** Skips that a retry can turn into work (after a failure upstream, or once the inventory is rescanned). */
const RESUMABLE_SKIPS: readonly OutcomeReason[] = ['dependency_failed', 'ticket_data_incomplete', 'values_unavailable']

/** Done: nothing failed, nothing waits for a retry or a rescan. */
export function isComplete(journal: ErasureJournal): boolean {
  return journal.entries.every((e) => e.state === 'done' || (e.state === 'skipped' && !(e.reason && RESUMABLE_SKIPS.includes(e.reason))))
}

/** Whether anything is left for the executor to do. */
export function hasWorkLeft(journal: ErasureJournal): boolean {
  return journal.entries.some((e) => !isTerminal(e.state))
}
