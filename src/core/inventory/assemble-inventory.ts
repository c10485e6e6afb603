import { applyIgnoredValues } from './ignored-values'
import type { Finding, Inventory, InventoryTicket, SearchTerm } from './inventory-types'
import { applyReviewDecisions, type ReviewDecisions } from './review-decisions'
import type { ScanCheckpoint } from './scan-checkpoint'

export interface AssembleOptions {
  terms: SearchTerm[]
  ignoredValues: readonly string[]
  decisions: ReviewDecisions
  builtAt: string
  /** The scan ran to the end (it may still have unreadable items). */
  finished: boolean
}

function compareFindings(a: Finding, b: Finding): number {
  return (b.ticketId ?? Infinity) - (a.ticketId ?? Infinity) || (a.commentId ?? 0) - (b.commentId ?? 0) || a.start - b.start || a.id.localeCompare(b.id)
}

function compareTickets(a: InventoryTicket, b: InventoryTicket): number {
  return b.id - a.id
}

/**
 * The Inventory value from a scan's checkpoint: related tickets only (a search hit whose text never named
 * the subject is dropped), ignored values removed, the agent's decisions applied, in a stable order
 * (newest ticket first, then comment and position). `complete` means nothing is missing.
 */
export function assembleInventory(checkpoint: ScanCheckpoint, options: AssembleOptions): Inventory {
  const related = Object.values(checkpoint.results).filter((r) => r.related)
  const tickets = related.map((r) => r.ticket).sort(compareTickets)
  const findings = applyReviewDecisions(
    applyIgnoredValues([...checkpoint.profile.findings, ...related.flatMap((r) => r.findings)], options.ignoredValues),
    options.decisions,
  ).sort(compareFindings)
  return {
    subjectId: checkpoint.subjectId,
    terms: options.terms,
    tickets,
    findings,
    unreadable: [...checkpoint.unreadable],
    builtAt: options.builtAt,
    complete: options.finished && checkpoint.unreadable.length === 0 && tickets.every((t) => t.scanned),
  }
}
