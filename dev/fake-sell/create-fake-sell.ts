import { delay, type RequestHandler } from 'msw'
import { FaultQueue, type FaultSpec } from '../fake-zendesk/faults'
import { createDemoSellSeed } from './demo-seed'
import { defaultFaultBody } from './sell-envelope'
import { createSellHandlers, type SellRequestLogEntry } from './sell-handlers'
import { FakeSellState, type FakeSellSeed } from './sell-records'

/** The token the fake accepts by default; dev/workspace/installation.ts gives the demo installation the same one. */
export const DEMO_SELL_TOKEN = 'demo-sell-api-token'

export interface CreateFakeSellOptions {
  seed?: FakeSellSeed
  token?: string
  /** False: `phone`/`mobile` filters answer 400 `invalid_param`, for an account whose API has none. */
  phoneFilters?: boolean
  /**
   * The User-Agent to assume when a request has none. Chromium drops `User-Agent` from `fetch` Requests
   * built in a page, so the browser workspace passes `navigator.userAgent`, which is what Zendesk's proxy
   * forwards anyway; Node tests leave it unset so a request without the header gets Sell's 400.
   */
  userAgentFallback?: () => string | undefined
  sleep?: (ms: number) => Promise<void>
}

export interface FakeSell {
  /** msw handlers for `https://api.getbase.com/v2/*` only; put them next to the fake Zendesk's. */
  readonly handlers: RequestHandler[]
  readonly state: FakeSellState
  /** Every request, with the Authorization and User-Agent headers it arrived with. */
  readonly log: SellRequestLogEntry[]
  /** Makes the next matching request(s) fail; the body defaults to Sell's error envelope for the status. */
  failNext(fault: Omit<FaultSpec, 'path'> & { path?: FaultSpec['path'] }): void
  clearFaults(): void
  /** Changes the accepted token (e.g. to make the installation's token wrong). */
  setToken(token: string): void
  setPhoneFilters(enabled: boolean): void
  reset(): void
}

/** A stateful fake of the Sell v2 API (zendesk-reference.md §2) for tests and the local Agent Workspace. */
export function createFakeSell(options: CreateFakeSellOptions = {}): FakeSell {
  const state = new FakeSellState(options.seed ?? createDemoSellSeed())
  const faults = new FaultQueue()
  const log: SellRequestLogEntry[] = []
  let token = options.token ?? DEMO_SELL_TOKEN
  let phoneFilters = options.phoneFilters ?? true
  const handlers = createSellHandlers({
    state,
    faults,
    log,
    token: () => token,
    phoneFilters: () => phoneFilters,
    userAgentFallback: options.userAgentFallback ?? (() => undefined),
    sleep: options.sleep ?? ((ms) => delay(ms)),
  })
  return {
    handlers,
    state,
    log,
    failNext(fault) {
      const status = fault.status ?? 500
      faults.add({ ...fault, path: fault.path ?? /^\/v2\//, status, body: fault.body ?? defaultFaultBody(status) })
    },
    clearFaults: () => faults.clear(),
    setToken(next) {
      token = next
    },
    setPhoneFilters(enabled) {
      phoneFilters = enabled
    },
    reset() {
      state.load()
      faults.clear()
      log.length = 0
      token = options.token ?? DEMO_SELL_TOKEN
      phoneFilters = options.phoneFilters ?? true
    },
  }
}
