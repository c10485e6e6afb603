// @vitest-environment node
import { summarizeAccess } from '../../../src/core/export/access-summary'
import { accessSellRow, summarizeSell } from '../../../src/core/sell/sell-summary'
import { data } from './sell-fixture'

test('the summary counts records and related items, and says what is incomplete', () => {
  const summary = summarizeSell(data, 'included')
  expect(summary).toMatchObject({ status: 'included', contacts: 1, leads: 1, complete: false })
  expect(summary.relatedTotals).toEqual({ notes: 1, calls: 1, tasks: 1, text_messages: 1, documents: 1, deals: 1 })
  expect(summary.records).toEqual([
    { kind: 'contact', id: 11, name: 'Maria Silva', matchedBy: ['email'], related: { notes: 1, calls: 1, tasks: 0, text_messages: 1, documents: 1, deals: 1 }, complete: false },
    { kind: 'lead', id: 21, name: 'M. Silva', matchedBy: ['phone'], related: { notes: 0, calls: 0, tasks: 1, text_messages: 0, documents: 0 }, complete: true },
  ])
})

test('not connected and failed summaries hold no records', () => {
  for (const status of ['not_connected', 'failed'] as const) {
    const summary = summarizeSell(data, status)
    expect(summary).toMatchObject({ status, contacts: 0, leads: 0, records: [], complete: false })
  }
  expect(summarizeSell({ findings: [], skippedLookups: [] }, 'included').complete).toBe(true)
  expect(summarizeSell({ findings: [], skippedLookups: [{ by: 'phone', reason: 'unsupported' }] }, 'included').complete).toBe(false)
})

test('the access summary takes the Sell row as it is', () => {
  const row = accessSellRow(summarizeSell(data, 'included'))
  expect(row).toEqual({ status: 'included', contacts: 1, leads: 1 })
  const access = summarizeAccess({ user: { id: 1, name: 'Maria', role: 'end-user' }, identities: [], memberships: [], organizationNames: new Map(), inventory: null, purposes: [], sell: row })
  expect(access.sell).toEqual(row)
})
