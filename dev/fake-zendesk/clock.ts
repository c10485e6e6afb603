/**
 * The fake's only notion of time. Rate-limit windows, job timestamps, cursor expiry and record dates all
 * read `now()`, so a test that injects a fixed clock and calls `advance()` is fully deterministic, and the
 * browser host needs no timers.
 */
export interface FakeClock {
  now(): number
  /** Moves the clock forward by `ms` on top of whatever the base clock says. */
  advance(ms: number): void
  /** Forgets every `advance()`. */
  reset(): void
}

/** Wraps a base clock with an offset that `advance()` grows. */
export function createClock(base: () => number): FakeClock {
  let offset = 0
  return {
    now: () => base() + offset,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(ms) needs a finite, non-negative number; got ${ms}.`)
      offset += ms
    },
    reset: () => {
      offset = 0
    },
  }
}

/**
 * A clock that starts at the seed's epoch and then follows real time, so seeded dates ("closed 30 days
 * ago", "archived after 120 days") stay true relative to `now()` whatever day the demo runs.
 */
export function clockFromEpoch(start: number, realNow: () => number = () => Date.now()): () => number {
  const startedAt = realNow()
  return () => start + (realNow() - startedAt)
}

/** Zendesk's timestamp format: ISO 8601 in UTC without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The "Completed at 2023-09-18 23:35:58 +0000" format job statuses use in `message`. */
export function jobTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' +0000')
}
