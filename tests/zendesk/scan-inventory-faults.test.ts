// @vitest-environment node
import { performance } from 'node:perf_hooks'
import { expect, test } from 'vitest'
import { createFakeZendesk, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import type { Inventory } from '../../src/core/inventory/inventory-types'
import type { ScanProgress } from '../../src/zendesk/scan-progress'
import { createScanHarness } from './scan-harness'

// A scan that meets 429s, 500s, malformed pages and restricted tickets completes what it can, says what it
// could not read and why, and can be resumed to a complete inventory.

const baseline = await (async () => {
  const h = await createScanHarness()
  return h.inventory((await h.scan()).checkpoint)
})()

function shape(inventory: Inventory) {
  return { tickets: inventory.tickets.map((t) => [t.id, t.roles.join(','), t.scanned]), findings: inventory.findings.map((f) => f.id).sort() }
}

test('a storm of 429s is absorbed by the retry policy: nothing is lost and nothing fails', async () => {
  const h = await createScanHarness()
  h.fake.failNext({ path: /^\/api\/v2\//, status: 429, headers: { 'Retry-After': '0' }, body: 'Number of allowed API requests per minute exceeded', times: 12 })
  const outcome = await h.scan()
  expect(outcome.status).toBe('finished')
  expect(h.fake.requestLog.filter((r) => r.status === 429)).toHaveLength(12)
  expect(shape(h.inventory(outcome.checkpoint))).toEqual(shape(baseline))
  expect(outcome.checkpoint.unreadable).toEqual([])
})

test('the account limit lower than the app budget: real 429s with Retry-After, paced by the scheduler, none fails', async () => {
  // One accelerated clock drives the fake's limiter and the app's scheduler and retry waits.
  const speed = 30
  const realStart = performance.now()
  const start = createFakeZendesk().now()
  const clock = () => start + (performance.now() - realStart) * speed
  const limited = createFakeZendesk({ now: clock, rateLimit: { perMinute: 20 } })
  const h = await createScanHarness({ fake: limited })
  const { createRequestScheduler } = await import('../../src/zendesk/request-scheduler')
  const { createSupportApi } = await import('../../src/zendesk/support-api')
  const { createTestWorkspace } = await import('../support/test-workspace')
  const workspace = createTestWorkspace({ fake: limited, location: 'user_sidebar', userId: DEMO_SUBJECT_ID })
  const scheduler = createRequestScheduler({ now: clock, setTimer: (fn, ms) => setTimeout(fn, ms / speed) })
  const api = createSupportApi({ client: workspace.client, scheduler, sleep: (ms) => new Promise((r) => setTimeout(r, ms / speed)) })
  const outcome = await h.scan({ api })
  expect(outcome.status).toBe('finished')
  expect(limited.requestLog.filter((r) => r.status === 429).length).toBeGreaterThan(0)
  expect(limited.requestLog.filter((r) => r.status >= 400 && r.status !== 429)).toEqual([])
  expect(outcome.checkpoint.unreadable).toEqual([])
  expect(shape(h.inventory(outcome.checkpoint))).toEqual(shape(baseline))
}, 30_000)

test('a 500 that outlasts the retries leaves that ticket unreadable; the rest completes and a resume finishes it', async () => {
  const h = await createScanHarness()
  h.fake.failNext({ path: '/api/v2/tickets/14/comments', status: 500, times: 5 })
  const first = await h.scan()
  const partial = h.inventory(first.checkpoint)
  expect(first.status).toBe('finished')
  expect(partial.unreadable).toEqual([{ ticketId: 14, what: 'comments', reason: 'server', status: 500 }])
  expect(partial.complete).toBe(false)
  expect(partial.tickets.find((t) => t.id === 14)).toMatchObject({ scanned: false, roles: ['requester'] })
  expect(partial.tickets.filter((t) => t.id !== 14)).toEqual(baseline.tickets.filter((t) => t.id !== 14))
  h.fake.clearRequestLog()
  const resumed = await h.scan({ checkpoint: first.checkpoint })
  expect(h.fake.requestLog.map((r) => r.path)).toEqual(['/api/v2/tickets/14/comments'])
  expect(shape(h.inventory(resumed.checkpoint))).toEqual(shape(baseline))
  expect(h.inventory(resumed.checkpoint).complete).toBe(true)
})

test('a malformed comment page is reported as such, and what the ticket JSON holds is still scanned', async () => {
  const h = await createScanHarness()
  h.fake.failNext({ path: '/api/v2/tickets/21/comments', status: 200, body: '{"comments": [' })
  h.fake.failNext({ path: '/api/v2/tickets/52/comments', status: 200, body: { comments: 'not a list' } })
  const outcome = await h.scan()
  const inventory = h.inventory(outcome.checkpoint)
  expect([...inventory.unreadable].sort((a, b) => (a.ticketId ?? 0) - (b.ticketId ?? 0))).toEqual([
    { ticketId: 21, what: 'comments', reason: 'malformed', status: 200 },
    { ticketId: 52, what: 'comments', reason: 'malformed', status: 200 },
  ])
  // Ticket 21's subject line names her phone: found even though its comments could not be read.
  expect(inventory.findings.filter((f) => f.ticketId === 21).map((f) => [f.location, f.type, f.subject])).toEqual([['ticket_subject', 'PHONE', true]])
  const resumed = await h.scan({ checkpoint: outcome.checkpoint })
  expect(shape(h.inventory(resumed.checkpoint))).toEqual(shape(baseline))
})

test('a restricted ticket (403) is reported with the reason, and a resume retries it', async () => {
  const h = await createScanHarness()
  h.fake.failNext({ path: '/api/v2/tickets/62/comments', status: 403, body: { error: 'Forbidden', description: 'You do not have access to this ticket' } })
  const outcome = await h.scan()
  expect(h.inventory(outcome.checkpoint).unreadable).toEqual([{ ticketId: 62, what: 'comments', reason: 'forbidden', status: 403 }])
  const resumed = await h.scan({ checkpoint: outcome.checkpoint })
  expect(h.inventory(resumed.checkpoint).unreadable).toEqual([])
  expect(shape(h.inventory(resumed.checkpoint))).toEqual(shape(baseline))
})

test('a failing search is reported and retried on resume', async () => {
  const h = await createScanHarness()
  h.fake.failNext({ path: /\/api\/v2\/search\?query=type%3Aticket\+commenter/, status: 503, times: 5 })
  const outcome = await h.scan()
  expect(outcome.checkpoint.unreadable).toEqual([{ what: 'search', reason: 'server', status: 503 }])
  expect(outcome.checkpoint.sourcesDone).not.toContain('role:commenter')
  const resumed = await h.scan({ checkpoint: outcome.checkpoint })
  expect(resumed.checkpoint.sourcesDone).toContain('role:commenter')
  expect(shape(h.inventory(resumed.checkpoint))).toEqual(shape(baseline))
})

test('cancel keeps what is done; resume fetches only the rest and ends with the same inventory', async () => {
  const h = await createScanHarness()
  const controller = new AbortController()
  const seen: ScanProgress[] = []
  const first = await h.scan({
    signal: controller.signal,
    progressIntervalMs: 0,
    onProgress: (p) => {
      seen.push(p)
      if (p.ticketsScanned >= 10) controller.abort()
    },
  })
  expect(first.status).toBe('cancelled')
  expect(seen.at(-1)?.phase).toBe('cancelled')
  const done = Object.values(first.checkpoint.results).filter((r) => r.ticket.scanned).length
  expect(done).toBeGreaterThanOrEqual(10)
  expect(done).toBeLessThan(baseline.tickets.length)
  const firstRequests = h.fake.requestLog.length
  h.fake.clearRequestLog()
  const resumed = await h.scan({ checkpoint: first.checkpoint })
  expect(resumed.status).toBe('finished')
  expect(shape(h.inventory(resumed.checkpoint))).toEqual(shape(baseline))
  // Scanned tickets are not read again; only requests in flight at the cancel can repeat.
  const rescanned = h.fake.requestLog.filter((r) => r.path.endsWith('/comments') && first.checkpoint.results[Number(r.path.split('/')[4])]?.ticket.scanned)
  expect(rescanned).toEqual([])
  expect(firstRequests + h.fake.requestLog.length).toBeLessThan(baseline.tickets.length + 40)
})

test('progress reports counts, requests used and a time estimate, ending at done', async () => {
  const h = await createScanHarness()
  const seen: ScanProgress[] = []
  await h.scan({ progressIntervalMs: 0, onProgress: (p) => seen.push(p) })
  const last = seen.at(-1)
  expect(last).toMatchObject({ phase: 'done', ticketsScanned: last?.ticketsFound, etaMs: 0, unreadable: 0 })
  expect(last?.requestsUsed).toBe(h.fake.requestLog.length)
  expect(seen.some((p) => p.phase === 'discovering')).toBe(true)
  expect(seen.some((p) => (p.etaMs ?? 0) > 0)).toBe(true)
  for (let i = 1; i < seen.length; i += 1) expect(seen[i]?.ticketsScanned).toBeGreaterThanOrEqual(seen[i - 1]?.ticketsScanned ?? 0)
})

test('a term search with more than 1,000 results switches to the search export with cursors', async () => {
  // 1,050 tickets requested by someone else, each with one comment by the subject.
  const { makeScaleSeed } = await import('../../dev/fake-zendesk/index')
  const seed = makeScaleSeed({ tickets: 1050, commentsPerTicket: 1 })
  for (const t of seed.tickets) t.requester_id = t.submitter_id = 10001
  const h = await createScanHarness({ fake: createFakeZendesk({ seed }), subjectId: DEMO_SUBJECT_ID })
  const outcome = await h.scan({ workers: 16 })
  const searches = h.fake.requestLog.filter((r) => r.path.startsWith('/api/v2/search'))
  const commenter = searches.filter((r) => r.query.query?.includes('commenter:'))
  expect(commenter.map((r) => r.path)).toEqual(['/api/v2/search', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export', '/api/v2/search/export'])
  expect(commenter[1]?.query).toMatchObject({ query: 'commenter:10010 -requester:10010', 'filter[type]': 'ticket', 'page[size]': '100' })
  expect(searches.filter((r) => r.status !== 200)).toEqual([])
  expect(h.inventory(outcome.checkpoint).tickets).toHaveLength(1050)
}, 60_000)
