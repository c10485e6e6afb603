// @vitest-environment node
import { defaultSellSelection, planSellDeletion, selectSellItems, SELL_NOT_REACHED } from '../../../src/core/sell/plan-sell-deletion'
import { buildSellDeletionEvidence, skippedResult, type SellDeletionResult } from '../../../src/core/sell/sell-evidence'
import { EVIDENCE_SCHEMA } from '../../../src/core/evidence/evidence-types'
import { contact, data, phoneLead } from './sell-fixture'

test('one irreversible item per record; email matches selected by default, phone-only ones not', () => {
  const plan = planSellDeletion(data.findings)
  expect(plan.items.map(({ id, kind, record, recordId, selectedByDefault, irreversible }) => ({ id, kind, record, recordId, selectedByDefault, irreversible }))).toEqual([
    { id: 'sell:contact:11', kind: 'delete_sell_contact', record: 'contact', recordId: 11, selectedByDefault: true, irreversible: true },
    { id: 'sell:lead:21', kind: 'delete_sell_lead', record: 'lead', recordId: 21, selectedByDefault: false, irreversible: true },
  ])
  expect(plan.items[0]?.related).toMatchObject({ notes: 1, deals: 1 })
  expect([...defaultSellSelection(plan)]).toEqual(['sell:contact:11'])
  expect(selectSellItems(plan, new Set(['sell:lead:21', 'sell:contact:999'])).map((i) => i.id)).toEqual(['sell:lead:21'])
})

test('what the app cannot reach: integration data and the permanent purge, deals when there are some', () => {
  expect(planSellDeletion([contact]).notReached).toEqual([...SELL_NOT_REACHED, 'sell_deals'])
  expect(planSellDeletion([phoneLead]).notReached).toEqual([...SELL_NOT_REACHED])
  expect(planSellDeletion([]).items).toEqual([])
})

test('the evidence holds ids, outcomes and verifications, and no personal data', () => {
  const plan = planSellDeletion(data.findings)
  const [contactItem, leadItem] = plan.items
  if (!contactItem || !leadItem) throw new Error('fixture')
  const results: SellDeletionResult[] = [
    { itemId: contactItem.id, kind: contactItem.kind, record: 'contact', recordId: 11, outcome: 'done', verification: { method: 'sell_get_404', passed: true, at: '2025-02-01T10:00:01Z' }, at: '2025-02-01T10:00:01Z' },
    skippedResult(leadItem, '2025-02-01T10:00:02Z'),
  ]
  const evidence = buildSellDeletionEvidence({
    obligation: 'erasure',
    subjectUserId: 42,
    requestTicketId: 7,
    actor: { userId: 1, role: 'admin' },
    startedAt: '2025-02-01T10:00:00Z',
    finishedAt: '2025-02-01T10:00:02Z',
    plan,
    results,
  })
  expect(evidence).toMatchObject({
    schema: EVIDENCE_SCHEMA,
    obligation: 'erasure',
    subjectUserId: 42,
    requestTicketId: 7,
    counts: { sell_contacts: 1, sell_leads: 0, verified: 1, done: 1, skipped: 1 },
    notReached: ['sell_integration_data', 'sell_permanent_purge', 'sell_deals'],
  })
  expect(evidence.operations).toEqual([
    { kind: 'delete_sell_contact', target: { sell_contact: 11 }, outcome: 'done', verification: { method: 'sell_get_404', passed: true, at: '2025-02-01T10:00:01Z' }, at: '2025-02-01T10:00:01Z' },
    { kind: 'delete_sell_lead', target: { sell_lead: 21 }, outcome: 'skipped', reason: 'dropped_by_agent', at: '2025-02-01T10:00:02Z' },
  ])
  const text = JSON.stringify(evidence)
  for (const personal of ['Maria', 'Silva', 'maria@example.com', '912', 'Bob']) expect(text).not.toContain(personal)
})
