import type { ZafClient, ZafContext } from './zaf-client'

/** Thrown when the iframe was opened outside Zendesk: the SDK finds no `origin`/`app_guid` in the URL. */
export class OutsideZendeskError extends Error {
  override readonly name = 'OutsideZendeskError'
  constructor() {
    super('The app was opened outside Zendesk: the iframe URL has no origin and app_guid parameters.')
  }
}

/** Thrown when the host never sends `app.registered` (a host that does not speak the ZAF protocol). */
export class RegistrationTimeoutError extends Error {
  override readonly name = 'RegistrationTimeoutError'
  constructor(readonly timeoutMs: number) {
    super(`Zendesk did not register the app within ${timeoutMs} ms.`)
  }
}

export interface ZafSdk {
  init(callback?: (registration: { context?: unknown; metadata?: unknown }) => void): unknown
}

export interface ZafRegistration {
  client: ZafClient
  context: ZafContext
}

/**
 * Creates the ZAF client and resolves once the host has sent `app.registered`; every other call made
 * before then would only be queued by the SDK.
 */
export function initZafClient(sdk: ZafSdk, timeoutMs = 15_000): Promise<ZafRegistration> {
  return new Promise<ZafRegistration>((resolve, reject) => {
    const holder: { client?: ZafClient; registration?: { context?: unknown } } = {}
    const timer = setTimeout(() => reject(new RegistrationTimeoutError(timeoutMs)), timeoutMs)
    const settle = () => {
      if (!holder.client || !holder.registration) return
      clearTimeout(timer)
      resolve({ client: holder.client, context: (holder.registration.context ?? {}) as ZafContext })
    }
    const created = sdk.init((data) => {
      holder.registration = data ?? {}
      settle()
    })
    if (!created) {
      clearTimeout(timer)
      reject(new OutsideZendeskError())
      return
    }
    holder.client = created as ZafClient
    settle()
  })
}
