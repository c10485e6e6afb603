import { HOST_EVENT_PREFIX } from './zaf-events'
import {
  parseIframeMessage,
  serializeHostMessage,
  splitKey,
  type HostMessage,
  type IframeMessage,
  type ZafError,
} from './zaf-protocol'

/**
 * The parent side of the ZAF SDK protocol for ONE app iframe load: what Zendesk's Agent Workspace does
 * for a sidebar app. It knows the wire protocol only; what `get` returns, what `invoke` does and where
 * `request` goes are the delegate's business (the workspace wires them to the fake account).
 */

export interface ZafRegistration {
  context: Record<string, unknown>
  metadata: Record<string, unknown>
}

export type PropertyResult = { value: unknown } | { error: ZafError }

export interface RequestOutcome {
  outcome: 'done' | 'fail'
  responseArgs: unknown[]
}

export interface ZafHostDelegate {
  registration(): ZafRegistration
  get(path: string): PropertyResult
  set(path: string, value: unknown): PropertyResult
  invoke(action: string, args: unknown[]): PropertyResult | Promise<PropertyResult>
  /** `delayed` tells the app a rate-limited request is waiting for its retry (ZAF v1 `.delayed`). */
  request(options: unknown, hooks: { delayed(data: unknown): void }): Promise<RequestOutcome>
}

export interface ProtocolTraceEntry {
  at: number
  direction: 'in' | 'out'
  /** `key` for keyed messages, `get`/`set`/`invoke` for promise calls, `reply` for their answers. */
  kind: string
  data: unknown
}

export interface ZafHostOptions {
  /** The iframe's window: messages from any other source are ignored, as the SDK does on its side. */
  target: Window
  appOrigin: string
  appGuid: string
  delegate: ZafHostDelegate
  trace?: (entry: ProtocolTraceEntry) => void
  /** Where to listen for messages; the host page's window. */
  listenOn?: Window
}

export type SaveHookResult = { ok: true } | { ok: false; message: string }

export interface ZafHost {
  readonly registered: boolean
  whenRegistered(): Promise<void>
  subscriberCount(event: string): number
  /** Sends `zaf.<event>` if the app listens to it (Zendesk only binds events an app subscribed to). */
  trigger(event: string, data?: unknown): boolean
  /** Sends `zaf.<event>` now if subscribed, otherwise as soon as the app subscribes (activation events). */
  triggerWhenSubscribed(event: string, data?: unknown): void
  /** Runs a save hook (`ticket.save`): resolves with the app's verdict, or ok when nobody listens. */
  runSaveHook(event: string, timeoutMs?: number): Promise<SaveHookResult>
  dispose(): void
}

const SAVE_HOOK_TIMEOUT_MS = 30_000

