/**
 * What the workspace shows: where the app is, who/what is on screen, who the agent is. Mirrored in the
 * page's query string so a reload (or an e2e test opening a URL) lands on the same screen; the fake
 * account's data is NOT in here — it lives in the page's memory and survives iframe reloads only.
 */

export type SidebarLocation = 'ticket_sidebar' | 'user_sidebar'
export type ColorScheme = 'light' | 'dark'
export const LOCALES = ['en', 'fr', 'pt-BR', 'es'] as const
export type AgentLocale = (typeof LOCALES)[number]

export interface WorkspaceSettings {
  location: SidebarLocation
  /** The user on screen in the user sidebar (null: the fake's default subject). */
  userId: number | null
  /** The ticket on screen in the ticket sidebar (null: the fake's default ticket). */
  ticketId: number | null
  /** The signed-in agent (null: the fake's default acting agent). */
  agentId: number | null
  locale: AgentLocale
  colorScheme: ColorScheme
  /** Requests per minute before the fake answers 429; null = unlimited. */
  rateLimit: number | null
  /** Wider sidebar (flexible apps can be widened by the agent). */
  wide: boolean
  /** Where the app is served from (`?app=`); defaults to this server. */
  appBase: string
}

export type SettingsListener = (next: WorkspaceSettings, changed: ReadonlySet<keyof WorkspaceSettings>) => void

export interface WorkspaceState {
  get(): WorkspaceSettings
  update(patch: Partial<WorkspaceSettings>): void
  subscribe(listener: SettingsListener): () => void
}

export function readSettings(search: string, origin: string): WorkspaceSettings {
  const query = new URLSearchParams(search)
  const id = (name: string) => {
    const value = Number(query.get(name))
    return Number.isInteger(value) && value > 0 ? value : null
  }
  const locale = LOCALES.find((l) => l.toLowerCase() === (query.get('locale') ?? '').toLowerCase()) ?? 'en'
  const rate = query.get('rate')
  const rateLimit = rate === null || rate === 'off' ? null : Number(rate) > 0 ? Number(rate) : null
  return {
    location: query.get('location') === 'user_sidebar' ? 'user_sidebar' : 'ticket_sidebar',
    userId: id('user'),
    ticketId: id('ticket'),
    agentId: id('agent'),
    locale,
    colorScheme: query.get('scheme') === 'dark' ? 'dark' : 'light',
    rateLimit,
    wide: query.get('wide') === '1',
    appBase: (query.get('app') ?? defaultAppBase(origin)).replace(/\/+$/, ''),
  }
}

export function toQuery(settings: WorkspaceSettings, origin: string): string {
  const query = new URLSearchParams()
  query.set('location', settings.location)
  if (settings.userId !== null) query.set('user', String(settings.userId))
  if (settings.ticketId !== null) query.set('ticket', String(settings.ticketId))
  if (settings.agentId !== null) query.set('agent', String(settings.agentId))
  query.set('locale', settings.locale)
  query.set('scheme', settings.colorScheme)
  if (settings.rateLimit !== null) query.set('rate', String(settings.rateLimit))
  if (settings.wide) query.set('wide', '1')
  if (settings.appBase !== defaultAppBase(origin)) query.set('app', settings.appBase)
  return `?${query.toString()}`
}

/**
 * The app is served by this same server, but under the other loopback name (127.0.0.1 ⇄ localhost) so
 * the app frame is cross-origin to the workspace, as it is to Zendesk: same-origin shortcuts cannot
 * hide protocol bugs.
 */
export function defaultAppBase(origin: string): string {
  const url = new URL(origin)
  if (url.hostname === '127.0.0.1') url.hostname = 'localhost'
  else if (url.hostname === 'localhost') url.hostname = '127.0.0.1'
  return url.origin
}

export function createWorkspaceState(initial: WorkspaceSettings): WorkspaceState {
  let settings = initial
  const listeners = new Set<SettingsListener>()
  return {
    get: () => settings,
    update(patch) {
      const changed = new Set<keyof WorkspaceSettings>()
      for (const key of Object.keys(patch) as (keyof WorkspaceSettings)[]) {
        if (patch[key] !== undefined && patch[key] !== settings[key]) changed.add(key)
      }
      if (changed.size === 0) return
      settings = { ...settings, ...patch }
      listeners.forEach((listener) => listener(settings, changed))
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
