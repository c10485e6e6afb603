import { SELL_RELATED_KINDS, sellRecordName, type SellMatchKind, type SellRecordKind, type SellRelatedKind, type SellSubjectData } from './sell-types'

export type SellStatus = 'not_connected' | 'included' | 'failed'

export interface SellRecordSummary {
  kind: SellRecordKind
  id: number
  /** memory only: the record's name, for the agent's screen. */
  name: string
  matchedBy: SellMatchKind[]
  /** Items per related kind that applies to the record (a lead has no deals). */
  related: Partial<Record<SellRelatedKind, number>>
  complete: boolean
}

/** The Sell part of the access summary: counts and categories, like the Support part. */
export interface SellSummary {
  status: SellStatus
  contacts: number
  leads: number
  records: SellRecordSummary[]
  relatedTotals: Record<SellRelatedKind, number>
  /** False when a related list or a lookup could not be read completely. */
  complete: boolean
}

const zeroTotals = (): Record<SellRelatedKind, number> => Object.fromEntries(SELL_RELATED_KINDS.map((kind) => [kind, 0])) as Record<SellRelatedKind, number>

export function summarizeSell(data: SellSubjectData | null, status: SellStatus): SellSummary {
  const relatedTotals = zeroTotals()
  const records: SellRecordSummary[] = (status === 'included' ? (data?.findings ?? []) : []).map((finding) => {
    const related: Partial<Record<SellRelatedKind, number>> = {}
    for (const list of finding.related) {
      related[list.kind] = list.items.length
      relatedTotals[list.kind] += list.items.length
    }
    return { kind: finding.kind, id: finding.id, name: sellRecordName(finding.record), matchedBy: [...finding.matchedBy], related, complete: finding.related.every((list) => list.complete) }
  })
  return {
    status,
    contacts: records.filter((r) => r.kind === 'contact').length,
    leads: records.filter((r) => r.kind === 'lead').length,
    records,
    relatedTotals,
    complete: status === 'included' && records.every((r) => r.complete) && (data?.skippedLookups.length ?? 0) === 0,
  }
}

/** The shape `summarizeAccess` (src/core/export/access-summary.ts) takes for its Sell row. */
export function accessSellRow(summary: SellSummary): { status: SellStatus; contacts: number; leads: number } {
  return { status: summary.status, contacts: summary.contacts, leads: summary.leads }
}
