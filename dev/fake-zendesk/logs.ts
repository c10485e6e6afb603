/**
 * What the fake saw. The request log lets the workspace panel and tests count calls; the write log is the
 * guard for "every mutating request corresponds to an operation the agent confirmed" (issue 5).
 */

export interface RequestLogEntry {
  method: string
  /** Pathname as sent, e.g. `/api/v2/tickets/12/comments`. */
  path: string
  /** Query parameters; a repeated name keeps its values joined with commas. */
  query: Record<string, string>
  status: number
  actingUserId: number
  /** The fake clock's time of the request, in epoch ms. */
  at: number
}

export interface WriteLogEntry extends RequestLogEntry {
  /** Parsed JSON body, the raw text when it is not JSON, or null when empty. */
  body: unknown
}

export const WRITE_METHODS = ['PUT', 'POST', 'DELETE', 'PATCH'] as const

export function isWrite(method: string): boolean {
  return (WRITE_METHODS as readonly string[]).includes(method.toUpperCase())
}

export function queryRecord(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of params) out[name] = name in out ? `${out[name]},${value}` : value
  return out
}
