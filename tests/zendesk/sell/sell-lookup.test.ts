import { DEMO_SUBJECT } from '../../../dev/fake-zendesk/index'
import { DEMO_SELL_IDS, DEMO_SELL_TOKEN } from '../../../dev/fake-sell/index'
import { DEMO_SECURE_VALUES } from '../../../dev/workspace/installation'
import { loadSellSubject } from '../../../src/zendesk/sell/load-sell-subject'
import { sellRequests, sellSetup } from './sell-harness'

test('the demo subject is found by each email and by phone; someone else never is', async () => {
  const { sell, terms } = await sellSetup()
  expect(terms).toEqual({ emails: [DEMO_SUBJECT.primaryEmail, DEMO_SUBJECT.secondaryEmail], phones: [DEMO_SUBJECT.phone] })
  const data = await loadSellSubject(sell, terms)
  expect(data.skippedLookups).toEqual([])
  expect(data.findings.map((f) => [f.kind, f.id, f.matchedBy])).toEqual([
    ['contact', DEMO_SELL_IDS.contact, ['email', 'phone']],
    ['lead', DEMO_SELL_IDS.lead, ['email', 'phone']],
    ['lead', DEMO_SELL_IDS.phoneOnlyLead, ['phone']],
  ])
  const contact = data.findings[0]
  expect(contact?.record).toMatchObject({ email: DEMO_SUBJECT.primaryEmail, name: DEMO_SUBJECT.name, custom_fields: { 'Preferred channel': 'phone' } })
})

test('related notes, calls, tasks, text messages, documents and deals come with each record', async () => {
  const { sell, terms } = await sellSetup()
  const data = await loadSellSubject(sell, terms)
  const counts = data.findings.map((f) => Object.fromEntries(f.related.map((list) => [list.kind, list.items.map((item) => item.id)])))
  expect(counts[0]).toEqual({ notes: [83001, 83002], calls: [84001], tasks: [85001, 85002], text_messages: [86001, 86002], documents: [87001], deals: [DEMO_SELL_IDS.deal] })
  expect(counts[1]).toEqual({ notes: [83003], calls: [84002], tasks: [85003], text_messages: [], documents: [87002] })
  expect(data.findings.every((f) => f.related.every((list) => list.complete))).toBe(true)
  // Someone else's note is never read into the subject's data.
  expect(JSON.stringify(data)).not.toContain('Marc asked for the catalogue')
})

test('related lists are read page by page', async () => {
  const { sell, sellFake } = await sellSetup()
  const notes = sellFake.state.table('notes')
  for (let i = 0; i < 130; i += 1) notes.set(99000 + i, { id: 99000 + i, resource_type: 'contact', resource_id: DEMO_SELL_IDS.contact, content: `note ${i}` })
  const result = await sell.listRelated('contact', DEMO_SELL_IDS.contact, 'notes')
  expect(result.items).toHaveLength(132)
  expect(sellFake.log.filter((e) => e.path === '/v2/notes').map((e) => e.query.page)).toEqual(['1', '2'])
})

test('an account whose API refuses phone filters still finds the subject by email, and says phone was skipped', async () => {
  const { sell, sellFake, terms } = await sellSetup()
  sellFake.setPhoneFilters(false)
  const data = await loadSellSubject(sell, terms)
  expect(data.skippedLookups).toEqual([{ by: 'phone', reason: 'unsupported' }])
  expect(data.findings.map((f) => f.id)).toEqual([DEMO_SELL_IDS.contact, DEMO_SELL_IDS.lead])
})

test('a related list that fails is marked incomplete; the rest is kept', async () => {
  const { sell, sellFake, terms } = await sellSetup()
  // Three attempts (the Sell retry policy), all failing, for the contact's documents only.
  sellFake.failNext({ method: 'GET', path: /^\/v2\/documents\?resource_type=contact&/, status: 500, times: 3 })
  const data = await loadSellSubject(sell, terms)
  const incomplete = data.findings.flatMap((f) => f.related.filter((l) => !l.complete).map((l) => [f.kind, l.kind, l.reason]))
  expect(incomplete).toEqual([['contact', 'documents', 'server']])
  expect(data.findings[0]?.related.find((l) => l.kind === 'notes')?.items).toHaveLength(2)
  expect(data.findings[1]?.related.find((l) => l.kind === 'documents')?.items).toHaveLength(1)
})

test('the app builds every Sell request with the placeholder only; the host swaps the token in for api.getbase.com', async () => {
  const { sell, sellFake, terms, requests } = await sellSetup()
  await loadSellSubject(sell, terms)
  const fromApp = sellRequests(requests)
  expect(fromApp.length).toBeGreaterThan(10)
  for (const request of fromApp) {
    expect(request).toMatchObject({ secure: true, autoRetry: false, headers: { Authorization: 'Bearer {{setting.sell_api_token}}', Accept: 'application/json', 'User-Agent': 'PrivacyAssistant/1.0' } })
    expect(request.url).toMatch(/^https:\/\/api\.getbase\.com\/v2\//)
  }
  // Nothing the app built, for Sell or Support, ever holds the token.
  expect(DEMO_SECURE_VALUES.sell_api_token).toBe(DEMO_SELL_TOKEN)
  expect(JSON.stringify(requests)).not.toContain(DEMO_SELL_TOKEN)
  // …and the fake received it, with the User-Agent, through the host.
  expect(sellFake.log.length).toBe(fromApp.length)
  expect(sellFake.log.every((e) => e.authorization === `Bearer ${DEMO_SELL_TOKEN}` && e.userAgent === 'PrivacyAssistant/1.0')).toBe(true)
})
