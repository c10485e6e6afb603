import { delay, type RequestHandler } from 'msw'
import { resolveBehaviour, type Behaviour } from './behaviour'
import { clockFromEpoch, createClock, type FakeClock } from './clock'
import { FaultQueue, type FaultSpec } from './faults'
import { appInstallationRoutes } from './handlers/app-installations'
import { commentRoutes } from './handlers/comments'
import { customRoleRoutes } from './handlers/custom-roles'
import { deletedTicketRoutes } from './handlers/deleted-tickets'
import { deletedUserRoutes } from './handlers/deleted-users'
import { fallbackRoutes } from './handlers/fallback'
import { identityRoutes } from './handlers/identities'
import { jobRoutes } from './handlers/jobs'
import { redactionRoutes } from './handlers/redaction'
import { searchRoutes } from './handlers/search'
import { ticketRoutes } from './handlers/tickets'
import { userRecordRoutes } from './handlers/user-records'
import { userTicketRoutes } from './handlers/user-tickets'
import { userRoutes } from './handlers/users'
import { voiceRoutes } from './handlers/voice'
import type { RequestLogEntry, WriteLogEntry } from './logs'
import { toMswHandlers } from './pipeline'
import { RateLimiter } from './rate-limit'
import type { FakeRuntime } from './runtime'
import { createDemoSeed } from './seed/demo-account'
import { AccountState } from './state/account-state'
import { finishAllJobs } from './state/jobs'
import type { AccountSeed, AccountSettings } from './state/records'

export interface CreateFakeZendeskOptions {
  /** The account to start from (and to go back to on `reset()`); the demo account by default. */
  seed?: AccountSeed
  /** Base clock in epoch ms; by default the seed's `clockStart`, then real time. `advance()` adds to it. */
  now?: () => number
  /** Account-wide requests per minute, plus Zendesk's endpoint limits; null (default) turns limiting off. */
  rateLimit?: { perMinute: number } | null
  /** The signed-in user (whose session cookie requests carry); the seed's `defaultActingUserId` by default. */
  actingUserId?: number
  /** Overrides for the [U] behaviours (see behaviour.ts). */
  behaviour?: Partial<Behaviour>
  /** Origin of stored URLs (attachments, recordings); `https://<subdomain>.zendesk.com` by default. */
  baseUrl?: string
  /** How `failNext({ delayMs })` waits; msw's `delay` by default. */
  sleep?: (ms: number) => Promise<void>
}

export interface FakeZendesk {
  /** msw handlers matching any origin; use with `setupServer(...handlers)` or `getResponse(handlers, request)`. */
  readonly handlers: RequestHandler[]
  /** The live account, with read helpers (`getUser`, `getTicket`, `getComments`, `isTicketDeleted`, …). */
  readonly state: AccountState
  /** Every PUT/POST/DELETE/PATCH, in order, whatever its status. */
  readonly writeLog: WriteLogEntry[]
  /** Every request, reads included. */
  readonly requestLog: RequestLogEntry[]
  readonly behaviour: Behaviour
  readonly actingUserId: number
  readonly baseUrl: string
  /** The fake clock (`clock.now()`, `clock.advance(ms)`); `now()`/`advance()` below are shortcuts. */
  readonly clock: FakeClock
  /** The fake clock, in epoch ms. */
  now(): number
  clearWriteLog(): void
  clearRequestLog(): void
  /** Switches the signed-in user; their role decides what the API allows. */
  setActingUser(id: number): void
  /** Turns account-wide rate limiting on (requests per minute) or off (null); clears the windows. */
  setRateLimit(perMinute: number | null): void
  /** Moves the fake clock forward: rate-limit windows slide, cursors and jobs age. */
  advance(ms: number): void
  /** Makes the next matching request(s) fail (see FaultSpec). */
  failNext(fault: FaultSpec): void
  clearFaults(): void
  /** Makes the next job created (of that type, if given) end in `failed` with `message`. */
  failNextJob(options?: { jobType?: string; message?: string }): void
  /** Completes every queued or working job now, as if the background had caught up. */
  runJobs(): void
  /** Changes account settings (Agent Workspace, "agents can delete tickets"). */
  updateSettings(settings: Partial<AccountSettings>): void
  /** Lets the search index catch up with writes when `behaviour.searchIndexing` is 'manual'. */
  reindex(): void
  /** Back to the seed and the creation options: state, logs, faults, clock offset, rate limit, acting user. */
  reset(): void
}

