import type { Behaviour } from './behaviour'
import type { FakeClock } from './clock'
import type { FaultQueue } from './faults'
import type { RequestLogEntry, WriteLogEntry } from './logs'
import type { RateLimiter } from './rate-limit'
import type { AccountState } from './state/account-state'

/** A job failure queued with `failNextJob()`: the next job (of that type, if given) ends in `failed`. */
export interface JobFailure {
  jobType?: string
  message: string
}

/** Everything a handler may touch, shared by reference between the handlers and the FakeZendesk controls. */
export interface FakeRuntime {
  state: AccountState
  behaviour: Behaviour
  clock: FakeClock
  limiter: RateLimiter
  faults: FaultQueue
  requestLog: RequestLogEntry[]
  writeLog: WriteLogEntry[]
  actingUserId: number
  /** Origin for stored URLs (attachments, recordings); response `url` fields use the request's origin. */
  baseUrl: string
  sleep(ms: number): Promise<void>
  jobFailures: JobFailure[]
}
