import { DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../dev/fake-zendesk/index'
import { ZendeskApiError } from '../../src/zendesk/api-error'
import { createRequestScheduler } from '../../src/zendesk/request-scheduler'
import { createSupportApi } from '../../src/zendesk/support-api'
import type { ApiCallEvent } from '../../src/zendesk/support-api-client'
import { createTestWorkspace } from '../support/test-workspace'

function setup(timeoutMs = 5_000) {
  const workspace = createTestWorkspace()
  const waits: number[] = []
  const calls: ApiCallEvent[] = []
  // Virtual time: our `sleep` moves the scheduler's clock, so a Retry-After pause ends immediately.
  let now = 0
  const api = createSupportApi({
    client: workspace.client,
    scheduler: createRequestScheduler({ perMinute: 1000, concurrency: 4, now: () => now }),
    sleep: async (ms) => {
      waits.push(ms)
      now += ms
    },
    random: () => 0,
    timeoutMs,
    onCall: (event) => calls.push(event),
  })
  return { ...workspace, api, waits, calls }
}

const userPath = `/api/v2/users/${DEMO_SUBJECT_ID}`

test('a 429 with Retry-After is waited out and retried by our policy only', async () => {
  const { api, fake, waits, requests } = setup()
  fake.failNext({ method: 'GET', path: userPath, status: 429, headers: { 'Retry-After': '7' }, body: 'Rate limit exceeded', times: 2 })
  const user = await api.users.getUser(DEMO_SUBJECT_ID)
  expect(user.name).toBe(DEMO_SUBJECT.name)
  expect(waits).toEqual([7000, 7000])
  expect(requests).toHaveLength(3)
  expect(requests.every((r) => r.autoRetry === false)).toBe(true)
})

test('5xx on a read backs off and retries; attempts are bounded', async () => {
  const { api, fake, waits } = setup()
  fake.failNext({ method: 'GET', path: userPath, status: 503, times: 10 })
  const error = await api.users.getUser(DEMO_SUBJECT_ID).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ZendeskApiError)
  expect((error as ZendeskApiError).kind).toBe('server')
  expect(waits).toEqual([1000, 2000, 4000, 8000])
})

test.each([
  [403, 'forbidden'],
  [404, 'not_found'],
  [422, 'invalid'],
])('%s is not retried and comes back as %s', async (status, kind) => {
  const { api, fake, requests } = setup()
  fake.failNext({ method: 'GET', path: userPath, status })
  await expect(api.users.getUser(DEMO_SUBJECT_ID)).rejects.toMatchObject({ kind, status })
  expect(requests).toHaveLength(1)
})

test('a truncated JSON body is a clear "malformed" error, not a crash', async () => {
  const { api, fake } = setup()
  fake.failNext({ method: 'GET', path: userPath, status: 200, body: '{"user": {"id": 1, "na' })
  await expect(api.users.getUser(DEMO_SUBJECT_ID)).rejects.toMatchObject({ kind: 'malformed' })
})

test('a body of the wrong shape is rejected by the schema', async () => {
  const { api, fake } = setup()
  fake.failNext({ method: 'GET', path: userPath, status: 200, body: { user: { id: 'not-a-number' } } })
  await expect(api.users.getUser(DEMO_SUBJECT_ID)).rejects.toMatchObject({ kind: 'malformed' })
})

test('a request that never answers times out, and a read is retried', async () => {
  const { api, fake, calls } = setup(50)
  fake.failNext({ method: 'GET', path: userPath, hang: true })
  const user = await api.users.getUser(DEMO_SUBJECT_ID)
  expect(user.id).toBe(DEMO_SUBJECT_ID)
  expect(calls.map((c) => c.error?.kind ?? c.status)).toEqual(['timeout', 200])
})

test('identities follow cursor pages to the end', async () => {
  const { api, fake } = setup()
  const identities = await api.users.listIdentities(DEMO_SUBJECT_ID)
  const expected = fake.state.getIdentities(DEMO_SUBJECT_ID).map((i) => i.value).sort()
  expect(identities.map((i) => i.value).sort()).toEqual(expected)
  expect(identities.length).toBeGreaterThanOrEqual(3)
})
