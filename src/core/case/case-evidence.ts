import type { Obligation } from '../checklist/obligations'
import { EVIDENCE_SCHEMA, type EvidenceOperation, type EvidenceRecord } from '../evidence/evidence-types'

export interface EvidenceInput {
  obligation: Obligation
  subjectUserId: number
  requestTicketId?: number
  actor: { userId: number; role: string }
  startedAt: string
  finishedAt?: string
  operations: EvidenceOperation[]
  counts?: Record<string, number>
  notReached?: string[]
  notes?: Record<string, string | number | boolean>
}

/**
 * An evidence record for one action of the access, portability, correction or objection steps. The
 * counts default to one per operation outcome, so a reader sees "2 done, 1 failed" at a glance.
 */
export function buildEvidence(input: EvidenceInput): EvidenceRecord {
  const counts: Record<string, number> = { ...input.counts }
  for (const operation of input.operations) counts[operation.outcome] = (counts[operation.outcome] ?? 0) + 1
  return {
    schema: EVIDENCE_SCHEMA,
    obligation: input.obligation,
    subjectUserId: input.subjectUserId,
    ...(input.requestTicketId !== undefined ? { requestTicketId: input.requestTicketId } : {}),
    actor: input.actor,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt ?? input.startedAt,
    counts,
    operations: input.operations,
    notReached: input.notReached ?? [],
    ...(input.notes ? { notes: input.notes } : {}),
  }
}
