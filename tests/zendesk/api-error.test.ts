// @vitest-environment node
import { parseRetryAfter, toApiError } from '../../src/zendesk/api-error'

const xhr = (status: number, responseText: string, headers: Record<string, string> = {}) => ({ status, statusText: '', responseText, headers })

test.each([
  ['E1 not found', xhr(404, '{"error":"RecordNotFound","description":"Not found"}'), 'not_found', 'RecordNotFound', 'Not found'],
  ['E2 invalid', xhr(422, '{"error":"RecordInvalid","description":"Record validation errors","details":{"base":[{"description":"x"}]}}'), 'invalid', 'RecordInvalid', 'Record validation errors'],
  ['E3 sentence', xhr(401, '{"error":"Couldn\'t authenticate you"}'), 'unauthorized', undefined, "Couldn't authenticate you"],
  ['E4 forbidden object', xhr(403, '{"error":{"title":"Forbidden","message":"You do not have access to this page."}}'), 'forbidden', 'Forbidden', 'You do not have access to this page.'],
  ['E5 errors array', xhr(429, '{"errors":[{"code":"TooManyRequests","title":"Too many requests to autocomplete"}]}'), 'rate_limited', 'TooManyRequests', 'Too many requests to autocomplete'],
  ['E6 plain text 429', xhr(429, 'Rate limit for ticket updates exceeded, please wait before updating this ticket again'), 'rate_limited', undefined, 'Rate limit for ticket updates exceeded, please wait before updating this ticket again'],
  ['empty 502', xhr(502, ''), 'server', undefined, undefined],
])('%s', (_name, raw, kind, code, description) => {
  const error = toApiError(raw)
  expect(error.kind).toBe(kind)
  expect(error.code).toBe(code)
  expect(error.description).toBe(description)
})

test('Retry-After is read from any header casing and from jQuery-style XHRs', () => {
  expect(toApiError(xhr(429, '', { 'Retry-After': '7' })).retryAfterSeconds).toBe(7)
  expect(toApiError(xhr(429, '', { 'retry-after': '3' })).retryAfterSeconds).toBe(3)
  expect(toApiError({ status: 429, responseText: '', getResponseHeader: (n: string) => (n === 'Retry-After' ? '9' : null) }).retryAfterSeconds).toBe(9)
  expect(toApiError({ status: 429, responseText: '', getAllResponseHeaders: () => 'Content-Type: text/plain\r\nRetry-After: 11\r\n' }).retryAfterSeconds).toBe(11)
})

test.each([
  ['93', 93],
  ['0', 0],
  ['soon', undefined],
  ['', undefined],
  [undefined, undefined],
])('parseRetryAfter(%s)', (value, expected) => {
  expect(parseRetryAfter(value)).toBe(expected)
})

test('an HTTP-date Retry-After becomes seconds from now', () => {
  expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10)
})

test('anything without a status is a network failure', () => {
  expect(toApiError(new TypeError('Failed to fetch')).kind).toBe('network')
  expect(toApiError(undefined).kind).toBe('network')
})
