import type { SellFinding, SellLookupTerms, SellSubjectData } from '../../../src/core/sell/sell-types'

/** Maria (fake data): a contact found by email, a lead found by phone only. */
export const terms: SellLookupTerms = { emails: ['maria@example.com', 'maria.silva@work.example'], phones: ['+351912345678'] }

export const contact: SellFinding = {
  kind: 'contact',
  id: 11,
  matchedBy: ['email'],
  record: { id: 11, name: 'Maria Silva', first_name: 'Maria', last_name: 'Silva', email: 'maria@example.com', phone: null, custom_fields: { Tier: 'gold' }, tags: ['vip'] },
  related: [
    { kind: 'notes', items: [{ id: 1, content: 'Her husband Bob Jones (bob.jones@example.org) called.', created_at: '2025-01-02T10:00:00Z' }], complete: true },
    { kind: 'calls', items: [{ id: 2, summary: 'Quote follow-up', phone_number: '+351912345678', created_at: '2025-01-03T10:00:00Z' }], complete: true },
    { kind: 'tasks', items: [], complete: true },
    { kind: 'text_messages', items: [{ id: 3, content: 'See you Monday', created_at: '2025-01-04T10:00:00Z' }], complete: true },
    { kind: 'documents', items: [{ id: 4, name: 'quote.pdf', download_url: 'https://api.getbase.com/v2/documents/4/download' }], complete: false, reason: 'server' },
    { kind: 'deals', items: [{ id: 5, name: 'Chairs', value: '100.00' }], complete: true },
  ],
}

export const phoneLead: SellFinding = {
  kind: 'lead',
  id: 21,
  matchedBy: ['phone'],
  record: { id: 21, first_name: 'M.', last_name: 'Silva', email: null, mobile: '912 345 678' },
  related: [
    { kind: 'notes', items: [], complete: true },
    { kind: 'calls', items: [], complete: true },
    { kind: 'tasks', items: [{ id: 6, content: 'Call again' }], complete: true },
    { kind: 'text_messages', items: [], complete: true },
    { kind: 'documents', items: [], complete: true },
  ],
}

export const data: SellSubjectData = { findings: [contact, phoneLead], skippedLookups: [] }
