import { TICKET_STATUSES, type TicketStatus } from './inventory-types'
import type { TicketInput } from './scan-inputs'

/** Zendesk archives tickets 120 days after they close (reference §1.6), and exposes no flag for it. */
export const ARCHIVE_AFTER_MS = 120 * 24 * 60 * 60 * 1000

/**
 * The ticket's status as the inventory reports it. A closed ticket untouched for 120 days is reported as
 * archived, because Zendesk's archive job moves exactly those; an explicit `archived` flag wins when present.
 */
export function toTicketStatus(ticket: Pick<TicketInput, 'status' | 'updated_at' | 'archived'>, nowMs: number): TicketStatus {
  if (ticket.archived === true) return 'archived'
  const status = (TICKET_STATUSES as readonly string[]).includes(ticket.status) ? (ticket.status as TicketStatus) : 'open'
  if (status !== 'closed' || !ticket.updated_at) return status
  const updated = Date.parse(ticket.updated_at)
  return Number.isFinite(updated) && nowMs - updated >= ARCHIVE_AFTER_MS ? 'archived' : 'closed'
}

/** The `YYYY-MM-DD` day before which a closed ticket has been archived, for a search's `updated<` filter. */
export function archiveCutoffDay(nowMs: number): string {
  return new Date(nowMs - ARCHIVE_AFTER_MS).toISOString().slice(0, 10)
}
