// @vitest-environment node
import { ZendeskApiError, type ApiErrorKind } from '../../src/zendesk/api-error'
import { DEFAULT_RETRY_POLICY, retryDelayMs, shouldRetry } from '../../src/zendesk/retry-policy'

const error = (kind: ApiErrorKind, status: number, retryAfter?: number) => new ZendeskApiError(kind, status, undefined, undefined, retryAfter)

test.each([
  ['429', error('rate_limited', 429), false, true],
  ['500 read', error('server', 500), true, true],
  ['500 write (POST)', error('server', 500), false, false],
  ['503 write', error('server', 503), false, true],
  ['timeout read', error('timeout', 0), true, true],
  ['timeout write', error('timeout', 0), false, false],
  ['400', error('invalid', 400), true, false],
  ['401', error('unauthorized', 401), true, false],
  ['403', error('forbidden', 403), true, false],
  ['404', error('not_found', 404), true, false],
  ['422', error('invalid', 422), true, false],
  ['malformed 200', error('malformed', 200), true, false],
])('shouldRetry: %s', (_name, err, idempotent, expected) => {
  expect(shouldRetry(1, err, idempotent)).toBe(expected)
})

test('attempts are bounded', () => {
  expect(shouldRetry(DEFAULT_RETRY_POLICY.maxAttempts - 1, error('rate_limited', 429), true)).toBe(true)
  expect(shouldRetry(DEFAULT_RETRY_POLICY.maxAttempts, error('rate_limited', 429), true)).toBe(false)
})

test.each([
  [0, 0],
  [1, 1000],
  [120, 60_000],
])('Retry-After %s s waits %s ms (capped)', (seconds, expected) => {
  expect(retryDelayMs(1, error('rate_limited', 429, seconds))).toBe(expected)
})

test('without Retry-After the backoff doubles and is capped', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => retryDelayMs(attempt, error('server', 500)))).toEqual([
    1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000,
  ])
})

test('jitter adds at most a quarter', () => {
  expect(retryDelayMs(2, error('server', 502), 1)).toBe(2500)
})
