/**
 * The subset of the ZAF v2 client this app uses. The real object comes from `zendesk_app_framework_sdk`;
 * tests and the local workspace hand in other implementations of the same shape.
 */
export interface ZafClient {
  get(paths: string | string[]): Promise<ZafGetResult>
  set(path: string, value: unknown): Promise<unknown>
  invoke(name: string, ...args: unknown[]): Promise<unknown>
  on(event: string, handler: (data?: unknown) => void): void
  off(event: string, handler: (data?: unknown) => void): void
  context(): Promise<ZafContext>
  metadata(): Promise<ZafMetadata>
  request(options: ZafRequestOptions): Promise<unknown>
}

export type ZafGetResult = Record<string, unknown> & { errors?: Record<string, { message?: string }> }

export const APP_LOCATIONS = ['user_sidebar', 'ticket_sidebar'] as const
export type AppLocation = (typeof APP_LOCATIONS)[number]

export interface ZafContext {
  product: string
  location: string
  instanceGuid?: string
  account?: { subdomain?: string }
  ticketId?: number
  userId?: number
}

export interface ZafMetadata {
  appId?: number
  installationId?: number
  settings?: Record<string, unknown>
}

/** Options forwarded by the SDK to the host frame, which performs the HTTP call. */
export interface ZafRequestOptions {
  url: string
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
  data?: string
  contentType?: string
  dataType?: 'json' | 'text'
  headers?: Record<string, string>
  /** Our retry policy is the only one: the host's own 429 auto-retry is switched off. */
  autoRetry?: boolean
  httpCompleteResponse?: boolean
  secure?: boolean
  cors?: boolean
  timeout?: number
}