export function createZafHost(options: ZafHostOptions): ZafHost {
  const { target, appOrigin, appGuid, delegate } = options
  const listenOn = options.listenOn ?? window
  const subscriptions = new Map<string, number>()
  const waitingForSubscriber = new Map<string, unknown>()
  const saveHookWaiters = new Map<string, (result: SaveHookResult) => void>()
  let registered = false
  let disposed = false
  let resolveRegistered: () => void = () => undefined
  const registeredPromise = new Promise<void>((resolve) => {
    resolveRegistered = resolve
  })

  const trace = (direction: 'in' | 'out', kind: string, data: unknown) =>
    options.trace?.({ at: Date.now(), direction, kind, data })

  function post(message: HostMessage, kind: string): void {
    if (disposed) return
    trace('out', kind, message)
    target.postMessage(serializeHostMessage(message), appOrigin)
  }

  function sendEvent(event: string, data: unknown, extra: { needsReply?: boolean } = {}): void {
    post({ key: `${HOST_EVENT_PREFIX}${event}`, message: data, instanceGuid: appGuid, ...extra }, event)
  }

  function onHandshake(): void {
    const registration = delegate.registration()
    sendEvent('app.registered', registration)
    registered = true
    resolveRegistered()
  }

  function onSubscription(verb: string, event: string, message: unknown): void {
    const count = Number((message as { subscriberCount?: unknown } | undefined)?.subscriberCount ?? 0)
    subscriptions.set(event, verb === 'iframe.on' ? Math.max(count, 1) : Math.max(count, 0))
    if (verb === 'iframe.on' && waitingForSubscriber.has(event)) {
      const data = waitingForSubscriber.get(event)
      waitingForSubscriber.delete(event)
      sendEvent(event, data)
    }
  }

  async function onRequest(key: string, options: unknown): Promise<void> {
    const delayed = (data: unknown) => sendEvent(`${key}.delayed`, data)
    let outcome: RequestOutcome
    try {
      outcome = await delegate.request(options, { delayed })
    } catch (error) {
      // A bug in the bridge must still settle the app's promise, as a network failure would.
      outcome = { outcome: 'fail', responseArgs: [{ status: 0, statusText: 'error', responseText: String(error) }] }
    }
    sendEvent(`${key}.${outcome.outcome}`, { responseArgs: outcome.responseArgs })
  }

  async function onCall(message: IframeMessage): Promise<void> {
    const id = message.id
    if (typeof id !== 'number') return
    const result: Record<string, unknown> & { errors: Record<string, ZafError> } = { errors: {} }
    const record = (name: string, outcome: PropertyResult) => {
      if ('error' in outcome) result.errors[name] = outcome.error
      else result[name] = outcome.value
    }
    if (message.request === 'get') {
      const paths = Array.isArray(message.params) ? message.params : []
      for (const path of paths) record(String(path), delegate.get(String(path)))
    } else if (message.request === 'set') {
      const pairs = isRecord(message.params) ? Object.entries(message.params) : []
      for (const [path, value] of pairs) record(path, delegate.set(path, value))
    } else if (message.request === 'invoke') {
      const actions = isRecord(message.params) ? Object.entries(message.params) : []
      for (const [action, args] of actions) {
        record(action, await delegate.invoke(action, Array.isArray(args) ? args : [args]))
      }
    } else {
      post({ id, error: { name: 'InvalidRequest', message: `Unknown request type ${String(message.request)}` } }, 'reply')
      return
    }
    post({ id, result }, 'reply')
  }

  function onReply(event: string, message: IframeMessage): void {
    const waiter = saveHookWaiters.get(event)
    if (!waiter) return
    saveHookWaiters.delete(event)
    waiter(message.error ? { ok: false, message: String(message.error.msg ?? 'Cancelled by the app') } : { ok: true })
  }

  function handle(message: IframeMessage): void {
    if (message.request) {
      trace('in', message.request, message)
      void onCall(message)
      return
    }
    if (typeof message.key !== 'string') return
    trace('in', message.key, message)
    const [verb, argument] = splitKey(message.key)
    switch (verb) {
      case 'iframe.handshake':
        onHandshake()
        return
      case 'iframe.on':
      case 'iframe.off':
        onSubscription(verb, argument, message.message)
        return
      case 'iframe.trigger':
        // client.trigger() reaches the app's own listeners through the host.
        trigger(argument, message.message)
        return
      case 'iframe.reply':
        onReply(argument, message)
        return
      case 'request':
        void onRequest(message.key, message.message)
        return
      default:
        // `__track__`, `session.live` and custom `client.postMessage` names: Zendesk consumes them silently.
        return
    }
  }

  function onWindowMessage(event: MessageEvent): void {
    if (disposed || event.source !== target || event.origin !== appOrigin) return
    const message = parseIframeMessage(event.data)
    if (message) handle(message)
  }

  function trigger(event: string, data?: unknown): boolean {
    if (!registered || (subscriptions.get(event) ?? 0) < 1) return false
    sendEvent(event, data)
    return true
  }

  listenOn.addEventListener('message', onWindowMessage)

  return {
    get registered() {
      return registered
    },
    whenRegistered: () => registeredPromise,
    subscriberCount: (event) => subscriptions.get(event) ?? 0,
    trigger,
    triggerWhenSubscribed(event, data) {
      if (!trigger(event, data)) waitingForSubscriber.set(event, data)
    },
    runSaveHook(event, timeoutMs = SAVE_HOOK_TIMEOUT_MS) {
      if (!registered || (subscriptions.get(event) ?? 0) < 1) return Promise.resolve({ ok: true })
      return new Promise<SaveHookResult>((resolve) => {
        const timer = setTimeout(() => {
          saveHookWaiters.delete(event)
          resolve({ ok: false, message: `The app did not answer ${event} within ${timeoutMs} ms` })
        }, timeoutMs)
        saveHookWaiters.set(event, (result) => {
          clearTimeout(timer)
          resolve(result)
        })
        sendEvent(event, undefined, { needsReply: true })
      })
    },
    dispose() {
      disposed = true
      listenOn.removeEventListener('message', onWindowMessage)
      for (const waiter of saveHookWaiters.values()) waiter({ ok: false, message: 'The app was unloaded' })
      saveHookWaiters.clear()
    },
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value)
}
