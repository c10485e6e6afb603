import { createTranslator, preloadTranslations, type Translator } from '../i18n/create-translator'
import { resolveLocale } from '../i18n/resolve-locale'
import type { AppServices } from '../react/services-context'
import { initZafClient, type ZafSdk } from '../zendesk/init-zaf-client'
import { readAgentLocale } from '../zendesk/read-workspace'
import { createRequestScheduler } from '../zendesk/request-scheduler'
import { createSupportApi } from '../zendesk/support-api'
import type { ApiClientOptions } from '../zendesk/support-api-client'
import { APP_LOCATIONS, type AppLocation } from '../zendesk/zaf-client'

export interface BootResult {
  services: AppServices
  translator: Translator
}

function toLocation(value: string): AppLocation {
  return (APP_LOCATIONS as readonly string[]).includes(value) ? (value as AppLocation) : 'user_sidebar'
}

function requestsPerMinute(settings: Record<string, unknown>): number {
  const value = Number(settings.requests_per_minute)
  return Number.isFinite(value) && value >= 1 ? value : 100
}

/** Connects to Zendesk and gathers what every screen needs: location, settings, the agent, their language. */
export interface BootOptions {
  strictI18n?: boolean
  /** Tests inject a fast `sleep` so retries don't wait in real time. */
  apiOptions?: Pick<ApiClientOptions, 'sleep' | 'timeoutMs' | 'random'>
}

export async function bootApp(sdk: ZafSdk, options: BootOptions = {}): Promise<BootResult> {
  preloadTranslations()
  const { client, context } = await initZafClient(sdk)
  const metadata = await client.metadata().catch(() => ({ settings: {} }))
  const settings = metadata.settings ?? {}
  const api = createSupportApi({ ...options.apiOptions, client, scheduler: createRequestScheduler({ perMinute: requestsPerMinute(settings) }) })
  const [agent, zafLocale] = await Promise.all([api.users.getMe(), readAgentLocale(client).catch(() => undefined)])
  const translator = await createTranslator(resolveLocale(zafLocale ?? agent.locale), options.strictI18n)
  return { services: { client, api, context, agent, settings, location: toLocation(context.location) }, translator }
}
