import { sellRecordName, type SellFinding, type SellMatchKind, type SellRecordKind, type SellRelatedKind } from './sell-types'

export type SellOperationKind = 'delete_sell_contact' | 'delete_sell_lead'

/** One contact or lead to delete in Sell. Sell cannot undo a deletion, so every item is irreversible. */
export interface SellDeletionItem {
  /** Stable and free of personal data: `sell:contact:123`. */
  id: string
  kind: SellOperationKind
  record: SellRecordKind
  recordId: number
  /** memory only: the record's name, for the preview. */
  name: string
  matchedBy: SellMatchKind[]
  /** Attached items that go with the record, for the preview. */
  related: Partial<Record<SellRelatedKind, number>>
  /** An email match is selected by default; a phone-only match waits for the agent to confirm it is the same person. */
  selectedByDefault: boolean
  irreversible: true
}

export interface SellDeletionPlan {
  items: SellDeletionItem[]
  /** What the app cannot delete, for the preview and the evidence record (`notReached`). */
  notReached: string[]
}

/**
 * Where the subject's Sell data can remain after the app deletes their contacts and leads:
 * - integration data (email, calendar, other apps) is owned by the integration and must be removed at its source;
 * - Zendesk's guide asks for a support ticket to have deleted Sell data purged from its database.
 */
export const SELL_NOT_REACHED = ['sell_integration_data', 'sell_permanent_purge'] as const
/** Deals are the business's records: the app lists them but never deletes them. */
export const SELL_DEALS_NOT_REACHED = 'sell_deals'

export function sellItemId(record: SellRecordKind, id: number): string {
  return `sell:${record}:${id}`
}

export function planSellDeletion(findings: readonly SellFinding[]): SellDeletionPlan {
  const items = findings.map((finding): SellDeletionItem => {
    const related: Partial<Record<SellRelatedKind, number>> = {}
    for (const list of finding.related) related[list.kind] = list.items.length
    return {
      id: sellItemId(finding.kind, finding.id),
      kind: finding.kind === 'contact' ? 'delete_sell_contact' : 'delete_sell_lead',
      record: finding.kind,
      recordId: finding.id,
      name: sellRecordName(finding.record),
      matchedBy: [...finding.matchedBy],
      related,
      selectedByDefault: finding.matchedBy.includes('email'),
      irreversible: true,
    }
  })
  const hasDeals = items.some((item) => (item.related.deals ?? 0) > 0)
  return { items, notReached: [...SELL_NOT_REACHED, ...(hasDeals ? [SELL_DEALS_NOT_REACHED] : [])] }
}

/** The items the agent kept ticked, in plan order (ids not in the plan are ignored). */
export function selectSellItems(plan: SellDeletionPlan, selectedIds: ReadonlySet<string>): SellDeletionItem[] {
  return plan.items.filter((item) => selectedIds.has(item.id))
}

export function defaultSellSelection(plan: SellDeletionPlan): Set<string> {
  return new Set(plan.items.filter((item) => item.selectedByDefault).map((item) => item.id))
}

/**
 * Who may delete in Sell from the app. The Sell token is the admin's, shared by every agent who opens
 * the app, so Sell's own permissions do not protect anything here: admins and agents may, light agents
 * (role_type 1, who cannot delete in Support either) may not.
 */
export function canDeleteInSell(agent: { role: string; role_type?: number | null }): boolean {
  return (agent.role === 'admin' || agent.role === 'agent') && agent.role_type !== 1
}
