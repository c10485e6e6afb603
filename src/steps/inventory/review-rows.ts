import { PII_TYPES, type PiiType } from '../../core/pii/types'
import type { Finding, Inventory, InventoryTicket } from '../../core/inventory/inventory-types'

export const GROUPINGS = ['ticket', 'type'] as const
export type Grouping = (typeof GROUPINGS)[number]

/** A group heading: a ticket, the profile (profile and organisation findings), or a PII type. */
export type ReviewGroup =
  | { kind: 'ticket'; key: string; ticket: InventoryTicket }
  | { kind: 'profile'; key: string }
  | { kind: 'type'; key: string; type: PiiType }

export type ReviewRow =
  | { kind: 'group'; key: string; group: ReviewGroup; count: number }
  | { kind: 'finding'; key: string; finding: Finding; group: ReviewGroup }

function groupOf(finding: Finding, grouping: Grouping, tickets: Map<number, InventoryTicket>): ReviewGroup {
  if (grouping === 'type') return { kind: 'type', key: `type:${finding.type}`, type: finding.type }
  const ticket = finding.ticketId === undefined ? undefined : tickets.get(finding.ticketId)
  return ticket ? { kind: 'ticket', key: `ticket:${ticket.id}`, ticket } : { kind: 'profile', key: 'profile' }
}

/**
 * The review list as flat rows (a heading, then its findings) so a windowed list can render any slice.
 * By ticket: the profile first, then tickets newest first (the inventory's order). By type: the engine's
 * type order. Findings keep the inventory's order inside a group.
 */
export function buildReviewRows(inventory: Inventory, grouping: Grouping): ReviewRow[] {
  const tickets = new Map(inventory.tickets.map((t) => [t.id, t]))
  const groups = new Map<string, { group: ReviewGroup; findings: Finding[] }>()
  for (const finding of inventory.findings) {
    const group = groupOf(finding, grouping, tickets)
    const entry = groups.get(group.key) ?? { group, findings: [] }
    entry.findings.push(finding)
    groups.set(group.key, entry)
  }
  const order = (g: ReviewGroup): number => {
    if (g.kind === 'profile') return -1
    if (g.kind === 'type') return PII_TYPES.indexOf(g.type)
    return inventory.tickets.indexOf(g.ticket)
  }
  return [...groups.values()]
    .sort((a, b) => order(a.group) - order(b.group))
    .flatMap(({ group, findings }) => [
      { kind: 'group' as const, key: group.key, group, count: findings.length },
      ...findings.map((finding) => ({ kind: 'finding' as const, key: finding.id, finding, group })),
    ])
}

/** Row indexes of the findings (headings are skipped by keyboard navigation). */
export function findingIndexes(rows: readonly ReviewRow[]): number[] {
  return rows.flatMap((row, index) => (row.kind === 'finding' ? [index] : []))
}
