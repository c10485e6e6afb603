import type { z } from 'zod'
import type { ZafClient } from './zaf-client'
import { malformedResponse, toApiError, type ZendeskApiError } from './api-error'
import { DEFAULT_RETRY_POLICY, retryDelayMs, shouldRetry, type RetryPolicy } from './retry-policy'
import { createRequestScheduler, type RequestScheduler } from './request-scheduler'
import { sendViaZaf, type ApiRequest, type ApiResponse } from './zaf-transport'

export interface ApiCallEvent {
  method: string
  path: string
  status: number
  attempt: number
  error?: ZendeskApiError
}

export interface ApiClientOptions {
  client: ZafClient
  scheduler?: RequestScheduler
  retry?: RetryPolicy
  timeoutMs?: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Observes every attempt (used for "requests used" counters); never receives bodies. */
  onCall?: (event: ApiCallEvent) => void
}

export interface ApiCaller {
  /** Sends a request through the scheduler and retry policy and validates the body against `schema`. */
  call<S extends z.ZodType>(request: ApiRequest, schema: S, signal?: AbortSignal): Promise<z.infer<S>>
  /** For endpoints with no meaningful body (204s, `{}`): resolves with the raw response. */
  send(request: ApiRequest, signal?: AbortSignal): Promise<ApiResponse>
  readonly scheduler: RequestScheduler
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE'])

export function createApiCaller(options: ApiClientOptions): ApiCaller {
  const scheduler = options.scheduler ?? createRequestScheduler()
  const policy = options.retry ?? DEFAULT_RETRY_POLICY
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const random = options.random ?? Math.random
  const timeoutMs = options.timeoutMs ?? 60_000

  async function send(request: ApiRequest, signal?: AbortSignal): Promise<ApiResponse> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response = await scheduler.schedule(() => sendViaZaf(options.client, request, timeoutMs), signal)
        options.onCall?.({ method: request.method, path: request.path, status: response.status, attempt })
        return response
      } catch (raw) {
        if (signal?.aborted) throw raw
        const error = toApiError(raw)
        options.onCall?.({ method: request.method, path: request.path, status: error.status, attempt, error })
        if (!shouldRetry(attempt, error, IDEMPOTENT.has(request.method), policy)) throw error
        const delay = retryDelayMs(attempt, error, random(), policy)
        if (error.kind === 'rate_limited') scheduler.pauseFor(delay)
        await sleep(delay)
      }
    }
  }

  return {
    scheduler,
    send,
    async call(request, schema, signal) {
      const response = await send(request, signal)
      const parsed = schema.safeParse(response.body)
      if (!parsed.success) throw malformedResponse(response.status, `Unexpected response shape from ${request.method} ${request.path}.`)
      return parsed.data
    },
  }
}
