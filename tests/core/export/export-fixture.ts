import type { ExportInput } from '../../../src/core/export/assemble-export'
import type { ExportTicketInput, SourceComment } from '../../../src/core/export/export-input'

/** A small subject (Maria) with tickets where other people (Bob, an agent) write too. All fake data. */
export const maria = {
  id: 42,
  name: 'Maria Silva',
  email: 'maria@example.com',
  phone: '+351912345678',
  role: 'end-user',
  details: 'Lives in Porto. Her husband Bob Jones (bob.jones@example.org) sometimes calls.',
  notes: null,
  user_fields: { loyalty: 'gold' },
  tags: ['vip'],
  created_at: '2023-01-01T10:00:00Z',
}

export const identities = [
  { id: 1, type: 'email', value: 'maria@example.com', primary: true, verified: true },
  { id: 2, type: 'email', value: 'maria.silva@work.example', primary: false, verified: true },
  { id: 3, type: 'phone_number', value: '+351912345678', primary: false, verified: false },
]

export function comment(id: number, authorId: number, plain: string, extra: Partial<SourceComment> = {}): SourceComment {
  return { id, author_id: authorId, public: true, created_at: `2024-01-0${(id % 9) + 1}T10:00:00Z`, plain_body: plain, html_body: `<p>${plain}</p>`, ...extra }
}

export function ticket(id: number, comments: SourceComment[], extra: Partial<ExportTicketInput> = {}): ExportTicketInput {
  return {
    ticket: { id, subject: `Order problem ${id}`, status: 'open', requester_id: 42, created_at: '2024-01-01T09:00:00Z', updated_at: '2024-01-02T09:00:00Z', tags: [] },
    roles: ['requester'],
    comments,
    complete: true,
    ...extra,
  }
}

export function exportInput(tickets: ExportTicketInput[], extra: Partial<ExportInput> = {}): ExportInput {
  return {
    user: maria,
    identities,
    memberships: [{ id: 5, organization_id: 9, default: true, created_at: '2023-01-01T10:00:00Z' }],
    organizationNames: new Map([[9, 'Acme Lda']]),
    authorNames: new Map([
      [42, 'Maria Silva'],
      [7, 'Agent Carla Mendes'],
      [8, 'Bob Jones'],
    ]),
    tickets,
    totalTickets: tickets.length,
    subdomain: 'demo',
    requestTicketId: 100,
    ...extra,
  }
}
