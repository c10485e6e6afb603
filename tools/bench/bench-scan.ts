/**
 * `npm run bench:scan`: scans a 500-ticket subject against the fake Zendesk with the apps rate limit on,
 * through the production path (ZAF request bridge → retry policy → request scheduler), and prints requests
 * used vs the minimum possible and wall time vs the rate-limit floor.
 *
 * Time is accelerated: one clock, running SPEED times faster than real time, drives both the fake's rate
 * limiter and the app's scheduler (timers are shortened by the same factor), so a 5-minute scan takes
 * about 5 s. CPU time is not accelerated, so any time the scan spends computing instead of keeping the
 * request queue full shows up SPEED times larger: the comparison with the floor is a strict one.
 */
import { performance } from 'node:perf_hooks'
import { createFakeZendesk, makeScaleSeed, SCALE_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import { createTestWorkspace } from '../../tests/support/test-workspace'
import { buildSearchTerms } from '../../src/core/inventory/search-terms'
import { assembleInventory } from '../../src/core/inventory/assemble-inventory'
import { createRequestScheduler } from '../../src/zendesk/request-scheduler'
import { createSupportApi } from '../../src/zendesk/support-api'
import { scanInventory } from '../../src/zendesk/scan-inventory'

const TICKETS = Number(process.env.BENCH_TICKETS ?? 500)
const COMMENTS_PER_TICKET = Number(process.env.BENCH_COMMENTS ?? 6)
const PER_MINUTE = Number(process.env.BENCH_PER_MINUTE ?? 100)
const SPEED = Number(process.env.BENCH_SPEED ?? 10)

const seed = makeScaleSeed({ tickets: TICKETS, commentsPerTicket: COMMENTS_PER_TICKET })
const realStart = performance.now()
const clock = () => seed.clockStart + (performance.now() - realStart) * SPEED
const fake = createFakeZendesk({ seed, now: clock, rateLimit: { perMinute: PER_MINUTE } })
const workspace = createTestWorkspace({ fake, location: 'user_sidebar', userId: SCALE_SUBJECT_ID })
const shorten = (ms: number) => Math.max(0, ms / SPEED)
const scheduler = createRequestScheduler({ perMinute: PER_MINUTE, ...(process.env.BENCH_WINDOW_MS ? { windowMs: Number(process.env.BENCH_WINDOW_MS) } : {}), now: clock, setTimer: (fn, ms) => setTimeout(fn, shorten(ms)) })
const api = createSupportApi({ client: workspace.client, scheduler, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, shorten(ms))) })

// The sidebar has already loaded the subject when the agent starts a scan: read it without requests.
const user = fake.state.getUser(SCALE_SUBJECT_ID)
if (!user) throw new Error('The scale seed has no subject.')
const profile = { ...user, email: fake.state.primaryEmail(SCALE_SUBJECT_ID) }
const identities = fake.state.getIdentities(SCALE_SUBJECT_ID)
const terms = buildSearchTerms(profile, identities)

fake.clearRequestLog()
const startedVirtual = clock()
const startedReal = performance.now()
const outcome = await scanInventory({ api, subject: { profile, identities }, terms, now: clock })
const elapsedVirtual = clock() - startedVirtual
const elapsedReal = performance.now() - startedReal
const inventory = assembleInventory(outcome.checkpoint, { terms, ignoredValues: [], decisions: {}, builtAt: new Date(clock()).toISOString(), finished: true })

const log = fake.requestLog
const used = outcome.checkpoint.requestsUsed
const rejected = log.filter((r) => r.status === 429).length
const failed = log.filter((r) => r.status >= 400 && r.status !== 429).length
// Lower bound: every related ticket's comments must be read (no bulk comments API, 100 per page), the
// tickets must be listed at least once (100 per page), and the profile's organisations read once.
const commentPages = inventory.tickets.reduce((n, t) => n + Math.max(1, Math.ceil(fake.state.commentsOf(t.id).length / 100)), 0)
const minimum = commentPages + Math.ceil(inventory.tickets.length / 100) + 1
// With a sliding window of PER_MINUTE per minute, request n (0-based) cannot start before ⌊n / PER_MINUTE⌋ minutes.
const floorMs = Math.floor((used - 1) / PER_MINUTE) * 60_000
const pct = (value: number, base: number) => `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)}%`

const lines = [
  `bench:scan — ${TICKETS} tickets × ${COMMENTS_PER_TICKET} comments, apps limit ${PER_MINUTE}/min, clock ×${SPEED}`,
  `  status            ${outcome.status}; ${inventory.tickets.length} tickets, ${inventory.findings.length} findings, ${inventory.unreadable.length} unreadable`,
  `  requests used     ${used} (minimum possible ${minimum}, ${pct(used, minimum)}); answered 429: ${rejected}; failed: ${failed}`,
  `  wall time         ${(elapsedVirtual / 1000).toFixed(1)} s at the account's clock (rate-limit floor ${(floorMs / 1000).toFixed(1)} s, ${pct(elapsedVirtual, floorMs)})`,
  `  real time         ${(elapsedReal / 1000).toFixed(2)} s`,
]
console.log(lines.join('\n'))
const within = floorMs === 0 || elapsedVirtual <= floorMs * 1.05
console.log(within ? '  goal (within 5% of the floor): met' : '  goal (within 5% of the floor): NOT met')
if (process.env.BENCH_TRACE) {
  const t0 = log[0]?.at ?? 0
  for (const r of log) if (r.status === 429 || process.env.BENCH_TRACE === 'all') console.log(((r.at - t0) / 1000).toFixed(2), r.status, r.path, JSON.stringify(r.query).slice(0, 80))
  const buckets = new Map<number, number>()
  for (const r of log) buckets.set(Math.floor((r.at - t0) / 10000), (buckets.get(Math.floor((r.at - t0) / 10000)) ?? 0) + 1)
  console.log([...buckets].map(([b, n]) => `${b * 10}s:${n}`).join(' '))
}
