import type { Obligation } from '../checklist/obligations'

/**
 * An evidence record proves what the app did for a request without holding personal data: ids, counts,
 * outcomes, verification results, who and when. It is downloadable as JSON and can be added as an
 * internal note on the request ticket. Never put names, emails, phone numbers or comment text in it.
 */
export const EVIDENCE_SCHEMA = 'privacy-assistant.evidence/v1' as const

export const OPERATION_OUTCOMES = ['done', 'skipped', 'failed', 'pending'] as const
export type OperationOutcome = (typeof OPERATION_OUTCOMES)[number]

export interface EvidenceOperation {
  /** e.g. `redact_comment`, `redact_attachment`, `soft_delete_ticket`, `suspend_user`, `export_json`. */
  kind: string
  /** Zendesk ids only (ticket, comment, attachment, user, identity, job). */
  target: Record<string, number | string>
  outcome: OperationOutcome
  /** How the result was checked by re-reading Zendesk; absent when not verified. */
  verification?: { method: string; passed: boolean; at: string }
  /** A reason code (e.g. `forbidden`, `closed_ticket`, `dropped_by_agent`), never free text from Zendesk. */
  reason?: string
  at?: string
}

export interface EvidenceRecord {
  schema: typeof EVIDENCE_SCHEMA
  obligation: Obligation
  subjectUserId: number
  requestTicketId?: number
  actor: { userId: number; role: string }
  startedAt: string
  finishedAt?: string
  counts: Record<string, number>
  operations: EvidenceOperation[]
  /** Where personal data may remain that the app cannot reach (logs, merged copies, integrations…). */
  notReached: string[]
  /** Free-form, non-personal parameters of the action (e.g. jurisdiction, export schema version, reason code). */
  notes?: Record<string, string | number | boolean>
}
