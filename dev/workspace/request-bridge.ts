import { getResponse } from 'msw'
import type { ApiLog } from './api-log'
import type { Installation } from './installation'
import { normalizeOptions, prepareRequest, type ZafRequestOptions } from './request-options'
import type { RequestOutcome } from './zaf-host'

/**
 * What Zendesk's host does with `client.request`: performs the HTTP call on the app's behalf (here
 * against the in-page fake account instead of the network), retries 429s unless `autoRetry: false`,
 * and answers with the `responseArgs` the SDK settles the app's promise with (zendesk-reference.md §5.8).
 */

export type RequestHandlers = Parameters<typeof getResponse>[0]

export interface RequestBridgeOptions {
  handlers: () => RequestHandlers
  installation: () => Installation
  log: ApiLog
  /** Relative `/api/v2/...` URLs resolve against the agent's account. */
  accountOrigin?: string
  sleep?: (ms: number) => Promise<void>
  /** How many times the host itself retries a 429 before handing it to the app. */
  maxAutoRetries?: number
}

export interface RequestBridge {
  handle(raw: unknown, hooks?: { delayed(data: unknown): void }): Promise<RequestOutcome>
  /** Lets tests replace the wait before an auto-retry (e.g. advance a virtual clock instead). */
  setSleep(sleep: (ms: number) => Promise<void>): void
}

interface HttpResult {
  status: number
  statusText: string
  headers: Record<string, string>
  responseText: string
}

export const DEMO_ACCOUNT_ORIGIN = 'https://demo.zendesk.com'
/** Used when a 429 carries no Retry-After; Zendesk's Ruby client uses the same default. */
const DEFAULT_RETRY_AFTER_SECONDS = 10
const NOT_FOUND_BODY = JSON.stringify({ error: 'InvalidEndpoint', description: 'Not found' })

export function createRequestBridge(options: RequestBridgeOptions): RequestBridge {
  const accountOrigin = options.accountOrigin ?? DEMO_ACCOUNT_ORIGIN
  const maxAutoRetries = options.maxAutoRetries ?? 3
  let sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))

  async function attempt(request: Request, toAccount: boolean, timeoutMs: number | undefined): Promise<HttpResult & { note?: string }> {
    // The abort reaches handlers that wait (the fake's "hang" and "delay" faults) when the app's timeout fires.
    const controller = new AbortController()
    const pending = getResponse(options.handlers(), new Request(request, { signal: controller.signal }))
    let response: Response | undefined | 'timeout'
    try {
      response = await (timeoutMs === undefined ? pending : withTimeout(pending, timeoutMs))
    } catch (error) {
      // A handler that throws is a bug in the fake: loud in the console, a network error for the app.
      console.error('[workspace] fake handler threw', error)
      return { status: 0, statusText: 'error', headers: {}, responseText: '', note: 'handler threw' }
    }
    if (response === 'timeout') {
      controller.abort()
      return { status: 0, statusText: 'timeout', headers: {}, responseText: '', note: 'timeout' }
    }
    if (!response) {
      console.warn(`[workspace] no fake handler for ${request.method} ${request.url}`)
      // An unknown Zendesk route answers 404; an unknown third-party host is simply unreachable offline.
      return toAccount
        ? { status: 404, statusText: 'Not Found', headers: { 'content-type': 'application/json; charset=utf-8' }, responseText: NOT_FOUND_BODY, note: 'no fake handler' }
        : { status: 0, statusText: 'error', headers: {}, responseText: '', note: 'no fake handler' }
    }
    if (response.type === 'error') return { status: 0, statusText: 'error', headers: {}, responseText: '', note: 'network error' }
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value
    })
    return { status: response.status, statusText: response.statusText || reasonPhrase(response.status), headers, responseText: await response.text() }
  }

  async function handle(raw: unknown, hooks?: { delayed(data: unknown): void }): Promise<RequestOutcome> {
    const request = normalizeOptions(raw)
    const prepared = prepareRequest(request, accountOrigin, options.installation())
    const loggedPath = (url: URL | undefined, toAccount: boolean) =>
      !url ? request.url : `${toAccount ? '' : url.host}${url.pathname}${readable(url.search)}`

    if (prepared.kind === 'refused') {
      const result = { status: prepared.status, statusText: prepared.statusText, headers: {}, responseText: prepared.responseText }
      options.log.add({
        startedAt: Date.now(), method: request.method, path: loggedPath(prepared.url, false), url: prepared.url?.href ?? request.url,
        status: result.status, statusText: result.statusText, durationMs: 0, secure: request.secure, note: prepared.note,
      })
      return failure(result)
    }

    for (let retries = 0; ; retries += 1) {
      const startedAt = Date.now()
      const started = performance.now()
      const result = await attempt(prepared.request.clone(), prepared.toAccount, request.timeoutMs)
      const willRetry = result.status === 429 && request.autoRetry && prepared.toAccount && retries < maxAutoRetries
      const retryAfterSeconds = willRetry ? retryAfterOf(result.headers) : undefined
      options.log.add({
        startedAt, method: request.method, path: loggedPath(prepared.url, prepared.toAccount), url: prepared.url.href,
        status: result.status, statusText: result.statusText, durationMs: Math.round(performance.now() - started),
        secure: request.secure, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}), ...(result.note ? { note: result.note } : {}),
      })
      if (retryAfterSeconds === undefined) return toOutcome(result, request)
      hooks?.delayed({ retryAfter: retryAfterSeconds })
      await sleep(retryAfterSeconds * 1000)
    }
  }

  return {
    handle,
    setSleep(next) {
      sleep = next
    },
  }
}

