// @vitest-environment node
import { manualClock } from '../support/manual-clock'
import { createUserUpdateLimiter } from '../../src/zendesk/user-update-limiter'

test('a sixth update of the same user within a minute waits for the window; others are not held up', async () => {
  const clock = manualClock()
  const limiter = createUserUpdateLimiter(clock)
  const started: string[] = []
  const run = (userId: number, label: string) => limiter.run(userId, async () => void started.push(label))
  const all = [1, 2, 3, 4, 5, 6].map((n) => run(7, `u7-${n}`))
  await clock.advance(10_000)
  expect(started).toEqual(['u7-1', 'u7-2', 'u7-3', 'u7-4', 'u7-5'])
  expect(limiter.queued(7)).toBe(1)
  expect(limiter.pending(7)).toBe(1)
  void run(8, 'u8-1')
  await clock.advance(1000)
  expect(started).toContain('u8-1')
  await clock.advance(60_000)
  await Promise.all(all)
  expect(started).toContain('u7-6')
  expect(limiter.pending(7)).toBe(0)
})

test('updates are at least a second apart account-wide', async () => {
  const clock = manualClock()
  const limiter = createUserUpdateLimiter(clock)
  const at: number[] = []
  const runs = [1, 2, 3].map((userId) => limiter.run(userId, async () => void at.push(clock.now())))
  await clock.advance(5000)
  await Promise.all(runs)
  expect(at).toEqual([0, 1000, 2000])
})

test('listeners hear when an update starts waiting and when it finishes', async () => {
  const clock = manualClock()
  const limiter = createUserUpdateLimiter(clock)
  let calls = 0
  const unsubscribe = limiter.subscribe(() => (calls += 1))
  await limiter.run(1, async () => undefined)
  expect(calls).toBeGreaterThanOrEqual(2)
  unsubscribe()
})
