import { latestCaseNote, formatCaseNote, type CaseChange } from '../core/case/case-note'
import { caseTagDelta, caseFromTags } from '../core/case/case-tags'
import { resolveCase } from '../core/case/resolve-case'
import { applyCasePatch, emptyCase, sameCase, type CasePatch, type RequestCase } from '../core/case/request-case'
import type { EvidenceRecord } from '../core/evidence/evidence-types'
import type { SupportApi } from './support-api'

export interface StoredCase {
  /** Null when the ticket is not (yet) marked as a privacy request. */
  value: RequestCase | null
  tags: string[]
  /** The request ticket's creation day, the natural default for "received on". */
  createdAt: string | null
  status: string
}

/**
 * Reads the request case from its ticket: the tags first (one request), the latest case note only when
 * the tags carry none (a second request, newest comments first, usually one page).
 */
export async function loadTicketCase(api: SupportApi, ticketId: number, signal?: AbortSignal): Promise<StoredCase> {
  const ticket = await api.tickets.getTicket(ticketId, signal)
  const fromTags = caseFromTags(ticket.tags)
  const base = { tags: ticket.tags, createdAt: ticket.created_at ?? null, status: ticket.status }
  if (fromTags) return { ...base, value: fromTags }
  let after: string | undefined
  do {
    const page = await api.requestComments.listNewestPage(ticketId, after, signal)
    const note = latestCaseNote(page.comments)
    if (note) return { ...base, value: resolveCase(ticket.tags, note) }
    after = page.after
  } while (after)
  return { ...base, value: null }
}

export interface SaveCaseOptions {
  patch: CasePatch
  change: CaseChange
  /** The note's first line, in the agent's language. */
  summary: string
  evidence?: EvidenceRecord
  /** Used when the ticket has no case yet. */
  defaults: RequestCase
}

/**
 * Applies a patch to the case as the ticket holds it *now* (re-read first, so two agents editing different
 * fields both keep their change), then writes the tag delta and the case note in one ticket update.
 * Nothing is written when the patch changes nothing and there is no evidence to record.
 */
export async function saveTicketCase(api: SupportApi, ticketId: number, options: SaveCaseOptions, signal?: AbortSignal): Promise<StoredCase> {
  const current = await loadTicketCase(api, ticketId, signal)
  const before = current.value ?? emptyCase()
  const next = applyCasePatch(current.value ?? options.defaults, options.patch)
  if (current.value && sameCase(before, next) && !options.evidence) return current
  const delta = caseTagDelta(current.tags, next)
  const note = formatCaseNote(options.summary, { case: next, change: options.change, ...(options.evidence ? { evidence: options.evidence } : {}) })
  const ticket = await api.ticketUpdates.updateTicket(ticketId, { additionalTags: delta.add, removeTags: delta.remove, internalNote: note }, signal)
  return { value: caseFromTags(ticket.tags) ?? next, tags: ticket.tags, createdAt: ticket.created_at ?? null, status: ticket.status }
}
