import type { SupportApi } from '../support-api'
import { readDeletionState } from './verify-ticket-deletions'

/**
 * Of the tickets the app moved to deleted, those still in deleted_tickets (so restorable): not permanently
 * deleted, not restored by someone else, not scrubbed after 30 days.
 */
export async function findRestorableTickets(api: SupportApi, ticketIds: readonly number[], signal?: AbortSignal): Promise<number[]> {
  if (ticketIds.length === 0) return []
  const state = await readDeletionState(api, ticketIds, undefined, signal)
  return ticketIds.filter((id) => state.listed.has(id))
}
