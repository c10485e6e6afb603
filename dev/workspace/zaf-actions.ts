import type { PropertyResult } from './zaf-host'

/**
 * `client.invoke(name, ...args)` as the Agent Workspace handles it for a sidebar app. Only what this app
 * needs is real (`resize`, `notify`); `instances.create` is accepted and ignored; anything else fails
 * loudly so the app cannot come to depend on an action we never imitated.
 */

export type NotifyKind = 'notice' | 'alert' | 'error' | 'success'

export interface FrameSize {
  width?: string
  height?: string
}

export interface NotifyRequest {
  message: string
  kind: NotifyKind
  /** Milliseconds before it disappears; undefined = sticky. */
  durationMs: number | undefined
}

export interface ActionTargets {
  resize(size: FrameSize): void
  notify(request: NotifyRequest): void
}

const DEFAULT_NOTIFY_MS = 5_000
const KINDS: readonly NotifyKind[] = ['notice', 'alert', 'error', 'success']

export function createActionHandler(targets: ActionTargets): (action: string, args: unknown[]) => PropertyResult {
  return (action, args) => {
    switch (action) {
      case 'resize': {
        const size = (args[0] ?? {}) as Record<string, unknown>
        targets.resize({ width: cssLength(size.width), height: cssLength(size.height) })
        return { value: null }
      }
      case 'notify': {
        targets.notify(toNotifyRequest(args))
        return { value: null }
      }
      case 'instances.create':
        // Modals and other instances are not imitated; answering keeps an app that probes for them working.
        return { value: [] }
      case 'track':
        return { value: null }
      default:
        return { error: { name: 'InvalidActionError', message: 'is not supported by the local workspace', path: action } }
    }
  }
}

/** ZAF accepts numbers (pixels) and CSS strings ('100%', '450px'). */
function cssLength(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}px`
  if (typeof value === 'string' && value.trim() !== '') return /^\d+(\.\d+)?$/.test(value.trim()) ? `${value.trim()}px` : value.trim()
  return undefined
}

/** `notify(message, kind?, durationMs | {sticky}?, {sticky}?)`. */
function toNotifyRequest(args: unknown[]): NotifyRequest {
  const [message, kind, third, fourth] = args
  const sticky = [third, fourth].some((arg) => typeof arg === 'object' && arg !== null && (arg as { sticky?: unknown }).sticky === true)
  const durationMs = typeof third === 'number' && third > 0 ? third : DEFAULT_NOTIFY_MS
  return {
    message: String(message ?? ''),
    kind: KINDS.includes(kind as NotifyKind) ? (kind as NotifyKind) : 'notice',
    durationMs: sticky ? undefined : durationMs,
  }
}
