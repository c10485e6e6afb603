/** A manual clock for schedulers and limiters: timers fire only when the test advances time. */
export function manualClock() {
  let now = 0
  const timers: { at: number; fn: () => void }[] = []
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const timer = { at: now + ms, fn }
      timers.push(timer)
      return timer
    },
    clearTimer: (handle: unknown) => {
      const index = timers.indexOf(handle as (typeof timers)[number])
      if (index >= 0) timers.splice(index, 1)
    },
    async advance(ms: number) {
      const target = now + ms
      for (;;) {
        // Let pending promise chains settle first: they may set the next timer.
        await flush()
        timers.sort((a, b) => a.at - b.at)
        const next = timers[0]
        if (!next || next.at > target) break
        timers.shift()
        now = next.at
        next.fn()
        await flush()
      }
      now = target
      await flush()
    },
  }
}

/** Lets chains of resolved promises run (a few macrotask turns, since they may schedule each other). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve))
}
