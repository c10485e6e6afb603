import type { SupportApi } from '../support-api'

export interface DeletionSnapshot {
  /** Tickets `show_many` still returns: not deleted. */
  live: Set<number>
  /** Tickets listed in deleted_tickets, with their deletion time. */
  listed: Map<number, string>
  /** False when the scan stopped before proving a ticket absent from deleted_tickets (page cap). */
  complete: boolean
}

const MAX_DELETED_PAGES = 20

/**
 * Reads where the tickets are now (reference §1.6): `show_many` leaves deleted tickets out, and
 * deleted_tickets (newest deletion first) lists the soft-deleted, non-archived ones. The scan stops as soon
 * as every ticket is found or the list reaches deletions older than `since`.
 */
export async function readDeletionState(api: SupportApi, ticketIds: readonly number[], since: string | undefined, signal?: AbortSignal): Promise<DeletionSnapshot> {
  const live = new Set((await api.tickets.showMany(ticketIds, signal)).map((t) => t.id))
  const wanted = new Set(ticketIds.filter((id) => !live.has(id)))
  const listed = new Map<number, string>()
  if (wanted.size === 0) return { live, listed, complete: true }
  let after: string | undefined
  for (let page = 0; page < MAX_DELETED_PAGES; page += 1) {
    const result = await api.ticketDeletion.listDeletedPage(after, signal)
    for (const t of result.tickets) if (wanted.has(t.id)) listed.set(t.id, t.deleted_at ?? '')
    const oldest = result.tickets.at(-1)?.deleted_at ?? undefined
    const reachedOlder = since !== undefined && oldest !== undefined && oldest < since
    if (!result.after || listed.size === wanted.size || reachedOlder) return { live, listed, complete: true }
    after = result.after
  }
  return { live, listed, complete: false }
}
