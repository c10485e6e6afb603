// @vitest-environment node
import { expect, test } from 'vitest'
import { assembleInventory } from '../../../src/core/inventory/assemble-inventory'
import { addCandidate, canResume, emptyCheckpoint } from '../../../src/core/inventory/scan-checkpoint'
import { applyReviewDecisions, decide } from '../../../src/core/inventory/review-decisions'
import { scanTicket } from '../../../src/core/inventory/scan-ticket'
import { summarizeInventory } from '../../../src/core/inventory/summarize-inventory'
import { toTicketStatus } from '../../../src/core/inventory/ticket-status'
import type { Finding } from '../../../src/core/inventory/inventory-types'

const NOW = Date.parse('2025-06-01T00:00:00Z')
const detect = { subject: { emails: ['lea@x.example'] } }

function scanned(id: number, requester: number, body: string, status = 'open') {
  return scanTicket({
    ticket: { id, status, requester_id: requester, subject: `T${id}`, updated_at: '2025-05-30T00:00:00Z' },
    comments: [{ id: id * 10, author_id: requester, body }],
    complete: true,
    subjectId: 7,
    knownRoles: [],
    detect,
    nowMs: NOW,
  })
}

function checkpoint() {
  const cp = emptyCheckpoint(7, ['email:lea@x.example'])
  cp.results[1] = scanned(1, 7, 'lea@x.example and support@acme.example', 'solved')
  cp.results[2] = scanned(2, 50, 'nothing about her, only bob@y.example')
  cp.results[3] = scanned(3, 7, 'card 4111 1111 1111 1111')
  cp.profile = { done: true, findings: [] }
  return cp
}

test('assembles related tickets only, applies ignored values and decisions, newest ticket first', () => {
  const cp = checkpoint()
  const cardId = cp.results[3]?.findings[0]?.id ?? ''
  const inventory = assembleInventory(cp, { terms: [], ignoredValues: ['support@acme.example'], decisions: { [cardId]: 'confirmed' }, builtAt: '2025-06-01T00:00:00Z', finished: true })
  expect(inventory.tickets.map((t) => t.id)).toEqual([3, 1])
  expect(inventory.findings.map((f) => [f.ticketId, f.type, f.review])).toEqual([
    [3, 'CREDIT_CARD', 'confirmed'],
    [1, 'EMAIL', 'pending'],
  ])
  expect(inventory.complete).toBe(true)
})

test('an inventory with unreadable items or an unfinished scan is not complete', () => {
  const cp = checkpoint()
  const base = { terms: [], ignoredValues: [], decisions: {}, builtAt: 'x' }
  expect(assembleInventory(cp, { ...base, finished: false }).complete).toBe(false)
  cp.unreadable.push({ ticketId: 9, what: 'comments', reason: 'forbidden', status: 403 })
  expect(assembleInventory(cp, { ...base, finished: true }).complete).toBe(false)
})

test('summaries count per type and per ticket status, leaving dismissed findings out', () => {
  const cp = checkpoint()
  const emailId = cp.results[1]?.findings[0]?.id ?? ''
  const inventory = assembleInventory(cp, { terms: [], ignoredValues: [], decisions: { [emailId]: 'dismissed' }, builtAt: 'x', finished: true })
  const summary = summarizeInventory(inventory)
  expect(summary.byType).toEqual([
    { type: 'EMAIL', total: 1, subject: 0, confirmed: 0, pending: 1 },
    { type: 'CREDIT_CARD', total: 1, subject: 0, confirmed: 0, pending: 1 },
  ])
  expect(summary.byStatus).toEqual([
    { status: 'open', tickets: 1, findings: 1 },
    { status: 'solved', tickets: 1, findings: 1 },
  ])
  expect(summary).toMatchObject({ tickets: 2, findings: 2, dismissed: 1, unreadable: 0 })
})

test('decisions set and clear review states', () => {
  const f = { id: 'a', review: 'pending' } as Finding
  let decisions = decide({}, ['a', 'b'], 'confirmed')
  expect(decisions).toEqual({ a: 'confirmed', b: 'confirmed' })
  decisions = decide(decisions, ['a'], 'pending')
  expect(decisions).toEqual({ b: 'confirmed' })
  expect(applyReviewDecisions([f], { a: 'dismissed' })[0]?.review).toBe('dismissed')
  expect(applyReviewDecisions([f], {})[0]).toBe(f)
})

test('candidates merge roles and terms; resume needs the same subject and terms', () => {
  const candidates = {}
  addCandidate(candidates, { id: 5, status: 'open' }, { role: 'requester' })
  addCandidate(candidates, { id: 5, status: 'pending' }, { role: 'cc' })
  addCandidate(candidates, { id: 5, status: 'pending' }, { termKey: 'email:a' })
  addCandidate(candidates, { id: 5, status: 'pending' }, { role: 'cc', termKey: 'email:a' })
  expect(candidates).toEqual({ 5: { ticket: { id: 5, status: 'pending' }, roles: ['requester', 'cc'], termKeys: ['email:a'] } })
  const cp = emptyCheckpoint(7, ['a', 'b'])
  expect(canResume(cp, 7, ['b', 'a'])).toBe(true)
  expect(canResume(cp, 8, ['a', 'b'])).toBe(false)
  expect(canResume(cp, 7, ['a'])).toBe(false)
  expect(canResume(undefined, 7, [])).toBe(false)
})

test.each([
  [{ status: 'open' }, 'open'],
  [{ status: 'hold' }, 'hold'],
  [{ status: 'closed', updated_at: '2025-05-01T00:00:00Z' }, 'closed'],
  [{ status: 'closed', updated_at: '2024-12-01T00:00:00Z' }, 'archived'],
  [{ status: 'solved', updated_at: '2020-01-01T00:00:00Z' }, 'solved'],
  [{ status: 'closed', archived: true, updated_at: '2025-05-31T00:00:00Z' }, 'archived'],
  [{ status: 'weird' }, 'open'],
] as const)('toTicketStatus(%j) = %s', (ticket, expected) => {
  expect(toTicketStatus(ticket, NOW)).toBe(expected)
})
