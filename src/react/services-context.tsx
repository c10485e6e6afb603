import { createContext, useContext, type ReactNode } from 'react'
import type { AppLocation, ZafClient, ZafContext } from '../zendesk/zaf-client'
import type { SupportApi } from '../zendesk/support-api'
import type { ZendeskUser } from '../zendesk/schemas/user-schemas'

/** Everything the app needs from outside, injected once at boot so tests can hand in fakes. */
export interface AppServices {
  client: ZafClient
  api: SupportApi
  location: AppLocation
  context: ZafContext
  /** The agent using the app, as `/api/v2/users/me` reports it (permission gating relies on this). */
  agent: ZendeskUser
  settings: Record<string, unknown>
}

const ServicesContext = createContext<AppServices | null>(null)

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices() must be used within <ServicesProvider services={…}>')
  return services
}

export function useSupportApi(): SupportApi {
  return useServices().api
}

export function useZafClient(): ZafClient {
  return useServices().client
}
