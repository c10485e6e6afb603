/**
 * Sliding-window rate limits (reference §1.10, §5.5). The account-wide limit is what `rateLimit.perMinute`
 * sets; endpoint limits are Zendesk's documented ones and apply only while rate limiting is on, so unit
 * tests that never turn it on are never throttled. Only admitted requests count toward a window, so the
 * Retry-After we send is exactly when the next request would be admitted.
 */

export class SlidingWindow {
  private hits: number[] = []

  constructor(
    readonly windowMs: number,
    readonly limit: number,
  ) {}

  private prune(now: number): void {
    while (this.hits.length > 0 && (this.hits[0] ?? 0) <= now - this.windowMs) this.hits.shift()
  }

  isFull(now: number): boolean {
    this.prune(now)
    return this.hits.length >= this.limit
  }

  remaining(now: number): number {
    this.prune(now)
    return Math.max(0, this.limit - this.hits.length)
  }

  /** Whole seconds until the oldest hit leaves the window (Zendesk sends Retry-After in seconds). */
  secondsUntilSlot(now: number): number {
    this.prune(now)
    const oldest = this.hits[0]
    if (oldest === undefined) return Math.ceil(this.windowMs / 1000)
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000))
  }

  record(now: number): void {
    this.hits.push(now)
  }
}

/** Zendesk's per-endpoint limits the fake enforces (reference §1.10 table). */
export const ENDPOINT_LIMITS = {
  /** Update User: 5 per minute per user [P/V]. */
  updateUser: { windowMs: 60_000, max: 5 },
  /** Update User: 1 per second per account [V]. */
  updateUserAccount: { windowMs: 1_000, max: 1 },
  /** Update Ticket: 30 per 10 minutes per user per ticket [V]; answered with Zendesk's text/html body (E6). */
  updateTicket: { windowMs: 600_000, max: 30 },
  /** Delete Ticket: 400 per minute [V]. */
  deleteTicket: { windowMs: 60_000, max: 400 },
  /** List deleted tickets: 10 per minute [V]. */
  listDeletedTickets: { windowMs: 60_000, max: 10 },
  /** Export Search Results: 100 per minute [V]. */
  searchExport: { windowMs: 60_000, max: 100 },
  /** Permanent user deletion: 700 per 10 minutes [V]. */
  permanentlyDeleteUser: { windowMs: 600_000, max: 700 },
} as const

export type EndpointLimitName = keyof typeof ENDPOINT_LIMITS

/** One bucket a request falls in: which limit, and the key that scopes it (user, ticket, account). */
export interface EndpointBucket {
  limit: EndpointLimitName
  key: string
}

export interface Admission {
  /** Set when the request is refused. */
  rejected: { retryAfterSeconds: number; limit: EndpointLimitName | 'account' } | null
  headers: Record<string, string>
}

/** Headers Zendesk shows when no account limit is configured (Enterprise's 700/min). */
const NOMINAL_LIMIT = 700

export class RateLimiter {
  private account: SlidingWindow
  private buckets = new Map<string, SlidingWindow>()

  constructor(private perMinute: number | null) {
    this.account = new SlidingWindow(60_000, perMinute ?? NOMINAL_LIMIT)
  }

  get isOn(): boolean {
    return this.perMinute !== null
  }

  setPerMinute(perMinute: number | null): void {
    if (perMinute !== null && (!Number.isInteger(perMinute) || perMinute < 1)) {
      throw new RangeError(`setRateLimit needs a positive whole number of requests per minute, or null to switch it off; got ${perMinute}.`)
    }
    this.perMinute = perMinute
    this.reset()
  }

  reset(): void {
    this.account = new SlidingWindow(60_000, this.perMinute ?? NOMINAL_LIMIT)
    this.buckets.clear()
  }

  /** Decides on one request and records it when admitted. */
  admit(now: number, endpointBuckets: EndpointBucket[]): Admission {
    if (this.isOn && this.account.isFull(now)) {
      return { rejected: { retryAfterSeconds: this.account.secondsUntilSlot(now), limit: 'account' }, headers: this.headers(now) }
    }
    if (this.isOn) {
      for (const bucket of endpointBuckets) {
        const slot = this.windowOf(bucket)
        if (slot.isFull(now)) {
          return { rejected: { retryAfterSeconds: slot.secondsUntilSlot(now), limit: bucket.limit }, headers: this.headers(now) }
        }
      }
      for (const bucket of endpointBuckets) this.windowOf(bucket).record(now)
    }
    this.account.record(now)
    return { rejected: null, headers: this.headers(now) }
  }

  private windowOf(bucket: EndpointBucket): SlidingWindow {
    const id = `${bucket.limit}:${bucket.key}`
    let slot = this.buckets.get(id)
    if (!slot) {
      const spec = ENDPOINT_LIMITS[bucket.limit]
      slot = new SlidingWindow(spec.windowMs, spec.max)
      this.buckets.set(id, slot)
    }
    return slot
  }

  /** The headers Zendesk sends on every response, not only on 429s (reference §5.5). */
  headers(now: number): Record<string, string> {
    const limit = String(this.perMinute ?? NOMINAL_LIMIT)
    const remaining = String(this.account.remaining(now))
    const reset = String(this.account.secondsUntilSlot(now))
    return {
      'X-Rate-Limit': limit,
      'X-Rate-Limit-Remaining': remaining,
      'ratelimit-limit': limit,
      'ratelimit-remaining': remaining,
      'ratelimit-reset': reset,
    }
  }
}

/** E6: the per-ticket update refusal Zendesk documents verbatim, as text/html. */
export const TICKET_UPDATE_LIMIT_BODY = 'Rate limit for ticket updates exceeded, please wait before updating this ticket again'
/** E6: the account-wide refusal; historically plain text, not JSON. */
export const ACCOUNT_LIMIT_BODY = 'Number of allowed API requests per minute exceeded'
