import { EVIDENCE_SCHEMA, type EvidenceRecord } from '../evidence/evidence-types'

/** The record minus what `buildEvidence` fills in: the schema, and defaults for counts and notReached. */
export type EvidenceInput = Omit<EvidenceRecord, 'schema' | 'counts' | 'notReached'> & Partial<Pick<EvidenceRecord, 'counts' | 'notReached'>>

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
