import { createRequestScheduler, type RequestScheduler, type SchedulerOptions } from './request-scheduler'

/**
 * Zendesk allows 5 Update User requests per minute per user and 1 per second per account (reference
 * §1.10). Corrections and suspensions queue here instead of meeting a 429, and the UI can say why it waits.
 */
export interface UserUpdateLimiter {
  run<T>(userId: number, task: () => Promise<T>, signal?: AbortSignal): Promise<T>
  /** Updates for this user started or waiting but not finished. */
  pending(userId: number): number
  /** Updates for this user waiting for a free slot. */
  queued(userId: number): number
  /** Called whenever a count changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

export const USER_UPDATES_PER_MINUTE = 5

export function createUserUpdateLimiter(options: Omit<SchedulerOptions, 'perMinute' | 'concurrency' | 'windowMs'> = {}): UserUpdateLimiter {
  const perUser = new Map<number, RequestScheduler>()
  const account = createRequestScheduler({ ...options, perMinute: 1, windowMs: 1000, concurrency: 1 })
  const pendingCounts = new Map<number, number>()
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  function schedulerFor(userId: number): RequestScheduler {
    let scheduler = perUser.get(userId)
    if (!scheduler) {
      scheduler = createRequestScheduler({ ...options, perMinute: USER_UPDATES_PER_MINUTE, concurrency: 1 })
      perUser.set(userId, scheduler)
    }
    return scheduler
  }

  return {
    async run(userId, task, signal) {
      pendingCounts.set(userId, (pendingCounts.get(userId) ?? 0) + 1)
      notify()
      try {
        return await schedulerFor(userId).schedule(() => {
          // Leaving the per-user queue changes `queued`: tell the UI now, not when the update finishes.
          notify()
          return account.schedule(task, signal)
        }, signal)
      } finally {
        pendingCounts.set(userId, (pendingCounts.get(userId) ?? 1) - 1)
        notify()
      }
    },
    pending: (userId) => pendingCounts.get(userId) ?? 0,
    queued: (userId) => perUser.get(userId)?.stats().queued ?? 0,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
