import { json } from './errors'

/**
 * One-shot (or n-shot) failures injected ahead of the real handler, for fault tests: 500s, 403s, a
 * malformed JSON page, a slow or hanging request, a dropped connection.
 */
export interface FaultSpec {
  /** HTTP method to match; any when omitted. */
  method?: string
  /** A string matches the pathname exactly (a `.json` suffix is ignored); a RegExp is tested on pathname + search. */
  path: string | RegExp
  /** Defaults to 500. */
  status?: number
  /**
   * An object is sent as JSON. A string is sent verbatim with `application/json` (override with
   * `headers`), so `'{"comments": ['` gives the app a malformed JSON body.
   */
  body?: unknown
  headers?: Record<string, string>
  /** How many matching requests fail; defaults to 1. */
  times?: number
  /** Waits this long (through the fake's `sleep`) before answering. */
  delayMs?: number
  /** Never answers; the request only ends when the caller aborts it (a timeout test). */
  hang?: boolean
  /** Answers with a network error instead of an HTTP response. */
  networkError?: boolean
}

const DEFAULT_FAULT_BODY = { error: 'InternalServerError', description: 'Injected failure from the fake Zendesk' }

export class FaultQueue {
  private faults: Array<{ spec: FaultSpec; left: number }> = []

  add(spec: FaultSpec): void {
    const times = spec.times ?? 1
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`failNext({ times }) needs a positive whole number; got ${times}.`)
    this.faults.push({ spec, left: times })
  }

  clear(): void {
    this.faults = []
  }

  get pending(): number {
    return this.faults.reduce((n, f) => n + f.left, 0)
  }

  /** Consumes and returns the first fault matching the request, if any. */
  take(method: string, url: URL): FaultSpec | undefined {
    const path = url.pathname.replace(/\.json$/, '')
    const index = this.faults.findIndex(({ spec }) => {
      if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false
      if (typeof spec.path === 'string') return spec.path.replace(/\.json$/, '') === path
      return spec.path.test(url.pathname + url.search)
    })
    const entry = this.faults[index]
    if (!entry) return undefined
    entry.left -= 1
    if (entry.left === 0) this.faults.splice(index, 1)
    return entry.spec
  }
}

/** Turns a fault into its response, honouring delays, hangs and network errors. */
export async function respondWithFault(spec: FaultSpec, signal: AbortSignal, sleep: (ms: number) => Promise<void>): Promise<Response> {
  if (spec.hang) {
    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve()
      else signal.addEventListener('abort', () => resolve(), { once: true })
    })
    return Response.error()
  }
  if (spec.delayMs) await sleep(spec.delayMs)
  if (spec.networkError) return Response.error()
  const status = spec.status ?? 500
  if (typeof spec.body === 'string') {
    return new Response(spec.body, { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...spec.headers } })
  }
  return json(spec.body ?? DEFAULT_FAULT_BODY, status, spec.headers)
}
