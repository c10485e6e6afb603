// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { DEMO_ADMIN_ID, DEMO_AGENT_ID, DEMO_REQUEST_TICKET_ID, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import { BASE, del, get, put, useFakeZendesk } from './support'

const fake = useFakeZendesk()
const USER = `/api/v2/users/${DEMO_SUBJECT_ID}`

describe('rate limiting', () => {
  test('off by default, but the rate-limit headers come on every response', async () => {
    for (let i = 0; i < 5; i += 1) expect((await get(USER)).status).toBe(200)
    const { headers } = await get('/api/v2/users/424242')
    expect(headers.get('X-Rate-Limit')).toBe('700')
    expect(headers.get('X-Rate-Limit-Remaining')).toBe('694')
    expect(headers.get('ratelimit-limit')).toBe('700')
    expect(headers.get('ratelimit-remaining')).toBe('694')
    expect(headers.get('ratelimit-reset')).toMatch(/^\d+$/)
  })

  test('over the per-minute limit: 429 with Retry-After in seconds, and a sliding window', async () => {
    fake.setRateLimit(3)
    for (let i = 0; i < 3; i += 1) {
      const ok = await get(USER)
      expect(ok.status).toBe(200)
      expect(ok.headers.get('X-Rate-Limit-Remaining')).toBe(String(2 - i))
      fake.advance(10_000)
    }
    const limited = await get(USER)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('30')
    expect(limited.headers.get('X-Rate-Limit')).toBe('3')
    // Zendesk's account-wide 429 body is plain text, not JSON (E6).
    expect(limited.headers.get('content-type')).toContain('text/plain')
    expect(limited.text).toBe('Number of allowed API requests per minute exceeded')
    fake.advance(30_000)
    expect((await get(USER)).status).toBe(200)
    expect((await get(USER)).status).toBe(429)
  })

  test('Update User: 5 per minute per user (when limiting is on)', async () => {
    fake.setRateLimit(1000)
    fake.setActingUser(DEMO_AGENT_ID)
    for (let i = 0; i < 5; i += 1) {
      expect((await put(USER, { user: { notes: `n${i}` } })).status).toBe(200)
      fake.advance(1_000)
    }
    const limited = await put(USER, { user: { notes: 'n6' } })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(fake.state.getUser(DEMO_SUBJECT_ID)?.notes).toBe('n4')
  })

  test('Update Ticket: 30 per 10 minutes per user per ticket, answered in text/html', async () => {
    fake.setRateLimit(1000)
    for (let i = 0; i < 30; i += 1) await put(`/api/v2/tickets/${DEMO_REQUEST_TICKET_ID}`, { ticket: { additional_tags: [`t${i}`] } })
    const limited = await put(`/api/v2/tickets/${DEMO_REQUEST_TICKET_ID}`, { ticket: { additional_tags: ['late'] } })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toContain('text/html')
    expect(limited.text).toBe('Rate limit for ticket updates exceeded, please wait before updating this ticket again')
  })

  test('the JSON 429 variant can be chosen in behaviour', async () => {
    const { createFakeZendesk } = await import('../../dev/fake-zendesk/index')
    const { getResponse } = await import('msw')
    const jsonFake = createFakeZendesk({ now: () => 0, rateLimit: { perMinute: 1 }, behaviour: { rateLimitBody: 'json' } })
    await getResponse(jsonFake.handlers, new Request(`${BASE}${USER}`))
    const limited = await getResponse(jsonFake.handlers, new Request(`${BASE}${USER}`))
    expect(limited?.status).toBe(429)
    expect(await limited?.json()).toMatchObject({ error: 'TooManyRequests' })
  })
})