/**
 * Creates a stateful fake of the Zendesk Support API for tests (msw `setupServer`) and for the local
 * Agent Workspace in the browser (`getResponse`). It uses no Node-only API and no timers of its own.
 *
 * @example
 * const fake = createFakeZendesk()
 * const server = setupServer(...fake.handlers)
 * server.listen({ onUnhandledRequest: 'error' })
 * await fetch('https://demo.zendesk.com/api/v2/users/me')
 */
export function createFakeZendesk(options: CreateFakeZendeskOptions = {}): FakeZendesk {
  const seed = options.seed ?? createDemoSeed()
  const behaviour = resolveBehaviour(options.behaviour)
  const clock = createClock(options.now ?? clockFromEpoch(seed.clockStart))
  const initialRateLimit = options.rateLimit?.perMinute ?? null
  const initialActor = options.actingUserId ?? seed.defaultActingUserId
  const rt: FakeRuntime = {
    state: new AccountState(seed, behaviour.searchIndexing),
    behaviour,
    clock,
    limiter: new RateLimiter(initialRateLimit),
    faults: new FaultQueue(),
    requestLog: [],
    writeLog: [],
    actingUserId: initialActor,
    baseUrl: options.baseUrl ?? `https://${seed.subdomain}.zendesk.com`,
    sleep: options.sleep ?? ((ms) => delay(ms)),
    jobFailures: [],
  }
  if (!rt.state.users.has(initialActor)) throw new Error(`actingUserId ${initialActor} is not a user of the seed; pick one of its users.`)
  const handlers = toMswHandlers(rt, [
    ...userRoutes,
    ...identityRoutes,
    ...userTicketRoutes,
    ...userRecordRoutes,
    ...deletedUserRoutes,
    ...ticketRoutes,
    ...deletedTicketRoutes,
    ...commentRoutes,
    ...redactionRoutes,
    ...voiceRoutes,
    ...searchRoutes,
    ...jobRoutes,
    ...appInstallationRoutes,
    ...customRoleRoutes,
    ...fallbackRoutes,
  ])

  return {
    handlers,
    state: rt.state,
    writeLog: rt.writeLog,
    requestLog: rt.requestLog,
    behaviour,
    get actingUserId() {
      return rt.actingUserId
    },
    baseUrl: rt.baseUrl,
    clock,
    now: () => clock.now(),
    clearWriteLog: () => {
      rt.writeLog.length = 0
    },
    clearRequestLog: () => {
      rt.requestLog.length = 0
    },
    setActingUser: (id) => {
      if (!rt.state.users.has(id)) throw new Error(`setActingUser(${id}): no such user in the fake account.`)
      rt.actingUserId = id
    },
    setRateLimit: (perMinute) => rt.limiter.setPerMinute(perMinute),
    advance: (ms) => clock.advance(ms),
    failNext: (fault) => rt.faults.add(fault),
    clearFaults: () => rt.faults.clear(),
    failNextJob: (opts = {}) => {
      rt.jobFailures.push({ jobType: opts.jobType, message: opts.message ?? 'Job failed (injected by the fake Zendesk)' })
    },
    runJobs: () => finishAllJobs(rt, clock.now()),
    updateSettings: (settings) => {
      rt.state.settings = { ...rt.state.settings, ...settings }
    },
    reindex: () => rt.state.searchIndex.reindex(),
    reset: () => {
      rt.state.load(seed)
      rt.writeLog.length = 0
      rt.requestLog.length = 0
      rt.faults.clear()
      rt.jobFailures.length = 0
      clock.reset()
      rt.limiter.setPerMinute(initialRateLimit)
      rt.actingUserId = initialActor
    },
  }
}
