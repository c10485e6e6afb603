import type { Frame } from 'playwright-core'

/**
 * Speaks the SDK's wire protocol from inside the app frame, next to the real SDK, to test host behaviour
 * the app itself does not exercise (unknown paths, notify, save hooks…). Messages are posted exactly as
 * the SDK posts them: JSON strings to `window.parent`, addressed to the `origin` query parameter.
 */

export interface HostMessage {
  key?: string
  id?: number
  message?: unknown
  result?: Record<string, unknown> & { errors?: Record<string, { name?: string; message?: string; path?: string }> }
  error?: unknown
  needsReply?: boolean
}

/** Starts recording every message the host sends to the frame (idempotent). */
export async function recordHostMessages(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { __hostMessages?: unknown[] }
    if (w.__hostMessages) return
    const messages: unknown[] = []
    w.__hostMessages = messages
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent) return
      messages.push(typeof event.data === 'string' ? JSON.parse(event.data) : event.data)
    })
  })
}

/** Posts one message to the host as the SDK would (adds appGuid/instanceGuid from the frame's URL). */
export async function postToHost(frame: Frame, message: Record<string, unknown>, asObject = false): Promise<void> {
  await frame.evaluate(
    ({ message, asObject }) => {
      const params = new URLSearchParams(window.location.search)
      const appGuid = params.get('app_guid')
      const full = { ...message, appGuid, instanceGuid: appGuid }
      window.parent.postMessage(asObject ? full : JSON.stringify(full), params.get('origin') ?? '*')
    },
    { message, asObject },
  )
}

/** Waits for the first recorded host message with this `key` (or reply `id`). */
export async function waitForHostMessage(frame: Frame, match: { key?: string; id?: number }, timeout = 10_000): Promise<HostMessage> {
  const handle = await frame.waitForFunction(
    (match) => {
      const messages = (window as unknown as { __hostMessages?: { key?: string; id?: number }[] }).__hostMessages ?? []
      return messages.find((m) => (match.key === undefined || m.key === match.key) && (match.id === undefined || m.id === match.id)) ?? false
    },
    match,
    { timeout },
  )
  return (await handle.jsonValue()) as HostMessage
}

let nextId = 90_000

/** A get/set/invoke round trip: posts `{id, request, params}` and returns the host's reply. */
export async function callHost(frame: Frame, request: 'get' | 'set' | 'invoke', params: unknown): Promise<HostMessage> {
  await recordHostMessages(frame)
  const id = nextId++
  await postToHost(frame, { id, request, params })
  return waitForHostMessage(frame, { id })
}

/** A `client.request` round trip at the wire level; resolves with the `.done` or `.fail` message. */
export async function requestViaHost(frame: Frame, options: Record<string, unknown>, timeout = 15_000): Promise<{ outcome: 'done' | 'fail'; responseArgs: unknown[] }> {
  await recordHostMessages(frame)
  const key = `request:${nextId++}`
  await postToHost(frame, { key, message: options })
  const handle = await frame.waitForFunction(
    (key) => {
      const messages = (window as unknown as { __hostMessages?: { key?: string; message?: { responseArgs?: unknown[] } }[] }).__hostMessages ?? []
      const reply = messages.find((m) => m.key === `zaf.${key}.done` || m.key === `zaf.${key}.fail`)
      return reply ? { outcome: reply.key?.endsWith('.done') ? 'done' : 'fail', responseArgs: reply.message?.responseArgs ?? [] } : false
    },
    key,
    { timeout },
  )
  return (await handle.jsonValue()) as { outcome: 'done' | 'fail'; responseArgs: unknown[] }
}
