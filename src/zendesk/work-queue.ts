/**
 * A FIFO of ticket ids that producers (discovery) fill while consumers (scan workers) drain it. A consumer
 * waits when the queue is empty until more arrives or the producers are done.
 */
export interface WorkQueue {
  push(id: number): void
  /** The next id, or undefined once the queue is empty and closed (or the signal aborted). */
  take(): Promise<number | undefined>
  /** No more ids will come: waiting consumers finish. */
  close(): void
  readonly size: number
}

export function createWorkQueue(signal?: AbortSignal): WorkQueue {
  const items: number[] = []
  const seen = new Set<number>()
  const waiters: ((id: number | undefined) => void)[] = []
  let closed = false
  const release = () => {
    while (waiters.length > 0) waiters.shift()?.(undefined)
  }
  signal?.addEventListener('abort', release, { once: true })
  return {
    push(id) {
      if (seen.has(id)) return
      seen.add(id)
      const waiter = waiters.shift()
      if (waiter) waiter(id)
      else items.push(id)
    },
    take() {
      if (signal?.aborted) return Promise.resolve(undefined)
      const next = items.shift()
      if (next !== undefined || closed) return Promise.resolve(next)
      return new Promise((resolve) => waiters.push(resolve))
    },
    close() {
      closed = true
      release()
    },
    get size() {
      return items.length
    },
  }
}
