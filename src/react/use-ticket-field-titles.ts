import { useEffect, useState } from 'react'
import type { SupportApi } from '../zendesk/support-api'
import { useSupportApi } from './services-context'

export type TicketFieldTitles = ReadonlyMap<number, string>

const EMPTY: TicketFieldTitles = new Map()

// One load per API door (i.e. per app instance), shared by every panel that labels custom fields.
const loads = new WeakMap<SupportApi, Promise<TicketFieldTitles>>()

function loadTitles(api: SupportApi): Promise<TicketFieldTitles> {
  let load = loads.get(api)
  if (!load) {
    load = api.tickets.listTicketFields().then(
      (fields) => new Map(fields.filter((f) => f.title.trim() !== '').map((f) => [f.id, f.title])),
      () => {
        // Unreadable (e.g. a 403): labels fall back to the field id; a later panel may try again.
        loads.delete(api)
        return EMPTY
      },
    )
    loads.set(api, load)
  }
  return load
}

/**
 * Ticket field titles by id (`GET /api/v2/ticket_fields`), loaded once and only when `enabled` (when there
 * are custom-field findings to label). Empty until loaded or when they cannot be read.
 */
export function useTicketFieldTitles(enabled: boolean): TicketFieldTitles {
  const api = useSupportApi()
  const [titles, setTitles] = useState<TicketFieldTitles>(EMPTY)
  useEffect(() => {
    if (!enabled) return undefined
    let live = true
    void loadTitles(api).then((loaded) => {
      if (live) setTitles(loaded)
    })
    return () => {
      live = false
    }
  }, [api, enabled])
  return titles
}
