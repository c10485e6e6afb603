import { EVIDENCE_SCHEMA, type EvidenceOperation, type EvidenceRecord, type OperationOutcome } from '../evidence/evidence-types'
import type { ErasureJournal, JournalEntry } from './erasure-journal'
import type { DroppedItem, NotReachedCode } from './erasure-types'

function outcomeOf(entry: JournalEntry): OperationOutcome {
  if (entry.state === 'done' || entry.state === 'failed' || entry.state === 'skipped') return entry.state
  return 'pending'
}

function targetOf(entry: JournalEntry): Record<string, number | string> {
  const target: Record<string, number | string> = {}
  if (entry.ticketId !== undefined) target.ticket = entry.ticketId
  if (entry.commentId !== undefined) target.comment = entry.commentId
  if (entry.attachmentIds && entry.attachmentIds.length > 0) target.attachments = entry.attachmentIds.join(',')
  if (entry.callId !== undefined) target.call = entry.callId
  if (entry.userId !== undefined) target.user = entry.userId
  if (entry.identityId !== undefined) target.identity = entry.identityId
  if (entry.jobId !== undefined) target.job = entry.jobId
  if (entry.findingIds && entry.findingIds.length > 0) target.findings = entry.findingIds.length
  return target
}

function toEvidenceOperation(entry: JournalEntry): EvidenceOperation {
  return {
    kind: entry.kind,
    target: targetOf(entry),
    outcome: outcomeOf(entry),
    ...(entry.verification ? { verification: entry.verification } : {}),
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.updatedAt ? { at: entry.updatedAt } : {}),
  }
}

function countDone(entries: readonly JournalEntry[], kind: JournalEntry['kind']): number {
  return entries.filter((e) => e.kind === kind && e.state === 'done').length
}

export interface EvidenceInput {
  journal: ErasureJournal
  /** Defaults to what the journal recorded from the plan. */
  notReached?: readonly NotReachedCode[]
  dropped?: readonly DroppedItem[]
  /** When the evidence is taken (the run finished or stopped). */
  now: string
}

/**
 * The evidence record of an erasure run: ids, counts, outcomes, verification, who and when, and where data
 * may remain. Built from the journal, which by construction holds no personal data.
 */
export function buildErasureEvidence(input: EvidenceInput): EvidenceRecord {
  const { journal } = input
  const entries = journal.entries
  const dropped = (input.dropped ?? journal.dropped ?? []).map(
    (d): EvidenceOperation => ({ kind: d.kind, target: { ...(d.ticketId !== undefined ? { ticket: d.ticketId } : {}) }, outcome: 'skipped', reason: 'dropped_by_agent' }),
  )
  const by = (state: JournalEntry['state']) => entries.filter((e) => e.state === state).length
  const finished = entries.every((e) => e.state === 'done' || e.state === 'failed' || e.state === 'skipped')
  const notes: Record<string, string | number | boolean> = { runId: journal.runId, origin: journal.origin, finished }
  for (const status of journal.complianceStatuses ?? []) notes[`compliance.${status.application}`] = status.action
  return {
    schema: EVIDENCE_SCHEMA,
    obligation: 'erasure',
    subjectUserId: journal.subjectUserId,
    ...(journal.requestTicketId !== undefined ? { requestTicketId: journal.requestTicketId } : {}),
    actor: journal.actor,
    startedAt: journal.startedAt,
    finishedAt: input.now,
    counts: {
      operations: entries.length,
      done: by('done'),
      failed: by('failed'),
      skipped: by('skipped'),
      pending: by('pending') + by('sent'),
      dropped: dropped.length,
      verified: entries.filter((e) => e.verification?.passed === true).length,
      commentsRedacted: countDone(entries, 'redact_comment') + countDone(entries, 'legacy_redact'),
      attachmentsRedacted:
        countDone(entries, 'redact_attachment') +
        entries.filter((e) => e.kind === 'redact_comment' && e.state === 'done').reduce((n, e) => n + (e.attachmentIds?.length ?? 0), 0),
      recordingsDeleted: countDone(entries, 'delete_recording'),
      ticketsMovedToDeleted: countDone(entries, 'soft_delete_ticket'),
      ticketsPermanentlyDeleted: countDone(entries, 'permanently_delete_ticket'),
      ticketsRestored: countDone(entries, 'restore_ticket'),
      identitiesDeleted: countDone(entries, 'delete_identity'),
      userSoftDeleted: countDone(entries, 'soft_delete_user'),
      userPermanentlyDeleted: countDone(entries, 'permanently_delete_user'),
    },
    operations: [...entries.map(toEvidenceOperation), ...dropped],
    notReached: [...(input.notReached ?? journal.notReached ?? [])],
    notes,
  }
}