/** `?page%5Bsize%5D=100` reads better as `?page[size]=100` in the panel. */
function readable(search: string): string {
  try {
    return decodeURIComponent(search)
  } catch {
    return search
  }
}

function toOutcome(result: HttpResult, request: ZafRequestOptions): RequestOutcome {
  const success = (result.status >= 200 && result.status < 300) || result.status === 304
  if (!success) return failure(result)
  const responseJSON = parseJson(result)
  if (request.httpCompleteResponse) {
    return { outcome: 'done', responseArgs: [{ status: result.status, statusText: result.statusText, responseText: result.responseText, responseJSON, headers: result.headers }] }
  }
  const xhr = xhrLike(result, responseJSON)
  if (result.status === 204 || request.method === 'HEAD') return { outcome: 'done', responseArgs: [null, 'nocontent', xhr] }
  const wantsJson = request.dataType === 'json' || (request.dataType === undefined && isJsonType(result.headers))
  if (!wantsJson) return { outcome: 'done', responseArgs: [result.responseText, 'success', xhr] }
  // jQuery fails a 2xx whose body does not parse as the requested JSON ("parsererror").
  if (responseJSON === undefined) return { outcome: 'fail', responseArgs: [xhr, 'parsererror'] }
  return { outcome: 'done', responseArgs: [responseJSON, 'success', xhr] }
}

function failure(result: HttpResult): RequestOutcome {
  return { outcome: 'fail', responseArgs: [xhrLike(result, parseJson(result))] }
}

/** The jqXHR fields apps read on an error (`status`, `statusText`, `responseText`, `responseJSON`), plus headers. */
function xhrLike(result: HttpResult, responseJSON: unknown): Record<string, unknown> {
  return {
    readyState: 4,
    status: result.status,
    statusText: result.statusText,
    responseText: result.responseText,
    ...(responseJSON !== undefined ? { responseJSON } : {}),
    headers: result.headers,
  }
}

function parseJson(result: HttpResult): unknown {
  if (result.responseText.trim() === '') return undefined
  try {
    return JSON.parse(result.responseText) as unknown
  } catch {
    return undefined
  }
}

function isJsonType(headers: Record<string, string>): boolean {
  return /json/i.test(headers['content-type'] ?? '')
}

function retryAfterOf(headers: Record<string, string>): number {
  const seconds = Number(headers['retry-after'])
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))])
}

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 304: 'Not Modified', 400: 'Bad Request',
  401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
}

function reasonPhrase(status: number): string {
  return REASONS[status] ?? ''
}
