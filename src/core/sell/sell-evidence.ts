import type { Obligation } from '../checklist/obligations'
import { buildEvidence } from '../case/case-evidence'
import type { EvidenceOperation, EvidenceRecord, OperationOutcome } from '../evidence/evidence-types'
import type { SellDeletionItem, SellDeletionPlan, SellOperationKind } from './plan-sell-deletion'
import type { SellRecordKind } from './sell-types'

/** How a deletion was checked: the record read again by id answered 404. */
export const SELL_VERIFICATION_METHOD = 'sell_get_404' as const

/** What happened to one item of the plan. Ids and codes only: no names, emails or notes. */
export interface SellDeletionResult {
  itemId: string
  kind: SellOperationKind
  record: SellRecordKind
  recordId: number
  outcome: OperationOutcome
  /** Absent when the delete itself failed (nothing to verify). */
  verification?: { method: typeof SELL_VERIFICATION_METHOD; passed: boolean; at: string }
  /** A normalised error kind (`unauthorized`, `rate_limited`, `server`, `still_present`…). */
  reason?: string
  at: string
}

/** A result before anything was sent: used for items the agent deselected, so the evidence lists them too. */
export function skippedResult(item: SellDeletionItem, at: string): SellDeletionResult {
  return { itemId: item.id, kind: item.kind, record: item.record, recordId: item.recordId, outcome: 'skipped', reason: 'dropped_by_agent', at }
}

export function sellEvidenceOperations(results: readonly SellDeletionResult[]): EvidenceOperation[] {
  return results.map((result) => ({
    kind: result.kind,
    target: { [`sell_${result.record}`]: result.recordId },
    outcome: result.outcome,
    ...(result.verification ? { verification: { ...result.verification } } : {}),
    ...(result.reason ? { reason: result.reason } : {}),
    at: result.at,
  }))
}

export interface SellEvidenceInput {
  obligation: Extract<Obligation, 'erasure' | 'objection'>
  subjectUserId: number
  requestTicketId?: number
  actor: { userId: number; role: string }
  startedAt: string
  finishedAt: string
  plan: SellDeletionPlan
  results: readonly SellDeletionResult[]
}

/** The evidence record of a Sell deletion run: what was deleted and verified, and where data may remain. */
export function buildSellDeletionEvidence(input: SellEvidenceInput): EvidenceRecord {
  const verified = input.results.filter((r) => r.verification?.passed).length
  return buildEvidence({
    obligation: input.obligation,
    subjectUserId: input.subjectUserId,
    ...(input.requestTicketId !== undefined ? { requestTicketId: input.requestTicketId } : {}),
    actor: input.actor,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    operations: sellEvidenceOperations(input.results),
    counts: {
      sell_contacts: input.results.filter((r) => r.record === 'contact' && r.outcome === 'done').length,
      sell_leads: input.results.filter((r) => r.record === 'lead' && r.outcome === 'done').length,
      verified,
    },
    notReached: [...input.plan.notReached],
    notes: { connector: 'zendesk_sell', verification: SELL_VERIFICATION_METHOD },
  })
}
