import type { JournalSelections } from '../../core/erasure/erasure-journal'
import type { ErasurePlan } from '../../core/erasure/erasure-types'
import type { Inventory } from '../../core/inventory/inventory-types'
import { TicketPlanGroup } from './ticket-plan-group'

/**
 * The plan grouped by ticket: every ticket with something to do, something dropped, or files the agent
 * could choose to redact, in the inventory's order.
 */
export function PlanPreview({ plan, inventory, selections, onChange }: {
  plan: ErasurePlan
  inventory: Inventory
  selections: JournalSelections
  onChange: (patch: Partial<JournalSelections>) => void
}) {
  const planned = new Set(plan.tickets.map((g) => g.ticketId))
  const dropped = new Set(plan.dropped.flatMap((d) => (d.ticketId !== undefined ? [d.ticketId] : [])))
  const tickets = inventory.tickets.filter(
    (t) => planned.has(t.id) || dropped.has(t.id) || t.attachments.some((a) => !a.redacted) || inventory.findings.some((f) => f.ticketId === t.id && f.review === 'confirmed'),
  )
  return (
    <div style={{ display: 'grid', gap: 8 }} data-testid="plan-preview">
      {tickets.map((ticket) => (
        <TicketPlanGroup key={ticket.id} ticket={ticket} plan={plan} selections={selections} onChange={onChange} />
      ))}
    </div>
  )
}
