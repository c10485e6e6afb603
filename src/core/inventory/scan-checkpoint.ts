import type { Finding, SubjectRole, UnreadableItem } from './inventory-types'
import type { TicketInput } from './scan-inputs'
import type { TicketScanResult } from './scan-ticket'

/** A ticket found by discovery and not yet scanned (or whose scan failed). */
export interface TicketCandidate {
  ticket: TicketInput
  roles: SubjectRole[]
  /** Keys of the free-text terms whose search returned the ticket. */
  termKeys: string[]
}

/**
 * Everything a scan has done so far, as a plain value kept in memory (never in browser storage). A
 * cancelled or partly failed scan resumes from it: finished discovery sources and scanned tickets are not
 * fetched again; unreadable items are retried.
 */
export interface ScanCheckpoint {
  subjectId: number
  /** Keys of the enabled terms the scan searched and matched with; a different set needs a new scan. */
  termKeys: string[]
  /** Discovery sources finished: `list:requested`, `list:ccd`, `role:commenter`, `term:…`. */
  sourcesDone: string[]
  candidates: Record<number, TicketCandidate>
  /** Scanned tickets, related or not (an unrelated search hit is remembered so it is not fetched again). */
  results: Record<number, TicketScanResult>
  profile: { done: boolean; findings: Finding[] }
  unreadable: UnreadableItem[]
  requestsUsed: number
}

export function emptyCheckpoint(subjectId: number, termKeys: readonly string[]): ScanCheckpoint {
  return { subjectId, termKeys: [...termKeys], sourcesDone: [], candidates: {}, results: {}, profile: { done: false, findings: [] }, unreadable: [], requestsUsed: 0 }
}

/** Whether `checkpoint` can be resumed with these terms (the same subject and the same enabled terms). */
export function canResume(checkpoint: ScanCheckpoint | undefined, subjectId: number, termKeys: readonly string[]): checkpoint is ScanCheckpoint {
  if (!checkpoint || checkpoint.subjectId !== subjectId) return false
  const wanted = [...termKeys].sort()
  const had = [...checkpoint.termKeys].sort()
  return wanted.length === had.length && wanted.every((k, i) => k === had[i])
}

/** Records a discovery hit: the ticket's latest JSON, merged roles and matched terms. Mutates `candidates`. */
export function addCandidate(candidates: Record<number, TicketCandidate>, ticket: TicketInput, hit: { role?: SubjectRole; termKey?: string }): void {
  const current = candidates[ticket.id]
  const roles = current?.roles ?? []
  const termKeys = current?.termKeys ?? []
  candidates[ticket.id] = {
    ticket,
    roles: hit.role && !roles.includes(hit.role) ? [...roles, hit.role] : roles,
    termKeys: hit.termKey && !termKeys.includes(hit.termKey) ? [...termKeys, hit.termKey] : termKeys,
  }
}