describe('write log and request log', () => {
  test('every mutating request is recorded with method, path, query, body, status, acting user and time', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    await get(USER)
    await put(USER, { user: { notes: 'hello' } })
    await del(`/api/v2/tickets/destroy_many?ids=1,2`)
    await put('/api/v2/tickets/424242', { ticket: { status: 'solved' } })
    expect(fake.writeLog).toEqual([
      { method: 'PUT', path: USER, query: {}, body: { user: { notes: 'hello' } }, status: 200, actingUserId: DEMO_AGENT_ID, at: fake.now() },
      { method: 'DELETE', path: '/api/v2/tickets/destroy_many', query: { ids: '1,2' }, body: null, status: 200, actingUserId: DEMO_AGENT_ID, at: fake.now() },
      { method: 'PUT', path: '/api/v2/tickets/424242', query: {}, body: { ticket: { status: 'solved' } }, status: 404, actingUserId: DEMO_AGENT_ID, at: fake.now() },
    ])
    expect(fake.requestLog.map((e) => `${e.method} ${e.status}`)).toEqual(['GET 200', 'PUT 200', 'DELETE 200', 'PUT 404'])
    fake.clearWriteLog()
    expect(fake.writeLog).toEqual([])
    expect(fake.requestLog).toHaveLength(4)
  })

  test('refused and rate-limited writes are logged too', async () => {
    fake.setRateLimit(1)
    await get(USER)
    await put(USER, { user: { notes: 'x' } })
    expect(fake.writeLog.map((e) => e.status)).toEqual([429])
  })

  test('reset() restores the seed, the acting user and the logs', async () => {
    fake.setActingUser(DEMO_AGENT_ID)
    await put(USER, { user: { notes: 'changed' } })
    fake.reset()
    expect(fake.actingUserId).toBe(DEMO_ADMIN_ID)
    expect(fake.writeLog).toEqual([])
    expect(fake.state.getUser(DEMO_SUBJECT_ID)?.notes).not.toBe('changed')
  })
})

describe('fault injection', () => {
  test('failNext answers the given status and body once, then the real handler runs', async () => {
    fake.failNext({ method: 'GET', path: USER, status: 500 })
    const failed = await get(USER)
    expect(failed.status).toBe(500)
    expect(failed.body).toMatchObject({ error: expect.any(String) })
    expect((await get(USER)).status).toBe(200)
  })

  test('a malformed JSON page', async () => {
    const path = `/api/v2/tickets/${DEMO_REQUEST_TICKET_ID}/comments`
    fake.failNext({ path, status: 200, body: '{"comments": [' })
    const page = await get(`${path}?page[size]=2`)
    expect(page.status).toBe(200)
    expect(page.text).toBe('{"comments": [')
    expect(page.body).toBeUndefined()
  })

  test('RegExp paths, times, and custom headers', async () => {
    fake.failNext({ path: /\/api\/v2\/tickets\/\d+\/comments/, status: 403, body: { error: { title: 'Forbidden', message: 'Restricted ticket' } }, times: 2, headers: { 'X-Test': 'yes' } })
    const first = await get('/api/v2/tickets/1/comments')
    expect(first.status).toBe(403)
    expect(first.headers.get('X-Test')).toBe('yes')
    expect((await get('/api/v2/tickets/2/comments')).status).toBe(403)
    expect((await get('/api/v2/tickets/3/comments')).status).toBe(200)
  })

  test('a network error and a request that never answers until aborted', async () => {
    fake.failNext({ path: USER, networkError: true })
    await expect(fetch(`${BASE}${USER}`)).rejects.toThrow()
    fake.failNext({ path: USER, hang: true })
    const controller = new AbortController()
    const pending = fetch(`${BASE}${USER}`, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toThrow()
  })

  test('a delayed answer waits through the injected sleep', async () => {
    fake.failNext({ path: USER, status: 503, delayMs: 5 })
    const started = performance.now()
    expect((await get(USER)).status).toBe(503)
    expect(performance.now() - started).toBeGreaterThanOrEqual(4)
  })

  test('an unknown acting session answers E3 401', async () => {
    fake.state.users.get(DEMO_AGENT_ID)!.active = false
    fake.setActingUser(DEMO_AGENT_ID)
    const { status, body } = await get(USER)
    expect(status).toBe(401)
    expect(body).toEqual({ error: "Couldn't authenticate you" })
  })
})
