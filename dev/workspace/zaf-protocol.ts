/**
 * Wire format of the ZAF SDK ⇄ host postMessage protocol (zendesk-reference.md §3.6, SDK lib/client.js).
 * The SDK posts JSON strings, except save-hook replies, which it posts as plain objects; so parsing
 * accepts both.
 */

export type ZafRequestKind = 'get' | 'set' | 'invoke'

/** Anything the app iframe may post to its parent. */
export interface IframeMessage {
  key?: string
  message?: unknown
  id?: number
  request?: ZafRequestKind
  params?: unknown
  appGuid?: string
  instanceGuid?: string
  /** Present on `iframe.reply:<event>` when the app's save hook cancelled. */
  error?: { msg?: unknown }
}

/** The error object the SDK turns into an `Error` (it prefixes the message with `"<path>" `). */
export interface ZafError {
  name: string
  message: string
  path?: string
}

export type HostMessage =
  | { key: string; message?: unknown; instanceGuid?: string; needsReply?: boolean }
  | { id: number; result: Record<string, unknown> & { errors: Record<string, ZafError> } }
  | { id: number; error: ZafError }

export function parseIframeMessage(data: unknown): IframeMessage | undefined {
  let value = data
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown
    } catch {
      return undefined
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  return value as IframeMessage
}

/** Splits `iframe.on:ticket.save` into `['iframe.on', 'ticket.save']`; keys without a colon have no argument. */
export function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':')
  return colon < 0 ? [key, ''] : [key.slice(0, colon), key.slice(colon + 1)]
}

/** The host posts JSON strings, as the SDK does: it accepts both and strings survive any payload. */
export function serializeHostMessage(message: HostMessage): string {
  return JSON.stringify(message)
}
