import { PII_TYPES, type PiiType } from '../pii/types'
import { TICKET_STATUSES, type Inventory, type TicketStatus } from './inventory-types'

export interface TypeSummary {
  type: PiiType
  /** Findings not dismissed by the agent. */
  total: number
  subject: number
  confirmed: number
  pending: number
}

export interface StatusSummary {
  status: TicketStatus
  tickets: number
  /** Findings (not dismissed) in tickets with this status. */
  findings: number
}

export interface InventorySummary {
  byType: TypeSummary[]
  byStatus: StatusSummary[]
  tickets: number
  findings: number
  dismissed: number
  attachments: number
  identityDocuments: number
  voiceRecordings: number
  unreadable: number
}

/** Counts per PII type and per ticket status, for the summary table; types and statuses with nothing are left out. */
export function summarizeInventory(inventory: Inventory): InventorySummary {
  const byType = new Map<PiiType, TypeSummary>()
  const statusOf = new Map(inventory.tickets.map((t) => [t.id, t.status]))
  const findingsByStatus = new Map<TicketStatus, number>()
  let dismissed = 0
  for (const f of inventory.findings) {
    if (f.review === 'dismissed') {
      dismissed += 1
      continue
    }
    const row = byType.get(f.type) ?? { type: f.type, total: 0, subject: 0, confirmed: 0, pending: 0 }
    row.total += 1
    if (f.subject) row.subject += 1
    if (f.review === 'confirmed') row.confirmed += 1
    else row.pending += 1
    byType.set(f.type, row)
    const status = f.ticketId === undefined ? undefined : statusOf.get(f.ticketId)
    if (status) findingsByStatus.set(status, (findingsByStatus.get(status) ?? 0) + 1)
  }
  const ticketsByStatus = new Map<TicketStatus, number>()
  for (const t of inventory.tickets) ticketsByStatus.set(t.status, (ticketsByStatus.get(t.status) ?? 0) + 1)
  const attachments = inventory.tickets.flatMap((t) => t.attachments)
  return {
    byType: PII_TYPES.flatMap((type) => byType.get(type) ?? []),
    byStatus: TICKET_STATUSES.flatMap((status) =>
      ticketsByStatus.has(status) ? [{ status, tickets: ticketsByStatus.get(status) ?? 0, findings: findingsByStatus.get(status) ?? 0 }] : [],
    ),
    tickets: inventory.tickets.length,
    findings: inventory.findings.length - dismissed,
    dismissed,
    attachments: attachments.length,
    identityDocuments: attachments.filter((a) => a.looksLikeIdentityDocument).length,
    voiceRecordings: inventory.tickets.reduce((n, t) => n + t.voiceRecordings.length, 0),
    unreadable: inventory.unreadable.length,
  }
}
