// @vitest-environment node
import { parsePurposes, summarizeAccess } from '../../../src/core/export/access-summary'
import type { Inventory, InventoryTicket } from '../../../src/core/inventory/inventory-types'
import { identities, maria } from './export-fixture'

function inventoryTicket(id: number, extra: Partial<InventoryTicket>): InventoryTicket {
  return { id, subject: 's', status: 'open', roles: ['requester'], requesterId: 42, createdAt: '', updatedAt: '', tags: [], commentCount: 1, attachments: [], voiceRecordings: [], scanned: true, ...extra }
}

const attachment = (id: number, looksLikeIdentityDocument = false) => ({
  id, ticketId: 1, commentId: 1, fileName: 'f', contentType: 'image/png', size: 1, contentUrl: 'https://x', inline: false, authorId: 42, looksLikeIdentityDocument, redacted: false,
})

const inventory: Inventory = {
  subjectId: 42,
  terms: [],
  tickets: [
    inventoryTicket(1, { roles: ['requester', 'commenter'], attachments: [attachment(1, true), attachment(2)] }),
    inventoryTicket(2, { roles: ['cc'], status: 'closed', voiceRecordings: [{ ticketId: 2, commentId: 3 }] }),
    inventoryTicket(3, { roles: ['mentioned'], status: 'archived' }),
  ],
  findings: [
    { id: 'a', location: 'comment', type: 'EMAIL', value: 'x', start: 0, end: 1, confidence: 1, rule: 'r', subject: true, review: 'confirmed' },
    { id: 'b', location: 'comment', type: 'PHONE', value: 'x', start: 0, end: 1, confidence: 1, rule: 'r', subject: false, review: 'dismissed' },
  ],
  unreadable: [],
  builtAt: '2024-03-02T12:00:00Z',
  complete: true,
}

test('the summary says where the data is, by role and status, and why it is processed', () => {
  const summary = summarizeAccess({
    user: maria,
    identities,
    memberships: [{ id: 5, organization_id: 9, default: true }],
    organizationNames: new Map([[9, 'Acme Lda']]),
    inventory,
    purposes: parsePurposes('Customer support\n\nBilling\nCustomer support\n'),
  })
  expect(summary).toEqual({
    profileFields: ['name', 'email', 'phone', 'details', 'tags', 'user_fields.loyalty'],
    identities: [
      { type: 'email', count: 2 },
      { type: 'phone_number', count: 1 },
    ],
    organizations: [{ id: 9, name: 'Acme Lda', isDefault: true }],
    tickets: { total: 3, byRole: { requester: 1, cc: 1, commenter: 1, mentioned: 1 }, byStatus: { open: 1, closed: 1, archived: 1 } },
    attachments: { total: 2, identityDocuments: 1 },
    recordings: 1,
    findings: { EMAIL: 1 },
    sell: { status: 'not_connected', contacts: 0, leads: 0 },
    purposes: ['Customer support', 'Billing'],
    complete: true,
    inventoryBuiltAt: '2024-03-02T12:00:00Z',
  })
})

test('without an inventory only the profile part is known, and the summary says it is incomplete', () => {
  const summary = summarizeAccess({ user: maria, identities: [], memberships: [], organizationNames: new Map(), inventory: null, purposes: [] })
  expect(summary.tickets.total).toBe(0)
  expect(summary.complete).toBe(false)
  expect(summary.inventoryBuiltAt).toBeNull()
})
