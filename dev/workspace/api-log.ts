/**
 * The record of every HTTP call the app made through `client.request`, one entry per attempt
 * (an auto-retried 429 shows twice). The panel renders it; e2e tests read it via `window.__workspace`.
 */

export interface ApiLogEntry {
  id: number
  startedAt: number
  method: string
  /** Path and query for account calls (`/api/v2/users/1.json`); `host/path` for third-party calls. */
  path: string
  url: string
  status: number
  statusText: string
  durationMs: number
  /** True when the call carried `secure: true` (host-side `{{setting.x}}` substitution). */
  secure: boolean
  /** Set when the host will retry this attempt itself (ZAF `autoRetry` on a 429). */
  retryAfterSeconds?: number
  /** Non-HTTP outcome: `timeout`, `no fake handler`, `not proxyable`… */
  note?: string
}

export interface ApiLog {
  /** Newest first. */
  entries(): readonly ApiLogEntry[]
  add(entry: Omit<ApiLogEntry, 'id'>): ApiLogEntry
  clear(): void
  subscribe(listener: () => void): () => void
}

const MAX_ENTRIES = 1000

export function createApiLog(): ApiLog {
  let entries: ApiLogEntry[] = []
  let nextId = 1
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())
  return {
    entries: () => entries,
    add(entry) {
      const full = { ...entry, id: nextId++ }
      entries = [full, ...entries].slice(0, MAX_ENTRIES)
      notify()
      return full
    },
    clear() {
      entries = []
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
