// @vitest-environment node
import { flush, manualClock } from '../support/manual-clock'
import { createRequestScheduler } from '../../src/zendesk/request-scheduler'

test('never starts more than the per-minute limit in any rolling minute', async () => {
  const clock = manualClock()
  const scheduler = createRequestScheduler({ perMinute: 10, concurrency: 50, windowMs: 60_000, ...clock })
  const startedAt: number[] = []
  const all = Array.from({ length: 35 }, () => scheduler.schedule(async () => void startedAt.push(clock.now())))
  await flush()
  expect(startedAt).toHaveLength(10)
  await clock.advance(59_999)
  expect(startedAt).toHaveLength(10)
  await clock.advance(1)
  expect(startedAt).toHaveLength(20)
  await clock.advance(180_000)
  await Promise.all(all)
  expect(startedAt).toHaveLength(35)
  for (const t of startedAt) expect(startedAt.filter((s) => s > t - 60_000 && s <= t).length).toBeLessThanOrEqual(10)
})

test('bounds concurrency', async () => {
  const clock = manualClock()
  const scheduler = createRequestScheduler({ perMinute: 100, concurrency: 3, ...clock })
  let running = 0
  let peak = 0
  const releases: (() => void)[] = []
  const tasks = Array.from({ length: 8 }, () =>
    scheduler.schedule(
      () =>
        new Promise<void>((resolve) => {
          running += 1
          peak = Math.max(peak, running)
          releases.push(() => {
            running -= 1
            resolve()
          })
        }),
    ),
  )
  await flush()
  expect(running).toBe(3)
  while (releases.length) {
    releases.shift()?.()
    await flush()
  }
  await Promise.all(tasks)
  expect(peak).toBe(3)
})

test('a pause (after a 429) holds every queued request until it ends', async () => {
  const clock = manualClock()
  const scheduler = createRequestScheduler({ perMinute: 100, concurrency: 2, ...clock })
  const startedAt: number[] = []
  scheduler.pauseFor(5_000)
  const tasks = [1, 2, 3].map(() => scheduler.schedule(async () => void startedAt.push(clock.now())))
  await clock.advance(4_999)
  expect(startedAt).toEqual([])
  await clock.advance(1)
  await Promise.all(tasks)
  expect(startedAt).toEqual([5_000, 5_000, 5_000])
})

test('an aborted queued request is dropped and never runs', async () => {
  const clock = manualClock()
  const scheduler = createRequestScheduler({ perMinute: 1, concurrency: 1, ...clock })
  const ran: string[] = []
  await scheduler.schedule(async () => void ran.push('first'))
  const controller = new AbortController()
  const second = scheduler.schedule(async () => void ran.push('second'), controller.signal)
  controller.abort(new Error('cancelled'))
  await expect(second).rejects.toThrow('cancelled')
  await clock.advance(120_000)
  expect(ran).toEqual(['first'])
})

test('by default the window has a one-second margin over Zendesk\'s minute', async () => {
  const clock = manualClock()
  const scheduler = createRequestScheduler({ perMinute: 2, concurrency: 5, ...clock })
  const startedAt: number[] = []
  const tasks = [1, 2, 3].map(() => scheduler.schedule(async () => void startedAt.push(clock.now())))
  await clock.advance(60_000)
  expect(startedAt).toEqual([0, 0])
  await clock.advance(1_000)
  await Promise.all(tasks)
  expect(startedAt).toEqual([0, 0, 61_000])
})
