import type { ZendeskApiError } from './api-error'

/** The only retry layer in the app: ZAF's host-side auto-retry is switched off (`autoRetry: false`). */
export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 }

/**
 * Whether attempt number `attempt` (1-based, the one that just failed) should be followed by another.
 * Only 429 and 5xx are retried; a timed-out read is retried, a timed-out write is not (it may have landed,
 * and the executor verifies by re-reading instead).
 */
export function shouldRetry(attempt: number, error: ZendeskApiError, isIdempotent: boolean, policy = DEFAULT_RETRY_POLICY): boolean {
  if (attempt >= policy.maxAttempts) return false
  if (error.kind === 'rate_limited') return true
  if (error.kind === 'server') return isIdempotent || error.status === 503
  if (error.kind === 'timeout' || error.kind === 'network') return isIdempotent
  return false
}

/**
 * Milliseconds to wait before the next attempt. Retry-After (seconds) wins when Zendesk sends it;
 * otherwise exponential backoff with a cap. Jitter comes in as a 0..1 number so the function stays pure.
 */
export function retryDelayMs(attempt: number, error: ZendeskApiError, jitter = 0, policy = DEFAULT_RETRY_POLICY): number {
  if (error.retryAfterSeconds !== undefined) return Math.min(error.retryAfterSeconds * 1000, policy.maxDelayMs)
  // The official Ruby client waits 10 s on a 429 without Retry-After; we start lower but back off fast.
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1)
  return Math.min(Math.round(exponential * (1 + jitter * 0.25)), policy.maxDelayMs)
}
