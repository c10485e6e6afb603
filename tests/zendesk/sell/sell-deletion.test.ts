import { DEMO_SELL_IDS } from '../../../dev/fake-sell/index'
import { planSellDeletion, selectSellItems, defaultSellSelection } from '../../../src/core/sell/plan-sell-deletion'
import { executeSellDeletion } from '../../../src/zendesk/sell/execute-sell-deletion'
import { loadSellSubject } from '../../../src/zendesk/sell/load-sell-subject'
import { sellSetup } from './sell-harness'

const now = () => '2026-03-02T09:00:00Z'

async function planned() {
  const setup = await sellSetup()
  const data = await loadSellSubject(setup.sell, setup.terms)
  const plan = planSellDeletion(data.findings)
  return { ...setup, plan, selected: selectSellItems(plan, defaultSellSelection(plan)) }
}

test('the confirmed contact and lead are deleted (204), then verified gone (404); the phone-only lead stays', async () => {
  const { sell, sellFake, selected } = await planned()
  expect(selected.map((i) => i.id)).toEqual([`sell:contact:${DEMO_SELL_IDS.contact}`, `sell:lead:${DEMO_SELL_IDS.lead}`])
  sellFake.log.length = 0
  const progress: string[] = []
  const results = await executeSellDeletion(selected, { api: sell, now, onResult: (r) => progress.push(r.itemId) })
  expect(results).toEqual([
    { itemId: `sell:contact:${DEMO_SELL_IDS.contact}`, kind: 'delete_sell_contact', record: 'contact', recordId: DEMO_SELL_IDS.contact, outcome: 'done', verification: { method: 'sell_get_404', passed: true, at: now() }, at: now() },
    { itemId: `sell:lead:${DEMO_SELL_IDS.lead}`, kind: 'delete_sell_lead', record: 'lead', recordId: DEMO_SELL_IDS.lead, outcome: 'done', verification: { method: 'sell_get_404', passed: true, at: now() }, at: now() },
  ])
  expect(progress).toHaveLength(2)
  expect(sellFake.log.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
    `DELETE /v2/contacts/${DEMO_SELL_IDS.contact} 204`,
    `GET /v2/contacts/${DEMO_SELL_IDS.contact} 404`,
    `DELETE /v2/leads/${DEMO_SELL_IDS.lead} 204`,
    `GET /v2/leads/${DEMO_SELL_IDS.lead} 404`,
  ])
  expect(sellFake.state.get('contacts', DEMO_SELL_IDS.contact)).toBeUndefined()
  expect(sellFake.state.get('leads', DEMO_SELL_IDS.phoneOnlyLead)).toBeDefined()
  // Their notes went with them; the business's deal stays.
  expect([...sellFake.state.table('notes').values()].some((n) => n.resource_id === DEMO_SELL_IDS.contact)).toBe(false)
  expect(sellFake.state.get('deals', DEMO_SELL_IDS.deal)).toBeDefined()
})

test('a record already deleted (DELETE 404) is verified like the others', async () => {
  const { sell, sellFake, selected } = await planned()
  sellFake.state.deletePerson('contacts', DEMO_SELL_IDS.contact)
  const [first] = await executeSellDeletion(selected.slice(0, 1), { api: sell, now })
  expect(first).toMatchObject({ outcome: 'done', verification: { passed: true } })
})

test('a failed DELETE is "failed" with its reason and nothing is verified; the run goes on', async () => {
  const { sell, sellFake, selected } = await planned()
  sellFake.failNext({ method: 'DELETE', path: `/v2/contacts/${DEMO_SELL_IDS.contact}`, status: 500, times: 3 })
  const results = await executeSellDeletion(selected, { api: sell, now })
  expect(results.map((r) => [r.outcome, r.reason, r.verification?.passed])).toEqual([
    ['failed', 'server', undefined],
    ['done', undefined, true],
  ])
  expect(sellFake.state.get('contacts', DEMO_SELL_IDS.contact)).toBeDefined()
})

test('a record still readable after its DELETE fails verification', async () => {
  const { sell, sellFake, selected } = await planned()
  // A DELETE that answers success without deleting.
  sellFake.failNext({ method: 'DELETE', path: `/v2/contacts/${DEMO_SELL_IDS.contact}`, status: 200, body: '{}' })
  const [first] = await executeSellDeletion(selected.slice(0, 1), { api: sell, now })
  expect(first).toMatchObject({ outcome: 'failed', reason: 'still_present', verification: { method: 'sell_get_404', passed: false } })
})

test('a verification that cannot run leaves the item pending, to check again', async () => {
  const { sell, sellFake, selected } = await planned()
  sellFake.failNext({ method: 'GET', path: `/v2/contacts/${DEMO_SELL_IDS.contact}`, status: 401 })
  const [first] = await executeSellDeletion(selected.slice(0, 1), { api: sell, now })
  expect(first).toMatchObject({ outcome: 'pending', reason: 'verification_unauthorized' })
  expect(first?.verification).toBeUndefined()
})
