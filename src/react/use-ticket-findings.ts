import { useEffect, useState } from 'react'
import type { TicketScanResult } from '../core/inventory/scan-ticket'
import { useInventory } from './inventory-context'
import { useServices } from './services-context'
import { useAsync } from './use-async'
import { loadInventoryEngine } from './use-inventory-engine'

/** Fired by the ticket sidebar when a comment is added to the ticket on screen. */
export const COMMENTS_CHANGED_EVENT = 'ticket.comments.changed'

/**
 * The findings in one ticket, rescanned whenever a comment arrives (`ticket.comments.changed`), with the
 * subject's current terms. Independent of the full inventory scan, so it works before one has run.
 */
export function useTicketFindings(ticketId: number) {
  const { api, client } = useServices()
  const [changes, setChanges] = useState(0)
  useEffect(() => {
    const onChange = () => setChanges((n) => n + 1)
    client.on(COMMENTS_CHANGED_EVENT, onChange)
    return () => client.off(COMMENTS_CHANGED_EVENT, onChange)
  }, [client])
  const { terms, subjectId, isReady } = useInventory()
  return useAsync<TicketScanResult>(
    async (signal) => {
      // Until the engine has loaded there are no terms: scanning would miss every identifier, so wait.
      if (!isReady) return new Promise<never>(() => undefined)
      const { scanSingleTicket } = await loadInventoryEngine()
      return scanSingleTicket(api, ticketId, { id: subjectId }, terms, Date.now(), signal)
    },
    [api, ticketId, subjectId, terms, isReady, changes],
  )
}
