import { isSellEnabled } from '../../core/sell/sell-settings'
import { createSellApi, type SellApi } from '../../zendesk/sell/sell-api'
import type { ZafClient } from '../../zendesk/zaf-client'
import { useServices } from '../services-context'

// One Sell client per ZAF client, so every Sell section shares one scheduler (and its 429 pauses).
const clients = new WeakMap<ZafClient, SellApi>()

function requestsPerMinute(settings: Record<string, unknown>): number {
  const value = Number(settings.requests_per_minute)
  return Number.isFinite(value) && value >= 1 ? value : 100
}

/**
 * The Sell client, or null when the admin has not switched the connector on (`sell_enabled`): then
 * nothing calls Sell and every Sell row says "not connected". The only place the connector is created.
 */
export function useSellApi(): SellApi | null {
  const { client, settings } = useServices()
  if (!isSellEnabled(settings)) return null
  let api = clients.get(client)
  if (!api) {
    api = createSellApi({ client, perMinute: requestsPerMinute(settings) })
    clients.set(client, api)
  }
  return api
}
